"""One writer per database file: a QLockFile beside it. QtCore only, so the CLI's writing commands
(import, restore, demo) take the same lock as the window.

The window holds the lock for as long as it is open (all its writes are under it); a command holds it from
opening the database until it has said what it did, so an import and a restore never interleave and an
import never reports success for data a restore then replaces. The window also holds a second lock,
`<db>.window.lock`, so a command can tell "the window has it" (waiting is pointless: refuse at once) from
"another command is writing" (wait a little, politely).

A lock left by a process that died (crash, power cut) names a PID that no longer runs; Qt then treats
it as stale and takes it over, so a crash never locks the supervisor out."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLockFile

WAIT_ENV = "DESK_WRITER_WAIT_SECONDS"  # how long a command waits for another command to finish
DEFAULT_WAIT_SECONDS = 60.0
WINDOW, WRITER = "window", "writer"


def lock_path(db_path: Path) -> Path:
    return Path(str(db_path) + ".lock")


def window_lock_path(db_path: Path) -> Path:
    return Path(str(db_path) + ".window.lock")


class HeldLock:
    """The locks this process holds on one database; keep a reference while the file is open."""

    def __init__(self, *locks: QLockFile) -> None:
        self._locks = list(locks)

    def unlock(self) -> None:
        for lock in reversed(self._locks):
            lock.unlock()
        self._locks.clear()


def _lock(path: Path) -> QLockFile:
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)  # a living holder keeps its lock however long the window stays open
    return lock


def holder(db_path: Path) -> str | None:
    """Who holds the database now: WINDOW, WRITER (a command), or None."""
    probe = _lock(lock_path(db_path))
    if probe.tryLock(0):
        probe.unlock()
        return None
    window = _lock(window_lock_path(db_path))
    if window.tryLock(0):
        window.unlock()
        return WRITER
    return WINDOW


def acquire(db_path: Path, wait_ms: int = 200) -> HeldLock | None:
    """The window's lock (both files), or None if another window or a command has the file."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    main = _lock(lock_path(db_path))
    if not main.tryLock(wait_ms):
        return None
    window = _lock(window_lock_path(db_path))
    if not window.tryLock(wait_ms):  # only a window holds this one, and it holds the main lock first
        main.unlock()
        return None
    return HeldLock(main, window)


def wait_seconds() -> float:
    try:
        return max(0.0, float(os.environ.get(WAIT_ENV, DEFAULT_WAIT_SECONDS)))
    except ValueError:
        return DEFAULT_WAIT_SECONDS


def acquire_writer(db_path: Path, on_wait: Callable[[], None], timeout_s: float | None = None
                   ) -> tuple[HeldLock | None, str | None]:
    """A command's lock. If another command is writing, call `on_wait` once and wait up to `timeout_s`;
    if the window has the file, give up at once. Returns (lock, None) or (None, WINDOW | WRITER).
    The database's folder must exist (a command never creates one)."""
    timeout_s = wait_seconds() if timeout_s is None else timeout_s
    main = _lock(lock_path(db_path))
    deadline = time.monotonic() + timeout_s
    told = False
    while True:
        if main.tryLock(0):
            return HeldLock(main), None
        if main.error() != QLockFile.LockError.LockFailedError:  # not held: the lock file cannot be made
            raise OSError(f"cannot create {lock_path(db_path)}: {main.error().name}")
        who = holder(db_path)
        if who == WINDOW:
            return None, WINDOW
        if who is None:
            continue  # released between the two looks: try again at once
        if time.monotonic() >= deadline:
            return None, WRITER
        if not told:
            on_wait()
            told = True
        main.tryLock(min(500, max(1, int((deadline - time.monotonic()) * 1000))))
        if main.isLocked():
            return HeldLock(main), None
