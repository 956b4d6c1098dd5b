"""接通率 against 满意度: the hotline's central tension (seeds: "接通率和服务质量之间的矛盾"). One point per
agent for a month, the team's medians, and the team's medians month by month."""

from __future__ import annotations

from dataclasses import dataclass
from statistics import median

from domain.performance.months import shift, span
from domain.ports import UnitOfWork


@dataclass(frozen=True, slots=True)
class TensionPoint:
    agent_id: int
    name: str
    team: str
    answer_rate: float
    csat: float


@dataclass(frozen=True, slots=True)
class TensionMonth:
    month: str
    answer_rate: float | None  # medians over the agents with both figures
    csat: float | None
    agents: int  # agents with both figures


@dataclass(frozen=True)
class TensionData:
    months: list[str]  # every month with figures, oldest first
    month: str | None
    teams: list[str]  # teams with an answer rate in some month
    team: str | None
    points: list[TensionPoint]  # agents with both figures in `month`
    median_answer: float | None
    median_csat: float | None
    trend: list[TensionMonth]  # the 12 months ending with `month`


def _median(values: list[float]) -> float | None:
    return median(values) if values else None


def tension_data(uow: UnitOfWork, month: str | None, team: str | None, months: int = 12) -> TensionData:
    with uow:
        all_months = uow.performance.kpi_months()
        chosen = month if month in all_months else (all_months[-1] if all_months else None)
        if chosen is None:
            return TensionData([], None, [], team, [], None, None, [])
        agents = {a.id: a for a in uow.agents.list_all()}
        first = shift(chosen, -(months - 1))
        trend, points, teams = [], [], set()
        for m in span(first, chosen):
            records = [r for r in uow.performance.kpis_for_month(m) if r.agent_id in agents]
            teams |= {agents[r.agent_id].team for r in records if r.answer_rate is not None}
            mine = [r for r in records if team is None or agents[r.agent_id].team == team]
            # Both medians over the same agents (those with both figures): an online team's CSAT must not
            # move the hotline's line.
            both = [r for r in mine if r.answer_rate is not None and r.csat is not None]
            trend.append(TensionMonth(m, _median([r.answer_rate or 0.0 for r in both]),
                                      _median([r.csat or 0.0 for r in both]), len(both)))
            if m == chosen:
                points = [TensionPoint(r.agent_id, agents[r.agent_id].name, agents[r.agent_id].team,
                                       r.answer_rate or 0.0, r.csat or 0.0) for r in both]
    return TensionData(all_months, chosen, sorted(teams), team, points,
                       _median([p.answer_rate for p in points]), _median([p.csat for p in points]), trend)
