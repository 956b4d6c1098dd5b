"""Issue 18: everyone's readiness reads only the months the levels look at (one month's scores at a time); it
must equal the readiness of each agent read on its own, from every score, on a generated centre."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from domain.demo import build_demo
from domain.roster.model import Status
from domain.training import careers

TODAY = date(2026, 11, 23)


def test_everyone_readiness_equals_each_agents_own(db) -> None:  # type: ignore[no-untyped-def]
    build_demo(db.uow(), 80, 36, 11, TODAY)
    # Windows of several lengths, one longer than any default, one with no KPI grade but a floor window.
    for level in careers.list_levels(db.uow()):
        if level.rank == 1:
            careers.save_level(db.uow(), replace(level, kpi_months=18, no_floor_months=2))
        elif level.rank == 2:
            careers.save_level(db.uow(), replace(level, kpi_grade="", kpi_months=0, no_floor_months=24))
    everyone = careers.everyone_readiness(db.uow(), TODAY)
    with db.uow() as uow:
        active = [a.id for a in uow.agents.list_all(Status.ACTIVE)]
    one_by_one = [careers.agent_readiness(db.uow(), agent_id, TODAY) for agent_id in active]
    expected = careers.sort_readiness([r for r in one_by_one if r is not None])
    assert everyone == expected
    assert len(everyone) > 20 and any(c.criterion.value == "kpi_grade" and c.met for r in everyone for c in r.checks)
    assert any(c.criterion.value == "no_floor" for r in everyone for c in r.checks)
    page = careers.readiness_page(db.uow(), TODAY)
    assert page.rows == expected
