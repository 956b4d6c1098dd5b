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
from persistence.migrate import (
    NotOurDatabase,
    SchemaCorrupt,
    head_revision,
    inspect_file,
    known_revisions,
    upgrade,
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
        revision = inspect_file(path)
    except NotOurDatabase:
        raise RestoreRefused("backup_not_ours", str(path)) from None
    except SchemaCorrupt as exc:
        raise RestoreRefused("backup_damaged", str(exc)) from None
    if revision is None:
        raise RestoreRefused("backup_not_ours", str(path))
    if not set(revision.split("+")) <= known_revisions():
        raise RestoreRefused("backup_too_new", revision)
    try:
        contents = read_contents(path, check=True)
    except sqlite3.DatabaseError as exc:
        raise RestoreRefused("backup_damaged", str(exc)) from None
    if contents.integrity != "ok":
        raise RestoreRefused("backup_damaged", contents.integrity)
    return contents


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
            source.backup(live.driver_connection)
        finally:
            live.close()
    finally:
        source.close()
    db.engine.dispose()
    migrated_from = None
    if checked.revision != head_revision():
        # An older build's backup: migrate it now, with its own pre-migration copy (RELIABILITY B7).
        migrated_from = upgrade(db.engine, db.path, db.backup_dir, now).migrated_from
    with db.uow() as uow:
        uow.log.record("restore", f"{backup} → {db.path}; previous state kept in {pre.path}", checked.records)
        uow.commit()
    return RestoreResult(source=backup, contents=read_contents(db.path), pre_restore=pre,
                         migrated_from=migrated_from)
