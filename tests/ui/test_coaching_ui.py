"""Coaching screens on a real temp database, in Chinese (QTest.keyClicks aborts on non-Latin-1 text, so
Chinese input goes in with setText): record a 1:1 with action items, refuse an
invalid case review, find a case by a two-character Chinese word, cadence in the roster, settings."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from domain.coaching import services
from domain.coaching.model import ActionItem, CoachingSession, SessionKind
from domain.roster.model import AgentData, Role
from ui.coaching.actions import agent_choices, session_saver
from ui.coaching.page import CoachingPage
from ui.coaching.session_dialog import SessionDialog
from ui.coaching.settings_tab import CoachingSettingsTab
from ui.door import Touched
from ui.roster.page import RosterPage

TODAY = date(2026, 11, 23)


@pytest.fixture
def agents(ctx) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with ctx.uow() as uow:
        ids = {name: uow.agents.add(AgentData(no, name, Role.HOTLINE, "热线一组", date(2025, 1, 6)))
               for no, name in [("KF001", "王婷"), ("KF002", "李强")]}
        uow.commit()
    return ids


def choices(ctx) -> list[tuple[int, str]]:  # type: ignore[no-untyped-def]
    return agent_choices(services.choosable_agents(ctx.uow()))


def test_record_a_one_on_one_with_action_items(qtbot, ctx, agents) -> None:  # type: ignore[no-untyped-def]
    dialog = SessionDialog(None, [], choices(ctx), TODAY, session_saver(ctx, True), agent_id=agents["李强"])
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "新建辅导记录"
    assert dialog.captions["situation"].text() == "情况"
    dialog.situation.setPlainText("本周接通量下滑")
    dialog.improve.setPlainText("通话结束前复述解决方案")
    dialog.mood.setCurrentIndex(dialog.mood.findData(2))
    row = dialog.add_item_row(None)
    row.text.setText("复听三通低分录音")
    dialog.add_item_row(None)  # left blank: ignored, not an error
    dialog.accept_if_valid()
    qtbot.waitUntil(lambda: dialog.result() == SessionDialog.DialogCode.Accepted)
    (saved,) = services.list_sessions(ctx.uow(), agent_id=agents["李强"])
    assert (saved.session.kind, saved.session.mood, saved.open_items) == (SessionKind.ONE_ON_ONE, 2, 1)
    _, items = services.get_session(ctx.uow(), saved.session.id)
    assert [(i.text, i.owner, i.due_on) for i in items] == [("复听三通低分录音", "本人", TODAY + timedelta(days=7))]

    page = CoachingPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.sessions.model.rowCount() == 1 and page.cadence.model.rowCount() == 2)
    qtbot.waitUntil(lambda: page.action_items.summary.text() != "")
    assert page.action_items.summary.text() == "进行中 1 项 · 已逾期 0 项"
    cadence = {r.agent_name: r.overdue for r in page.cadence.model.rows()}
    assert cadence == {"李强": False, "王婷": True}
    assert "2 名在职坐席中有 1 名" in page.cadence.summary.text()


def test_a_case_review_without_title_is_refused_in_words(qtbot, ctx, agents) -> None:  # type: ignore[no-untyped-def]
    dialog = SessionDialog(None, [], choices(ctx), TODAY, session_saver(ctx, True), agent_id=agents["王婷"],
                           kind=SessionKind.CASE_REVIEW)
    qtbot.addWidget(dialog)
    assert dialog.captions["situation"].text() == "客户真正的需求"
    dialog.situation.setPlainText("客户要确切的到账时间")
    row = dialog.add_item_row(None)
    row.text.setText("整理退款速查表")
    row.due.set_value(TODAY - timedelta(days=3))
    dialog.accept_if_valid()
    qtbot.waitUntil(lambda: dialog.errors["title"].text() != "")
    assert dialog.result() != SessionDialog.DialogCode.Accepted
    assert dialog.situation.toPlainText() == "客户要确切的到账时间" and row.text.text() == "整理退款速查表"  # kept
    assert dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()
    assert dialog.errors["title"].text() == "案例需要一个标题，方便日后查找"
    assert "行动项的截止日期不能早于辅导日期" in dialog.errors["action_items"].text()
    assert services.list_sessions(ctx.uow()) == []


def _case(agent_id: int, title: str, need: str, tags: tuple[str, ...]) -> CoachingSession:
    return CoachingSession(agent_id, SessionKind.CASE_REVIEW, TODAY, title=title, situation=need, tags=tags)


def test_find_a_case_by_a_two_character_chinese_word(qtbot, ctx, agents) -> None:  # type: ignore[no-untyped-def]
    services.add_session(ctx.uow(), _case(agents["王婷"], "退款超时客户投诉升级", "客户要确切的到账时间",
                                          ("投诉", "退款")), [], TODAY)
    services.add_session(ctx.uow(), _case(agents["李强"], "物流延误安抚", "客户担心礼物赶不上", ("物流",)), [], TODAY)
    page = CoachingPage(ctx)
    qtbot.addWidget(page)
    cases = page.cases
    qtbot.waitUntil(lambda: cases.count.text() == "共 2 个案例")
    cases.search.setText("投诉")
    qtbot.waitUntil(lambda: cases.model.rowCount() == 1)
    assert cases.model.row_at(0).session.title == "退款超时客户投诉升级"
    assert cases.highlighted_html().count("background:#ffe58f'>投诉</span>") == 2  # title and topic
    cases.search.setText("礼物赶不上")
    qtbot.waitUntil(lambda: cases.model.rowCount() == 1 and cases.model.row_at(0).session.title == "物流延误安抚")
    cases.search.setText("")
    qtbot.waitUntil(lambda: cases.model.rowCount() == 2)
    cases.tag_filter.setCurrentIndex(cases.tag_filter.findData("物流"))
    qtbot.waitUntil(lambda: [r.session.title for r in cases.model.rows()] == ["物流延误安抚"])
    assert cases.tag_filter.itemText(cases.tag_filter.findData("投诉")) == "投诉（1）"


def test_roster_shows_days_since_last_one_on_one(qtbot, ctx, agents) -> None:  # type: ignore[no-untyped-def]
    services.add_session(ctx.uow(), CoachingSession(agents["王婷"], SessionKind.ONE_ON_ONE, date(2026, 11, 2),
                                                    situation="例行"), [], TODAY)
    services.add_session(ctx.uow(), CoachingSession(agents["李强"], SessionKind.ONE_ON_ONE, date(2026, 11, 20),
                                                    situation="例行"), [ActionItem("复盘", "本人", TODAY)], TODAY)
    page = RosterPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded):  # the rows come through the door
        pass
    model = page.model
    column = model.one_on_one_column
    assert model.headerData(column, Qt.Orientation.Horizontal) == "距上次一对一(天)"
    cells = {model.row_at(r).agent.name: model.index(r, column) for r in range(model.rowCount())}
    qtbot.waitUntil(lambda: cells["王婷"].data() == "21")  # the column arrives from a background query
    assert cells["李强"].data() == "3"
    assert cells["王婷"].data(Qt.ItemDataRole.ForegroundRole) == QColor("#c0392b")
    assert cells["李强"].data(Qt.ItemDataRole.ForegroundRole) is None
    model.sort(column, Qt.SortOrder.DescendingOrder)
    assert model.row_at(0).agent.name == "王婷"


def test_roster_opens_the_profile_and_keeps_double_click_for_edit(qtbot, ctx, agents) -> None:  # type: ignore[no-untyped-def]
    page = RosterPage(ctx)
    qtbot.addWidget(page)
    assert page.profile_button.text() == "查看档案" and not page.profile_button.isEnabled()
    qtbot.waitUntil(lambda: page.model.row_index_of(agents["王婷"]) is not None)  # rows come through the door
    page.select_agent(agents["王婷"])
    with qtbot.waitSignal(page.agent_activated) as signal:
        page.profile_button.click()
    assert signal.args == [agents["王婷"]]


def test_the_cadence_threshold_is_saved_from_settings(qtbot, ctx, agents) -> None:  # type: ignore[no-untyped-def]
    services.add_session(ctx.uow(), CoachingSession(agents["王婷"], SessionKind.ONE_ON_ONE, date(2026, 11, 2),
                                                    situation="例行"), [], TODAY)
    tab = CoachingSettingsTab(ctx)
    qtbot.addWidget(tab)
    ctx.runner.wait()
    qtbot.waitUntil(lambda: tab.cadence.value() == 14)
    assert tab.cadence.suffix() == " 天"
    tab.cadence.setValue(30)
    with qtbot.waitSignal(ctx.door.changed):
        tab.save()
    assert services.cadence_days(ctx.uow()) == 30
    overdue = {r.agent_name: r.overdue for r in services.cadence(ctx.uow(), TODAY)}
    assert overdue["王婷"] is False  # 21 days since her 1:1: late at 14, on time at 30


def test_a_session_recorded_elsewhere_reaches_every_tab(qtbot, ctx, agents) -> None:  # type: ignore[no-untyped-def]
    page = CoachingPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.cadence.model.rowCount() == 2)
    assert page.sessions.model.rowCount() == 0 and page.action_items.model.rowCount() == 0
    session = CoachingSession(agents["王婷"], SessionKind.ONE_ON_ONE, TODAY, situation="例行")
    ctx.door.change(lambda uow: services.add_session(uow, session, [ActionItem("复盘", "本人", TODAY)], TODAY),
                    lambda _: None, touches=Touched.of("coaching", agents=[agents["王婷"]]))  # as the agent page does
    qtbot.waitUntil(lambda: page.sessions.model.rowCount() == 1 and page.action_items.model.rowCount() == 1)
    qtbot.waitUntil(lambda: {r.agent_name: r.overdue for r in page.cadence.model.rows()}["王婷"] is False)


def test_ticking_an_action_item_tells_the_other_pages(qtbot, ctx, agents) -> None:  # type: ignore[no-untyped-def]
    services.add_session(ctx.uow(), CoachingSession(agents["李强"], SessionKind.ONE_ON_ONE, TODAY, situation="例行"),
                         [ActionItem("复盘", "本人", TODAY)], TODAY)
    page = CoachingPage(ctx)
    qtbot.addWidget(page)
    tab = page.action_items
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    tab.table.selectRow(0)
    with qtbot.waitSignal(ctx.door.changed) as notice:
        tab.done_button.click()
    assert notice.args[0].concerns({"coaching"}, agents["李强"])
    assert not notice.args[0].concerns({"coaching"}, agents["王婷"])
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)  # open items only
    assert services.list_action_items(ctx.uow(), open_only=False)[0].item.done_on == TODAY
