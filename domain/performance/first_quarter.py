"""The first quarter's KPI score of each hire, for recruiting's question "does the interview predict
how well people do?" — the mean monthly score over the three full calendar months after the hire month
(the hire month itself is partial and mostly training)."""

from __future__ import annotations

from datetime import date

from domain.performance.months import month_of, shift
from domain.ports import UnitOfWork


def first_quarter_scores(uow: UnitOfWork, hires: list[tuple[int, date]]) -> dict[int, float]:
    """{agent_id: mean score} for hires with at least one scored month in their first quarter."""
    result: dict[int, float] = {}
    for agent_id, hired_on in hires:
        months = {shift(month_of(hired_on), i) for i in (1, 2, 3)}
        scores = [s.score for s in uow.performance.scores_for_agent(agent_id) if s.month in months]
        if scores:
            result[agent_id] = sum(scores) / len(scores)
    return result
