"""The backup port (domain.ports.BackupPort) on an open database: checked copies through persistence.backup."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from domain.ports import UnitOfWork
    from persistence.database import Database


class DatabaseBackup:
    def __init__(self, db: Database) -> None:
        self._db = db

    def _copies(self) -> bool:
        # A server database has no file to copy (pg_dump is the supervisor's own action) and an empty new file
        # holds nothing to lose; both import without a copy, as before.
        path = self._db.path
        return not self._db.is_server and path.exists() and bool(path.stat().st_size)

    def before_import(self, label: str, now: datetime) -> None:
        if self._copies():
            from persistence.backup import take_backup

            take_backup(self._db, label, now)  # logged and rotated like every other backup

    def begin_before_import(self, label: str, now: datetime) -> PendingBackup | TakenBackup | None:
        """The same copy as `before_import`, taken on a thread while the import works in its own transaction
        (domain.performance.kpi_import_use_case); None where `before_import` copies nothing. Outside WAL mode
        (a folder where SQLite could not set it) a reader would hold off the import's writes: copied first."""
        if not self._copies():
            return None
        if not _in_wal_mode(self._db.path):
            self.before_import(label, now)
            return TakenBackup()
        return PendingBackup(self._db, label, now)


def _in_wal_mode(path: Path) -> bool:
    import sqlite3

    con = sqlite3.connect(path)
    try:
        return str(con.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal"
    finally:
        con.close()


class TakenBackup:
    """A copy already taken and logged before the import began."""

    def finish(self, uow: UnitOfWork) -> None:
        pass

    def settle(self) -> None:
        pass


class PendingBackup:
    """A pre-import copy being written while the import runs. The copy reads the file through its own
    connection in one backup step, so it holds the database as it was before the import: in WAL mode the
    import's uncommitted pages are invisible to it, and the import commits only after `finish` (which waits
    for the copy and raises its failure, so a failed copy rolls the import back). The backup API and the
    integrity check run in SQLite with the interpreter released, on the second core."""

    def __init__(self, db: Database, label: str, now: datetime) -> None:
        self._db, self._label, self._now = db, label, now
        self._copy: tuple[Path, int] | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="pre-import-backup", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        from persistence.backup import backup_to, read_contents, timestamped_name

        try:
            path = backup_to(self._db.path, self._db.backup_dir / timestamped_name(self._label, self._now))
            self._copy = (path, read_contents(path).records)
        except BaseException as exc:  # noqa: BLE001  raised on the import's thread by _wait
            self._error = exc

    def _wait(self) -> tuple[Path, int]:
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._copy is not None
        return self._copy

    def finish(self, uow: UnitOfWork) -> None:
        """Before the import commits: wait for the copy, then log it in the import's own transaction (a second
        transaction would wait for the import's write lock), ahead of the import's own lines as before."""
        path, records = self._wait()
        uow.log.record("backup", f"{self._label}: {path}", records)
        self._rotate()

    def settle(self) -> None:
        """After an import that failed: the copy still lands, logged on its own, as when it was taken first;
        a failed copy raises its own error, as it did before the import began."""
        path, records = self._wait()
        with self._db.uow() as uow:
            uow.log.record("backup", f"{self._label}: {path}", records)
            uow.commit()
        self._rotate()

    def _rotate(self) -> None:
        from persistence.backup import rotate

        rotate(self._db.backup_dir, self._now)
