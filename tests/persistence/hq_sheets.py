"""Reading an exported HQ workbook back: key facts, tables by their title, raw SQL on the database file."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

from openpyxl.worksheet.worksheet import Worksheet


def facts(ws: Worksheet) -> dict[str, object]:
    found: dict[str, object] = {}
    for row in ws.iter_rows(min_row=3, max_col=2, values_only=True):
        if row[0] is None:
            break
        found[str(row[0])] = row[1]
    return found


def table(ws: Worksheet, title: str) -> tuple[list[str], list[list[object]]]:
    """The headers and rows of the table titled `title` (rows end at the first empty first cell)."""
    rows = list(ws.iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if r[0] == title)
    headers = [h for h in rows[start + 1] if h is not None]
    out = []
    for r in rows[start + 2:]:
        if r[0] is None:
            break
        out.append(list(r[:len(headers)]))
    return headers, out


def texts(ws: Worksheet) -> list[str]:
    return [str(v) for row in ws.iter_rows(values_only=True) for v in row if v is not None]


def sql(path: Path, query: str, *args: object) -> list[tuple]:  # type: ignore[type-arg]
    con = sqlite3.connect(path)
    try:
        return con.execute(query, args).fetchall()
    finally:
        con.close()


def day(value: object) -> date | None:
    """A date as read back from a cell (datetime) or from SQLite (ISO text)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def mean(values: list) -> float | None:  # type: ignore[type-arg]
    present = [v for v in values if v is not None]
    return sum(present) / len(present) if present else None
