"""Demo data for every area, deterministic by seed. Each area adds its own generator module here.

The demo's assumptions — the risk factors the seeds describe, so the 流失预警 screen has something to show:
- out-of-town hires fall off the early cliff more often (36 % leave in their first 90 days, locals 21 %);
- newcomers who leave within four months had been given a mentor about half the time, those who stay 92 %;
- most leavers (60 %) had no 1:1 for their last five weeks to three months; stayers slip now and then too;
- about two in three leavers' scores slide over the three months before they go.
Everything is entered when it happens — pairings on their start day or a day or two later, each month's
scores early the next month (appeals rescore later, as a new version), care records opened on their day and
closed after their follow-up — so the back-test, which replays only what was known on each date, stays honest:
these are made-up patterns it finds in made-up data, not evidence about any real team."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from domain.demo.roster import generate_agents
from domain.errors import DomainError
from domain.ports import UnitOfWork
from domain.roster.model import AgentData, HistoryEntry, Status


class DatabaseNotEmpty(DomainError):
    code = "database_not_empty"


# Each area that has demo data adds `build(uow, agents, seed, today)` here; it runs inside the same
# transaction after the roster, with `agents` carrying their database ids.
AreaBuilder = Callable[[UnitOfWork, list[AgentData], int, date], None]


@dataclass(frozen=True)
class DemoSummary:
    agents: int
    active: int


def build_demo(uow: UnitOfWork, headcount: int, months: int, seed: int, today: date) -> DemoSummary:
    """Fill an empty database in one transaction; refuses a database that already holds agents."""
    agents = generate_agents(headcount, months, seed, today)
    with uow:
        if uow.agents.count():
            raise DatabaseNotEmpty()
        ids = uow.agents.add_many(agents)
        agents = [replace(a, id=i) for a, i in zip(agents, ids, strict=True)]
        for agent in agents:
            if agent.status is Status.LEFT and agent.leave_date:
                uow.agents.add_history(HistoryEntry(agent.saved_id, "status", "active", "left", agent.leave_date))
        for build in AREA_BUILDERS:
            build(uow, agents, seed, today)
        uow.settings.set("team_name", "华东客服中心一部")
        uow.settings.set("supervisor_name", "林主管")
        uow.log.record("demo", f"seed={seed} headcount={headcount} months={months}", len(agents))
        uow.commit()
    return DemoSummary(agents=len(agents), active=sum(a.status is Status.ACTIVE for a in agents))

from domain.demo.care import build as build_care  # noqa: E402  (the area builders import this package)
from domain.demo.coaching import build as build_coaching  # noqa: E402
from domain.demo.mentoring import build as build_mentoring  # noqa: E402
from domain.demo.performance import build as build_performance  # noqa: E402
from domain.demo.recruiting import build as build_recruiting  # noqa: E402
from domain.demo.training import build as build_training  # noqa: E402  (after performance and mentoring: evidence)
from domain.demo.wellbeing import build as build_wellbeing  # noqa: E402  (after coaching and mentoring: reads them)

# In this order: training reads performance and mentoring; wellbeing reads coaching and mentoring.
AREA_BUILDERS: tuple[AreaBuilder, ...] = (
    build_care,
    build_recruiting,
    build_performance,
    build_coaching,
    build_mentoring,
    build_training,
    build_wellbeing,
)
