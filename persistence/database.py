"""The composition of one database file: engine, migrations applied, and a unit-of-work factory."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from persistence.backup import configured_backup_dir
from persistence.db import make_engine, make_session_factory
from persistence.migrate import OpenResult, inspect_file, upgrade
from persistence.unit_of_work import SqlUnitOfWork


@dataclass
class Database:
    path: Path
    engine: Engine
    session_factory: sessionmaker[Session]
    opened: OpenResult
    backup_dir: Path

    def uow(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self.session_factory)

    def close(self) -> None:
        self.engine.dispose()


def default_backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def open_database(path: Path, now: datetime | None = None, backup_dir: Path | None = None) -> Database:
    """Open (creating if absent) and migrate to head. Raises NotOurDatabase / SchemaTooNew untouched."""
    path = Path(path)
    now = now or datetime.now()
    inspect_file(path)  # refuse foreign or too-new files before SQLite writes anything
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
