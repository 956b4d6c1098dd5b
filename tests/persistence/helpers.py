"""Content hash: SHA-256 of every table's rows ordered by primary key (file bytes vary with WAL)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from persistence.database import Database


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


class Raw:
    """Statements that bypass the repositories, on either store: each runs in its own transaction through the
    database's engine (`?` placeholders on both), the way a foreign program would write."""

    def __init__(self, db: Database) -> None:
        self._engine = db.engine

    def execute(self, statement: str, params: tuple = ()) -> list[tuple]:
        with self._engine.begin() as con:
            result = con.exec_driver_sql(statement, params)
            return [tuple(r) for r in result.fetchall()] if result.returns_rows else []

    def commit(self) -> None:
        pass  # every statement committed already

    def close(self) -> None:
        pass
