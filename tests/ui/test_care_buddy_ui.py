"""伙伴 on the agent page: arrange a buddy from the suggestions, note a check-in, see both on the timeline."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import ui.care.hooks  # noqa: F401  (the 关怀 box and the buddy words, as the window loads them)
from domain.coaching import services as coaching
from domain.coaching.model import CoachingSession, SessionKind
from domain.roster.model import AgentData, Role
from tests.ui.test_care_flow_actions import FAILURES, when_dialog
from ui.agent.page import AgentPage
from ui.care.agent_section import CareSection
from ui.care.buddy_dialog import BuddyCheckInDialog, BuddyDialog

TODAY = date(2026, 11, 23)


def test_arrange_a_buddy_and_check_in_from_the_agent_page(qtbot, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with ctx.uow() as uow:
        new = uow.agents.add(AgentData("KF001", "新人小陈", Role.HOTLINE, "热线一组", date(2026, 11, 2)))
        peer = uow.agents.add(AgentData("KF002", "李强", Role.HOTLINE, "热线一组", date(2025, 2, 1)))
        uow.agents.add(AgentData("KF003", "赵敏", Role.HOTLINE, "热线二组", date(2025, 2, 1)))
        uow.commit()
    coaching.add_session(ctx.uow(), CoachingSession(peer, SessionKind.ONE_ON_ONE, date(2026, 11, 16),
                                                    situation="例行", mood=5), [], TODAY)
    page = AgentPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    section = next(s for s in page.panels if isinstance(s, CareSection))
    with qtbot.waitSignals([page.loaded, section.loaded]):  # the page and its 关怀 box answer through the door
        page.show_agent(new)
    assert section.buddy_text.text() == "无" and section.buddy_button.text() == "安排伙伴…"
    shots: list[str] = []

    def arrange(dialog: BuddyDialog) -> None:
        qtbot.waitUntil(lambda: dialog.buddy.isEnabled())  # the choices come through the door
        assert dialog.buddy.itemText(0) == "★ 李强（情绪 5）" and dialog.buddy.currentData() == peer
        assert dialog.buddy.findText("赵敏（热线二组）") > 0  # anyone else stays choosable, after the line
        dialog.grab().save(str(tmp_path / "buddy_dialog.png"))
        shots.append("ok")
        dialog.note.setText("前两周一起吃午饭")
        dialog._save()

    FAILURES.clear()
    when_dialog(BuddyDialog, arrange)
    qtbot.mouseClick(section.buddy_button, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton)
    assert not FAILURES and shots == ["ok"]
    qtbot.waitUntil(lambda: section.buddy_text.text() == "李强 自 2026-11-23 · 交流 0 次")

    def check_in(dialog: BuddyCheckInDialog) -> None:
        dialog.note.setText("适应得不错")
        dialog._save()

    when_dialog(BuddyCheckInDialog, check_in)
    section.buddy_button.click()
    assert not FAILURES
    qtbot.waitUntil(lambda: section.buddy_text.text().endswith("交流 1 次"))
    qtbot.waitUntil(lambda: not page.ctx.runner._pending, timeout=5_000)  # the page reloads its timeline
    rows = [[page.model.index(r, c).data() for c in range(4)] for r in range(page.model.rowCount())]
    assert ["2026-11-23", "伙伴", "伙伴交流", "4/5 · 适应得不错"] in rows
    assert ["2026-11-23", "伙伴", "安排伙伴", "李强"] in rows
    qtbot.wait(50)
    page.grab().save(str(tmp_path / "agent_buddy.png"))
