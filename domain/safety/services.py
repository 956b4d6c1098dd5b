"""Data-safety use cases on the database: where the backups go. Copying and checking the file itself stays in
persistence/backup.py (files, not records); the key is passed in so the one spelling of it stays there."""

from __future__ import annotations

from domain.ports import UnitOfWork


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
