"""成长指标 per agent and month: 培训考核通过率 and 帮助同事次数. Pure: the caller gathers the dates."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from domain.training.model import ResultStatus, TrainingResult


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


@dataclass(frozen=True, slots=True)
class GrowthMonth:
    month: str
    tests_taken: int
    tests_passed: int
    check_ins_given: int  # as a mentor
    cases_written: int  # case reviews the agent put into the case library
    sessions_taught: int

    @property
    def pass_rate(self) -> Decimal | None:
        """Tests passed ÷ taken, as a percentage to one decimal; None when no test was taken."""
        if not self.tests_taken:
            return None
        return (Decimal(100) * self.tests_passed / self.tests_taken).quantize(Decimal("0.1"), ROUND_HALF_UP)

    @property
    def peer_help(self) -> int:
        return self.check_ins_given + self.cases_written + self.sessions_taught


def growth_by_month(months: Iterable[str], results: Iterable[TrainingResult], check_ins_given: Iterable[date],
                    cases_written: Iterable[date], sessions_taught: Iterable[date]) -> list[GrowthMonth]:
    """One line per requested month ("2026-10"), in the order given. A test is a result that was passed or
    failed; attendance and sign-offs are not tests."""
    wanted = list(months)
    taken = {m: 0 for m in wanted}
    passed = {m: 0 for m in wanted}
    for r in results:
        m = month_of(r.day)
        if m in taken and r.status in (ResultStatus.PASSED, ResultStatus.FAILED):
            taken[m] += 1
            passed[m] += r.status is ResultStatus.PASSED

    def count(days: Iterable[date]) -> dict[str, int]:
        out = {m: 0 for m in wanted}
        for d in days:
            if month_of(d) in out:
                out[month_of(d)] += 1
        return out

    given, cases, taught = count(check_ins_given), count(cases_written), count(sessions_taught)
    return [GrowthMonth(m, taken[m], passed[m], given[m], cases[m], taught[m]) for m in wanted]


def last_months(today: date, n: int) -> list[str]:
    """The n months ending with today's, oldest first."""
    y, m = today.year, today.month
    out = []
    for _ in range(n):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return out[::-1]
