"""`check`: what SQLite says about the file, in facts the CLI and Help → Check database put into words."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from persistence.migrate import NotOurDatabase as NotOurDatabaseError
from persistence.migrate import head_revision, inspect_file, known_revisions, schema_differences
from persistence.schema_fingerprint import SchemaDifference


@dataclass(frozen=True)
class HealthReport:
    integrity: list[str]  # ["ok"] when healthy
    foreign_key_problems: int
    revision: str | None
    head: str
    # How the tables differ from those the file's version should have: a missing table or column shows
    # here although SQLite's own checks pass.
    schema: list[SchemaDifference] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (self.integrity == ["ok"] and self.foreign_key_problems == 0 and self.revision == self.head
                and not self.schema)


def check_database(path: Path) -> HealthReport:
    revision = inspect_file(path)
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        integrity = [r[0] for r in con.execute("PRAGMA integrity_check")]
        fk = len(con.execute("PRAGMA foreign_key_check").fetchall())
    except sqlite3.DatabaseError as exc:
        integrity, fk = [str(exc)], 0
    finally:
        con.close()
    schema: list[SchemaDifference] = []  # an unknown or missing version is reported as such, not here
    if revision is not None and set(revision.split("+")) <= known_revisions() and integrity == ["ok"]:
        schema = schema_differences(path, revision)
    return HealthReport(integrity=integrity, foreign_key_problems=fk, revision=revision, head=head_revision(),
                        schema=schema)


def check_server(url: str) -> HealthReport:
    """`check` on a server database: the server keeps its own pages and foreign keys (always enforced), so
    what is ours to check is the version and that the whole schema is that version's: tables, columns, keys,
    indexes and foreign keys (persistence/schema_fingerprint_server.py)."""
    from persistence.db import make_engine
    from persistence.migrate import server_revision
    from persistence.schema_fingerprint import expected_for
    from persistence.schema_fingerprint_server import compare_server

    engine = make_engine(url)
    try:
        revision = server_revision(engine)
        schema: list[SchemaDifference] = []
        expected = expected_for(revision) if revision is not None and set(revision.split("+")) <= known_revisions() \
            else None
        if expected is not None:
            schema = compare_server(engine, expected)
    except Exception as exc:  # noqa: BLE001  (unreachable or refused: reported as the integrity line)
        if isinstance(exc, NotOurDatabaseError):
            raise
        return HealthReport(integrity=[str(exc).splitlines()[0]], foreign_key_problems=0, revision=None,
                            head=head_revision())
    finally:
        engine.dispose()
    return HealthReport(integrity=["ok"], foreign_key_problems=0, revision=revision, head=head_revision(),
                        schema=schema)
