"""`main.py backup` and `main.py restore` end to end, as someone would type them."""

from __future__ import annotations

import hashlib
import signal
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

from domain.demo import build_demo
from persistence.database import open_database
from tests.persistence.helpers import content_hash

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 23)


def demo_db(path: Path, headcount: int = 8) -> Path:
    """Made in-process (quicker than a `demo` subprocess); the commands under test run as subprocesses."""
    db = open_database(path)
    build_demo(db.uow(), headcount, 6, 7, TODAY)
    db.close()
    return path


def agents(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM agents").fetchone()[0]
    finally:
        con.close()


def test_backup_then_restore_by_hand(run, tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite"
    demo_db(db, 12)
    code, out, err = run("backup", "--db", db)
    assert code == 0, err
    assert "已备份到" in out and "坐席" in out
    backup = next((tmp_path / "backups").glob("manual-*.sqlite"))
    before = agents(db)
    con = sqlite3.connect(db)
    with con:
        con.execute("DELETE FROM agent_history")
        con.execute("DELETE FROM agents")  # the mistake a restore is for
    con.close()

    code, out, err = run("restore", backup, "--db", db)

    assert code == 0, err
    assert "已将" in out and "恢复前的数据已另存为" in out
    assert agents(db) == before
    assert len(list((tmp_path / "backups").glob("pre-restore-*.sqlite"))) == 1
    code, out, _ = run("backup", "--db", db, "--list")
    assert code == 0 and "恢复前" in out and "手动" in out


def test_the_list_names_a_damaged_copy_instead_of_failing(run, tmp_path: Path) -> None:
    """A copy truncated by a full USB stick, in the folder under a backup's name: listed with "?" counts, as the
    window lists it, and the good copies still shown."""
    db = tmp_path / "desk.sqlite"
    demo_db(db)
    assert run("backup", "--db", db)[0] == 0
    damaged = tmp_path / "backups" / "manual-20261201-080000-000000.sqlite"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x07" * 300)

    code, out, err = run("backup", "--db", db, "--list")

    assert code == 0, err
    lines = out.splitlines()
    assert any(damaged.name in line and "?" in line for line in lines)
    assert sum("manual-" in line for line in lines) == 2


def test_backup_to_another_folder(run, tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite"
    demo_db(db)
    code, out, _ = run("backup", "--db", db, "--to", tmp_path / "usb")
    assert code == 0
    copy = next((tmp_path / "usb").glob("manual-*.sqlite"))
    assert str(copy) in out and content_hash(copy) != ""


def test_a_file_that_is_not_a_backup_is_refused_and_nothing_changes(run, tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite"
    demo_db(db)
    before = content_hash(db)
    bogus = tmp_path / "花名册.xlsx"
    bogus.write_bytes(b"PK\x03\x04 not a database")
    code, out, err = run("restore", bogus, "--db", db)
    assert code == 3
    assert "未恢复" in err and "不是本软件的备份" in err
    assert content_hash(db) == before
    assert not list((tmp_path / "backups").glob("pre-restore-*"))


def test_backup_of_a_missing_database_says_so(run, tmp_path: Path) -> None:
    code, _, err = run("backup", "--db", tmp_path / "nowhere.sqlite")
    assert code == 2 and "不存在" in err


def test_restore_is_refused_while_the_app_has_the_file_open(run, tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite"
    demo_db(db)
    run("backup", "--db", db)
    backup = next((tmp_path / "backups").glob("manual-*.sqlite"))
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from pathlib import Path; from shared import instance_lock; "
         "lock = instance_lock.acquire(Path(sys.argv[1])); print('locked', flush=True); time.sleep(60)", str(db)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
        before = hashlib.sha256(db.read_bytes()).hexdigest()
        code, _, err = run("restore", backup, "--db", db)
        assert code == 6 and "请先关闭软件窗口" in err  # 6: busy, try again later
        assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    # The holder died without unlocking (a crash): its lock is stale and no longer in the way.
    code, _, err = run("restore", backup, "--db", db)
    assert code == 0, err
