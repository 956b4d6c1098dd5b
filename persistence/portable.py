"""SQLite's date functions, spoken on PostgreSQL. The repositories were written for SQLite (strftime,
julianday, date(…, 'localtime')); rather than fork every query, a compile hook renders those few functions in
PostgreSQL's words when the engine is a server. Registered by importing this module (persistence.db does)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql import functions
from sqlalchemy.sql.compiler import SQLCompiler

# strftime formats our queries use, in to_char's words.
_FORMATS = {"%Y-%m": "YYYY-MM", "%Y": "YYYY", "%m": "MM", "%Y-%m-%d": "YYYY-MM-DD"}


def _args(element: functions.Function[Any]) -> list[Any]:
    return list(element.clauses)


def _literal(clause: Any) -> str | None:
    value = getattr(clause, "value", None)
    return value if isinstance(value, str) else None


@compiles(functions.Function, "postgresql")
def _sqlite_words_on_postgresql(element: functions.Function[Any], compiler: SQLCompiler, **kw: Any) -> str:
    name = element.name.lower()
    args = _args(element)
    if name == "strftime" and len(args) == 2 and _literal(args[0]) in _FORMATS:
        return f"to_char({compiler.process(args[1], **kw)}, '{_FORMATS[str(_literal(args[0]))]}')"
    if name == "julianday" and len(args) == 1:
        # Days as a number, like SQLite's: only differences of two are ever used.
        return f"(EXTRACT(EPOCH FROM CAST({compiler.process(args[0], **kw)} AS TIMESTAMP)) / 86400.0)"
    if name == "date" and len(args) == 2 and _literal(args[1]) == "localtime":
        # The server's CURRENT_TIMESTAMP is already its local time; compared with ISO text, like SQLite's.
        return f"to_char({compiler.process(args[0], **kw)}, 'YYYY-MM-DD')"
    return compiler.visit_function(element, **kw)


def upsert(session: Session) -> Callable[..., Any]:
    """The dialect's INSERT … ON CONFLICT construct (SQLite's and PostgreSQL's share one API)."""
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert
    return sqlite.insert
