"""Backups (RELIABILITY A4, B1, B4 on files, B5, B6): checked copies through SQLite's backup API, the
backup folder around them, and the once-a-day start-up copy."""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from domain.roster import services
from domain.roster.model import AgentData, Role
from persistence.backup import (
    AUTOMATIC,
    MANUAL,
    BackupFailed,
    backup_to,
    clean_partial_backups,
    list_backups,
    read_contents,
    rotate,
    startup_backup,
    take_backup,
    timestamped_name,
)
from persistence.database import Database, open_database
from tests.persistence.helpers import content_hash

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 8, 30)


def agent(no: str, notes: str = "") -> AgentData:
    return AgentData(id=None, employee_no=no, name="王婷", role=Role.HOTLINE, team="热线一组",
                     hire_date=date(2025, 3, 1), notes=notes)


def corrupt_agents_table(db: Database) -> None:
    """Scribble over the agents table's root page header: integrity_check then fails."""
    path = db.path
    db.close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name='agents'").fetchone()[0]
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    data = bytearray(path.read_bytes())
    offset = (root - 1) * page_size
    data[offset + 1:offset + 8] = b"\x7f" * 7
    path.write_bytes(bytes(data))


def test_a_backup_is_a_checked_private_self_contained_copy(db, tmp_path: Path) -> None:
    services.add_agent(db.uow(), agent("KF001"), TODAY)
    target = backup_to(db.path, tmp_path / "out" / timestamped_name(MANUAL, NOW))
    assert content_hash(target) == content_hash(db.path)
    assert read_contents(target, check=True).integrity == "ok"
    assert os.stat(target).st_mode & 0o777 == 0o600  # B6: only the supervisor's account can read it
    assert not Path(str(target) + "-wal").exists()  # one file, no journal beside it
    assert list((tmp_path / "out").glob("*.tmp")) == []


def test_deleted_text_is_absent_from_the_backup_bytes(db, tmp_path: Path) -> None:
    canary = "CANARY-患者住院-7f3a"
    receipt = services.add_agent(db.uow(), agent("KF001", notes=canary), TODAY)
    current = services.get_agent(db.uow(), receipt.agent_id)
    from dataclasses import replace

    services.update_agent(db.uow(), replace(current, notes="已处理"), TODAY)
    target = backup_to(db.path, tmp_path / "b.sqlite")
    assert canary.encode() not in target.read_bytes()  # secure_delete zeroed the old cell


def test_backup_while_a_writer_commits_every_10_ms_is_a_consistent_snapshot(db, tmp_path: Path) -> None:
    acked: list[int] = []
    stop = threading.Event()

    def writer() -> None:
        n = 0
        while not stop.is_set():
            with db.uow() as uow:  # one transaction writes two rows: both or neither may be in the copy
                uow.settings.set(f"w{n:05d}", "x")
                uow.log.record("writer", f"w{n:05d}")
                uow.commit()
            acked.append(n)
            n += 1
            time.sleep(0.01)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while len(acked) < 20:
            time.sleep(0.005)
        before = len(acked)
        target = backup_to(db.path, tmp_path / "during.sqlite")
        time.sleep(0.05)
    finally:
        stop.set()
        thread.join()
    con = sqlite3.connect(target)
    keys = [r[0] for r in con.execute("SELECT key FROM settings WHERE key LIKE 'w%' ORDER BY key")]
    logged = [r[0] for r in con.execute("SELECT detail FROM activity_log WHERE kind='writer' ORDER BY detail")]
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    print(f"backup under load: {len(acked)} writer commits, {len(keys)} in the copy, {before} acked before")
    assert keys == logged  # no transaction half in
    assert keys == [f"w{n:05d}" for n in range(len(keys))]  # a prefix: nothing skipped
    assert len(keys) >= before  # everything acknowledged before the backup started


def test_an_interrupted_copy_is_never_listed_and_is_cleaned_at_start(db, tmp_path: Path) -> None:
    folder = db.backup_dir
    good = take_backup(db, MANUAL, NOW)
    partial = folder / (timestamped_name(MANUAL, NOW + timedelta(minutes=1)) + ".tmp")
    partial.write_bytes(b"SQLite format 3\x00half a copy")
    assert [b.path for b in list_backups(folder)] == [good.path]
    outcome = startup_backup(db, NOW + timedelta(minutes=2))
    assert outcome.cleaned == 1 and not partial.exists()


def test_each_backup_is_logged_with_its_record_count(db) -> None:
    services.add_agent(db.uow(), agent("KF001"), TODAY)
    backup = take_backup(db, MANUAL, NOW)
    with db.engine.connect() as con:
        rows = con.execute(text("SELECT kind, detail, row_count FROM activity_log WHERE kind='backup'")).all()
    assert len(rows) == 1
    assert rows[0][1] == f"manual: {backup.path}" and rows[0][2] == read_contents(backup.path).records


def test_the_start_up_backup_runs_once_a_day(db) -> None:
    first = startup_backup(db, NOW)
    assert first.taken is not None and first.taken.kind == AUTOMATIC and first.problem is None
    assert startup_backup(db, NOW + timedelta(hours=6)).taken is None
    assert startup_backup(db, NOW + timedelta(days=1)).taken is not None
    assert [b.kind for b in list_backups(db.backup_dir)] == [AUTOMATIC, AUTOMATIC]


