"""Months as "YYYY-MM" strings: they sort, they read well in a file, and they are what HQ writes."""

from __future__ import annotations

import re
from datetime import date, timedelta

_MONTH = re.compile(r"(20\d{2}|19\d{2})\s*(?:[-/.年]\s*(\d{1,2})\s*月?|(\d{2}))(?!\d)")


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def shift(month: str, n: int) -> str:
    year, mon = int(month[:4]), int(month[5:7])
    index = year * 12 + mon - 1 + n
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def first_day(month: str) -> date:
    return date(int(month[:4]), int(month[5:7]), 1)


def last_day(month: str) -> date:
    return first_day(shift(month, 1)) - timedelta(days=1)


def span(first: str, last: str) -> list[str]:
    months, month = [], first
    while month <= last:
        months.append(month)
        month = shift(month, 1)
    return months


def find_month(text: str) -> str | None:
    """The first month written in text: "2026-03", "2026/3", "2026年3月", "202603", "2026.03"."""
    for m in _MONTH.finditer(text):
        month = int(m.group(2) or m.group(3))
        if 1 <= month <= 12:
            return f"{m.group(1)}-{month:02d}"
    return None


def parse_month(text: str) -> str:
    """A month the supervisor typed (`--month 2026-03`); ValueError when it is not one."""
    found = find_month(text.strip())
    if found is None or len(text.strip()) > 12:
        raise ValueError(text)
    return found
