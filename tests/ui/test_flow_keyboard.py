"""Issue 24, flows 3–5: Ctrl+F finds any agent from anywhere in 2 actions; every table lets Tab leave, Enter
runs the row's main action, and a menu (right click or the Menu key) holds every row action."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMenu

from domain.roster.model import AgentData, Role, Status
from tests.ui.flow import Flow
from ui.finder import FinderDialog
from ui.main_window import MainWindow
from ui.roster.agent_dialog import AgentDialog
from ui.roster.page import RosterPage


@pytest.fixture
def agents(ctx) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with ctx.uow() as uow:
        ids = {name: uow.agents.add(AgentData(no, name, Role.HOTLINE, "热线一组", date(2025, 1, 6), phone=phone))
               for no, name, phone in [("KF001", "王婷", "13900005678"), ("KF002", "张华明", "13812345678"),
                                       ("KF003", "李强", "13700001111")]}
        uow.commit()
    return ids


@pytest.fixture
def window(qtbot, ctx, agents):  # type: ignore[no-untyped-def]
    win = MainWindow(ctx)
    Flow(qtbot).show(win)
    return win


@pytest.mark.parametrize("query", ["zhm", "华明", "KF002", "12345"])
def test_ctrl_f_from_another_page_opens_the_profile_in_two_actions(qtbot, window, agents, query) -> None:  # type: ignore[no-untyped-def]
    window.show_area("coaching").setFocus()
    flow = Flow(qtbot)
    flow.key(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    finder = QApplication.activeModalWidget()
    assert isinstance(finder, FinderDialog)
    qtbot.waitUntil(finder.isActiveWindow)
    qtbot.waitUntil(lambda: finder.ready)  # the agents come through the door
    assert flow.focus() is finder.query
    flow.type(query)
    assert finder.results.item(0).text().startswith("张华明")
    flow.key(Qt.Key.Key_Return)
    assert flow.actions == 2  # was 3 and no Ctrl+F (issue 24)
    page = window.pages["agent"]
    assert window.stack.currentWidget() is page and page.agent_id == agents["张华明"]
    assert not finder.isVisible()


def test_the_finder_is_in_the_edit_menu_and_says_when_nothing_matches(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    texts = [a.text() for m in window.menuBar().findChildren(QMenu) for a in m.actions()]
    assert "查找坐席…" in texts
    flow = Flow(qtbot)
    flow.key(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    finder = QApplication.activeModalWidget()
    qtbot.waitUntil(finder.isActiveWindow)
    qtbot.waitUntil(lambda: finder.ready)  # the agents come through the door
    flow.type("xyz")
    assert finder.results.count() == 0 and finder.hint.text() == "没有匹配的坐席。"
    flow.key(Qt.Key.Key_Return)  # nothing to open: the finder stays
    assert finder.isVisible()
    flow.key(Qt.Key.Key_Escape)
    assert not finder.isVisible()


def test_tab_leaves_the_roster_and_enter_edits_the_row(qtbot, ctx, agents) -> None:  # type: ignore[no-untyped-def]
    page = RosterPage(ctx)
    flow = Flow(qtbot)
    flow.show(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)  # the rows come through the door
    page.search.setFocus()
    for _ in range(12):  # Tab from the search box reaches the table …
        flow.key(Qt.Key.Key_Tab)
        if flow.focus() is page.table:
            break
    assert flow.focus() is page.table
    assert page.edit_button.isEnabled()  # arriving by Tab selects the current row: its buttons wake up
    flow.key(Qt.Key.Key_Down)
    flow.key(Qt.Key.Key_Tab)  # … and one more Tab leaves it (3,000 never did)
    assert flow.focus() is not page.table
    flow.key(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert flow.focus() is page.table
    seen = {}

    def edit(d: AgentDialog) -> None:
        seen["name"] = d.name.text()
        d.reject()

    flow.when_dialog(AgentDialog, edit)
    flow.key(Qt.Key.Key_Return)  # the row's main action, as a double click
    flow.check()
    assert seen == {"name": page.model.row_at(1).agent.name}


def test_the_menu_key_opens_every_row_action(qtbot, ctx, agents) -> None:  # type: ignore[no-untyped-def]
    page = RosterPage(ctx)
    flow = Flow(qtbot)
    flow.show(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)  # the rows come through the door
    page.table.setFocus()
    page.table.selectRow(0)
    seen = {}

    def look(menu: QMenu) -> None:
        seen["items"] = [a.text() for a in menu.actions() if not a.isSeparator()]
        menu.close()

    flow.when_menu(look)
    flow.key(Qt.Key.Key_Menu)
    flow.check()
    assert seen["items"] == ["记录一对一", "记录辅导", "记录关怀", "记录带教反馈", "查看档案", "编辑", "办理离职"]


def test_every_table_on_every_page_lets_tab_leave(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    trapped = []
    for area in window.areas:
        page = window.show_area(area.key)
        trapped += [f"{area.key}:{v.objectName() or type(v).__name__}" for v in page.findChildren(QAbstractItemView)
                    if v.tabKeyNavigation() and v.window().windowType() != Qt.WindowType.Popup]
    window.ctx.runner.wait()
    qtbot.wait(500)  # the dashboard draws its charts in turns after showing; let it finish before closing
    assert trapped == []


def test_enter_in_a_combo_box_list_still_chooses(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = window.show_area("roster")
    combo = page.status_filter
    combo.showPopup()  # the popup's list exists from now on …
    combo.hidePopup()
    window.show_area("coaching")
    window.show_area("roster")  # … when the page's views are made keyboard-friendly again: not the popup's
    combo.setFocus()
    combo.showPopup()
    qtbot.waitUntil(combo.view().isVisible)
    before = combo.currentIndex()
    qtbot.keyClick(combo.view(), Qt.Key.Key_Down)
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    assert combo.currentIndex() == before + 1 and not combo.view().isVisible()


def test_left_agents_are_found_after_active_ones(qtbot, ctx, agents) -> None:  # type: ignore[no-untyped-def]
    from domain.roster import services

    with ctx.uow() as uow:
        uow.agents.add(AgentData("KF009", "张华", Role.HOTLINE, "热线一组", date(2024, 1, 6), status=Status.LEFT,
                                 leave_date=date(2025, 6, 1)))
        uow.commit()
    opened: list[int] = []
    finder = FinderDialog([r.agent for r in services.list_roster(ctx.uow(), date(2026, 11, 23))], opened.append)
    qtbot.addWidget(finder)
    finder.query.setText("张华")
    assert [finder.results.item(i).text() for i in range(finder.results.count())] == [
        "张华明　KF002 · 热线一组", "张华　KF009 · 热线一组 · 已离职"]
    finder.open_current()
    assert opened == [agents["张华明"]]


def test_coaching_tables_hold_their_row_actions_in_a_menu(qtbot, ctx, agents) -> None:  # type: ignore[no-untyped-def]
    from ui.coaching.page import CoachingPage
    from ui.list_table import row_menu

    page = CoachingPage(ctx)
    Flow(qtbot).show(page)
    page.cadence.table.selectRow(0)
    assert [a.text() for a in row_menu(page.cadence.table).actions()] == ["记录一对一", "查看档案"]
    page.action_items.table.selectRow(0)
    assert [a.text() for a in row_menu(page.action_items.table).actions() if not a.isSeparator()] == [
        "标记完成", "重新打开", "查看档案"]
    assert [a.text() for a in row_menu(page.sessions.table).actions()] == ["编辑", "删除", "查看档案"]


def test_this_week_pairings_and_at_risk_rows_hold_their_actions_in_a_menu(qtbot, ctx, agents) -> None:  # type: ignore[no-untyped-def]
    from decimal import Decimal

    from domain.mentoring import services as mentoring
    from domain.mentoring.model import NewPairing
    from ui.dashboard.risk_page import AtRiskPage
    from ui.list_table import row_menu
    from ui.mentoring.page import MentoringPage
    from ui.this_week.page import ThisWeekPage

    with ctx.uow() as uow:  # a new hire from out of town: on the at-risk list at once
        new = uow.agents.add(AgentData("KF009", "赵新", Role.HOTLINE, "热线一组", date(2026, 11, 2), out_of_town=True))
        uow.commit()
    mentoring.start_pairing(ctx.uow(), NewPairing(agents["王婷"], new, date(2026, 11, 3), date(2027, 2, 3),
                                                  Decimal("300.00")), date(2026, 11, 23))
    flow = Flow(qtbot)
    week = ThisWeekPage(ctx)
    flow.show(week)
    qtbot.waitUntil(lambda: week.model.rowCount() > 0, timeout=10_000)
    week.table.selectRow(0)
    texts = [a.text() for a in row_menu(week.table).actions()]
    assert texts == [week.action_button.text(), "查看档案"] and texts[0]
    page = MentoringPage(ctx)
    flow.show(page)
    qtbot.waitUntil(lambda: page.pairings.model.rowCount() == 1, timeout=10_000)
    page.pairings.table.selectRow(0)
    assert [a.text() for a in row_menu(page.pairings.table).actions()] == [
        page.pairings.check_in_button.text(), page.pairings.end_button.text()]
    risk = AtRiskPage(ctx)
    with qtbot.waitSignal(risk.loaded, timeout=20_000):
        flow.show(risk)
    risk.table.selectRow(0)
    menu = row_menu(risk.table).actions()
    assert [a.text() for a in menu] == ["打开员工"] and menu[0].isEnabled()
