"""The scheme editor by role × tenure stage: whom each scheme scores this month, and a stage's own scheme
saved from the role's (issue 21, item 2)."""

from __future__ import annotations

from datetime import date

from domain.roster import services as roster
from domain.roster.model import AgentData, Role, TenureStage
from ui.performance.scheme_editor import SchemeEditor

TODAY = date(2026, 11, 23)


def test_a_stage_gets_its_own_scheme_and_takes_its_agents(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    for no, name, hired in (("KF001", "王婷", date(2026, 10, 8)), ("KF002", "李强", date(2024, 3, 1))):
        roster.add_agent(ctx.uow(), AgentData(no, name, Role.HOTLINE, "热线一组", hired), TODAY)
    editor = SchemeEditor(ctx)
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.loaded, timeout=10_000):
        pass
    assert "2" in editor.applies.text() and "王婷、李强" in editor.applies.text()
    editor.stage.setCurrentIndex(editor.stage.findData(TenureStage.NEW.value))
    assert "热线" in editor.role.currentText() and "没有" in editor.version.text()
    assert editor.changed() == []  # showing the role's scheme for a stage changes nothing
    csat = next(r for r in editor.rows if r.metric.value == "csat")
    handled = next(r for r in editor.rows if r.metric.value == "handled")
    csat.weight.setValue(40)
    handled.weight.setValue(20)
    with qtbot.waitSignal(editor.schemes_saved, timeout=10_000) as saving:
        editor.save()
    [saved] = saving.args[0]
    assert (saved.role, saved.stage, saved.version) == (Role.HOTLINE, TenureStage.NEW, 2)
    qtbot.waitUntil(lambda: "王婷" in editor.applies.text(), timeout=10_000)
    assert "李强" not in editor.applies.text()
    editor.stage.setCurrentIndex(0)
    qtbot.waitUntil(lambda: "李强" in editor.applies.text(), timeout=10_000)
    assert "王婷" not in editor.applies.text()
