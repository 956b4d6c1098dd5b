"""The dashboard's 情绪与离职 tab (issue 22): the team's mood by month, where leavers went and how many came back.
Counts only — no names, no words — read in the dashboard's one snapshot and narrowed by the same filter
(team, role, generation) as every other chart."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from domain.care.exit_interview import ExitSummary, exit_summary
from domain.care.mood import MonthMoodCount, mood_distribution_of_counts
from domain.dashboard.attrition import month_starts
from domain.dashboard.model import DashboardFilter
from domain.ports import UnitOfWork


@dataclass(frozen=True, slots=True)
class PeopleView:
    moods: tuple[MonthMoodCount, ...]  # every month of the period × mood 1–5, zeros included
    exits: ExitSummary  # exit interviews of leavers in the period
    rehires: int  # returning people whose current employment began in the period

    @property
    def has_moods(self) -> bool:
        return any(m.count for m in self.moods)


def people_view(uow: UnitOfWork, today: date, chosen: DashboardFilter) -> PeopleView:
    """Inside an open unit of work (the dashboard's snapshot): it opens none of its own."""
    first = month_starts(today, chosen.months)[0]
    repo = uow.dashboard
    moods = repo.mood_counts(first, today, chosen.team, chosen.role, chosen.generation)
    interviews = uow.wellbeing.exit_interviews_between(first, today)
    rehired = set(uow.wellbeing.rehired_ids())
    if chosen.team or chosen.role or chosen.generation:  # unnarrowed, every agent is in scope: no read of all ids
        in_scope = repo.agent_ids(chosen.team, chosen.role, chosen.generation)
        interviews = [i for i in interviews if i.agent_id in in_scope]
        rehired &= in_scope
    hired = repo.hire_dates(rehired)
    return PeopleView(tuple(mood_distribution_of_counts(moods, first, today)), exit_summary(interviews, first, today),
                      sum(1 for day in hired.values() if first <= day <= today))
