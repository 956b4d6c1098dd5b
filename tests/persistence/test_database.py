import hashlib
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from persistence.all_models import Base, include_name
from persistence.database import open_database
from persistence.migrate import NotOurDatabase, SchemaTooNew, head_revision

TODAY = date(2026, 11, 23)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_connection_gets_the_safety_pragmas(db) -> None:
    with db.engine.connect() as con:
        values = [con.exec_driver_sql(f"PRAGMA {p}").scalar() for p in
                  ("foreign_keys", "journal_mode", "synchronous", "secure_delete")]
    assert values == [1, "wal", 2, 1]


def test_openpyxl_uses_defusedxml() -> None:
    import openpyxl

    assert openpyxl.DEFUSEDXML is True


def test_orphan_history_row_is_refused(db) -> None:
    with db.uow() as uow, pytest.raises(IntegrityError):
        uow.session.execute(text("INSERT INTO agent_history (agent_id, field, effective_date) "
                                 "VALUES (999, 'team', '2026-01-01')"))
        uow.commit()
    with db.engine.connect() as con:
        assert con.exec_driver_sql("SELECT count(*) FROM agent_history").scalar() == 0


def test_ddl_and_dml_roll_back_together(db) -> None:
    with db.engine.connect() as con:
        trans = con.begin()
        con.exec_driver_sql("CREATE TABLE scratch (x INTEGER)")
        con.exec_driver_sql("INSERT INTO settings (key, value) VALUES ('k', 'v')")
        trans.rollback()
    with db.engine.connect() as con:
        assert con.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE name='scratch'").scalar() == 0
        assert con.exec_driver_sql("SELECT count(*) FROM settings").scalar() == 0


def test_uncommitted_work_is_rolled_back(db) -> None:
    with db.uow() as uow:
        uow.settings.set("team_name", "一部")
    with db.uow() as uow:
        assert uow.settings.get("team_name", "none") == "none"


def test_a_new_file_is_created_at_head_and_reopening_runs_nothing(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    first = open_database(path)
    assert first.opened.created and first.opened.migrated_from is None
    first.close()
    again = open_database(path)
    assert not again.opened.created and again.opened.migrated_from is None and again.opened.backup is None
    with again.engine.connect() as con:
        assert con.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head_revision()
    again.close()


def test_models_and_migrations_agree(db) -> None:
    with db.engine.connect() as con:
        diff = compare_metadata(MigrationContext.configure(con, opts={"include_name": include_name}), Base.metadata)
    assert diff == []


def test_a_newer_schema_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    open_database(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num='9999_future'")
    con.commit()
    con.close()
    before = sha(path)
    with pytest.raises(SchemaTooNew) as info:
        open_database(path)
    assert info.value.revision == "9999_future"
    assert sha(path) == before


@pytest.mark.parametrize("content", [b"hello, not a database", b"PK\x03\x04 a zip file"])
def test_a_file_that_is_not_ours_is_never_touched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(content)
    with pytest.raises(NotOurDatabase):
        open_database(path)
    assert path.read_bytes() == content


def test_a_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE customers (id INTEGER)")
    con.commit()
    con.close()
    before = sha(path)
    with pytest.raises(NotOurDatabase):
        open_database(path)
    assert sha(path) == before
