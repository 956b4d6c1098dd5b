"""The roster's first page at start-up, read with the sqlite3 driver before SQLAlchemy is imported.

Start-up used to import SQLAlchemy (~250 ms with asyncio, ssl and importlib.metadata) and open the engine
before the roster's first query. For the everyday case — the supervisor's own SQLite file, at this build's
schema, with no team scope in force — nothing of that is needed to read the rows: the file's checks are the
sqlite3 driver's already (persistence/migrate.py), and the rows are one SELECT. So the window reads them
here, shows them, and opens the database the normal way right after (ui/app.py). Anything else goes the
normal way from the start: a new or not-yet-stamped file (it gets SQLite's full checks first), an older
schema (migrated, with its backup, before anything is read), a server database, a file whose teams have
owners (the team scope, persistence/scoping.py, decides which rows a user sees).

The SQL and the rows are the roster use case's own (`AgentRepository.roster_values`, `services.roster_page`),
so both ways give the same page (tests/persistence/test_first_page.py).
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from domain.roster.model import Status
from domain.roster.roster_rows import AGENT_VALUES, rows_from_values
from domain.roster.services import RosterPage
from persistence.migrate import APPLICATION_ID, application_id, head_revision, verify_file

TEAM = AGENT_VALUES.index("team")
BUSY_TIMEOUT_MS = 5000  # as persistence/db.py gives every connection


def roster_sql(where: str = "") -> str:
    """Every agent's stored values in AGENT_VALUES order, by 工号; `where` narrows them (`?` parameters)."""
    return f"SELECT {', '.join(AGENT_VALUES)} FROM agents {where} ORDER BY employee_no"


def first_roster_page(path: Path, today: date) -> RosterPage | None:
    """The roster page's first load (its active agents, and how many agents exist), or None when it must come
    the normal way (see the module's note). Raises what the file's checks raise (not ours, too new, a schema
    that is not its version's); the caller then opens the normal way, which refuses it in words."""
    if not path.is_file() or application_id(path) != APPLICATION_ID:
        return None
    if verify_file(path, full_check=False) != head_revision():
        return None
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    try:
        connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        connection.execute("BEGIN")  # the rows and the count from one snapshot, as in one unit of work
        if connection.execute("SELECT 1 FROM team_owners LIMIT 1").fetchone() is not None:
            return None
        values = connection.execute(roster_sql("WHERE status = ?"), (Status.ACTIVE.value,)).fetchall()
        total = connection.execute("SELECT count(*) FROM agents").fetchone()[0]
        connection.execute("COMMIT")
    finally:
        connection.close()
    return RosterPage(rows_from_values(values, today), int(total))
