"""本周待办 on a real temp database: overdue first in red, words for every (area, kind), and acting on an item."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from domain import this_week
from domain.coaching import services
from domain.coaching.model import ActionItem, CoachingSession, SessionKind
from domain.roster.model import AgentData, Role
from domain.this_week import TodoItem
from ui.this_week.page import ThisWeekPage

TODAY = date(2026, 11, 23)  # Monday


@pytest.fixture
def agents(ctx) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with ctx.uow() as uow:
        ids = {"王婷": uow.agents.add(AgentData("KF001", "王婷", Role.HOTLINE, "热线一组", date(2025, 1, 6))),
               "李强": uow.agents.add(AgentData("KF002", "李强", Role.ONLINE, "在线组", date(2026, 11, 20)))}
        uow.commit()
    services.add_session(ctx.uow(), CoachingSession(ids["王婷"], SessionKind.ONE_ON_ONE, date(2026, 11, 2),
                                                    situation="例行"),
                         [ActionItem("复听录音", "本人", date(2026, 11, 25))], TODAY)
    return ids


@pytest.fixture
def other_area(monkeypatch):  # type: ignore[no-untyped-def]
    def source(uow, today):  # type: ignore[no-untyped-def]
        return [TodoItem(date(2026, 11, 27), "mentoring", "unregistered_kind", None, "赵敏", "第三次带教")]
    monkeypatch.setattr(this_week, "SOURCES", (*this_week.SOURCES, source))


def shown_page(qtbot, ctx) -> ThisWeekPage:  # type: ignore[no-untyped-def]
    page = ThisWeekPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded):  # the door answers through the event loop
        pass
    return page


def test_overdue_first_then_the_week(qtbot, ctx, agents, other_area) -> None:  # type: ignore[no-untyped-def]
    page = shown_page(qtbot, ctx)
    rows = [[page.model.index(r, c).data() for c in range(6)] for r in range(page.model.rowCount())]
    assert rows == [
        ["2026-11-16", "逾期 7 天", "辅导", "一对一到期", "王婷", "上次一对一：2026-11-02"],
        ["2026-11-25", "周三", "辅导", "行动项到期", "王婷", "复听录音（本人）"],
        ["2026-11-27", "周五", "师徒带教", "师徒带教 · unregistered_kind", "赵敏", "第三次带教"],
    ]
    assert page.model.data(page.model.index(0, 0), Qt.ItemDataRole.ForegroundRole) == QColor("#c0392b")
    assert page.heading.text() == "本周待办（11-23 至 11-29）"
    assert page.summary.text() == "已逾期 1 项 · 本周到期 2 项"


def test_acting_on_an_action_item_ticks_it_off(qtbot, ctx, agents) -> None:  # type: ignore[no-untyped-def]
    page = shown_page(qtbot, ctx)
    page.table.selectRow(1)
    assert page.action_button.text() == "标记完成"
    page.act_on_selected()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert [page.model.row_at(r).kind for r in range(page.model.rowCount())] == ["one_on_one_due"]
    assert services.list_action_items(ctx.uow()) == []
    page.table.selectRow(0)
    with qtbot.waitSignal(page.agent_activated) as signal:
        page.profile_button.click()
    assert signal.args == [agents["王婷"]]


def test_an_empty_week_says_so(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    page = shown_page(qtbot, ctx)
    assert page.empty_hint.text() == "本周没有待办，干得漂亮。" and not page.table.isVisibleTo(page)


def test_a_change_made_elsewhere_refreshes_the_list(qtbot, ctx, agents) -> None:  # type: ignore[no-untyped-def]
    """No stale facts: an action item added on the coaching page shows here without pressing Refresh."""
    from ui.door import Touched

    page = shown_page(qtbot, ctx)
    assert page.model.rowCount() == 2
    session = CoachingSession(agents["李强"], SessionKind.ONE_ON_ONE, date(2026, 11, 21), situation="新人")
    ctx.door.change(lambda uow: services.add_session(uow, session, [ActionItem("熟悉系统", "本人",
                                                                              date(2026, 11, 26))], TODAY),
                    lambda _r: None, touches=Touched.of("coaching", agents=[agents["李强"]]))
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    assert page.model.row_at(2).agent_name == "李强" and page.summary.text() == "已逾期 1 项 · 本周到期 2 项"
