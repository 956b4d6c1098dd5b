"""Restore: SQLite's backup API run FROM the backup file INTO the live database (RELIABILITY B3).

Overwriting the database file instead would leave a stale `-wal` beside it, and SQLite would quietly
replay the newer pages over the restored ones. Copying pages through a live connection makes the
restore one more transaction, which the WAL and every other connection see correctly."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from persistence.backup import PRE_RESTORE, BackupContents, BackupFile, read_contents, take_backup
from persistence.database import Database
from persistence.db import DatabaseBusy, is_busy_error
from persistence.migrate import (
    ForeignKeysBroken,
    NotOurDatabase,
    SchemaCorrupt,
    SchemaMismatch,
    SchemaTooNew,
    upgrade,
    verify_file,
)


class RestoreRefused(Exception):
    """The backup cannot be restored; the live database was not touched."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code, self.detail = code, detail


@dataclass(frozen=True)
class RestoreResult:
    source: Path
    contents: BackupContents  # what was restored, as counted after the restore
    pre_restore: BackupFile  # the state just before, one restore away
    migrated_from: str | None  # the backup's schema, when it was older than this build's


def check_backup(path: Path) -> BackupContents:
    """Everything that must hold before the live database is touched."""
    if not path.is_file():
        raise RestoreRefused("backup_missing", str(path))
    try:
        # Ours (application id, version row), the very tables its version should have, integrity and
        # foreign keys: a stranger's file with a forged version row, a copy with a table dropped or a
        # version row edited, and dangling rows are all refused here, before the live file is touched.
        revision = verify_file(path, full_check=True)
    except NotOurDatabase:
        raise RestoreRefused("backup_not_ours", str(path)) from None
    except SchemaTooNew as exc:
        raise RestoreRefused("backup_too_new", exc.revision) from None
    except SchemaMismatch as exc:
        raise RestoreRefused("backup_schema_mismatch", _differences(exc)) from None
    except ForeignKeysBroken as exc:
        raise RestoreRefused("backup_foreign_keys", str(exc.problems)) from None
    except SchemaCorrupt as exc:
        raise RestoreRefused("backup_damaged", str(exc)) from None
    if revision is None:
        raise RestoreRefused("backup_not_ours", str(path))
    try:
        contents = read_contents(path, check=True)
    except sqlite3.DatabaseError as exc:
        raise RestoreRefused("backup_damaged", str(exc)) from None
    if contents.integrity != "ok":
        raise RestoreRefused("backup_damaged", contents.integrity)
    return contents


def _differences(exc: SchemaMismatch) -> str:
    shown = "; ".join(str(d) for d in exc.differences[:3])
    more = len(exc.differences) - 3
    return f"{exc.revision}: {shown}" + (f" (+{more})" if more > 0 else "")


def restore_backup(db: Database, backup: Path, now: datetime) -> RestoreResult:
    """Check the backup, back up the current state, copy the backup in, migrate it if it is older,
    and log the restore in the restored database's own activity log."""
    backup = Path(backup)
    checked = check_backup(backup)
    pre = take_backup(db, PRE_RESTORE, now)
    db.engine.dispose()  # no pooled connection may hold a read snapshot of the old pages
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        live = db.engine.raw_connection()  # carries our pragmas: WAL, synchronous=FULL, foreign keys
        try:
            assert live.driver_connection is not None  # None only after the connection was invalidated
            source.backup(live.driver_connection)
        finally:
            live.close()
    except sqlite3.OperationalError as exc:
        if is_busy_error(exc):  # a program outside our lock holds the file: nothing was copied
            raise DatabaseBusy(str(exc)) from exc
        raise
    finally:
        source.close()
    db.engine.dispose()
    # An older build's backup is migrated now, with its own pre-migration copy (RELIABILITY B7); one at
    # this build's schema only gets our application id back (the copy carried the backup's header).
    migrated_from = upgrade(db.engine, db.path, db.backup_dir, now).migrated_from
    with db.uow() as uow:
        uow.log.record("restore", f"{backup} → {db.path}; previous state kept in {pre.path}", checked.records)
        uow.commit()
    return RestoreResult(source=backup, contents=read_contents(db.path), pre_restore=pre,
                         migrated_from=migrated_from)
