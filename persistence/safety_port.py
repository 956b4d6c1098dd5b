"""The safety port (domain.ports.SafetyPort) on an open database: its copies, its check and a restore — the
database file or server itself, not its records. The window's safety area reaches all of it through here and
the use cases in domain/safety/services.py, never persistence.backup, .restore, .health or .server_backup.

Each method runs on the worker thread (the door's query or change); a backup is written in the activity log by
persistence.backup itself, as every other copy is."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from persistence.backup import FOLDER_SETTING, BackupContents, BackupFile

if TYPE_CHECKING:  # kept light: the window builds this port before SQLAlchemy has loaded
    from persistence.backup import StartupBackup
    from persistence.database import Database
    from persistence.health import HealthReport
    from persistence.restore import RestoreResult

__all__ = ["FOLDER_SETTING", "BackupContents", "BackupFile", "BackupListing", "HealthReport", "RestoreResult",
           "StartupBackup", "StoreSafety", "refused"]


def refused(exc: BaseException) -> bool:
    """A restore that was refused before anything changed (not ours, damaged, newer, or the file busy): its
    `code` says why in words."""
    from persistence.db import DatabaseBusy
    from persistence.restore import RestoreRefused

    return isinstance(exc, RestoreRefused | DatabaseBusy)


@dataclass(frozen=True)
class BackupListing:
    backup: BackupFile
    contents: BackupContents | None  # None when the file cannot be read


class StoreSafety:
    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def folder(self) -> Path:
        return self._db.backup_dir

    def backups(self) -> list[BackupListing]:
        """Every copy in the backup folder, newest first, each opened read-only to count its records."""
        from persistence.backup import list_backups, read_contents

        listed = []
        for backup in list_backups(self._db.backup_dir):
            try:
                contents: BackupContents | None = read_contents(backup.path)
            except Exception:  # a damaged or foreign file in the folder is listed, not fatal  # noqa: BLE001
                contents = None
            listed.append(BackupListing(backup, contents))
        return listed

    def manual(self, now: datetime, folder: Path | None = None) -> BackupListing:
        """`folder`: a one-off copy elsewhere (`backup create --to`), left out of the keeping rule's thinning."""
        from persistence.backup import MANUAL, read_contents, take_backup

        backup = take_backup(self._db, MANUAL, now, folder)
        return BackupListing(backup, read_contents(backup.path))

    def last_automatic(self) -> datetime | None:
        from persistence.backup import last_automatic_backup

        return last_automatic_backup(self._db.backup_dir)

    def daily(self, now: datetime) -> StartupBackup:
        from persistence.backup import startup_backup

        return startup_backup(self._db, now)

    def restore(self, path: Path, now: datetime) -> RestoreResult:
        from persistence.restore import restore_backup

        return restore_backup(self._db, path, now)

    def check(self) -> HealthReport:
        from persistence.health import check_database, check_server

        return check_server(self._db.url) if self._db.url else check_database(self._db.path)

    def can_dump(self) -> bool:
        """A server database's copy needs PostgreSQL's client tools on this computer."""
        from persistence.server_backup import client_tool

        return client_tool("pg_dump") is not None

    def dump(self, now: datetime) -> Path:
        from persistence.server_backup import dump_server

        assert self._db.url, "only a server database is dumped"
        return dump_server(self._db.url, self._db.backup_dir, now)
