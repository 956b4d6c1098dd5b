"""Copies of the live database through SQLite's online backup API — never a copy of the open file —
and the backup folder around them: names, listing, contents, thinning and the daily start-up copy."""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from domain.safety.rotation import Dated, backups_to_remove, daily_backup_due

if TYPE_CHECKING:
    from persistence.database import Database

SUFFIX = ".sqlite"
PARTIAL_SUFFIX = ".tmp"
FOLDER_SETTING = "backup.folder"
AUTOMATIC = "auto"  # the once-a-day copy taken when the window opens
MANUAL = "manual"
PRE_RESTORE = "pre-restore"
_NAME = re.compile(r"^(?P<kind>[a-z0-9+_-]+?)-(?P<stamp>\d{8}-\d{6}-\d{6})\.sqlite$")
_NOT_RECORDS = {"alembic_version"}


class BackupFailed(Exception):
    """The copy did not pass its integrity check (so neither did the live file), or could not be written."""


def backup_to(db_path: Path, target: Path, check: str = "quick_check") -> Path:
    """Write a checked copy of `db_path` to `target`: temp file, check, then rename.

    quick_check reads every page and record (what a damaged copy would carry) at a fifth of the cost of
    integrity_check, whose extra index cross-checks took 2.1 s on the 230 MB benchmark centre before each
    import; Help → Check database still runs the full integrity_check."""
    if check not in ("quick_check", "integrity_check"):
        raise ValueError(check)
    target.parent.mkdir(parents=True, exist_ok=True)
    clean_partial_backups(target.parent)  # what an earlier copy, killed half-way, left here
    # The writer's pid in the name tells a copy still being written from one whose process died.
    tmp = target.with_name(f"{target.name}.{os.getpid()}{PARTIAL_SUFFIX}")
    _remove_partial(tmp)
    try:
        src = sqlite3.connect(db_path)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
                verdict = dst.execute(f"PRAGMA {check}").fetchone()[0]
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.OperationalError as exc:  # cannot open or write: a folder problem, not damage
        _remove_partial(tmp)
        raise OSError(str(exc)) from exc
    except sqlite3.DatabaseError as exc:  # a damaged source can fail the copy itself
        _remove_partial(tmp)
        raise BackupFailed(str(exc)) from exc
    if verdict != "ok":
        _remove_partial(tmp)
        raise BackupFailed(verdict)
    with contextlib.suppress(OSError):  # Windows has no POSIX modes
        os.chmod(tmp, 0o600)
    os.replace(tmp, target)
    return target


def timestamped_name(kind: str, now: datetime) -> str:
    return f"{kind}-{now:%Y%m%d-%H%M%S-%f}{SUFFIX}"


@dataclass(frozen=True, slots=True)
class BackupFile(Dated):
    path: Path = field(default=Path())
    size: int = 0


def parse_backup_name(path: Path) -> BackupFile | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        taken_at = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S-%f")
    except ValueError:
        return None
    size = path.stat().st_size if path.exists() else 0
    return BackupFile(key=path.name, kind=match["kind"], taken_at=taken_at, path=path, size=size)


def list_backups(folder: Path) -> list[BackupFile]:
    """Finished backups, newest first. A `.tmp` left by an interrupted copy is never listed."""
    if not folder.is_dir():
        return []
    found = (parse_backup_name(p) for p in folder.glob(f"*{SUFFIX}") if p.is_file())
    return sorted((b for b in found if b is not None), key=lambda b: b.taken_at, reverse=True)


# `<name>.sqlite.<pid>.tmp` and its SQLite companions (-journal, -wal, -shm); `<name>.sqlite.tmp` from
# builds that did not name the pid.
_PARTIAL = re.compile(r"^.+\.sqlite(?:\.(?P<pid>\d+))?\.tmp(?:-journal|-wal|-shm)?$")
PARTIAL_MAX_AGE_S = 3600  # a pid alive for longer than this was reused: no copy takes an hour


