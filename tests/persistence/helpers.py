"""Content hash: SHA-256 of every table's rows ordered by primary key (file bytes vary with WAL)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path


def content_hash(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        digest = hashlib.sha256()
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        for table in tables:
            digest.update(table.encode())
            # Sorted in Python: WITHOUT ROWID tables (FTS5's shadow tables) have no rowid to order by.
            for row in sorted(repr(r) for r in con.execute(f'SELECT * FROM "{table}"')):
                digest.update(row.encode())
        return digest.hexdigest()
    finally:
        con.close()
