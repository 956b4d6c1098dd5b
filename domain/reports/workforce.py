"""Monthly workforce figures for HQ, from the roster alone. Definitions follow GLOSSARY.md:
attrition = leavers in the month ÷ average headcount ((start + end) ÷ 2); early attrition = hires of a
cohort who left within 90 days ÷ hires in that cohort."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from domain.roster.model import AgentData, Role, TenureStage
from domain.roster.rules import add_months, tenure_stage

EARLY_DAYS = 90


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
        return add_months(self.first, 1) - timedelta(days=1)

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
    return [a for a in agents if a.leave_date is not None and month.first <= a.leave_date <= month.last]


def hires_in(agents: list[AgentData], month: Month) -> list[AgentData]:
    return [a for a in agents if month.first <= a.hire_date <= month.last]


def attrition_rate(leavers: int, start: int, end: int) -> float | None:
    average = (start + end) / 2
    return None if average == 0 else leavers / average


@dataclass(frozen=True, slots=True)
class EarlyAttrition:
    cohort: Month  # hires of this month have all passed 90 days by the report month's end
    hires: int
    left_within_90: int

    @property
    def rate(self) -> float | None:
        return None if self.hires == 0 else self.left_within_90 / self.hires


def early_attrition(agents: list[AgentData], cohort: Month) -> EarlyAttrition:
    hired = hires_in(agents, cohort)
    early = sum(1 for a in hired if a.leave_date is not None and (a.leave_date - a.hire_date).days <= EARLY_DAYS)
    return EarlyAttrition(cohort, len(hired), early)


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
    start, end = headcount(agents, month.first - timedelta(days=1)), headcount(agents, month.last)
    leavers = leavers_in(agents, month)
    active_end = [a for a in agents if employed_on(a, month.last)]
    stages = Counter(tenure_stage(a.hire_date, month.last) for a in active_end)
    roles = Counter(a.role for a in active_end)
    return WorkforceMonth(
        month=month,
        headcount_start=start,
        headcount_end=end,
        hires=len(hires_in(agents, month)),
        leavers=len(leavers),
        voluntary=sum(1 for a in leavers if a.leave_voluntary),
        involuntary=sum(1 for a in leavers if a.leave_voluntary is False),
        attrition=attrition_rate(len(leavers), start, end),
        # The newest cohort whose 90 days are over by the month's end: hired three months earlier.
        early=early_attrition(agents, month.shift(-3)),
        stage_mix={s: stages.get(s, 0) for s in TenureStage},
        role_mix={r: roles.get(r, 0) for r in Role},
    )


def workforce_trend(agents: list[AgentData], month: Month, months: int = 12) -> list[WorkforceMonth]:
    return [workforce_month(agents, month.shift(-i)) for i in range(months - 1, -1, -1)]


def in_month_roster(agents: list[AgentData], month: Month) -> list[AgentData]:
    """Everyone on the books at some point of the month (who HQ pays for it)."""
    return [a for a in agents if a.hire_date <= month.last and (a.leave_date is None or a.leave_date >= month.first)]
