"""Issue 18, fourth round: the HQ report's 培养与发展 sheet and everyone's readiness no longer read every
training result as a record. The repository's read model `complete_items` (each agent's latest result per item,
in SQL) must equal `progress.complete_items` over the records, and the sheet built from it must equal the sheet
the old code built from every record — on a generated centre, on both stores, under a supervisor's team scope."""

from __future__ import annotations

import gc
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from domain.demo import build_demo
from domain.mentoring.model import CertAttempt
from domain.reports.export_use_case import export_report
from domain.reports.workforce import Month
from domain.roster import services as roster
from domain.roster.model import AgentData, CertLevel, Status
from domain.roster.rules import tenure_stage
from domain.roster.teams import assign_teams
from domain.training import careers
from domain.training.hq_sheet import TRACKS, DevelopmentSheet, StageLine, TrackLine, development_sheet
from domain.training.ladder import Readiness
from domain.training.model import PlanItem, Promotion, ResultStatus, TrainingResult
from domain.training.progress import STAGE_ORDER, ItemState, complete_items, plan_progress
from persistence.database import Database
from persistence.reports import hq_report
from persistence.reports.hq_report import HQ_REPORT
from persistence.reports.sections.training import training
from persistence.reports.sheets import SheetSpec

TODAY = date(2026, 11, 23)
MONTH = Month(2026, 10)


def _old_development_sheet(agents: Iterable[AgentData], items: Iterable[PlanItem], results: Iterable[TrainingResult],
                           promotions: Iterable[Promotion], readiness: Iterable[Readiness], first: date,
                           last: date) -> DevelopmentSheet:
    """The sheet as d8964e8 computed it, from every result record (kept here as the reference)."""
    items, results = list(items), list(results)
    by_agent: dict[int, list[TrainingResult]] = {}
    for r in results:
        if r.day <= last:
            by_agent.setdefault(r.agent_id, []).append(r)
    counts = {s: [0, 0, 0, 0, 0] for s in STAGE_ORDER}
    for a in agents:
        if a.hire_date > last or (a.status is Status.LEFT and a.leave_date is not None and a.leave_date <= last):
            continue
        stage = tenure_stage(a.hire_date, last)
        line = counts[stage]
        line[0] += 1
        mine = by_agent.get(a.id or 0, [])
        for p in plan_progress(a.hire_date, stage, items, mine, last):
            if p.item.stage is stage and p.due <= last:
                line[1] += 1
                line[2] += p.state is ItemState.COMPLETE
        for r in mine:
            if first <= r.day and r.status in (ResultStatus.PASSED, ResultStatus.FAILED):
                line[3] += 1
                line[4] += r.status is ResultStatus.PASSED
    stages = tuple(StageLine(s, *counts[s]) for s in STAGE_ORDER)
    promoted = [p for p in promotions if first <= p.day <= last]
    rows = [r for r in readiness if r.target is not None and r.agent.status is Status.ACTIVE]
    tracks = tuple(TrackLine(t, sum(p.track is t for p in promoted),
                             sum(r.track is t and r.missing == 0 for r in rows),
                             sum(r.track is t and r.missing == 1 for r in rows)) for t in TRACKS)
    return DevelopmentSheet(first, last, stages, tracks)


@pytest.fixture
def centre(db: Database) -> Database:
    """A demo centre, plus results that only the right "latest" rule counts right: a later failure after a
    pass, an absence after a pass (does not override), two results on one day (the higher id wins), and a
    result after the report month (counts for today's readiness, not for the month's sheet); and certified
    agents who failed a later attempt at their level (the day passed is the evidence, not the last attempt)."""
    build_demo(db.uow(), 60, 36, 7, TODAY)
    with db.uow() as uow:
        items = [i for i in uow.training.plan_items() if i.id is not None]
        active = [a for a in uow.agents.list_all(Status.ACTIVE) if a.hire_date < MONTH.first - timedelta(days=60)]
        day, later = MONTH.first + timedelta(days=3), MONTH.last + timedelta(days=5)
        for n, agent in enumerate(active[:12]):
            a, b = items[n % len(items)].id, items[(n + 1) % len(items)].id
            add = uow.training.add_result
            add(TrainingResult(agent.id or 0, day, ResultStatus.PASSED, a))
            add(TrainingResult(agent.id or 0, day + timedelta(days=1), ResultStatus.FAILED, a))  # no longer complete
            add(TrainingResult(agent.id or 0, day, ResultStatus.PASSED, b))
            add(TrainingResult(agent.id or 0, day + timedelta(days=2), ResultStatus.ABSENT, b))  # still complete
            add(TrainingResult(agent.id or 0, day + timedelta(days=3), ResultStatus.FAILED, b))
            add(TrainingResult(agent.id or 0, day + timedelta(days=3), ResultStatus.DONE, b))  # same day, higher id
            if n % 2:
                add(TrainingResult(agent.id or 0, later, ResultStatus.FAILED, b))  # after the month only
        certified = [a for a in uow.agents.list_all(Status.ACTIVE) if a.cert_level is not CertLevel.NONE]
        for agent in certified[:10]:
            uow.certifications.add(CertAttempt(agent.id or 0, agent.cert_level, TODAY - timedelta(days=2), None, False))
        uow.commit()
    return db


