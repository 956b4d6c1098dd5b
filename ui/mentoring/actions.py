"""Entry points other pages use: the agent page's "mentor check-in" button."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QMessageBox, QWidget

from domain.mentoring import services
from domain.mentoring.model import PairingStatus
from domain.mentoring.services import PairingRow
from ui.context import AppContext
from ui.door import show_failure
from ui.mentoring.dialogs import CheckInDialog


def check_in_for_agent(ctx: AppContext, parent: QWidget, agent_id: int) -> bool:
    """Check in on the agent's current pairing as apprentice (or, for a mentor with one apprentice, theirs).
    A quick action answers synchronously whether it saved, so the pairings are read through the door while a
    local event loop keeps the window painting — as a modal dialog's exec() does."""
    answer: list[list[PairingRow]] = []
    loop = QEventLoop()

    def failed(exc: BaseException, trace: str) -> None:
        loop.quit()
        show_failure(exc, trace)

    ctx.door.query(services.list_pairings, lambda rows: (answer.append(rows), loop.quit()), failed=failed)
    loop.exec()
    if not answer:
        return False
    active = [r for r in answer[0] if r.pairing.status is PairingStatus.ACTIVE]
    mine = [r for r in active if r.apprentice.id == agent_id] or [r for r in active if r.mentor.id == agent_id]
    if len(mine) != 1:
        text = (QCoreApplication.translate("MentoringActions", "This agent is in no active mentoring pairing.")
                if not mine else
                QCoreApplication.translate("MentoringActions", "This mentor has several apprentices; check in from "
                                           "the Mentoring page."))
        QMessageBox.information(parent, QCoreApplication.translate("MentoringActions", "Mentor check-in"), text)
        return False
    return bool(CheckInDialog(ctx, mine[0], parent).exec())
