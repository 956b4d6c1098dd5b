"""The composition of one database file: engine, migrations applied, and a unit-of-work factory."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from persistence.backup import configured_backup_dir
from persistence.db import make_engine, make_session_factory
from persistence.locations import Location, is_url, shown
from persistence.migrate import APPLICATION_ID, OpenResult, application_id, upgrade, upgrade_server, verify_file
from persistence.paths import app_paths
from persistence.unit_of_work import SqlUnitOfWork


@dataclass
class Database:
    path: Path
    engine: Engine
    session_factory: sessionmaker[Session]
    opened: OpenResult
    backup_dir: Path
    # Run after the engine is disposed: a command's writer lock is released only once the file is closed.
    on_close: list[Callable[[], None]] = field(default_factory=list)
    url: str | None = None  # a server database (PostgreSQL); None for a SQLite file
    # Whose team scope every unit of work applies (persistence/scoping.py): the window's and the commands'
    # login name (persistence.opening.open_db sets it); None sees every team.
    user: str | None = None

    @property
    def is_server(self) -> bool:
        return self.url is not None

    @property
    def location(self) -> str:
        """What to show the user: the file, or the server URL without its password."""
        return shown(self.url) if self.url else str(self.path)

    def uow(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self.session_factory, self.user)

    def close(self) -> None:
        self.engine.dispose()
        while self.on_close:
            self.on_close.pop()()


def default_backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def _open_server(url: str, backup_dir: Path | None) -> Database:
    engine = make_engine(url)
    try:
        opened = upgrade_server(engine)
    except BaseException:
        engine.dispose()
        raise
    # `path` names no file: nothing may back it up or stat it as one (Database.is_server says so). The
    # user's data folder holds what the app writes for a server database (pg_dump copies).
    return Database(path=Path(shown(url)), engine=engine, session_factory=make_session_factory(engine),
                    opened=opened, backup_dir=backup_dir or app_paths().data / "backups", url=url)


def _first_sight(path: Path) -> bool:
    """A file not yet stamped by this app (an older build's, or a stranger's) gets SQLite's full integrity
    and foreign-key checks before we write to it; a stamped one only the schema comparison, which costs
    milliseconds (the full check took seconds on the benchmark centre, and the daily start-up backup runs
    quick_check anyway)."""
    if not path.exists() or path.stat().st_size == 0:
        return False
    try:
        return application_id(path) != APPLICATION_ID
    except sqlite3.DatabaseError:  # unreadable: verify_file says what is wrong
        return True


def open_database(path: Location, now: datetime | None = None, backup_dir: Path | None = None) -> Database:
    """Open (creating if absent) and migrate to head. A file that is not ours, too new, or not the schema
    its version claims raises (NotOurDatabase, SchemaTooNew, SchemaMismatch, SchemaCorrupt,
    ForeignKeysBroken) before SQLite writes anything to it. A URL opens a server database (PostgreSQL)."""
    if is_url(path):
        return _open_server(str(path), backup_dir)
    path = Path(path)
    now = now or datetime.now()
    verify_file(path, full_check=_first_sight(path))
    backup_dir = backup_dir or configured_backup_dir(path)  # the folder set in Settings → Backups
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    try:
        opened = upgrade(engine, path, backup_dir or default_backup_dir(path), now)
    except BaseException:
        engine.dispose()
        raise
    return Database(path=path, engine=engine, session_factory=make_session_factory(engine), opened=opened,
                    backup_dir=backup_dir or default_backup_dir(path))