def _employed(agents: list[AgentData], day: date) -> set[int]:
    return {a.id or 0 for a in agents if a.hire_date <= day
            and not (a.status is Status.LEFT and a.leave_date is not None and a.leave_date <= day)}


def _expected(results: list[TrainingResult], agents: list[AgentData], until: date | None) -> dict[int, set[int]]:
    asked = {a.id or 0 for a in agents if a.status is Status.ACTIVE} if until is None else _employed(agents, until)
    return {k: v for k, v in complete_items(results, until).items() if k in asked}


def test_complete_items_equal_the_latest_result_per_item_of_the_records(centre: Database) -> None:
    with centre.uow() as uow:
        results, agents = uow.training.all_results(), uow.agents.list_all()
        leavers = [a for a in agents if a.status is Status.LEFT and a.leave_date and a.leave_date > MONTH.first]
        assert leavers  # agents who left after a day asked below are counted on it
        for until in (None, MONTH.last, MONTH.first + timedelta(days=4), date(2024, 6, 30), leavers[0].leave_date):
            found = uow.training.complete_items(until)
            assert found == _expected(results, agents, until), until
            assert sum(map(len, found.values())) > 100
        # the fixture's cases are in play: the month's answer and today's differ for the agents with a later result
        assert uow.training.complete_items(MONTH.last) != {
            k: v for k, v in uow.training.complete_items(None).items() if k in _employed(agents, MONTH.last)}


def test_complete_items_keep_to_the_team_scope(centre: Database) -> None:
    teams = {r.agent.team for r in roster.list_roster(centre.uow(), TODAY, None)}
    mine = sorted(teams)[0]
    assign_teams(centre.uow(), {team: "zhang" if team == mine else "li" for team in teams}, {"wang"})
    with centre.uow() as uow:
        results, agents = uow.training.all_results(), uow.agents.list_all()
    ours = {a.id for a in agents if a.team == mine}
    centre.user = "zhang"
    with centre.uow() as uow:
        for until in (None, MONTH.last):
            found = uow.training.complete_items(until)
            assert found and set(found) <= ours
            assert found == {k: v for k, v in _expected(results, agents, until).items() if k in ours}


def test_the_training_sheet_equals_the_one_built_from_every_record(centre: Database) -> None:
    as_of = min(MONTH.last, TODAY)
    with centre.uow() as uow:
        active = [a.id or 0 for a in uow.agents.list_all(Status.ACTIVE)]
    one_by_one = [careers.agent_readiness(centre.uow(), agent_id, as_of) for agent_id in active]
    readiness = careers.sort_readiness([r for r in one_by_one if r is not None])
    assert careers.everyone_readiness(centre.uow(), as_of) == readiness
    for month in (MONTH, MONTH.shift(-1), MONTH.shift(-7)):
        with centre.uow() as uow:
            agents, items, promotions = uow.agents.list_all(), uow.training.plan_items(), uow.training.promotions()
            old = _old_development_sheet(agents, items, uow.training.all_results(), promotions, readiness,
                                         month.first, month.last)
            new = development_sheet(agents, items, uow.training.complete_items(month.last),
                                    uow.training.results_between(month.first, month.last), promotions, readiness,
                                    month.first, month.last)
        assert new == old, month
        assert sum(s.items_complete for s in old.stages) and sum(s.tests_taken for s in old.stages)
    # and the section, inside the report's one snapshot, writes those figures
    snapshot = HQ_REPORT.snapshot(centre.uow())
    with snapshot:
        sheet = training(snapshot, MONTH, TODAY)
    with centre.uow() as uow:
        old = _old_development_sheet(uow.agents.list_all(), uow.training.plan_items(), uow.training.all_results(),
                                     uow.training.promotions(), readiness, MONTH.first, MONTH.last)
    rows = sheet.tables[0].rows
    assert [tuple(r[1:4]) + tuple(r[5:7]) for r in rows] == [
        (s.agents, s.items_due, s.items_complete, s.tests_taken, s.tests_passed) for s in old.stages]
    assert [tuple(r[1:]) for r in sheet.tables[1].rows] == [(t.promotions, t.ready, t.one_away) for t in old.tracks]


def test_no_full_collection_runs_while_a_report_builds_or_writes(db: Database, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The oldest generation's automatic pass is off while the report builds and writes, and whatever thresholds
    were set come back after (the window sets its own: ui/idle_gc.py)."""
    seen: list[tuple[int, int, int]] = []

    def section(uow: object, month: Month) -> SheetSpec:
        seen.append(gc.get_threshold())
        return SheetSpec(name="x", title="x")

    monkeypatch.setattr(hq_report, "SECTIONS", [hq_report.Section("x", "x", section)])
    monkeypatch.setattr(hq_report, "write_workbook", lambda *args: seen.append(gc.get_threshold()))
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        export_report(db.uow, HQ_REPORT, MONTH, tmp_path / "r.xlsx", ["x"], datetime(2026, 11, 23, 9, 0))
        assert gc.get_threshold() == (700, 10, 10)
    finally:
        gc.set_threshold(*before)
    assert seen == [(700, 10, 1_000_000)] * 2
