"""The backup port (domain.ports.BackupPort) on an open database: checked copies through persistence.backup."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from persistence.backup import BackupFile
    from persistence.database import Database


class DatabaseBackup:
    def __init__(self, db: Database) -> None:
        self._db = db

    def before_import(self, label: str, now: datetime) -> None:
        # A server database has no file to copy (pg_dump is the supervisor's own action) and an empty new file
        # holds nothing to lose; both import without a copy, as before.
        path = self._db.path
        if not self._db.is_server and path.exists() and path.stat().st_size:
            from persistence.backup import take_backup

            take_backup(self._db, label, now)  # logged and rotated like every other backup

    def manual(self, now: datetime, folder: Path | None = None) -> BackupFile:
        """Back up now, by hand (Settings → Backups, `backup create`)."""
        from persistence.backup import MANUAL, take_backup

        return take_backup(self._db, MANUAL, now, folder)
