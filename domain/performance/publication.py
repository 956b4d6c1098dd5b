"""公示: the month's criteria and results for the whole team in one workbook — the schemes (metrics, weights,
targets, floor rules), every agent's grade with its explanation, and what each would need for the next band.
The seeds: unpublished criteria are why agents distrust their scores."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from domain.errors import DomainError
from domain.performance.explanation import Explanation, explain
from domain.performance.growth_figures import with_growth
from domain.performance.model import Metric, Scheme, SchemeKey
from domain.performance.scoring import pick_scheme, score_month
from domain.performance.services import _month_schemes, adjusted_records, month_stages
from domain.ports import UnitOfWork
from domain.roster.model import AgentData


class NothingToPublish(DomainError):
    code = "kpi_nothing_to_publish"


@dataclass(frozen=True, slots=True)
class PublishedGrade:
    agent: AgentData
    explanation: Explanation
    values: dict[Metric, float | None]


@dataclass(frozen=True)
class Publication:
    month: str
    team_name: str
    schemes: list[tuple[Scheme, int]]  # each scheme used this month, and how many agents it scored
    grades: list[PublishedGrade]  # by employee no.


def publication(uow: UnitOfWork, month: str, today: date) -> Publication:
    """The month scored with the scheme versions it was scored with, line by line, in one read."""
    with uow:
        stored = {s.agent_id: s for s in uow.performance.scores_for_month(month)}
        if not stored:
            raise NothingToPublish(month)
        schemes = _month_schemes(uow, month, today, use_current=False)
        who = {i: (s.role, s.team) for i, s in stored.items()}
        stages = month_stages(uow, month)
        records = with_growth(uow, adjusted_records(uow, month), month, schemes.values())
        agents = {a.id: a for a in uow.agents.list_all()}
        team_name = uow.settings.get("team_name", "")
        uow.commit()  # current_schemes may have saved the defaults
    by_id = {r.agent_id: r for r in records}
    grades, used = [], dict[SchemeKey, int]()
    for result in score_month(records, schemes, who, stages=stages):
        role = who[result.agent_id][0]
        scheme = pick_scheme(schemes, role, stages.get(result.agent_id))
        agent = agents.get(result.agent_id)
        if scheme is None or agent is None:
            continue
        used[scheme.key] = used.get(scheme.key, 0) + 1
        values = {m: by_id[result.agent_id].value(m) for m in Metric}
        grades.append(PublishedGrade(agent, explain(result, scheme, values), values))
    grades.sort(key=lambda g: g.agent.employee_no)
    in_force = [(schemes[key], n) for key, n in used.items()]
    in_force.sort(key=lambda pair: (pair[0].role.value, pair[0].stage.value if pair[0].stage else ""))
    return Publication(month, team_name, in_force, grades)
