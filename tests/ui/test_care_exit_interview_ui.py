"""The leave dialog records a structured exit interview with the leave; the agent timeline shows it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

import ui.care.hooks  # noqa: F401  (the timeline words)
from domain.care.exit_interview import Answer, Destination, interviews_of, leavers_summary
from domain.roster import services as roster
from domain.roster.model import AgentData, LeaveReason, Role, Status
from domain.timeline import agent_timeline
from ui.roster.leave_dialog import LeaveDialog

TODAY = date(2026, 11, 23)


def test_leaving_with_an_exit_interview(qtbot, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    agent_id = roster.add_agent(ctx.uow(), AgentData("KF001", "王婷", Role.HOTLINE, "热线一组", date(2024, 1, 8)),
                                TODAY).agent_id
    agent = roster.get_agent(ctx.uow(), agent_id)

    def save(day: date, reason: LeaveReason, voluntary: bool, answer) -> None:  # type: ignore[no-untyped-def]
        roster.mark_left(ctx.uow(), agent_id, day, reason, voluntary, TODAY)
        answer([])

    dialog = LeaveDialog(agent, TODAY, save, None, ctx=ctx)
    qtbot.addWidget(dialog)
    dialog.reason.setCurrentIndex(dialog.reason.findData(LeaveReason.CAREER.value))
    box = dialog.interview
    assert box is not None and box.isChecked()
    box.own_words.setPlainText("想去做培训师，这里暂时没有机会")
    box.destination.setCurrentIndex(box.destination.findData(Destination.SAME_INDUSTRY.value))
    box.destination_note.setText("某银行信用卡中心")
    box.would_rehire.setCurrentIndex(box.would_rehire.findData(Answer.YES.value))
    dialog.grab().save(str(tmp_path / "leave_dialog.png"))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert roster.get_agent(ctx.uow(), agent_id).status is Status.LEFT
    qtbot.waitUntil(lambda: bool(interviews_of(ctx.uow(), agent_id)), timeout=5_000)  # queued behind the leave
    [saved] = interviews_of(ctx.uow(), agent_id)
    assert (saved.reason, saved.destination, saved.destination_note, saved.would_rehire, saved.would_return) == (
        LeaveReason.CAREER, Destination.SAME_INDUSTRY, "某银行信用卡中心", Answer.YES, Answer.MAYBE)
    events = {(e.area, e.kind, e.summary) for e in agent_timeline(ctx.uow(), agent_id)}
    assert ("exit", "exit_interview_same_industry", "想去做培训师，这里暂时没有机会") in events
    summary = leavers_summary(ctx.uow(), date(2026, 11, 1), TODAY)
    assert (summary.interviews, summary.would_rehire, summary.by_destination) == (1, 1, (("same_industry", 1),))


def test_the_interview_can_be_left_out(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    agent_id = roster.add_agent(ctx.uow(), AgentData("KF001", "王婷", Role.HOTLINE, "热线一组", date(2024, 1, 8)),
                                TODAY).agent_id
    agent = roster.get_agent(ctx.uow(), agent_id)

    def save(day: date, reason: LeaveReason, voluntary: bool, answer) -> None:  # type: ignore[no-untyped-def]
        roster.mark_left(ctx.uow(), agent_id, day, reason, voluntary, TODAY)
        answer([])

    dialog = LeaveDialog(agent, TODAY, save, None, ctx=ctx)
    qtbot.addWidget(dialog)
    dialog.reason.setCurrentIndex(1)
    dialog.interview.setChecked(False)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert roster.get_agent(ctx.uow(), agent_id).status is Status.LEFT and interviews_of(ctx.uow(), agent_id) == []
