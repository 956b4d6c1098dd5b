"""Issue 14 item 4: restore and open accept only what this app wrote. Each file below was restored over the
live database before: now each is refused with its own code before the live file is touched (its bytes,
and its -wal, stay the same), and opening it directly is refused without writing to it."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from domain.demo import build_demo
from persistence.backup import MANUAL, list_backups, take_backup
from persistence.database import open_database
from persistence.migrate import ForeignKeysBroken, NotOurDatabase, SchemaMismatch, verify_file
from persistence.restore import RestoreRefused, restore_backup

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, 0)


def file_bytes(path: Path) -> str:
    digest = hashlib.sha256(path.read_bytes())
    wal = Path(str(path) + "-wal")
    digest.update(wal.read_bytes() if wal.exists() else b"")
    return digest.hexdigest()


def foreign_with_a_version_row(db, path: Path) -> Path:  # type: ignore[no-untyped-def]
    con = sqlite3.connect(path)
    with con:
        con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
        con.execute("INSERT INTO alembic_version VALUES ('0007')")
        con.execute("CREATE TABLE t (x)")
    con.close()
    return path


def edited_copy(db, path: Path, *statements: str) -> Path:  # type: ignore[no-untyped-def]
    shutil.copy(take_backup(db, MANUAL, datetime(2026, 11, 22, 9, 0)).path, path)
    con = sqlite3.connect(path)  # foreign keys are off on a plain connection, as in another tool
    with con:
        for statement in statements:
            con.execute(statement)
    con.close()
    return path


CASES = [
    (foreign_with_a_version_row, "backup_schema_mismatch", SchemaMismatch),
    (lambda db, p: edited_copy(db, p, "DROP TABLE mentor_check_ins"), "backup_schema_mismatch", SchemaMismatch),
    (lambda db, p: edited_copy(db, p, "DELETE FROM agents WHERE id = (SELECT min(agent_id) FROM agent_history)"),
     "backup_foreign_keys", ForeignKeysBroken),
    (lambda db, p: edited_copy(db, p, "UPDATE alembic_version SET version_num = '0006'"),
     "backup_schema_mismatch", SchemaMismatch),
    (lambda db, p: edited_copy(db, p, "PRAGMA application_id = 1234"), "backup_not_ours", NotOurDatabase),
]
IDS = ["foreign file with alembic_version 0007 and t", "one table dropped", "broken foreign key",
       "version row 0006 on 0007 tables", "another program's application_id"]


@pytest.fixture
def live(db):  # type: ignore[no-untyped-def]
    build_demo(db.uow(), 12, 6, 7, TODAY)
    return db


@pytest.mark.parametrize(("make", "code", "error"), CASES, ids=IDS)
def test_restore_refuses_before_touching_the_live_file(live, tmp_path: Path, make, code, error) -> None:
    candidate = make(live, tmp_path / "candidate.sqlite")
    before, backups_before = file_bytes(live.path), list_backups(live.backup_dir)
    with pytest.raises(RestoreRefused) as refused:
        restore_backup(live, candidate, NOW)
    print(f"{candidate.name}: refused {refused.value.code} ({refused.value.detail})")
    assert refused.value.code == code
    assert file_bytes(live.path) == before  # byte for byte
    assert list_backups(live.backup_dir) == backups_before  # not even the pre-restore copy was taken


OPEN_CASES = [case for case in CASES if case[2] is not ForeignKeysBroken]
OPEN_IDS = [name for name, case in zip(IDS, CASES, strict=True) if case[2] is not ForeignKeysBroken]


@pytest.mark.parametrize(("make", "code", "error"), OPEN_CASES, ids=OPEN_IDS)
def test_opening_such_a_file_is_refused_without_writing_to_it(live, tmp_path: Path, make, code, error) -> None:
    candidate = make(live, tmp_path / "candidate.sqlite")
    before = file_bytes(candidate)
    with pytest.raises(error):
        open_database(candidate, backup_dir=tmp_path / "other-backups")
    assert file_bytes(candidate) == before
    assert not (tmp_path / "other-backups").exists()


def test_an_unstamped_file_with_a_broken_foreign_key_is_refused_at_open(live, tmp_path: Path) -> None:
    """Integrity and foreign keys are checked in full the first time this build sees a file (no stamp yet:
    an older build's, or a stranger's); a stamped file gets the schema comparison at every open and
    SQLite's checks in `check`, the daily backup and every restore (they cost seconds at centre scale)."""
    candidate = edited_copy(live, tmp_path / "candidate.sqlite", "PRAGMA application_id = 0",
                            "DELETE FROM agents WHERE id = (SELECT min(agent_id) FROM agent_history)")
    before = file_bytes(candidate)
    with pytest.raises(ForeignKeysBroken):
        open_database(candidate, backup_dir=tmp_path / "other-backups")
    assert file_bytes(candidate) == before


def test_a_stamped_database_with_a_table_dropped_is_refused_at_open(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    open_database(path, backup_dir=tmp_path / "b").close()
    con = sqlite3.connect(path)
    with con:
        con.execute("DROP TABLE mentor_check_ins")
    con.close()
    before = file_bytes(path)
    with pytest.raises(SchemaMismatch) as refused:
        open_database(path, backup_dir=tmp_path / "b")
    assert [str(d) for d in refused.value.differences] == ["missing_table: mentor_check_ins"]
    assert file_bytes(path) == before


def test_a_good_backup_still_restores_and_the_live_file_keeps_our_stamp(live) -> None:
    from persistence.migrate import APPLICATION_ID, application_id

    backup = take_backup(live, MANUAL, NOW)
    con = sqlite3.connect(backup.path)
    with con:
        con.execute("PRAGMA application_id = 0")  # a backup from before the stamp
    con.close()
    assert verify_file(backup.path) is not None
    restore_backup(live, backup.path, NOW)
    assert application_id(live.path) == APPLICATION_ID
