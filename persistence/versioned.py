"""The optimistic version check for any record with `version`, `updated_by` and `updated_at` (issue 23).

A save carries the version it read; the UPDATE matches only that version (one statement: two writers on a
shared server cannot both pass) and bumps it. When nothing matched the record either moved on — EditedElsewhere
names who saved it and when — or is gone (NotFound). Version 0 means "not read from storage": no check."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from domain.errors import EditedElsewhere, NotFound
from persistence.identity import current_user


def versioned_update(session: Session, table: Table, row_id: Any, version: int, values: dict[str, Any]) -> None:
    where = [table.c.id == row_id]
    if version:
        where.append(table.c.version == version)
    result = session.execute(table.update().where(*where).values(
        **values, version=table.c.version + 1, updated_by=current_user(), updated_at=datetime.now()))
    if version and getattr(result, "rowcount", 1) == 0:
        raise refusal(session, table, row_id)


def refusal(session: Session, table: Table, row_id: Any) -> Exception:
    row = session.execute(select(table.c.updated_by, table.c.updated_at).where(table.c.id == row_id)).first()
    return NotFound(row_id) if row is None else EditedElsewhere(row[0] or "", row[1])
