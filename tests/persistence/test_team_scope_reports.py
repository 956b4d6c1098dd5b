"""Issue 23, the pages the first scope tests left out: the dashboard, the at-risk list, the performance page and
the HQ report. On a shared database a supervisor's figures are their own teams' — exactly what a centre
manager sees with the dashboard's team filter set to those teams — and no other supervisor's agent appears in
a list or a workbook. Checked on SQLite and on PostgreSQL, on a demo centre whose teams belong to two
supervisors."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from domain.dashboard import services as dashboard
from domain.dashboard.model import DashboardFilter, SurvivalGrouping
from domain.demo import build_demo
from domain.performance import services as performance
from domain.reports.export_use_case import export_report
from domain.reports.workforce import Month
from domain.roster import services as roster
from domain.roster.teams import assign_teams
from persistence.database import Database
from persistence.reports.hq_report import HQ_REPORT, section_keys

TODAY = date(2026, 11, 23)
MINE = "热线一组"
GROUPING = SurvivalGrouping.HIRE_YEAR


@pytest.fixture
def centre(db: Database) -> dict[str, set[str]]:
    """A demo centre; 热线一组 is zhang's, every other team li's; wang manages the centre."""
    build_demo(db.uow(), 80, 18, 11, TODAY)
    teams = {r.agent.team for r in roster.list_roster(db.uow(), TODAY, None)}
    assign_teams(db.uow(), {team: "zhang" if team == MINE else "li" for team in teams}, {"wang"})
    everyone = roster.list_roster(db.uow(), TODAY, None)
    return {"mine": {r.agent.employee_no for r in everyone if r.agent.team == MINE},
            "theirs": {r.agent.employee_no for r in everyone if r.agent.team != MINE},
            "their_names": {r.agent.name for r in everyone if r.agent.team != MINE} - {
                r.agent.name for r in everyone if r.agent.team == MINE}}


def test_the_dashboard_of_a_supervisor_is_the_managers_filtered_to_their_team(
        db: Database, centre: dict[str, set[str]]) -> None:
    db.user = "wang"
    managers = dashboard.dashboard_data(db.uow(), TODAY, DashboardFilter(team=MINE), GROUPING)
    db.user = "zhang"
    mine = dashboard.dashboard_data(db.uow(), TODAY, DashboardFilter(), GROUPING)
    assert sum(n for _, n in mine.overview.stage_mix) > 0
    assert mine.overview == replace(managers.overview, teams=mine.overview.teams)
    assert mine.activity == managers.activity
    assert mine.survival == managers.survival
    assert mine.people == managers.people


def test_the_at_risk_list_holds_only_my_agents(db: Database, centre: dict[str, set[str]]) -> None:
    db.user = "zhang"
    data = dashboard.at_risk_data(db.uow(), TODAY)
    assert {r.facts.employee_no for r in data.flagged} <= centre["mine"]
    db.user = "wang"
    assert {r.facts.employee_no for r in dashboard.at_risk_data(db.uow(), TODAY).flagged} & centre["theirs"]


def test_the_performance_page_lists_only_my_agents(db: Database, centre: dict[str, set[str]]) -> None:
    month = f"{TODAY.year}-{TODAY.month - 1:02d}"
    db.user = "zhang"
    rows = performance.month_overview(db.uow(), month, TODAY)
    assert rows and {r.agent.employee_no for r in rows} <= centre["mine"]
    assert all(a.agent_id in {r.agent.id for r in rows} for a in performance.list_appeals(db.uow(), month))
    db.user = "wang"
    assert {r.agent.employee_no for r in performance.month_overview(db.uow(), month, TODAY)} & centre["theirs"]


def test_the_hq_report_of_a_supervisor_names_none_of_another_supervisors_agents(
        db: Database, centre: dict[str, set[str]], tmp_path: Path) -> None:
    db.user = "zhang"
    out = tmp_path / "report.xlsx"
    export_report(db.uow, HQ_REPORT, Month(TODAY.year, TODAY.month - 1), out, section_keys(),
                  datetime(2026, 11, 23, 9, 0))
    cells = {str(v) for ws in openpyxl.load_workbook(out).worksheets for row in ws.iter_rows(values_only=True)
             for v in row if v is not None}
    assert cells & centre["mine"]
    assert not cells & centre["theirs"]
    assert not cells & centre["their_names"]
