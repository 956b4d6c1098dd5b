"""The care form opened from anywhere (the care page, an agent page's "record care" button): asks for the
passphrase first when care is locked, and forgets the typed words if care locks while it is open."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from domain.care import services
from domain.care.model import CareDetails, CareFacts, CareRow
from domain.errors import DomainError, NotFound, ValidationFailed
from domain.roster.rules import FieldError
from domain.roster.services import list_roster
from ui.care.passphrase_dialog import Mode, PassphraseDialog
from ui.care.record_dialog import CareRecordDialog
from ui.care.session import care_session
from ui.context import AppContext


def ask_to_unlock(ctx: AppContext, parent: QWidget) -> bool:
    session = care_session(ctx)
    if session.unlocked:
        return True
    dialog = PassphraseDialog(Mode.UNLOCK, lambda current, _new: session.unlock(current), parent)
    return dialog.exec() == QDialog.DialogCode.Accepted and session.unlocked


def open_record_form(ctx: AppContext, parent: QWidget, row: CareRow | None,
                     agent_id: int | None = None) -> int | None:
    """Add (row None, optionally for `agent_id`) or edit a record; the saved record's id, or None."""
    session = care_session(ctx)
    agents = [r.agent for r in list_roster(ctx.uow(), ctx.today())]
    saved: list[int] = []

    def save(facts: CareFacts, details: CareDetails) -> list[FieldError]:
        try:
            if row is None:
                saved.append(services.add_record(ctx.uow(), session.key, facts, details, ctx.today()))
            else:
                services.update_record(ctx.uow(), session.key, row.header.id, facts, details, ctx.today())
                saved.append(row.header.id)
        except ValidationFailed as exc:
            return exc.errors
        except DomainError as exc:
            return [FieldError("agent_id" if isinstance(exc, NotFound) else "what_happened", exc.code)]
        return []

    dialog = CareRecordDialog(row, agents, ctx.today(), save, session.touch, parent)
    if agent_id is not None:
        dialog.preset_agent(agent_id)
    session.changed.connect(dialog.discard)  # locking while the form is open forgets the text
    try:
        dialog.exec()
    finally:
        session.changed.disconnect(dialog.discard)
    return saved[0] if saved else None


def record_care_for_agent(ctx: AppContext, parent: QWidget, agent_id: int) -> bool:
    """The agent page's button: one click, the passphrase if locked, then the form with the agent filled."""
    if not care_session(ctx).has_passphrase():
        QMessageBox.information(parent, QCoreApplication.translate("CareActions", "Care"),
                                QCoreApplication.translate("CareActions", "Set the care passphrase on the Care "
                                                                          "page first."))
        return False
    if not ask_to_unlock(ctx, parent):
        return False
    return open_record_form(ctx, parent, None, agent_id) is not None
