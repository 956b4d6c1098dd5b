"""Issue 14 items 4 and 6, issue 13 item 8, end to end with real processes.

Exit codes: 0 done, 1 `check` found problems, 2 bad input (including a --db that does not exist),
3 refused (a file that is not ours, a backup that is not a complete backup of this app), 6 busy (the window
has the file, another command kept writing past the wait, or a program outside the app kept it locked)."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.cli.test_backup_cli import demo_db

ROOT = Path(__file__).resolve().parents[2]
WAITING = "另一个程序正在写入该数据库，正在等待…"


def env_for(tmp_path: Path, **extra: str) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path / "data"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"), "PYTHONIOENCODING": "utf-8", **extra}


def start(tmp_path: Path, *args: object, **extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(ROOT / "main.py"), *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, encoding="utf-8", env=env_for(tmp_path, **extra),
                            cwd=tmp_path)


def finish(proc: subprocess.Popen[str], timeout: float = 120) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=timeout)
    return proc.returncode, out, err


def sha(path: Path) -> str:
    digest = hashlib.sha256(path.read_bytes())
    wal = Path(str(path) + "-wal")
    digest.update(wal.read_bytes() if wal.exists() else b"")
    return digest.hexdigest()


def roster_csv(path: Path, prefix: str, count: int = 3) -> Path:
    rows = [f"{prefix}{n:03d},测试{prefix}{n},热线,热线一组,2025-01-06" for n in range(count)]
    path.write_text("工号,姓名,岗位,班组,入职日期\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def agent_numbers(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT employee_no FROM agents")}
    finally:
        con.close()


HOLD_WRITER = ("import sys, time; from pathlib import Path; from shared import instance_lock; "
               "lock, _ = instance_lock.acquire_writer(Path(sys.argv[1]), lambda: None, 0); "
               "print('locked' if lock else 'refused', flush=True); time.sleep(float(sys.argv[2]))")


def hold_writer_lock(db: Path, seconds: float) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", HOLD_WRITER, str(db), str(seconds)], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline() == "locked\n"
    return proc


def test_restore_of_a_foreign_file_with_a_version_row_is_refused_in_chinese(run, tmp_path: Path) -> None:
    db = demo_db(tmp_path / "desk.sqlite")
    foreign = tmp_path / "foreign.sqlite"
    con = sqlite3.connect(foreign)
    with con:
        con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
        con.execute("INSERT INTO alembic_version VALUES ('0007')")
        con.execute("CREATE TABLE t (x)")
    con.close()
    before = sha(db)
    code, _, err = run("restore", foreign, "--db", db)
    assert code == 3 and "未恢复" in err and "表结构与其版本应有的不一致" in err, err
    assert "Traceback" not in err
    assert sha(db) == before


def test_check_reports_a_missing_table_and_a_missing_column(run, tmp_path: Path) -> None:
    db = demo_db(tmp_path / "desk.sqlite")
    con = sqlite3.connect(db)
    with con:
        con.execute("DROP TABLE mentor_check_ins")
        con.execute("ALTER TABLE agents DROP COLUMN hometown")
    con.close()
    code, out, err = run("check", "--db", db)
    assert code == 1, out + err
    assert "缺少数据表 mentor_check_ins" in out and "数据表 agents 缺少列 hometown" in out
    assert "数据库状态良好" not in out


def test_a_second_writer_waits_politely_then_lands(tmp_path: Path) -> None:
    db = demo_db(tmp_path / "desk.sqlite")
    holder = hold_writer_lock(db, 4)
    started = time.monotonic()
    code, out, err = finish(start(tmp_path, "import", "roster", roster_csv(tmp_path / "r.csv", "WT"), "--db", db))
    waited = time.monotonic() - started
    holder.wait()
    print(f"second writer: waited {waited:.1f} s, exit {code}")
    assert code == 0 and "导入完成" in out, err
    assert WAITING in err and "Traceback" not in err
    assert waited >= 2
    assert {"WT000", "WT001", "WT002"} <= agent_numbers(db)


def test_a_writer_that_does_not_finish_gives_a_clear_refusal(tmp_path: Path) -> None:
    db = demo_db(tmp_path / "desk.sqlite")
    holder = hold_writer_lock(db, 60)
    try:
        before = sha(db)
        code, _, err = finish(start(tmp_path, "import", "roster", roster_csv(tmp_path / "r.csv", "WT"), "--db", db,
                                    DESK_WRITER_WAIT_SECONDS="2"))
        assert code == 6, err
        assert WAITING in err and "请等它完成后再试" in err and "Traceback" not in err
        assert sha(db) == before
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()


def test_the_window_holding_the_file_refuses_an_import_at_once(tmp_path: Path) -> None:
    db = demo_db(tmp_path / "desk.sqlite")
    window = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from pathlib import Path; from shared import instance_lock; "
         "lock = instance_lock.acquire(Path(sys.argv[1])); print('locked', flush=True); time.sleep(60)", str(db)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert window.stdout is not None and window.stdout.readline() == "locked\n"
        started = time.monotonic()
        code, _, err = finish(start(tmp_path, "import", "roster", roster_csv(tmp_path / "r.csv", "WT"), "--db", db))
        assert code == 6 and "请先关闭软件窗口" in err and WAITING not in err, err
        assert time.monotonic() - started < 30  # no waiting for a window that stays open for hours
    finally:
        window.send_signal(signal.SIGKILL)
        window.wait()


def test_two_imports_at_once_both_land_without_a_traceback(tmp_path: Path) -> None:
    db = demo_db(tmp_path / "desk.sqlite")
    first = start(tmp_path, "import", "roster", roster_csv(tmp_path / "a.csv", "AA", 40), "--db", db)
    second = start(tmp_path, "import", "roster", roster_csv(tmp_path / "b.csv", "BB", 40), "--db", db)
    results = [finish(first), finish(second)]
    for code, out, err in results:
        assert code == 0 and "导入完成" in out, err
        assert "Traceback" not in err and "database is locked" not in err
    numbers = agent_numbers(db)
    assert {f"AA{n:03d}" for n in range(40)} <= numbers and {f"BB{n:03d}" for n in range(40)} <= numbers


@pytest.mark.parametrize("round_", range(3))
def test_an_import_racing_a_restore_is_never_silently_replaced(run, tmp_path: Path, round_: int) -> None:
    db = demo_db(tmp_path / "desk.sqlite")
    assert run("backup", "--db", db)[0] == 0
    backup = next((tmp_path / "backups").glob("manual-*.sqlite"))
    imported = start(tmp_path, "import", "roster", roster_csv(tmp_path / "r.csv", "RC", 30), "--db", db)
    time.sleep(round_ * 1.5)  # vary who reaches the lock first
    restored = start(tmp_path, "restore", backup, "--db", db)
    (i_code, i_out, i_err), (r_code, _r_out, r_err) = finish(imported), finish(restored)
    assert (i_code, r_code) == (0, 0), i_err + r_err
    assert "Traceback" not in i_err + r_err
    new = {f"RC{n:03d}" for n in range(30)}
    pre_restore = next((tmp_path / "backups").glob("pre-restore-*.sqlite"))
    # The import either ran after the restore (its rows are in the database) or before it (then the
    # restore's copy of the state it replaced holds them, whole): never lost in between.
    final = agent_numbers(db)
    print(f"round {round_}: import ran {'after' if new <= final else 'before'} the restore")
    assert "导入完成" in i_out
    assert new <= final or (not new & final and new <= agent_numbers(pre_restore))


def test_a_lock_held_outside_the_app_becomes_a_chinese_sentence(tmp_path: Path) -> None:
    db = demo_db(tmp_path / "desk.sqlite")
    blocker = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys, time; con = sqlite3.connect(sys.argv[1], isolation_level=None); "
         "con.execute('BEGIN IMMEDIATE'); print('locked', flush=True); time.sleep(30)", str(db)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert blocker.stdout is not None and blocker.stdout.readline() == "locked\n"
        before = agent_numbers(db)
        code, out, err = finish(start(tmp_path, "import", "roster", roster_csv(tmp_path / "r.csv", "LK"), "--db", db))
        assert code == 6, out + err
        assert "锁住了数据库" in err and "Traceback" not in err and "database is locked" not in err
        assert agent_numbers(db) == before
    finally:
        blocker.send_signal(signal.SIGKILL)
        blocker.wait()


SUBCOMMANDS = [
    ("import", "roster", "{csv}", "--db", "{db}"),
    ("import", "kpi", "{csv}", "--db", "{db}", "--month", "2026-10"),
    ("export", "roster", "--db", "{db}", "--out", "{out}"),
    ("export", "report", "--month", "2026-10", "--db", "{db}", "--out", "{out}"),
    ("export", "allowance", "--month", "2026-10", "--db", "{db}", "--out", "{out}"),
    ("backup", "--db", "{db}"),
    ("check", "--db", "{db}"),
    ("restore", "{backup}", "--db", "{db}"),
]


@pytest.mark.parametrize("args", SUBCOMMANDS, ids=lambda a: " ".join(a[:2]).replace(" --db", ""))
def test_only_demo_and_the_window_create_a_database(run, tmp_path: Path, args: tuple[str, ...]) -> None:
    missing = tmp_path / "typo" / "desk.sqlite"
    backup = demo_db(tmp_path / "real.sqlite")
    csv = roster_csv(tmp_path / "r.csv", "MS")
    values = {"db": missing, "csv": csv, "out": tmp_path / "out.xlsx", "backup": backup}
    code, out, err = run(*(a.format(**values) for a in args))
    assert code == 2, out + err
    assert "不存在" in err and "python main.py demo --db" in err and "Traceback" not in err
    assert not missing.parent.exists()


def test_demo_creates_its_database_and_folder_under_the_writer_lock(run, tmp_path: Path) -> None:
    target = tmp_path / "new" / "folder" / "demo.sqlite"
    code, out, err = run("demo", "--db", target, "--agents", "5", "--months", "3")
    assert code == 0, err
    assert target.is_file() and agent_numbers(target)
