"""RELIABILITY C1: every released schema, kept as a small database in tests/fixtures/db/<rev>.sqlite,
upgrades to this build's heads with its data kept (and a pre-migration backup beside it).

Make a fixture again (only ever for a new release, never to make a test pass):
    .venv/bin/python -m tests.persistence.test_backup_upgrade_fixtures 0001          # roster only
    .venv/bin/python -m tests.persistence.test_backup_upgrade_fixtures 0007 --full   # every table filled
`--full` writes the release's demo (every area, care records included) and only works for the head of the
code that runs it: run it from the release's own checkout, right before a new migration lands.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from alembic import command

from domain.demo.roster import generate_agents
from domain.roster.model import HistoryEntry, Status
from persistence.backup import FOLDER_SETTING, list_backups
from persistence.database import open_database
from persistence.db import make_engine, make_session_factory
from persistence.migrate import alembic_config, head_revision, inspect_file
from persistence.unit_of_work import SqlUnitOfWork
from tests.persistence.helpers import content_hash

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"
NOW = datetime(2026, 11, 23, 8, 0)


def fixture_columns(fixture: Path) -> dict[str, list[str]]:
    """The fixture's tables and columns: later revisions may add columns with defaults, but what was
    there must stay as it was."""
    con = sqlite3.connect(fixture)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' "
                                            "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'")]
        return {t: [r[1] for r in con.execute(f'PRAGMA table_info("{t}")')] for t in tables}
    finally:
        con.close()


def table_rows(path: Path, columns: dict[str, list[str]]) -> dict[str, list[tuple]]:
    con = sqlite3.connect(path)
    try:
        found = {}
        for table, cols in columns.items():
            quoted = ", ".join('"' + c + '"' for c in cols)
            found[table] = sorted(con.execute(f'SELECT {quoted} FROM "{table}"'), key=repr)
        return found
    finally:
        con.close()


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.sqlite")), ids=lambda p: p.stem)
def test_every_released_schema_upgrades_to_heads_with_its_data(fixture: Path, tmp_path: Path) -> None:
    path = shutil.copy(fixture, tmp_path / "desk.sqlite")
    assert inspect_file(path) == fixture.stem
    columns = fixture_columns(fixture)
    before = table_rows(path, columns)
    assert before["agents"], "a fixture without data proves nothing"

    at_head = fixture.stem == head_revision()  # the newest release's fixture, until the next migration lands
    db = open_database(path, now=NOW, backup_dir=tmp_path / "backups")
    try:
        assert db.opened.migrated_from == (None if at_head else fixture.stem)
        with db.engine.connect() as con:
            assert con.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert con.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    finally:
        db.close()
    assert inspect_file(path) == head_revision()
    assert table_rows(path, columns) == before
    pre = [b for b in list_backups(tmp_path / "backups") if b.kind == f"pre-migrate-{fixture.stem}"]
    if at_head:
        assert pre == []
    else:
        assert len(pre) == 1 and content_hash(pre[0].path) == content_hash(fixture)
    print(f"upgrade {fixture.stem} → {head_revision()}: "
          f"{sum(len(v) for v in before.values())} rows kept in {len(before)} tables")


def test_the_pre_migration_copy_goes_to_the_folder_chosen_in_settings(tmp_path: Path) -> None:
    path = shutil.copy(FIXTURES / "0001.sqlite", tmp_path / "desk.sqlite")
    chosen = tmp_path / "on the USB drive"
    con = sqlite3.connect(path)
    with con:
        con.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (FOLDER_SETTING, str(chosen)))
    con.close()
    db = open_database(path, now=NOW)
    db.close()
    assert db.backup_dir == chosen
    assert [b.kind for b in list_backups(chosen)] == ["pre-migrate-0001"]
    assert not (tmp_path / "backups").exists()


def make_fixture(revision: str, target: Path) -> None:
    """A small roster written by the current code, migrated only as far as `revision`."""
    target.unlink(missing_ok=True)
    engine = make_engine(target)
    config = alembic_config()
    with engine.connect() as connection, connection.begin():
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    today = date(2026, 6, 30)
    agents = generate_agents(14, 18, seed=2026, today=today)
    with SqlUnitOfWork(make_session_factory(engine)) as uow:
        ids = uow.agents.add_many(agents)
        for agent in (replace(a, id=i) for a, i in zip(agents, ids, strict=True)):
            if agent.status is Status.LEFT and agent.leave_date:
                uow.agents.add_history(HistoryEntry(agent.id, "status", "active", "left", agent.leave_date))
        uow.settings.set("team_name", "华东客服中心一部")
        uow.settings.set("supervisor_name", "林主管")
        uow.log.record("demo", f"fixture for schema {revision}", len(agents))
        uow.commit()
    engine.dispose()
    con = sqlite3.connect(target)
    con.execute("PRAGMA journal_mode=DELETE")  # one self-contained file in git
    con.execute("VACUUM")
    con.close()


def make_full_fixture(revision: str, target: Path) -> None:
    """The release's demo at a small size: every table has rows, so an upgrade that loses any of them fails."""
    assert revision == head_revision(), "a full fixture is written by the release whose head it is"
    target.unlink(missing_ok=True)
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, str(root / "main.py"), "demo", "--db", str(target), "--agents", "20",
                    "--months", "4"], check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    con = sqlite3.connect(target)
    empty = [t for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
             if con.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] == 0]
    assert not empty, f"tables without rows: {empty}"
    con.execute("PRAGMA journal_mode=DELETE")
    con.execute("VACUUM")
    con.close()


if __name__ == "__main__":
    maker = make_full_fixture if "--full" in sys.argv else make_fixture
    maker(sys.argv[1], FIXTURES / f"{sys.argv[1]}.sqlite")
