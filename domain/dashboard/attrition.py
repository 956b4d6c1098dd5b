"""Headcount, monthly attrition and early attrition, from counts the database aggregates.

Monthly attrition = leavers in the month ÷ average headcount ((start + end) ÷ 2), as the glossary says.
Early attrition = hires of a cohort who left within 90 days ÷ hires in the cohort.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from domain.roster.rules import add_months

EARLY_DAYS = 90


@dataclass(frozen=True, slots=True)
class MonthFlow:
    """One calendar month: who was here at the start, who came, who left, who was here at the end."""

    month: date  # the first day
    start: int
    hires: int
    leavers: int
    end: int

    @property
    def average_headcount(self) -> float:
        return (self.start + self.end) / 2

    @property
    def attrition_rate(self) -> float | None:
        average = self.average_headcount
        return self.leavers / average if average else None


@dataclass(frozen=True, slots=True)
class RosterCounts:
    """The roster's counts behind the headcount, tenure-mix and generation-mix charts, read together."""

    flows: list[MonthFlow]
    active_by_hire_date: list[tuple[date, int]]  # agents active today, by hire date
    active_by_birth_year: list[tuple[int | None, int]]  # the same agents by birth year; None: not recorded


def month_to_date(month: date, today: date) -> bool:
    """The month of `today` is not over unless today is its last day: its figures can still change."""
    return month == today.replace(day=1) and today < add_months(month, 1) - timedelta(days=1)


def attrition_rate(leavers: int, start: int, end: int) -> float | None:
    average = (start + end) / 2
    return leavers / average if average else None


def period_attrition(flows: list[MonthFlow]) -> float | None:
    """Leavers over the whole period ÷ the mean of the months' average headcounts (e.g. 12 months: annual)."""
    if not flows:
        return None
    mean_headcount = sum(f.average_headcount for f in flows) / len(flows)
    return sum(f.leavers for f in flows) / mean_headcount if mean_headcount else None


def month_starts(today: date, months: int) -> list[date]:
    """The first days of the last `months` calendar months, the current month included, oldest first."""
    first = today.replace(day=1)
    return [add_months(first, -k) for k in range(months - 1, -1, -1)]


@dataclass(frozen=True, slots=True)
class Quarter:
    year: int
    quarter: int  # 1–4

    @classmethod
    def of(cls, day: date) -> Quarter:
        return cls(day.year, (day.month - 1) // 3 + 1)

    @property
    def first_day(self) -> date:
        return date(self.year, 3 * self.quarter - 2, 1)

    @property
    def last_day(self) -> date:
        return add_months(self.first_day, 3) - timedelta(days=1)

    def key(self) -> str:
        return f"{self.year}Q{self.quarter}"


@dataclass(frozen=True, slots=True)
class CohortEarlyAttrition:
    """A hire cohort (by quarter): how many were hired and how many left within 90 days so far."""

    cohort: Quarter
    hires: int
    early_leavers: int
    complete: bool  # every hire of the cohort has passed 90 days: the figure can no longer rise

    @property
    def rate(self) -> float | None:
        return self.early_leavers / self.hires if self.hires else None


def early_attrition(counts: list[tuple[Quarter, int, int]], today: date) -> list[CohortEarlyAttrition]:
    """`counts`: (cohort, hires, left within 90 days), as the database grouped them."""
    return [
        CohortEarlyAttrition(q, hires, early, complete=q.last_day + timedelta(days=EARLY_DAYS) <= today)
        for q, hires, early in sorted(counts, key=lambda c: (c[0].year, c[0].quarter))
    ]


def quarters_back(today: date, count: int) -> list[Quarter]:
    current = Quarter.of(today)
    quarters = []
    for k in range(count - 1, -1, -1):
        index = current.year * 4 + current.quarter - 1 - k
        quarters.append(Quarter(index // 4, index % 4 + 1))
    return quarters
