"""Issue 14 item 6: "database is locked" from a program outside the app's writer queue reaches the window
as the code `database_busy`, which the window's error paths (describe, the unexpected-error dialog) put
into Chinese words — never SQLite's English."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from domain.roster import services
from domain.roster.model import AgentData, Role
from persistence import db as db_module
from persistence.db import DatabaseBusy
from shared.messages import describe
from ui.safety.crash import describe_exception

BUSY_WORDS = "另一个程序正在写入该数据库"


def test_a_write_blocked_by_another_program_is_database_busy_in_words(ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import ui.safety  # noqa: F401  (the window imports it at start: it registers the area's codes)

    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 200)
    ctx.db.engine.dispose()  # new connections take the short timeout
    other = sqlite3.connect(ctx.db.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # e.g. a database viewer with an edit pending
    try:
        agent = AgentData(id=None, employee_no="KF900", name="林夕", role=Role.HOTLINE, team="热线一组",
                          hire_date=date(2025, 3, 1))
        with pytest.raises(DatabaseBusy) as raised:
            services.add_agent(ctx.uow(), agent, date(2026, 11, 23))
    finally:
        other.execute("ROLLBACK")
        other.close()
    exc = raised.value
    assert exc.code == "database_busy"
    assert BUSY_WORDS in describe(exc.code)
    assert BUSY_WORDS in describe_exception(type(exc), exc) and "locked" not in describe_exception(type(exc), exc)
