"""员工档案 on a real temp database: facts, a timeline from every registered source (unknown kinds still
show), quick buttons, and opening it from the roster through MainWindow.open_agent."""

from __future__ import annotations

from datetime import date

import pytest

from domain import timeline
from domain.coaching import services
from domain.coaching.model import ActionItem, CoachingSession, SessionKind
from domain.roster.model import AgentData, Role
from domain.timeline import TimelineEvent
from shared.words import event_word
from ui.agent.page import AgentPage

TODAY = date(2026, 11, 23)


@pytest.fixture
def agent_id(ctx) -> int:  # type: ignore[no-untyped-def]
    with ctx.uow() as uow:
        new_id = uow.agents.add(AgentData("KF001", "王婷", Role.HOTLINE, "热线一组", date(2025, 1, 6),
                                          hometown="云南曲靖", out_of_town=True))
        uow.commit()
    services.add_session(ctx.uow(), CoachingSession(new_id, SessionKind.ONE_ON_ONE, date(2026, 11, 2),
                                                    title="谈谈排班", situation="夜班太多"),
                         [ActionItem("调整排班", "主管", date(2026, 11, 9))], TODAY)
    return new_id


@pytest.fixture
def mentoring_source(monkeypatch):  # type: ignore[no-untyped-def]
    """A stand-in for another area's source, with a kind nobody has put into words."""
    def source(uow, agent_id):  # type: ignore[no-untyped-def]
        return [TimelineEvent(date(2026, 10, 1), "mentoring", "unregistered_kind", "进步明显"),
                TimelineEvent(date(2026, 9, 1), "care", "home_visit", "不应显示的细节", sensitive=True)]
    monkeypatch.setattr(timeline, "SOURCES", (*timeline.SOURCES, source))


def test_the_page_shows_facts_coaching_and_every_source(qtbot, ctx, agent_id, mentoring_source) -> None:  # type: ignore[no-untyped-def]
    page = AgentPage(ctx)
    qtbot.addWidget(page)
    assert page.empty_hint.isVisibleTo(page) and not page.content.isVisibleTo(page)
    with qtbot.waitSignal(page.loaded):
        page.show_agent(agent_id)
    assert "王婷" in page.title.text() and not page.empty_hint.isVisibleTo(page)
    facts = {page.facts.itemAt(r, page.facts.ItemRole.LabelRole).widget().text():
             page.facts.itemAt(r, page.facts.ItemRole.FieldRole).widget().text() for r in range(page.facts.rowCount())}
    assert facts["籍贯"] == "云南曲靖（外地）"
    coaching = {page.coaching_facts.itemAt(r, page.coaching_facts.ItemRole.LabelRole).widget().text():
                page.coaching_facts.itemAt(r, page.coaching_facts.ItemRole.FieldRole).widget().text()
                for r in range(page.coaching_facts.rowCount())}
    assert coaching == {"上次一对一": "2026-11-02（21 天前）", "下次一对一": "自 2026-11-16 起逾期",
                        "未完成行动项": "1 项（逾期 1 项）"}
    rows = [[page.model.index(r, c).data() for c in range(4)] for r in range(page.model.rowCount())]
    assert rows == [
        ["2026-11-02", "辅导", "一对一", "谈谈排班"],
        ["2026-10-01", "师徒带教", "师徒带教 · unregistered_kind", "进步明显"],
        ["2026-09-01", "关怀", "关怀：家访", "（受保护：请在员工关怀中查看）"],  # care registers its words
        ["2025-01-06", "花名册", "入职", "热线一组"],
    ]
    assert [b.text() for b in page.buttons][:2] == ["记录一对一", "记录辅导"]


def test_an_unknown_kind_still_shows_as_its_area_and_code(qapp, zh) -> None:  # type: ignore[no-untyped-def]
    assert event_word("mentoring", "ended") == "师徒带教 · ended"
    assert event_word("mentoring", "check_in") == "带教反馈"


def test_roster_view_profile_opens_the_agent_page(qtbot, ctx, agent_id) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    roster = window.roster  # built now, or a few turns of the event loop later in a cold process
    qtbot.waitUntil(lambda: roster.model.row_index_of(agent_id) is not None)
    roster.select_agent(agent_id)
    roster.profile_button.click()
    assert window.stack.currentWidget() is window.pages["agent"]
    assert window.pages["agent"].agent_id == agent_id
    assert window.nav.currentItem().text() == "员工档案"


def facts_of(form) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {form.itemAt(r, form.ItemRole.LabelRole).widget().text():
            form.itemAt(r, form.ItemRole.FieldRole).widget().text() for r in range(form.rowCount())}


def test_a_change_made_elsewhere_refreshes_the_page(qtbot, ctx, agent_id) -> None:  # type: ignore[no-untyped-def]
    """No stale facts: an edit on another page (through the door) shows here without reopening the agent."""
    from dataclasses import replace

    from domain.roster import services as roster
    from ui.door import Touched

    page = AgentPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded):
        page.show_agent(agent_id)
    moved = replace(roster.get_agent(ctx.uow(), agent_id), team="在线组", hometown="四川绵阳")
    ctx.door.change(lambda uow: roster.update_agent(uow, moved, TODAY), lambda _r: None,
                    touches=Touched.of("agents", agents=[agent_id]))
    qtbot.waitUntil(lambda: "在线组" in page.title.text())
    assert facts_of(page.facts)["籍贯"] == "四川绵阳（外地）"
    assert page.picker.currentData() == agent_id

    session = CoachingSession(agent_id, SessionKind.ONE_ON_ONE, date(2026, 11, 20), title="复盘")
    ctx.door.change(lambda uow: services.add_session(uow, session, [], TODAY), lambda _r: None,
                    touches=Touched.of("coaching", agents=[agent_id]))
    qtbot.waitUntil(lambda: facts_of(page.coaching_facts)["上次一对一"] == "2026-11-20（3 天前）")
    assert [page.model.index(r, 3).data() for r in range(2)] == ["热线一组 → 在线组", "复盘"]  # newest first


def test_a_change_to_another_agent_leaves_the_page_alone(qtbot, ctx, agent_id) -> None:  # type: ignore[no-untyped-def]
    from ui.door import Touched

    page = AgentPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded):
        page.show_agent(agent_id)
    with qtbot.assertNotEmitted(page.loaded, wait=100):
        ctx.door.changed.emit(Touched.of("coaching", agents=[agent_id + 1]))


def test_the_picker_lists_every_agent_with_its_id(qtbot, ctx, agent_id) -> None:  # type: ignore[no-untyped-def]
    from domain.roster.model import Status

    with ctx.uow() as uow:
        left_id = uow.agents.add(AgentData("KF002", "李强", Role.HOTLINE, "热线一组", date(2024, 3, 1),
                                           status=Status.LEFT, leave_date=date(2026, 5, 31)))
        uow.commit()
    page = AgentPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.picker.count() == 2)
    texts = {page.picker.itemData(i): page.picker.itemText(i) for i in range(page.picker.count())}
    assert texts == {agent_id: "王婷（KF001）", left_id: "李强（KF002） · 已离职"}
    with qtbot.waitSignal(page.loaded):
        page.show_agent(left_id)
    assert page.picker.currentData() == left_id and page.picker.currentText() == "李强（KF002） · 已离职"
