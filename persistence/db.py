"""Engine factory: every connection gets the same safety pragmas and real transactions."""

from __future__ import annotations

import re
import sqlite3
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, overload

from sqlalchemy import Connection, CursorResult, Engine, ExceptionContext, Result, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from persistence import portable  # noqa: F401  (SQLite's date functions rendered for PostgreSQL)
from persistence.locations import is_url

BUSY_TIMEOUT_MS = 5000


class DatabaseBusy(Exception):
    """Another program kept the database locked past the busy timeout. Writers of this app queue on the
    instance lock, so this means a program that does not (or a lock the OS left behind); the code is put
    into words by shared.messages like every other, never shown as SQLite's English."""

    code = "database_busy"


def is_busy_error(exc: BaseException | None) -> bool:
    """SQLite's SQLITE_BUSY / SQLITE_LOCKED, raw or wrapped by SQLAlchemy."""
    original = getattr(exc, "orig", exc)
    if isinstance(original, DatabaseBusy):
        return True
    if not isinstance(original, sqlite3.OperationalError):
        return False
    name = getattr(original, "sqlite_errorname", "")
    return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in str(original) \
        or "database table is locked" in str(original)


def _on_error(context: ExceptionContext) -> BaseException | None:
    if is_busy_error(context.original_exception):
        return DatabaseBusy(str(context.original_exception))
    return None


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Python 3.11's sqlite3 does not BEGIN before DDL or SAVEPOINT; take transaction control
    # ourselves (SQLAlchemy's documented recipe) so one business action is one transaction.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL syncs the WAL on every commit: WAL+NORMAL can lose the last commits on power loss.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def _on_begin(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN")


_QMARK = re.compile(r"\?")


def _driver_sql_on_server(_conn: Connection, _cursor: Any, statement: str, parameters: Any, context: Any,
                          executemany: bool) -> tuple[str, Any]:
    """Hand-written driver SQL (exec_driver_sql, kept for speed in bulk reads and inserts) is written with
    SQLite's `?` placeholders; psycopg takes `%s`. Only uncompiled statements are touched: SQLAlchemy
    compiles its own for the dialect, and our hand-written SQL has no `?` or `%` inside literals."""
    if getattr(context, "compiled", None) is None and "?" in statement:
        statement = _QMARK.sub("%s", statement.replace("%", "%%"))
    return statement, parameters


def make_engine(path: Path | str) -> Engine:
    """A SQLite file (a path), or a server (a URL: postgresql+psycopg://…). Only a file gets the pragmas and
    the explicit BEGIN; a server already has real transactions and enforces foreign keys."""
    if is_url(path):
        engine = create_engine(str(path), future=True, pool_pre_ping=True)
        event.listen(engine, "before_cursor_execute", _driver_sql_on_server, retval=True)
        return engine
    engine = create_engine(f"sqlite:///{Path(path)}", future=True)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    event.listen(engine, "handle_error", _on_error)
    return engine


def is_server(engine: Engine | Connection) -> bool:
    return engine.dialect.name != "sqlite"


_parse_day = lru_cache(maxsize=16_384)(date.fromisoformat)  # a few thousand distinct days; one object each


@overload
def driver_date(value: None) -> None: ...
@overload
def driver_date(value: str | date) -> date: ...
def driver_date(value: str | date | None) -> date | None:
    """A date column read through the driver: SQLite hands back ISO text, a server's driver real dates."""
    return value if value is None or isinstance(value, date) else _parse_day(value)


def new_id(result: Result[Any]) -> int:
    """The id an INSERT just gave its row. Session.execute is typed as returning a plain Result; an INSERT's
    is a CursorResult, the one that knows the key."""
    assert isinstance(result, CursorResult) and result.inserted_primary_key is not None
    return int(result.inserted_primary_key[0])


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
