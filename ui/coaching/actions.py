"""Open the session dialog from anywhere (the coaching page, the agent page, 本周待办); it saves through the
door, and the notice ("coaching", the agents) refreshes every page that shows sessions."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from domain.coaching import services
from domain.coaching.model import ActionItem, CoachingSession, SessionKind, SessionRow
from domain.coaching.services import SessionForm
from domain.errors import DomainError
from domain.roster.model import AgentData, Status
from domain.roster.rules import FieldError
from shared.messages import describe
from shared.words import label
from ui.coaching.labels import captions, mood_word
from ui.coaching.session_dialog import SessionDialog
from ui.context import AppContext
from ui.door import Touched, show_failure

OnResult = Callable[[list[FieldError] | None], None]


def agent_choices(agents: list[AgentData]) -> list[tuple[int, str]]:
    """The dialog's agent list in words; a left agent only appears when the session being edited is theirs."""
    left = QCoreApplication.translate("CoachingActions", "left")
    return [(a.id, f"{a.name}（{a.employee_no} · {a.team}）" + ("" if a.status is Status.ACTIVE else f" · {left}"))
            for a in agents if a.id is not None]


def session_saver(ctx: AppContext, adding: bool, original_agent: int | None = None):  # type: ignore[no-untyped-def]
    """The dialog's `save(session, items, on_result)`: the change runs through `ctx.door.save`; `on_result` gets
    the field errors, or [] once saved; a refusal on no field carries its sentence."""
    def save(session: CoachingSession, items: list[ActionItem], on_result: OnResult) -> None:
        today = ctx.today()

        def use_case(uow):  # type: ignore[no-untyped-def]
            if adding:
                return services.add_session(uow, session, items, today)
            return services.update_session(uow, session, items, today)

        owner = getattr(on_result, "__self__", None)
        ctx.door.save(use_case, on_result, Touched.of("coaching", agents=[session.agent_id, original_agent]),
                      owner=owner if isinstance(owner, QObject) else None)
    return save


def new_session(ctx: AppContext, parent: QWidget, agent_id: int | None = None,
                kind: SessionKind = SessionKind.ONE_ON_ONE) -> bool:
    """Modal, so callers elsewhere keep their `if new_session(...)`; the agent list arrives from the door
    while the dialog is already open (the chosen agent is known up front, so typing can start at once)."""
    dialog = SessionDialog(None, [], [], ctx.today(), session_saver(ctx, True), parent, agent_id=agent_id, kind=kind)
    ctx.door.query(lambda uow: agent_choices(services.choosable_agents(uow, agent_id)),  # words on the worker
                   dialog.set_agents, owner=dialog)
    return bool(dialog.exec())


def edit_session(ctx: AppContext, parent: QWidget, session_id: int) -> None:
    """Reads the session, then opens the dialog window-modal; the door's notice refreshes the pages."""
    def show(form: SessionForm) -> None:
        dialog = SessionDialog(form.session, form.items, agent_choices(form.agents), ctx.today(),
                               session_saver(ctx, False, form.session.agent_id), parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def failed(exc: BaseException, trace: str) -> None:
        if not isinstance(exc, DomainError):
            show_failure(exc, trace)
            return
        QMessageBox.warning(parent, QCoreApplication.translate("CoachingActions", "Could not open"),
                            describe(exc.code))

    ctx.door.query(lambda uow: services.session_form(uow, session_id), show, failed=failed, owner=parent)


def session_html(row: SessionRow, items: list[ActionItem], today_iso: str) -> str:
    """The whole session as read-only text for a detail pane (every user string escaped)."""
    s = row.session
    parts = [f"<h3>{escape(label(s.kind))} · {escape(row.agent_name)} · {s.held_on.isoformat()}</h3>"]
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
            target = ""
            if item.kpi_metric:
                from shared.performance_figures import metric_code_word
                target = f"，{escape(metric_code_word(item.kpi_metric))}"
            who = f"{escape(item.owner)}{target}"
            parts.append(f"<li style='{style}'>{escape(item.text)}（{who}，{due}，{state}）</li>")
        parts.append("</ul>")
    return "".join(parts)
