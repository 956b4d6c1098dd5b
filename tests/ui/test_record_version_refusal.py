"""Issue 23: a coaching session saved by another supervisor while this one had it open. Saving is refused
in words naming who and when; the dialog stays open with what was typed (the same path serves care records,
pairings and candidates: their dialogs carry the version they read)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from domain.coaching import services
from domain.coaching.model import CoachingSession, SessionKind
from domain.roster import services as roster
from domain.roster.model import AgentData, Role
from ui.coaching.actions import agent_choices, session_saver
from ui.coaching.session_dialog import SessionDialog

TODAY = date(2026, 11, 23)


def test_a_stale_session_is_refused_and_the_dialog_keeps_the_typing(qtbot, ctx, monkeypatch) -> None:
    agent_id = roster.add_agent(ctx.uow(), AgentData("KF001", "王婷", Role.HOTLINE, "热线一组", date(2025, 1, 1)),
                                TODAY).agent_id
    session_id = services.add_session(
        ctx.uow(), CoachingSession(agent_id, SessionKind.ONE_ON_ONE, TODAY, situation="谈了排班"), [], TODAY)
    form = services.session_form(ctx.uow(), session_id)
    dialog = SessionDialog(form.session, form.items, agent_choices(form.agents), TODAY,
                           session_saver(ctx, False, agent_id))
    qtbot.addWidget(dialog)
    dialog.show()
    monkeypatch.setenv("DESK_USER", "李主管")  # another supervisor saves the same session first
    theirs, items = services.get_session(ctx.uow(), session_id)
    services.update_session(ctx.uow(), replace(theirs, strengths="耐心"), items, TODAY)
    monkeypatch.setenv("DESK_USER", "张主管")
    dialog.improve.setPlainText("语速放慢，复述客户诉求")
    dialog.accept_if_valid()
    qtbot.waitUntil(lambda: "已被 李主管 于 " in dialog.errors["situation"].text())
    assert dialog.isVisible() and dialog.improve.toPlainText() == "语速放慢，复述客户诉求"
    now, _ = services.get_session(ctx.uow(), session_id)
    assert (now.strengths, now.improve) == ("耐心", "")  # their edit stands, ours did not land
    dialog.reject()
