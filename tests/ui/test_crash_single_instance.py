"""RELIABILITY A7: one app per database. A second start on the same file is refused in Chinese with a
non-zero exit and the file untouched; a lock left by a killed app does not lock the supervisor out."""

from __future__ import annotations

import faulthandler
import hashlib
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from persistence.database import open_database
from shared import instance_lock

ROOT = Path(__file__).resolve().parents[2]
HOLD = ("import sys, time; from pathlib import Path; from shared import instance_lock; "
        "lock = instance_lock.acquire(Path(sys.argv[1])); print('locked' if lock else 'refused', flush=True); "
        "time.sleep(60)")


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def holder(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Another process that has the database open (holds its lock)."""
    path = tmp_path / "desk.sqlite"
    open_database(path, backup_dir=tmp_path / "backups").close()
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(path)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline() == "locked\n"
    yield path, proc
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
        proc.wait()


def test_a_second_window_on_the_same_file_is_refused_in_chinese(holder, qapp, monkeypatch) -> None:
    path, _proc = holder
    before = sha(path)
    said = []
    monkeypatch.setattr("ui.app.QMessageBox.critical", lambda _parent, title, text: said.append((title, text)))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    from ui.app import EXIT_REFUSED, run_gui

    assert run_gui(path, "zh_CN", False) == EXIT_REFUSED != 0
    faulthandler.enable(file=sys.__stderr__)  # run_gui pointed it at the (temporary) user log folder
    assert said == [("已在使用中", f"{path} 已在本软件的另一个窗口中打开。")]
    assert sha(path) == before and not list(path.parent.glob("*.sqlite-wal"))


def test_a_lock_left_by_a_killed_app_is_taken_over(holder) -> None:
    path, proc = holder
    assert instance_lock.acquire(path, wait_ms=0) is None
    proc.send_signal(signal.SIGKILL)  # the app crashed: its lock file stays behind
    proc.wait()
    assert instance_lock.lock_path(path).exists()
    lock = instance_lock.acquire(path)
    assert lock is not None
    lock.unlock()
