"""Recognition on the agent page: an award and a customer's praise, in the 关怀 box and on the timeline;
the HQ report's monthly counts from the same data."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import ui.care.hooks  # noqa: F401  (the 关怀 box and the words)
from domain.care.recognition import AwardKind, monthly_recognition
from domain.roster.model import AgentData, Role
from tests.ui.test_care_flow_actions import FAILURES, when_dialog
from ui.agent.page import AgentPage
from ui.care.agent_section import CareSection
from ui.care.recognition_dialog import AwardDialog, PraiseDialog

TODAY = date(2026, 11, 23)


def test_award_and_praise_from_the_agent_page(qtbot, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with ctx.uow() as uow:
        agent = uow.agents.add(AgentData("KF001", "王婷", Role.HOTLINE, "热线一组", date(2025, 1, 6)))
        uow.commit()
    page = AgentPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    section = next(s for s in page.panels if isinstance(s, CareSection))
    with qtbot.waitSignals([page.loaded, section.loaded]):  # the page and its 关怀 box answer through the door
        page.show_agent(agent)
    assert section.recognition_text.text() == "近 12 个月：表彰 0 次 · 表扬 0 次"

    def own_award(dialog: AwardDialog) -> None:
        dialog.kind.button_for(AwardKind.CUSTOM.value).click()
        assert dialog.custom_name.isEnabled()
        dialog._save()
        qtbot.waitUntil(lambda: dialog.error.text() == "此项必填")  # the service's refusal, through the door
        assert dialog.isVisible()  # an own award needs its name
        dialog.custom_name.setCurrentText("暖心之星")
        dialog.note.setPlainText("主动安抚独居老人来电")
        dialog.grab().save(str(tmp_path / "award_dialog.png"))
        dialog._save()

    def praise(dialog: PraiseDialog) -> None:
        dialog.channel.setCurrentIndex(2)  # 表扬信
        dialog.words.setPlainText("王婷耐心帮我办完了挂失，非常感谢！")
        dialog._save()

    FAILURES.clear()
    when_dialog(AwardDialog, own_award)
    section.award_button.click()
    when_dialog(PraiseDialog, praise)
    section.praise_button.click()
    assert not FAILURES, FAILURES
    qtbot.waitUntil(lambda: section.recognition_text.text()
                    == "近 12 个月：表彰 1 次 · 表扬 1 次\n最近：暖心之星（2026-11-23）")
    qtbot.waitUntil(lambda: not page.ctx.runner._pending, timeout=5_000)  # the page reloads its timeline
    rows = [[page.model.index(r, c).data() for c in range(4)] for r in range(page.model.rowCount())]
    assert ["2026-11-23", "认可", "表彰", "暖心之星 · 主动安抚独居老人来电"] in rows
    assert ["2026-11-23", "认可", "客户表扬（表扬信）", "王婷耐心帮我办完了挂失，非常感谢！"] in rows
    qtbot.wait(50)
    page.grab().save(str(tmp_path / "agent_recognition.png"))
    november = monthly_recognition(ctx.uow(), date(2026, 11, 1), TODAY)
    assert [(m.month, m.awards, m.praises) for m in november] == [("2026-11", 1, 1)]
