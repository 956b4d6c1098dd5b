"""Monthly workforce figures for HQ, from the roster alone. Definitions follow GLOSSARY.md:
attrition = leavers in the month ÷ average headcount ((start + end) ÷ 2); early attrition = hires of a
cohort who left within 90 days ÷ hires in that cohort."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from domain.roster.model import AgentData, Role, TenureStage
from domain.roster.rules import add_months, tenure_stage

EARLY_DAYS = 90


@lru_cache(maxsize=512)  # asked for in loops over thousands of agents
def _last_day(year: int, month: int) -> date:
    return add_months(date(year, month, 1), 1) - timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Month:
    year: int
    month: int

    @classmethod
    def parse(cls, text: str) -> Month:
        year, month = text.strip().split("-")
        value = cls(int(year), int(month))
        if not 1 <= value.month <= 12 or not 2000 <= value.year <= 2100:
            raise ValueError(text)
        return value

    @property
    def first(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last(self) -> date:
        return _last_day(self.year, self.month)

    def shift(self, months: int) -> Month:
        d = add_months(self.first, months)
        return Month(d.year, d.month)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


def employed_on(agent: AgentData, day: date) -> bool:
    """On the books at the end of `day`: hired on or before it, not left on or before it."""
    return agent.hire_date <= day and (agent.leave_date is None or agent.leave_date > day)


def headcount(agents: list[AgentData], day: date) -> int:
    return sum(employed_on(a, day) for a in agents)


def leavers_in(agents: list[AgentData], month: Month) -> list[AgentData]:
    first, last = month.first, month.last
    return [a for a in agents if a.leave_date is not None and first <= a.leave_date <= last]


def hires_in(agents: list[AgentData], month: Month) -> list[AgentData]:
    first, last = month.first, month.last
    return [a for a in agents if first <= a.hire_date <= last]


def attrition_rate(leavers: int, start: int, end: int) -> float | None:
    average = (start + end) / 2
    return None if average == 0 else leavers / average


@dataclass(frozen=True, slots=True)
class EarlyAttrition:
    cohort: Month  # hires of this month have all passed 90 days by the report month's end (complete_cohort)
    hires: int
    left_within_90: int

    @property
    def rate(self) -> float | None:
        return None if self.hires == 0 else self.left_within_90 / self.hires


def early_attrition(agents: list[AgentData], cohort: Month) -> EarlyAttrition:
    hired = hires_in(agents, cohort)
    early = sum(1 for a in hired if a.leave_date is not None and (a.leave_date - a.hire_date).days <= EARLY_DAYS)
    return EarlyAttrition(cohort, len(hired), early)


def complete_cohort(month: Month) -> Month:
    """The newest hire month whose every hire has had 90 days by `month`'s last day. Three months back is
    not always enough: in an April report, a hire of 31 January reaches day 90 on 1 May."""
    cohort = month.shift(-3)
    while cohort.last + timedelta(days=EARLY_DAYS) > month.last:
        cohort = cohort.shift(-1)
    return cohort


@dataclass(frozen=True, slots=True)
class WorkforceMonth:
    month: Month
    headcount_start: int  # at the end of the day before the month starts
    headcount_end: int
    hires: int
    leavers: int
    voluntary: int
    involuntary: int
    attrition: float | None
    early: EarlyAttrition
    stage_mix: dict[TenureStage, int]
    role_mix: dict[Role, int]


def workforce_month(agents: list[AgentData], month: Month) -> WorkforceMonth:
    """One pass over the agents (a centre's history is 25,000 of them, and the trend asks twelve times)."""
    first, last = month.first, month.last
    day_before = first - timedelta(days=1)
    cohort = complete_cohort(month)
    cohort_first, cohort_last = cohort.first, cohort.last
    start = end = hires = leavers = voluntary = involuntary = cohort_hires = cohort_early = 0
    by_hire_date: Counter[date] = Counter()
    roles: Counter[Role] = Counter()
    for a in agents:
        hired, left = a.hire_date, a.leave_date
        if hired <= day_before and (left is None or left > day_before):
            start += 1
        if hired <= last and (left is None or left > last):
            end += 1
            by_hire_date[hired] += 1
            roles[a.role] += 1
        if first <= hired <= last:
            hires += 1
        if left is not None and first <= left <= last:
            leavers += 1
            voluntary += a.leave_voluntary is True
            involuntary += a.leave_voluntary is False
        if cohort_first <= hired <= cohort_last:
            cohort_hires += 1
            cohort_early += left is not None and (left - hired).days <= EARLY_DAYS
    stages: Counter[TenureStage] = Counter()
    for hired, count in by_hire_date.items():
        stages[tenure_stage(hired, last)] += count
    return WorkforceMonth(
        month=month,
        headcount_start=start,
        headcount_end=end,
        hires=hires,
        leavers=leavers,
        voluntary=voluntary,
        involuntary=involuntary,
        attrition=attrition_rate(leavers, start, end),
        early=EarlyAttrition(cohort, cohort_hires, cohort_early),
        stage_mix={s: stages.get(s, 0) for s in TenureStage},
        role_mix={r: roles.get(r, 0) for r in Role},
    )


def workforce_trend(agents: list[AgentData], month: Month, months: int = 12) -> list[WorkforceMonth]:
    oldest = complete_cohort(month.shift(-(months - 1))).first  # the earliest month's 90-day cohort
    relevant = [a for a in agents if a.leave_date is None or a.leave_date >= oldest]  # who left earlier counts nowhere
    return [workforce_month(relevant, month.shift(-i)) for i in range(months - 1, -1, -1)]


def in_month_roster(agents: list[AgentData], month: Month) -> list[AgentData]:
    """Everyone on the books at some point of the month (who HQ pays for it)."""
    first, last = month.first, month.last
    return [a for a in agents if a.hire_date <= last and (a.leave_date is None or a.leave_date >= first)]
