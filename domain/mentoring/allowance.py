"""辅导补贴 — the monthly mentor allowance statement that goes to HQ.

Proration rule
--------------
A pairing is owed its monthly amount × (calendar days it was active in the month ÷ calendar days in
the month), rounded to the fen (0.01 CNY) with ROUND_HALF_UP, computed in `Decimal`.

* Active days run from the pairing's start date to its last day, both inclusive. The last day is the
  earliest of: the date the pairing ended, the apprentice's leave date, the mentor's leave date. An
  active pairing with none of those runs to the end of the month.
* A full month is paid exactly the monthly amount (no rounding can creep in).
* Each pairing-month is one line, rounded on its own; a mentor's total is the sum of their lines.

Why calendar days: HQ can check every line with a calendar and nothing else — this app keeps no shift
schedules, and working-day counts depend on holidays and rosters that differ per agent. Why round each
line (not the mentor's total): every figure on the sheet can then be recomputed and ticked off by
itself. Why ROUND_HALF_UP in Decimal: it is the rounding finance staff use by hand (四舍五入); Python's
round() rounds half to even, and binary floats turn e.g. 100.02 × 7 ÷ 28 = 25.005 into 25.00, not 25.01.

Worked examples (all in the tests): 300 for 16 of 30 days = 160.00; 300 for 17 of 31 days =
164.516… → 164.52; 100.02 for 7 of 28 days = 25.005 → 25.01; 300 for a whole 31-day month = 300.00.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from domain.mentoring.model import Pairing
from domain.roster.model import AgentData

FEN = Decimal("0.01")


class LineNote(StrEnum):
    STARTED_IN_MONTH = "started_in_month"
    ENDED_IN_MONTH = "ended_in_month"
    APPRENTICE_LEFT = "apprentice_left"  # paid only to the apprentice's leave date
    MENTOR_LEFT = "mentor_left"
    PAST_PLANNED_END = "past_planned_end"  # still active after its planned end: worth a look


@dataclass(frozen=True, slots=True)
class AllowanceLine:
    pairing_id: int
    mentor: AgentData
    apprentice: AgentData
    start_date: date
    end_date: date | None  # the pairing's own end, if it ended
    billed_from: date
    billed_to: date
    active_days: int
    days_in_month: int
    monthly_amount: Decimal
    amount: Decimal
    notes: tuple[LineNote, ...]


@dataclass(frozen=True, slots=True)
class MentorTotal:
    mentor: AgentData
    lines: int
    amount: Decimal


@dataclass(frozen=True, slots=True)
class AllowanceStatement:
    year: int
    month: int
    lines: tuple[AllowanceLine, ...]
    mentor_totals: tuple[MentorTotal, ...]
    total: Decimal


def month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def prorate(monthly: Decimal, active_days: int, days_in_month: int) -> Decimal:
    """The amount for `active_days` of a `days_in_month`-day month, to the fen, half up."""
    if not 0 <= active_days <= days_in_month:
        raise ValueError(f"{active_days} active days in a {days_in_month}-day month")
    if active_days == days_in_month:
        return monthly.quantize(FEN, rounding=ROUND_HALF_UP)
    return (monthly * active_days / days_in_month).quantize(FEN, rounding=ROUND_HALF_UP)


def last_paid_day(pairing: Pairing, mentor: AgentData, apprentice: AgentData) -> tuple[date | None, set[LineNote]]:
    """The pairing's last paid day (None: still running) and which leave date, if any, set it."""
    candidates: list[tuple[date, LineNote | None]] = []
    if pairing.end_date is not None:
        candidates.append((pairing.end_date, None))
    if apprentice.leave_date is not None:
        candidates.append((apprentice.leave_date, LineNote.APPRENTICE_LEFT))
    if mentor.leave_date is not None:
        candidates.append((mentor.leave_date, LineNote.MENTOR_LEFT))
    if not candidates:
        return None, set()
    last = min(day for day, _ in candidates)
    notes = {note for day, note in candidates if day == last and note is not None}
    if pairing.end_date is not None and pairing.end_date == last:
        notes = set()  # the pairing was ended properly; a leave on the same day changes nothing
    return last, notes


def statement_line(pairing: Pairing, mentor: AgentData, apprentice: AgentData, year: int,
                   month: int) -> AllowanceLine | None:
    first, last = month_bounds(year, month)
    end, notes = last_paid_day(pairing, mentor, apprentice)
    billed_from = max(pairing.start_date, first)
    billed_to = min(end, last) if end is not None else last
    if billed_from > billed_to:
        return None
    if pairing.start_date >= first:
        notes.add(LineNote.STARTED_IN_MONTH)
    if end is not None and end <= last:
        notes.add(LineNote.ENDED_IN_MONTH)
    if pairing.end_date is None and end is None and pairing.planned_end < last:
        notes.add(LineNote.PAST_PLANNED_END)
    active_days = (billed_to - billed_from).days + 1
    days = last.day
    return AllowanceLine(
        pairing_id=pairing.id, mentor=mentor, apprentice=apprentice, start_date=pairing.start_date,
        end_date=pairing.end_date, billed_from=billed_from, billed_to=billed_to, active_days=active_days,
        days_in_month=days, monthly_amount=pairing.monthly_allowance,
        amount=prorate(pairing.monthly_allowance, active_days, days),
        notes=tuple(n for n in LineNote if n in notes),
    )


def build_statement(year: int, month: int, pairings: list[Pairing],
                    agents: Mapping[int, AgentData]) -> AllowanceStatement:
    lines = []
    for pairing in pairings:
        line = statement_line(pairing, agents[pairing.mentor_id], agents[pairing.apprentice_id], year, month)
        if line is not None:
            lines.append(line)
    lines.sort(key=lambda ln: (ln.mentor.employee_no, ln.billed_from, ln.apprentice.employee_no))
    totals: dict[int, MentorTotal] = {}
    for line in lines:
        key = line.mentor.id or 0
        previous = totals.get(key)
        totals[key] = MentorTotal(line.mentor, (previous.lines if previous else 0) + 1,
                                  (previous.amount if previous else Decimal("0.00")) + line.amount)
    return AllowanceStatement(year, month, tuple(lines), tuple(totals.values()),
                              sum((ln.amount for ln in lines), Decimal("0.00")))
