"""Copies of the live database through SQLite's online backup API — never a copy of the open file."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path


class BackupFailed(Exception):
    pass


def backup_to(db_path: Path, target: Path) -> Path:
    """Write a checked copy of `db_path` to `target`: temp file, integrity check, then rename."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(db_path)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
            verdict = dst.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dst.close()
    finally:
        src.close()
    if verdict != "ok":
        tmp.unlink(missing_ok=True)
        raise BackupFailed(verdict)
    with contextlib.suppress(OSError):  # Windows has no POSIX modes
        os.chmod(tmp, 0o600)
    os.replace(tmp, target)
    return target


def timestamped_name(kind: str, now: datetime) -> str:
    return f"{kind}-{now:%Y%m%d-%H%M%S-%f}.sqlite"
