"""Issue 24, flow 1: a weekly 1:1 with two action items, from a roster row (≤ 6 actions) and from the agent
page, counted on the real widgets and checked in the database."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from domain.coaching import services
from domain.coaching.model import SessionKind
from domain.roster.model import AgentData, Role
from tests.ui.flow import Flow
from ui.agent.page import AgentPage
from ui.coaching.session_dialog import SessionDialog
from ui.roster.page import RosterPage

TODAY = date(2026, 11, 23)


@pytest.fixture
def agents(ctx) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with ctx.uow() as uow:
        ids = {name: uow.agents.add(AgentData(no, name, Role.HOTLINE, "热线一组", date(2025, 1, 6)))
               for no, name in [("KF001", "王婷"), ("KF002", "李强")]}
        uow.commit()
    return ids


def fill_one_on_one(flow: Flow, dialog: SessionDialog) -> None:
    assert dialog.focusWidget() is dialog.situation  # the agent is already chosen: focus where one writes
    flow.type("本周接通量下滑\n周三排班冲突")  # a multi-line note
    flow.click(dialog.improve)
    flow.type("通话结束前复述解决方案")
    flow.click(dialog.add_item_button)
    flow.type("复听三通低分录音")
    flow.key(Qt.Key.Key_Return)  # adds the next item; does not save a half-finished 1:1
    assert dialog.isVisible() and len(dialog.item_rows) == 2
    flow.type("整理退款话术")
    flow.key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter saves (through the door)
    flow.qtbot.waitUntil(lambda: not dialog.isVisible() or any(e.text() for e in dialog.errors.values()))
    assert not dialog.isVisible(), [e.text() for e in dialog.errors.values()]


def assert_saved(ctx, agent_id: int) -> None:  # type: ignore[no-untyped-def]
    (row,) = services.list_sessions(ctx.uow(), agent_id=agent_id)
    session, items = services.get_session(ctx.uow(), row.session.id)
    assert session.kind is SessionKind.ONE_ON_ONE and session.held_on == TODAY
    assert (session.situation, session.improve) == ("本周接通量下滑\n周三排班冲突", "通话结束前复述解决方案")
    assert [(i.text, i.due_on) for i in items] == [("复听三通低分录音", TODAY + timedelta(days=7)),
                                                   ("整理退款话术", TODAY + timedelta(days=7))]


def test_a_weekly_one_on_one_from_a_roster_row_takes_six_actions(qtbot, ctx, agents) -> None:  # type: ignore[no-untyped-def]
    page = RosterPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.model.row_index_of(agents["李强"]) is not None)  # rows come through the door
    row = page.model.row_index_of(agents["李强"])
    flow = Flow(qtbot)
    flow.when_menu(lambda menu: flow.choose(menu, "记录一对一"))
    flow.when_dialog(SessionDialog, lambda d: fill_one_on_one(flow, d))
    flow.click_row(page.table, row, Qt.MouseButton.RightButton)  # the row's menu: the 1:1 is its first entry
    flow.check()
    assert flow.actions == 6  # was 9 (issue 24)
    assert_saved(ctx, agents["李强"])


def test_a_weekly_one_on_one_from_the_agent_page_takes_five(qtbot, ctx, agents) -> None:  # type: ignore[no-untyped-def]
    page = AgentPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.show_agent(agents["王婷"])
    qtbot.waitUntil(lambda: "王婷" in page.title.text() and page.buttons[0].isEnabled())  # through the door
    flow = Flow(qtbot)
    flow.when_dialog(SessionDialog, lambda d: fill_one_on_one(flow, d))
    flow.click(page.buttons[0])  # 记录一对一
    flow.check()
    assert flow.actions == 5
    assert_saved(ctx, agents["王婷"])


def test_enter_and_tab_in_the_session_dialog(qtbot, ctx, agents) -> None:  # type: ignore[no-untyped-def]
    saved = []
    dialog = SessionDialog(None, [], [(agents["李强"], "李强")], TODAY, lambda s, i, done: saved.append((s, i)),
                           agent_id=agents["李强"])
    flow = Flow(qtbot)
    flow.show(dialog)
    flow.type("a")
    flow.key(Qt.Key.Key_Return)  # a new line, not a save
    flow.type("b")
    assert dialog.situation.toPlainText() == "a\nb" and dialog.isVisible()
    flow.key(Qt.Key.Key_Tab)  # moves on instead of inserting a tab character
    assert isinstance(flow.focus(), QPlainTextEdit) and flow.focus() is dialog.strengths
    assert "\t" not in dialog.situation.toPlainText()
    dialog.title.setFocus()
    flow.key(Qt.Key.Key_Return)  # Enter in a one-line box moves on; nothing saved
    assert saved == [] and dialog.isVisible() and flow.focus() is dialog.situation
    flow.click(dialog.add_item_button)
    flow.key(Qt.Key.Key_Return)  # an empty item does not breed another
    assert len(dialog.item_rows) == 1 and saved == []


def test_without_an_agent_focus_starts_on_the_agent(qtbot, ctx, agents) -> None:  # type: ignore[no-untyped-def]
    dialog = SessionDialog(None, [], [(agents["李强"], "李强")], TODAY, lambda s, i, done: done([]))
    Flow(qtbot).show(dialog)
    assert dialog.focusWidget() is dialog.agent or dialog.focusWidget() is dialog.agent.lineEdit()


def test_re_owning_and_re_dating_an_item_costs_two_tabs(qtbot, ctx, agents) -> None:  # type: ignore[no-untyped-def]
    """Was 13 actions with one item re-owned and re-dated: the owner and due date sit after the item's text in
    the Tab order and are typed over, so the whole 1:1 takes the six actions plus two Tabs."""
    page = AgentPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.show_agent(agents["王婷"])
    qtbot.waitUntil(lambda: "王婷" in page.title.text() and page.buttons[0].isEnabled())
    flow = Flow(qtbot)

    def fill(dialog: SessionDialog) -> None:
        flow.type("本周接通量下滑")
        flow.click(dialog.add_item_button)
        flow.type("复听三通低分录音")
        flow.key(Qt.Key.Key_Tab)  # to the owner, its text selected: typing replaces it
        flow.type("主管")
        flow.key(Qt.Key.Key_Tab)  # to the due date, its first section selected
        flow.type("20261215")
        flow.key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        flow.qtbot.waitUntil(lambda: not dialog.isVisible() or any(e.text() for e in dialog.errors.values()))
        assert not dialog.isVisible(), [e.text() for e in dialog.errors.values()]

    flow.when_dialog(SessionDialog, fill)
    flow.click(page.buttons[0])
    flow.check()
    assert flow.actions == 5  # 记录一对一, 添加行动项, Tab, Tab, Ctrl+Enter
    (row,) = services.list_sessions(ctx.uow(), agent_id=agents["王婷"])
    _session, items = services.get_session(ctx.uow(), row.session.id)
    assert [(i.text, i.owner, i.due_on) for i in items] == [("复听三通低分录音", "主管", date(2026, 12, 15))]
