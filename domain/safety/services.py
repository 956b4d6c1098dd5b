"""Data-safety use cases: where the backups go (a setting in the database), and the store's copies, check and
restore through the safety port. Copying and checking the file itself stays in persistence (files, not
records); the setting's key is passed in so the one spelling of it stays there."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from domain.ports import SafetyPort, UnitOfWork


def backup_folder(uow: UnitOfWork, key: str) -> str:
    """The folder the supervisor chose, or "" for the default beside the data."""
    with uow:
        return uow.settings.get(key, "")


def choose_backup_folder(uow: UnitOfWork, key: str, chosen: str, shown: str) -> None:
    """`chosen` is stored ("" keeps the default); `shown` is the folder in words for the activity log."""
    with uow:
        uow.settings.set(key, chosen)
        uow.log.record("settings", f"backup folder: {shown}")
        uow.commit()


# --- the store itself: copies, check, restore (the safety port, persistence/safety_port.py) ---
# These are the window's one way to its backups: each runs on the worker through the door, and what it returns
# is shown as it is. The rules live behind the port because they are about the file (RELIABILITY B1–B4).

def list_backups(safety: SafetyPort) -> list[Any]:
    return safety.backups()


def back_up_now(safety: SafetyPort, now: datetime, folder: Path | None = None) -> Any:
    return safety.manual(now, folder)


def daily_backup(safety: SafetyPort, now: datetime) -> Any:
    """Once a day at start; a damaged live file is not copied (the copy would carry the damage and thinning would
    push out good copies), so the answer says so instead."""
    return safety.daily(now)


def last_automatic_backup(safety: SafetyPort) -> datetime | None:
    return safety.last_automatic()


def restore(safety: SafetyPort, path: Path, now: datetime) -> Any:
    """The current state is kept as one more backup first, so a restore is itself one restore away."""
    return safety.restore(path, now)


def check_store(safety: SafetyPort) -> Any:
    return safety.check()


def shared_copy(safety: SafetyPort, now: datetime) -> Path:
    """A server database's copy by pg_dump (restoring one over everyone's data is left to the command line)."""
    return safety.dump(now)
