"""What the scheme editor shows: every scheme in force (role and stage) and whom each scores this month."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from domain.performance.model import Scheme, SchemeKey
from domain.performance.scoring import pick_scheme
from domain.performance.services import all_schemes
from domain.ports import UnitOfWork
from domain.roster.model import AgentData, Status
from domain.roster.rules import tenure_stage


@dataclass(frozen=True)
class SchemeBook:
    """What the scheme editor shows: the schemes in force and, per scheme, whom it scores this month."""

    schemes: dict[SchemeKey, Scheme]
    audience: dict[SchemeKey, list[AgentData]]


def scheme_book(uow: UnitOfWork, today: date) -> SchemeBook:
    with uow:
        schemes = all_schemes(uow, today)
        agents = [a for a in uow.agents.list_all() if a.status is Status.ACTIVE]
        uow.commit()  # current_schemes may have saved the defaults
    return SchemeBook(schemes, audience(schemes, agents, today))


def audience(schemes: dict[SchemeKey, Scheme], agents: list[AgentData],
             today: date) -> dict[SchemeKey, list[AgentData]]:
    """Which scheme scores each active agent this month: the stage's own, else the role's."""
    out: dict[SchemeKey, list[AgentData]] = {key: [] for key in schemes}
    for agent in sorted(agents, key=lambda a: a.employee_no):
        scheme = pick_scheme(schemes, agent.role, tenure_stage(agent.hire_date, today))
        if scheme is not None:
            out.setdefault(scheme.key, []).append(agent)
    return out
