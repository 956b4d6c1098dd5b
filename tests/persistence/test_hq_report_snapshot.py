"""Inside a report, per-agent reads come from one read of everyone's (persistence/reports/snapshot.py): they
must give exactly what the repositories give one agent at a time, in the same order."""

from __future__ import annotations

from datetime import date

import pytest

from domain.demo import build_demo
from domain.roster.model import Status
from persistence.reports.snapshot import OneSnapshot

TODAY = date(2026, 11, 23)


@pytest.fixture
def centre(db):  # type: ignore[no-untyped-def]
    build_demo(db.uow(), 60, 36, 7, TODAY)
    return db


def test_per_agent_reads_match_the_repositories(centre) -> None:  # type: ignore[no-untyped-def]
    uow = centre.uow()
    snapshot = OneSnapshot(uow)
    with snapshot:
        agents = uow.agents.list_all()
        leavers = [a for a in agents if a.status is Status.LEFT]
        assert leavers and len(agents) > len(leavers)  # both kinds are asked below
        seen = {"scores": 0, "attempts": 0, "results": 0, "pairings": 0, "promotions": 0}
        for agent in agents:
            i = agent.id
            scores = snapshot.performance.scores_for_agent(i)
            assert scores == uow.performance.scores_for_agent(i)
            assert snapshot.certifications.for_agent(i) == uow.certifications.for_agent(i)
            assert snapshot.training.results_for_agent(i) == uow.training.results_for_agent(i)
            assert sorted(map(repr, snapshot.training.ticks(i))) == sorted(map(repr, uow.training.ticks(i)))
            assert snapshot.training.promotions(i) == uow.training.promotions(i)
            assert snapshot.mentoring.pairings_of_agent(i) == uow.mentoring.pairings_of_agent(i)
            seen["scores"] += len(scores)
            seen["attempts"] += len(uow.certifications.for_agent(i))
            seen["results"] += len(uow.training.results_for_agent(i))
            seen["pairings"] += len(uow.mentoring.pairings_of_agent(i))
            seen["promotions"] += len(uow.training.promotions(i))
        assert snapshot.training.all_results() == uow.training.all_results()
        for status in (None, *Status):  # a status's agents come from the one roster read, in the same order
            assert snapshot.agents.list_all(status) == uow.agents.list_all(status)
        assert snapshot.training.promotions() == uow.training.promotions()
        assert snapshot.certifications.list_all() == uow.certifications.list_all()
        assert snapshot.mentoring.list_pairings() == uow.mentoring.list_pairings()
        for month in uow.performance.kpi_months() + ["2031-01"]:  # a month with no scores too
            by_month = snapshot.performance.scores_for_month(month)
            assert by_month == uow.performance.scores_for_month(month)  # same records, same order
            seen["month scores"] = seen.get("month scores", 0) + len(by_month)
    assert all(seen[k] for k in ("scores", "attempts", "results", "pairings", "month scores")), seen


def test_a_list_handed_out_is_the_callers_own(centre) -> None:  # type: ignore[no-untyped-def]
    snapshot = OneSnapshot(centre.uow())
    with snapshot:
        first = snapshot.training.all_results()
        first.clear()
        assert snapshot.training.all_results()
        agent = next(a for a in snapshot.agents.list_all() if snapshot.performance.scores_for_agent(a.id))
        snapshot.performance.scores_for_agent(agent.id).clear()
        assert snapshot.performance.scores_for_agent(agent.id)
