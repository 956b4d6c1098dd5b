"""Care figures that need no key: the supervisor's totals, the HQ-facing totals, and reminders.

HQ gets care data only as counts and aid totals by category and month — never a name, a 工号 or a
detail. Small cells are suppressed: a count of 1 or 2 in one category and month can point at a person in
a team of a few dozen, so it reads "<3" and its amount is withheld too. The threshold is a documented
guess (RELIABILITY E2), not a legal figure. Each cell is suppressed on its own; a reader who has both the
monthly cells and the range total of a category could subtract, so the HQ report should print one or the
other per category when that matters.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from domain.care.model import CareCategory, FollowUp, MonthCategoryTotal
from domain.care.rules import FOLLOW_UP_HORIZON, month_range, months_between
from domain.ports import UnitOfWork

SUPPRESS_BELOW = 3
SMALL_COUNT_MARK = "<3"


@dataclass(frozen=True, slots=True)
class HqCareCell:
    """month is "" for the total over the whole range."""

    month: str
    category: CareCategory
    count: int | None  # None: suppressed (1–2 records)
    aid_fen: int | None  # None when the count is suppressed

    @property
    def count_text(self) -> str:
        return SMALL_COUNT_MARK if self.count is None else str(self.count)


@dataclass(frozen=True, slots=True)
class HqCareTotals:
    months: tuple[str, ...]
    cells: tuple[HqCareCell, ...]  # only non-empty category × month cells
    by_category: tuple[HqCareCell, ...]  # over the whole range
    open_follow_ups: int


def _hq_cell(month: str, category: CareCategory, count: int, aid_fen: int) -> HqCareCell:
    if 0 < count < SUPPRESS_BELOW:
        return HqCareCell(month, category, None, None)
    return HqCareCell(month, category, count, aid_fen)


def care_totals(uow: UnitOfWork, first: date, last: date) -> HqCareTotals:
    """HQ-facing: months from `first`'s month to `last`'s month, by category. Carries no names by type."""
    start, end = month_range(first, last)
    with uow:
        totals = uow.care.month_totals(start, end)
        open_follow_ups = uow.care.open_follow_up_count()
    range_count: dict[CareCategory, int] = defaultdict(int)
    range_aid: dict[CareCategory, int] = defaultdict(int)
    for t in totals:
        range_count[t.category] += t.count
        range_aid[t.category] += t.aid_fen
    cells = tuple(_hq_cell(t.month, t.category, t.count, t.aid_fen)
                  for t in sorted(totals, key=lambda t: (t.month, list(CareCategory).index(t.category))))
    by_category = tuple(_hq_cell("", c, range_count[c], range_aid[c]) for c in CareCategory if range_count[c])
    return HqCareTotals(tuple(months_between(start, end)), cells, by_category, open_follow_ups)


@dataclass(frozen=True, slots=True)
class SupervisorTotals:
    """The supervisor's own view (unsuppressed), shown only while unlocked."""

    months: tuple[str, ...]
    cells: dict[tuple[str, CareCategory], MonthCategoryTotal]
    open_follow_ups: int
    overdue_follow_ups: int

    def category_total(self, category: CareCategory) -> tuple[int, int]:
        found = [t for (_, c), t in self.cells.items() if c is category]
        return sum(t.count for t in found), sum(t.aid_fen for t in found)

    def month_total(self, month: str) -> tuple[int, int]:
        found = [t for (m, _), t in self.cells.items() if m == month]
        return sum(t.count for t in found), sum(t.aid_fen for t in found)


def supervisor_totals(uow: UnitOfWork, first: date, last: date, today: date) -> SupervisorTotals:
    start, end = month_range(first, last)
    with uow:
        totals = uow.care.month_totals(start, end)
        follow_ups = uow.care.open_follow_ups(date.max)
    return SupervisorTotals(
        months=tuple(months_between(start, end)),
        cells={(t.month, t.category): t for t in totals},
        open_follow_ups=len(follow_ups),
        overdue_follow_ups=sum(f.due < today for f in follow_ups),
    )


def follow_ups_due(uow: UnitOfWork, today: date) -> list[FollowUp]:
    """Open follow-ups overdue or due within the week. Inside an open unit of work."""
    return uow.care.open_follow_ups(today + FOLLOW_UP_HORIZON)


@dataclass(frozen=True, slots=True)
class HqEapMonth:
    month: str
    referrals: int | None  # None: suppressed (1–2 referrals), as for the care cells

    @property
    def count_text(self) -> str:
        return SMALL_COUNT_MARK if self.referrals is None else str(self.referrals)


def eap_referral_counts(uow: UnitOfWork, first: date, last: date) -> list[HqEapMonth]:
    """EAP referrals by month for the HQ report: counts only (acceptance and follow-up stay sealed), every
    month present, small counts suppressed like the other care cells."""
    start, end = month_range(first, last)
    with uow:
        found = dict(uow.care.eap_referrals_by_month(start, end))
    return [HqEapMonth(m, None if 0 < found.get(m, 0) < SUPPRESS_BELOW else found.get(m, 0))
            for m in months_between(start, end)]
