"""One app per database file: a QLockFile beside it. QtCore only, so the CLI's restore can honour it.

A lock left by a process that died (crash, power cut) names a PID that no longer runs; Qt then treats
it as stale and takes it over, so a crash never locks the supervisor out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile


def lock_path(db_path: Path) -> Path:
    return Path(str(db_path) + ".lock")


def acquire(db_path: Path, wait_ms: int = 200) -> QLockFile | None:
    """The held lock (keep a reference for as long as the file is open), or None if another instance
    has the file."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(lock_path(db_path)))
    lock.setStaleLockTime(0)  # a living holder keeps its lock however long the window stays open
    return lock if lock.tryLock(wait_ms) else None