def test_a_damaged_database_is_not_backed_up_and_good_backups_stay(tmp_path: Path) -> None:
    path, folder = tmp_path / "desk.sqlite", tmp_path / "backups"
    db = open_database(path, backup_dir=folder)
    services.add_agent(db.uow(), agent("KF001"), TODAY)
    for days_ago in range(40, 0, -1):
        take_backup(db, AUTOMATIC, NOW - timedelta(days=days_ago))
    good = list_backups(folder)
    corrupt_agents_table(db)
    db = open_database(path, backup_dir=folder)
    try:
        outcome = startup_backup(db, NOW)
    finally:
        db.close()
    assert outcome.taken is None and "malformed" in (outcome.problem or "")
    assert list_backups(folder) == good  # nothing thinned away because of the damaged file
    assert all(read_contents(b.path, check=True).integrity == "ok" for b in good)
    with pytest.raises(BackupFailed):
        backup_to(path, tmp_path / "manual.sqlite")
    assert not (tmp_path / "manual.sqlite").exists() and not (tmp_path / "manual.sqlite.tmp").exists()


def test_rotation_on_files_removes_only_what_the_rule_no_longer_needs(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    start = datetime(2025, 10, 1, 9, 0)
    for day in range(60):
        for kind in ("auto", "pre-import"):
            (folder / timestamped_name(kind, start + timedelta(days=day, minutes=len(kind)))).write_bytes(b"x")
    (folder / timestamped_name("pre-migrate-0001", start)).write_bytes(b"x")
    (folder / "notes.txt").write_text("the supervisor's own file")
    removed = rotate(folder, start + timedelta(days=59))
    kinds = [b.kind for b in list_backups(folder)]
    assert "pre-migrate-0001" in kinds and (folder / "notes.txt").exists()
    assert len(removed) + len(kinds) == 121
    days = sorted({b.taken_at.date() for b in list_backups(folder) if b.kind != "pre-migrate-0001"})
    recent, daily, weekly = days[-2:], days[-14:-2], days[:-14]
    assert len(recent) == 2 and len(kinds) == 1 + 2 * 2 + len(daily) + len(weekly)
    assert daily == [start.date() + timedelta(days=d) for d in range(46, 58)]
    assert len({d.toordinal() // 7 for d in weekly}) == len(weekly) >= 6  # one per week before that
    assert clean_partial_backups(folder) == 0


KILLED_BACKUP = """
import sqlite3, sys, time
from pathlib import Path
from persistence import backup

real_connect = sqlite3.connect

class SlowCopy(sqlite3.Connection):
    def backup(self, target, **_):  # page by page, slowly, so the parent can kill us half-way
        def progress(_status, remaining, total):
            if remaining < total - 2:
                print("copying", flush=True)
            time.sleep(0.05)
        super().backup(target, pages=1, progress=progress)

backup.sqlite3.connect = lambda *a, **k: real_connect(*a, factory=SlowCopy, **k)
backup.backup_to(Path(sys.argv[1]), Path(sys.argv[2]))
"""


def test_the_leftovers_of_a_killed_backup_are_removed_by_the_next_backup_and_start(db, tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys

    for n in range(300):
        services.add_agent(db.uow(), agent(f"KF{n:04d}", notes="备注" * 200), TODAY)
    folder = db.backup_dir
    target = folder / timestamped_name(MANUAL, NOW)
    root = Path(__file__).resolve().parents[2]
    child = subprocess.Popen([sys.executable, "-c", KILLED_BACKUP, str(db.path), str(target)], cwd=root,
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline() == "copying\n"
    child.send_signal(signal.SIGKILL)  # kill -9 in the middle of the copy
    child.wait()
    leftovers = sorted(p.name for p in folder.iterdir())
    print(f"killed backup left: {leftovers}")
    assert leftovers and all(".tmp" in name for name in leftovers) and not list_backups(folder)
    assert any(name.endswith(".tmp-journal") for name in leftovers)  # the copy's own rollback journal
    # An older build's unnamed temp file, and a copy this (living) process is still writing, beside them.
    legacy = folder / (timestamped_name(MANUAL, NOW - timedelta(days=1)) + ".tmp")
    legacy.write_bytes(b"SQLite format 3\x00half")
    Path(str(legacy) + "-journal").write_bytes(b"journal")
    in_progress = folder / f"{timestamped_name(MANUAL, NOW + timedelta(minutes=5))}.{os.getpid()}.tmp"
    in_progress.write_bytes(b"SQLite format 3\x00still being written")

    good = take_backup(db, MANUAL, NOW + timedelta(minutes=1))  # the next backup cleans up first

    remaining = sorted(p.name for p in folder.iterdir())
    assert remaining == sorted([good.path.name, in_progress.name]), remaining
    in_progress.unlink()
    # And the start-up sweep removes them too (the window's next start).
    dead = folder / f"{timestamped_name(MANUAL, NOW)}.{child.pid}.tmp-journal"
    dead.write_bytes(b"journal")
    assert startup_backup(db, NOW + timedelta(days=1)).cleaned == 1 and not dead.exists()
