"""Restore (RELIABILITY B2, B3, B7): the backup API from the backup into the live database, after a
backup of the current state; refusals leave the live database exactly as it was."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from domain.demo import build_demo
from domain.roster import services
from domain.roster.model import AgentData, Role
from persistence.backup import MANUAL, PRE_RESTORE, list_backups, read_contents, take_backup
from persistence.migrate import head_revision, inspect_file
from persistence.restore import RestoreRefused, check_backup, restore_backup
from tests.persistence.helpers import content_hash

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, 0)
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"


def agent(no: str) -> AgentData:
    return AgentData(id=None, employee_no=no, name="李强", role=Role.ONLINE, team="在线组", hire_date=date(2025, 5, 6))


def hash_without_log(path: Path) -> str:
    """Content hash of everything but the activity log, which gains the restore's own entry."""
    copy = path.parent / f"{path.stem}-nolog.sqlite"
    con = sqlite3.connect(path)
    con.execute(f"VACUUM INTO '{copy}'")
    con.close()
    con = sqlite3.connect(copy)
    with con:
        con.execute("DELETE FROM activity_log")
    con.close()
    digest = content_hash(copy)
    copy.unlink()
    return digest


def log_rows(path: Path) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT id, kind, detail, row_count FROM activity_log ORDER BY id").fetchall()
    finally:
        con.close()


def test_backup_change_restore_gives_back_every_record(db) -> None:
    build_demo(db.uow(), 30, 12, 7, TODAY)
    backup = take_backup(db, MANUAL, NOW)
    at_backup, log_at_backup = hash_without_log(backup.path), log_rows(backup.path)
    # Change every kind of thing: new agents, edits with history, settings.
    services.add_agent(db.uow(), agent("NEW01"), TODAY)
    with db.uow() as uow:
        uow.settings.set("team_name", "改过的名字")
        uow.commit()
    changed = hash_without_log(db.path)
    assert changed != at_backup

    result = restore_backup(db, backup.path, NOW + timedelta(minutes=5))

    assert hash_without_log(db.path) == at_backup
    log = log_rows(db.path)
    assert log[:-1] == log_at_backup and log[-1][1] == "restore"  # the restore is the one new entry
    assert result.pre_restore.kind == PRE_RESTORE and hash_without_log(result.pre_restore.path) == changed
    assert read_contents(db.path, check=True).integrity == "ok"
    with db.engine.connect() as con:
        assert con.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert con.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    assert services.get_agent(db.uow(), 1).employee_no  # the app keeps working on the restored data
    print(f"round trip: {result.contents.records} records restored, previous state in {result.pre_restore.path.name}")


def test_restore_wins_over_newer_rows_still_in_the_wal(db, tmp_path: Path) -> None:
    with db.uow() as uow:
        for n in range(100):
            uow.settings.set(f"row{n:03d}", "x")
        uow.commit()
    backup = take_backup(db, MANUAL, NOW)
    reader = sqlite3.connect(db.path)  # an open read snapshot keeps the WAL from being checkpointed away
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM settings").fetchone()
    with db.uow() as uow:
        for n in range(100, 150):
            uow.settings.set(f"row{n:03d}", "x")
        uow.commit()
    wal = Path(str(db.path) + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    reader.rollback()
    reader.close()

    restore_backup(db, backup.path, NOW + timedelta(minutes=1))
    db.close()

    con = sqlite3.connect(db.path)  # a fresh process's view, after the WAL is replayed
    assert con.execute("SELECT count(*) FROM settings WHERE key LIKE 'row%'").fetchone()[0] == 100
    con.close()


def test_an_older_schema_backup_is_migrated_on_restore(db) -> None:
    old = FIXTURES / "0001.sqlite"
    agents_in_backup = read_contents(old).agents
    result = restore_backup(db, old, NOW)
    assert result.migrated_from == "0001"
    assert inspect_file(db.path) == head_revision()
    assert read_contents(db.path).agents == agents_in_backup
    assert any(b.kind == "pre-migrate-0001" for b in list_backups(db.backup_dir))


def foreign_sqlite(path: Path) -> Path:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (x TEXT)")
    con.commit()
    con.close()
    return path


def newer_backup(db, path: Path) -> Path:  # type: ignore[no-untyped-def]
    shutil.copy(take_backup(db, MANUAL, NOW - timedelta(hours=1)).path, path)
    con = sqlite3.connect(path)
    with con:
        con.execute("DELETE FROM alembic_version")
        con.execute("INSERT INTO alembic_version VALUES ('9999_future')")
    con.close()
    return path


def damaged_backup(db, path: Path) -> Path:  # type: ignore[no-untyped-def]
    shutil.copy(take_backup(db, MANUAL, NOW - timedelta(hours=1)).path, path)
    con = sqlite3.connect(path)
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name='agents'").fetchone()[0]
    con.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * 4096 + 1:(root - 1) * 4096 + 8] = b"\x7f" * 7
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize(("make", "code"), [
    (lambda db, p: p, "backup_missing"),
    (lambda db, p: (p.write_text("工号,姓名\n", encoding="utf-8"), p)[1], "backup_not_ours"),
    (lambda db, p: foreign_sqlite(p), "backup_not_ours"),
    (lambda db, p: (p.write_bytes(b""), p)[1], "backup_not_ours"),
    (newer_backup, "backup_too_new"),
    (damaged_backup, "backup_damaged"),
], ids=["missing", "text file", "another app's database", "empty", "newer schema", "damaged"])
def test_a_bad_backup_is_refused_and_the_database_is_untouched(db, tmp_path: Path, make, code) -> None:
    services.add_agent(db.uow(), agent("KF001"), TODAY)
    source = make(db, tmp_path / "candidate.sqlite")
    before = content_hash(db.path)
    backups_before = list_backups(db.backup_dir)
    with pytest.raises(RestoreRefused) as refused:
        restore_backup(db, source, NOW)
    assert refused.value.code == code
    assert content_hash(db.path) == before
    assert list_backups(db.backup_dir) == backups_before  # refused before even the pre-restore backup


def test_check_backup_reports_the_counts(db) -> None:
    build_demo(db.uow(), 20, 6, 3, TODAY)
    backup = take_backup(db, MANUAL, NOW)
    contents = check_backup(backup.path)
    assert contents.agents == read_contents(db.path).agents > 0
    assert contents.records >= contents.agents and contents.integrity == "ok"
