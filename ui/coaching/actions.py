"""Open the session dialog from anywhere (the coaching page, the agent page, 本周待办) and save through
the services; returns True when something was saved."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from domain.coaching import services
from domain.coaching.model import ActionItem, CoachingSession, SessionKind, SessionRow
from domain.errors import DomainError, ValidationFailed
from domain.roster import services as roster_services
from domain.roster.model import Status
from domain.roster.rules import FieldError
from ui.coaching.labels import captions, kind_word, mood_word
from ui.coaching.session_dialog import SessionDialog
from ui.context import AppContext
from ui.messages import describe


def agent_choices(ctx: AppContext, include: int | None = None) -> list[tuple[int, str]]:
    """Active agents (plus `include`, e.g. someone who has left but whose session is being edited)."""
    rows = roster_services.list_roster(ctx.uow(), ctx.today())
    return [(r.agent.id, f"{r.agent.name}（{r.agent.employee_no} · {r.agent.team}）") for r in rows
            if r.agent.id is not None and (r.agent.status is Status.ACTIVE or r.agent.id == include)]


def session_saver(ctx: AppContext, adding: bool):  # type: ignore[no-untyped-def]
    def save(session: CoachingSession, items: list[ActionItem]) -> list[FieldError]:
        try:
            if adding:
                services.add_session(ctx.uow(), session, items, ctx.today())
            else:
                services.update_session(ctx.uow(), session, items, ctx.today())
        except ValidationFailed as exc:
            return exc.errors
        return []
    return save


def new_session(ctx: AppContext, parent: QWidget, agent_id: int | None = None,
                kind: SessionKind = SessionKind.ONE_ON_ONE) -> bool:
    dialog = SessionDialog(None, [], agent_choices(ctx, agent_id), ctx.today(), session_saver(ctx, True), parent,
                           agent_id=agent_id, kind=kind)
    return bool(dialog.exec())


def edit_session(ctx: AppContext, parent: QWidget, session_id: int) -> bool:
    try:
        session, items = services.get_session(ctx.uow(), session_id)
    except DomainError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("CoachingActions", "Could not open"),
                            describe(exc.code))
        return False
    dialog = SessionDialog(session, items, agent_choices(ctx, session.agent_id), ctx.today(), session_saver(ctx, False),
                           parent)
    return bool(dialog.exec())


def session_html(row: SessionRow, items: list[ActionItem], today_iso: str) -> str:
    """The whole session as read-only text for a detail pane (every user string escaped)."""
    s = row.session
    parts = [f"<h3>{escape(kind_word(s.kind))} · {escape(row.agent_name)} · {s.held_on.isoformat()}</h3>"]
    if s.title:
        parts.append(f"<p><b>{escape(s.title)}</b></p>")
    if s.tags:
        parts.append("<p>" + " ".join(f"<span style='background:#eef3fb;color:#2c5aa0'>&nbsp;{escape(t)}&nbsp;</span>"
                                      for t in s.tags) + "</p>")
    situation, strengths, improve = captions(s.kind)
    for caption, text in ((situation, s.situation), (strengths, s.strengths), (improve, s.improve),
                          (QCoreApplication.translate("CoachingActions", "Agent's own view"), s.agent_view)):
        if text:
            parts.append(f"<p><b>{escape(caption)}</b><br>{escape(text).replace(chr(10), '<br>')}</p>")
    if s.mood:
        mood = QCoreApplication.translate("CoachingActions", "Mood")
        parts.append(f"<p><b>{escape(mood)}</b>：{escape(mood_word(s.mood))}</p>")
    if items:
        heading = QCoreApplication.translate("CoachingActions", "Action items")
        parts.append(f"<p><b>{escape(heading)}</b></p><ul>")
        for item in items:
            due = QCoreApplication.translate("CoachingActions", "due %1").replace("%1", item.due_on.isoformat())
            if item.done_on:
                state = QCoreApplication.translate("CoachingActions", "done %1").replace("%1", item.done_on.isoformat())
                style = "color:#888"
            elif item.due_on.isoformat() < today_iso:
                state, style = QCoreApplication.translate("CoachingActions", "overdue"), "color:#c0392b"
            else:
                state, style = QCoreApplication.translate("CoachingActions", "open"), ""
            parts.append(f"<li style='{style}'>{escape(item.text)}（{escape(item.owner)}，{due}，{state}）</li>")
        parts.append("</ul>")
    return "".join(parts)
