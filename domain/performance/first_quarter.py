"""The first quarter's KPI score of each hire, for recruiting's question "does the interview predict
how well people do?" — the mean monthly score over the three full calendar months after the hire month
(the hire month itself is partial and mostly training). Only complete quarters count: a mean of one or two
months is a different figure (and the first months are the weakest), so a hire whose three months are not
all scored yet is left out — the recruiting view says so beside the table."""

from __future__ import annotations

from datetime import date

from domain.performance.months import month_of, shift
from domain.ports import UnitOfWork


def first_quarter_scores(uow: UnitOfWork, hires: list[tuple[int, date]]) -> dict[int, float]:
    """{agent_id: mean score} for hires whose three first-quarter months are all scored."""
    result: dict[int, float] = {}
    for agent_id, hired_on in hires:
        months = {shift(month_of(hired_on), i) for i in (1, 2, 3)}
        scores = {s.month: s.score for s in uow.performance.scores_for_agent(agent_id) if s.month in months}
        if len(scores) == len(months):
            result[agent_id] = sum(scores.values()) / len(scores)
    return result
