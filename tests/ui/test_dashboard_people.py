"""pytest-qt: the dashboard's generation filter and its 情绪与离职 tab — the team's mood by month (stacked bars whose
heights are the 1:1 counts) and leavers by destination with the rehire count — drawn from a real SQLite file."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import insert

from domain.care.exit_interview import Answer, Destination, ExitInterview
from domain.roster.model import AgentData, Generation, LeaveReason, Role, Status
from persistence.coaching.models import CoachingSessionRecord
from ui.dashboard.page import DashboardPage


def _agent(no: str, born: date, hired: date, left: date | None = None) -> AgentData:
    return AgentData(employee_no=no, name=f"测试{no}", role=Role.HOTLINE, team="热线一组", hire_date=hired,
                     birth_date=born, status=Status.LEFT if left else Status.ACTIVE, leave_date=left,
                     leave_reason=LeaveReason.CAREER if left else None, leave_voluntary=True if left else None)


@pytest.fixture
def team(ctx):  # type: ignore[no-untyped-def]
    today = ctx.today()
    agents = [_agent("A1", date(1996, 5, 1), date(2025, 3, 1)), _agent("A2", date(2002, 5, 1), date(2025, 4, 1)),
              _agent("A3", date(2001, 1, 1), date(2025, 2, 1), today.replace(day=1))]
    with ctx.uow() as uow:
        a1, a2, a3 = uow.agents.add_many(agents)
        uow.session.execute(insert(CoachingSessionRecord.__table__), [
            {"agent_id": a1, "kind": "one_on_one", "held_on": today.replace(day=1), "mood": 4},
            {"agent_id": a2, "kind": "one_on_one", "held_on": today.replace(day=1), "mood": 2}])
        uow.wellbeing.save_exit_interview(ExitInterview(a3, today.replace(day=1), LeaveReason.CAREER, "",
                                                        Destination.STUDY, "", Answer.YES, Answer.NO))
        uow.commit()


def test_mood_and_exits_tab_follows_the_generation_filter(qtbot, ctx, team) -> None:  # type: ignore[no-untyped-def]
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.show()
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())][-1] == "情绪与离职"
    page.tabs.setCurrentIndex(page.tabs.count() - 1)
    heights = [p.get_height() for p in page.mood_chart.figure().axes[0].patches]
    assert sum(heights) == 2 and len(heights) == 12 * 5  # two 1:1s; 12 months × 5 moods
    exits = page.exits_chart.figure().axes[0]
    assert [t.get_text() for t in exits.get_yticklabels()] == ["深造或备考"]
    assert "愿意返聘 1 人" in exits.get_title() and "已返聘 0 人" in exits.get_title()
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.generation_filter.setCurrentIndex(page.generation_filter.findData(Generation.POST_95.value))
    assert sum(p.get_height() for p in page.mood_chart.figure().axes[0].patches) == 1  # A1 only
    assert page.exits_chart.is_empty()  # A3 is 00后
    page.grab().save("/tmp/dashboard_people.png")


def test_roster_and_at_risk_list_filter_by_generation(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace
    from datetime import timedelta

    from ui.dashboard.risk_page import AtRiskPage
    from ui.roster.page import RosterPage

    hired = ctx.today() - timedelta(days=40)  # new and from out of town: both flagged
    with ctx.uow() as uow:
        uow.agents.add_many([replace(_agent("N1", date(1997, 3, 1), hired), out_of_town=True),
                             replace(_agent("N2", date(2003, 3, 1), hired), out_of_town=True),
                             _agent("N3", date(2000, 1, 1), date(2024, 1, 1))])
        uow.commit()
    roster = RosterPage(ctx)
    qtbot.addWidget(roster)
    qtbot.waitUntil(lambda: roster.model.rowCount() == 3, timeout=10_000)
    roster.generation_filter.setCurrentIndex(roster.generation_filter.findData(Generation.POST_00.value))
    assert roster.generation_filter.currentText() == "00后"
    assert sorted(roster.model.row_at(i).agent.employee_no for i in range(roster.model.rowCount())) == ["N2", "N3"]
    risk = AtRiskPage(ctx)
    qtbot.addWidget(risk)
    with qtbot.waitSignal(risk.loaded, timeout=20_000):
        risk.show()
    flagged = {risk.model.row_at(i).facts.employee_no for i in range(risk.model.rowCount())}
    assert {"N1", "N2"} <= flagged
    risk.generation_filter.setCurrentIndex(risk.generation_filter.findData(Generation.POST_95.value))
    assert [risk.model.row_at(i).facts.employee_no for i in range(risk.model.rowCount())] == ["N1"]
    assert "95后" in risk.summary.text()
