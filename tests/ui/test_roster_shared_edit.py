"""Issue 23: on a shared database another supervisor saved the agent while this one had the edit form
open. Saving is refused in words naming who and when, and the form stays open with what was typed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from domain.roster import services
from domain.roster.model import AgentData, Role
from persistence.database import open_database
from ui.roster.agent_dialog import AgentDialog
from ui.roster.page import RosterPage

TODAY = date(2026, 11, 23)


def test_a_save_over_someone_elses_edit_is_refused_and_the_form_keeps_the_typing(qtbot, ctx, monkeypatch) -> None:
    agent_id = services.add_agent(ctx.uow(), AgentData("KF001", "王婷", Role.HOTLINE, "热线一组", date(2025, 1, 1)),
                                  TODAY).agent_id
    page = RosterPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded):
        pass
    page.table.selectRow(0)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: told.append(text))
    seen: dict[str, object] = {}

    def edit(dialog: AgentDialog) -> None:
        other = open_database(ctx.db.path)  # another supervisor's app saves first
        try:
            monkeypatch.setenv("DESK_USER", "李主管")
            with other.uow() as uow:
                theirs = uow.agents.get(agent_id)
            services.update_agent(other.uow(), replace(theirs, phone="13900000000"), TODAY)
        finally:
            other.close()
        monkeypatch.setenv("DESK_USER", "张主管")
        dialog.team.setText("热线三组")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

        def after() -> None:
            if not dialog.isVisible():  # it saved and closed: the refusal never came
                return
            if not told:
                QTimer.singleShot(20, after)
                return
            seen.update(open=dialog.isVisible(), team=dialog.team.text())
            dialog.reject()
        QTimer.singleShot(0, after)

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, AgentDialog):
            QTimer.singleShot(20, act)
            return
        edit(dialog)
    QTimer.singleShot(0, act)
    page.edit_selected()
    assert seen == {"open": True, "team": "热线三组"}
    assert told and "已被 李主管 于 " in told[0] and "修改" in told[0]
    with ctx.uow() as uow:
        now = uow.agents.get(agent_id)
    assert (now.team, now.phone) == ("热线一组", "13900000000")  # their edit stands, ours did not land
