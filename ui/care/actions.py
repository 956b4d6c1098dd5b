"""The care form opened from anywhere (the care page, an agent page's "record care" button): asks for the
passphrase first when care is locked, and forgets the typed words if care locks while it is open. Reads and
saves go through the door; the notice ("care", the agent) refreshes the agent page, 本周待办 and this page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from domain.care import services
from domain.care.errors import CareLocked, KeyOutdated
from domain.care.model import CareDetails, CareFacts, CareRow
from domain.errors import NotFound
from domain.roster.rules import FieldError
from domain.roster.services import list_roster
from ui.care.passphrase_dialog import Mode, PassphraseDialog
from ui.care.record_dialog import CareRecordDialog
from ui.care.session import care_session
from ui.context import AppContext
from ui.door import Answer, Touched


def ask_to_unlock(ctx: AppContext, parent: QWidget) -> bool:
    session = care_session(ctx)
    if session.unlocked:
        return True
    dialog = PassphraseDialog(Mode.UNLOCK, lambda current, _new, answer: session.unlock(current, answer), parent)
    return dialog.exec() == QDialog.DialogCode.Accepted and session.unlocked


def open_record_form(ctx: AppContext, parent: QWidget, row: CareRow | None,
                     agent_id: int | None = None) -> int | None:
    """Add (row None, optionally for `agent_id`) or edit a record; the saved record's id, or None."""
    session = care_session(ctx)
    saved: list[int] = []

    def save(facts: CareFacts, details: CareDetails, answer: Answer) -> None:
        key, today = session.key, ctx.today()

        def use_case(uow):  # type: ignore[no-untyped-def]
            if row is None:
                return services.add_record(uow, key, facts, details, today)
            services.update_record(uow, key, row.header.id, facts, details, today)
            return row.header.id

        def answered(errors: list[FieldError]) -> None:
            if errors and errors[0].code in (KeyOutdated.code, CareLocked.code):
                session.lock()  # the key went stale (passphrase changed elsewhere): lock rather than guess
            answer([FieldError("agent_id", e.code) if e.code == NotFound.code else e for e in errors])

        session.touch()
        ctx.door.save(use_case, answered, Touched.of("care", agents=[facts.agent_id, row and row.header.agent_id]),
                      owner=dialog, done=saved.append)

    dialog = CareRecordDialog(row, [], ctx.today(), save, session.touch, parent)
    ctx.door.query(lambda uow: [r.agent for r in list_roster(uow, ctx.today())], dialog.set_agents, owner=dialog)
    if agent_id is not None:
        dialog.preset_agent(agent_id)
    session.locked.connect(dialog.discard)  # locking while the form is open forgets the text
    try:
        dialog.exec()
    finally:
        session.locked.disconnect(dialog.discard)
    return saved[0] if saved else None


def record_care_for_agent(ctx: AppContext, parent: QWidget, agent_id: int) -> bool:
    """The agent page's button: one click, the passphrase if locked, then the form with the agent filled."""
    session = care_session(ctx)
    session.wait_known()
    if not session.has_passphrase():
        QMessageBox.information(parent, QCoreApplication.translate("CareActions", "Care"),
                                QCoreApplication.translate("CareActions", "Set the care passphrase on the Care "
                                                                          "page first."))
        return False
    if not ask_to_unlock(ctx, parent):
        return False
    return open_record_form(ctx, parent, None, agent_id) is not None