def _remove_partial(tmp: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # os.kill(pid, 0) would terminate the process on Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_partial_backups(folder: Path) -> int:
    """Remove what a copy killed half-way left behind: the temp file and its -journal (RELIABILITY A4).
    A copy another living process is still writing keeps its files."""
    removed = 0
    if not folder.is_dir():
        return 0
    now = time.time()
    for path in folder.glob(f"*{PARTIAL_SUFFIX}*"):
        match = _PARTIAL.match(path.name)
        if match is None or not path.is_file():
            continue
        pid = match["pid"]
        try:
            fresh = now - path.stat().st_mtime < PARTIAL_MAX_AGE_S
        except OSError:
            continue
        if pid is not None and fresh and _process_alive(int(pid)):
            continue
        path.unlink(missing_ok=True)
        removed += 1
    return removed


def rotate(folder: Path, now: datetime) -> list[Path]:
    """Delete the backups the keeping rule no longer needs; pre-migration copies always stay."""
    removed = []
    for backup in backups_to_remove(list_backups(folder), now.date()):
        backup.path.unlink(missing_ok=True)
        removed.append(backup.path)
    return removed


@dataclass(frozen=True)
class BackupContents:
    revision: str | None
    counts: dict[str, int]  # rows per table
    integrity: str  # "ok" or SQLite's first complaint

    @property
    def agents(self) -> int:
        return self.counts.get("agents", 0)

    @property
    def records(self) -> int:
        return sum(n for table, n in self.counts.items() if table not in _NOT_RECORDS)


def read_contents(path: Path, check: bool = False) -> BackupContents:
    """Row counts (and, if asked, the integrity verdict) of a database file, opened read-only."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        counts = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        revision = None
        if "alembic_version" in counts:
            rows = con.execute("SELECT version_num FROM alembic_version ORDER BY version_num").fetchall()
            revision = "+".join(r[0] for r in rows) or None
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0] if check else "ok"
    finally:
        con.close()
    return BackupContents(revision=revision, counts=counts, integrity=integrity)


def configured_backup_dir(db_path: Path) -> Path | None:
    """The folder chosen in Settings → Backups, read before the database is migrated (so that the
    pre-migration copy lands there too); None when unset or unreadable."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    try:
        con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT value FROM settings WHERE key = ?", (FOLDER_SETTING,)).fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return None
    return Path(row[0]) if row and row[0].strip() else None


def take_backup(db: Database, kind: str, now: datetime, folder: Path | None = None) -> BackupFile:
    """Back up, write it in the activity log, then thin the backup folder (never a folder the user
    chose for a one-off copy)."""
    target_folder = folder or db.backup_dir
    path = backup_to(db.path, target_folder / timestamped_name(kind, now))
    records = read_contents(path).records
    with db.uow() as uow:
        uow.log.record("backup", f"{kind}: {path}", records)
        uow.commit()
    if folder is None or folder == db.backup_dir:
        rotate(target_folder, now)
    backup = parse_backup_name(path)
    assert backup is not None
    return backup


@dataclass(frozen=True)
class StartupBackup:
    taken: BackupFile | None
    problem: str | None  # SQLite's complaint when the live file failed its check: no backup was made
    cleaned: int  # partial copies removed


def last_automatic_backup(folder: Path) -> datetime | None:
    return next((b.taken_at for b in list_backups(folder) if b.kind == AUTOMATIC), None)


def startup_backup(db: Database, now: datetime) -> StartupBackup:
    """The once-a-day copy at start. A damaged live file is not backed up (the copy carries the same
    damage, and thinning would then push out good copies): the caller warns instead."""
    cleaned = clean_partial_backups(db.backup_dir)
    if not daily_backup_due(last_automatic_backup(db.backup_dir), now):
        return StartupBackup(taken=None, problem=None, cleaned=cleaned)
    try:
        return StartupBackup(taken=take_backup(db, AUTOMATIC, now), problem=None, cleaned=cleaned)
    except BackupFailed as exc:
        return StartupBackup(taken=None, problem=str(exc), cleaned=cleaned)
