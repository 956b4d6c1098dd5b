"""特殊时期 on the agent page: set behind the care lock, shown only while unlocked, reminded on 本周待办."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

import ui.care.hooks  # noqa: F401  (the 关怀 box and the words)
from domain.care import services
from domain.care.life_stage import LifeStage
from domain.roster.model import AgentData, Role
from tests.ui.test_care_flow_actions import FAILURES, PASS, when_dialog
from ui.agent.page import AgentPage
from ui.care.agent_section import CareSection
from ui.care.life_stage_dialog import LifeStageDialog
from ui.care.passphrase_dialog import PassphraseDialog
from ui.care.session import care_session
from ui.this_week.page import ThisWeekPage


def test_life_stage_flags_from_the_agent_page(qtbot, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with ctx.uow() as uow:
        agent = uow.agents.add(AgentData("KF001", "王婷", Role.HOTLINE, "热线一组", date(2025, 1, 6)))
        uow.commit()
    services.set_passphrase(ctx.uow(), PASS)
    page = AgentPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 860)
    page.show()
    section = next(s for s in page.panels if isinstance(s, CareSection))
    with qtbot.waitSignals([page.loaded, section.loaded]):  # the page and its 关怀 box answer through the door
        page.show_agent(agent)
    assert section.stage_text.text() == "无"

    def unlock(dialog: PassphraseDialog) -> None:
        dialog.current.setText(PASS)
        when_dialog(LifeStageDialog, flags)
        qtbot.keyClick(dialog.current, Qt.Key.Key_Return)

    def flags(dialog: LifeStageDialog) -> None:
        qtbot.waitUntil(lambda: dialog.note.isEnabled())  # what is set now comes through the door first
        dialog.checks[LifeStage.PREGNANT].setChecked(True)
        dialog.since.set_value(date(2026, 9, 1))
        dialog.review_on.set_value(date(2026, 11, 27))
        dialog.note.setText("孕二十周起只排白班")
        dialog.grab().save(str(tmp_path / "life_stage_dialog.png"))
        dialog._save()

    FAILURES.clear()
    when_dialog(PassphraseDialog, unlock)
    section.stage_button.click()
    assert not FAILURES, FAILURES
    qtbot.waitUntil(lambda: section.stage_text.text() == "孕期 · 复核排班：2026-11-27")
    qtbot.wait(50)
    page.grab().save(str(tmp_path / "agent_life_stage.png"))
    care_session(ctx).lock()
    with qtbot.waitSignals([page.loaded, section.loaded]):
        page.show_agent(agent)
    assert section.stage_text.text() == "已设置（解锁关怀后可见） · 复核排班：2026-11-27"
    todo = ThisWeekPage(ctx)
    qtbot.addWidget(todo)
    qtbot.waitUntil(lambda: todo.model.rowCount() > 0, timeout=5_000)  # 本周待办 answers through the door
    rows = [[todo.model.index(r, c).data() for c in range(6)] for r in range(todo.model.rowCount())]
    assert ["2026-11-27", "周五", "提醒", "复核排班（特殊时期）", "王婷", ""] in rows


def test_link_an_earlier_employment_from_the_agent_page(qtbot, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from domain.roster import services as roster
    from domain.roster.model import LeaveReason
    from ui.care.rehire_dialog import RehireDialog

    today = date(2026, 11, 23)
    first = roster.add_agent(ctx.uow(), AgentData("KF001", "王婷", Role.HOTLINE, "热线一组", date(2024, 3, 1)),
                             today).agent_id
    roster.mark_left(ctx.uow(), first, date(2025, 12, 31), LeaveReason.STUDY, True, today)
    back = roster.add_agent(ctx.uow(), AgentData("KF101", "王婷", Role.HOTLINE, "热线一组", date(2026, 11, 2)),
                            today).agent_id
    page = AgentPage(ctx)
    qtbot.addWidget(page)
    page.show()
    section = next(s for s in page.panels if isinstance(s, CareSection))
    with qtbot.waitSignals([page.loaded, section.loaded]):  # the page and its 关怀 box answer through the door
        page.show_agent(back)
    assert section.periods_text.text() == "一段任职" and section.rehire_button.isVisibleTo(page)

    def link(dialog: RehireDialog) -> None:
        qtbot.waitUntil(lambda: dialog.earlier.count() > 0)  # the choices come through the door
        assert dialog.earlier.itemText(0) == "王婷（KF001）· 2024-03-01 至 2025-12-31"
        dialog.grab().save(str(tmp_path / "rehire_dialog.png"))
        dialog._save()

    FAILURES.clear()
    when_dialog(RehireDialog, link)
    section.rehire_button.click()
    assert not FAILURES, FAILURES
    qtbot.waitUntil(lambda: section.periods_text.text() == "2 段任职 · 连续工龄 691 天（专家）")
    assert not section.rehire_button.isVisibleTo(page)
