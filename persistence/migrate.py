"""Open a database file safely: refuse files that are not ours or too new, back up, then migrate."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from persistence.backup import backup_to, timestamped_name

MIGRATIONS = Path(__file__).with_name("migrations")
SQLITE_MAGIC = b"SQLite format 3\x00"


class NotOurDatabase(Exception):
    """The file exists but is not a database this app made; we never touch it."""


class SchemaTooNew(Exception):
    """Made by a newer version of the app: opening it could lose data."""

    def __init__(self, revision: str) -> None:
        super().__init__(revision)
        self.revision = revision


class SchemaCorrupt(Exception):
    pass


@dataclass(frozen=True)
class OpenResult:
    created: bool
    migrated_from: str | None  # the revision before migrating, None if nothing was run
    backup: Path | None


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """The schema this build writes; areas developed in parallel may leave several heads, joined by '+'."""
    return "+".join(sorted(ScriptDirectory.from_config(alembic_config()).get_heads()))


def known_revisions() -> set[str]:
    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def inspect_file(path: Path) -> str | None:
    """The file's schema revision; None for a new or empty file. Raises if the file is not ours."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as fh:
        if fh.read(16) != SQLITE_MAGIC:
            raise NotOurDatabase(str(path))
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return None
        if "alembic_version" not in tables:
            raise NotOurDatabase(str(path))
        rows = con.execute("SELECT version_num FROM alembic_version ORDER BY version_num").fetchall()
    except sqlite3.DatabaseError as exc:
        raise SchemaCorrupt(str(exc)) from exc
    finally:
        con.close()
    return "+".join(r[0] for r in rows) if rows else None


def upgrade(engine: Engine, path: Path, backup_dir: Path, now: datetime) -> OpenResult:
    revision = inspect_file(path)
    created = revision is None
    if revision is not None and not set(revision.split("+")) <= known_revisions():
        raise SchemaTooNew(revision)
    head = head_revision()
    if revision == head:
        return OpenResult(created=False, migrated_from=None, backup=None)
    backup = None
    if revision is not None:
        backup = backup_to(path, backup_dir / timestamped_name(f"pre-migrate-{revision}", now))
    _run_upgrade(engine)
    return OpenResult(created=created, migrated_from=revision, backup=backup)


def _run_upgrade(engine: Engine) -> None:
    config = alembic_config()
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        # Batch steps copy tables; FKs must be off, and that pragma only works outside a transaction.
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "heads")
                problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise SchemaCorrupt(f"foreign_key_check after migration: {problems[:5]}")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
