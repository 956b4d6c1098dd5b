"""Entry points other pages use: the agent page's "mentor check-in" button."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from domain.mentoring import services
from domain.mentoring.model import PairingStatus
from ui.context import AppContext
from ui.mentoring.dialogs import CheckInDialog


def check_in_for_agent(ctx: AppContext, parent: QWidget, agent_id: int) -> bool:
    """Check in on the agent's current pairing as apprentice (or, for a mentor with one apprentice, theirs)."""
    active = [r for r in services.list_pairings(ctx.uow()) if r.pairing.status is PairingStatus.ACTIVE]
    mine = [r for r in active if r.apprentice.id == agent_id] or [r for r in active if r.mentor.id == agent_id]
    if len(mine) != 1:
        text = (QCoreApplication.translate("MentoringActions", "This agent is in no active mentoring pairing.")
                if not mine else
                QCoreApplication.translate("MentoringActions", "This mentor has several apprentices; check in from "
                                           "the Mentoring page."))
        QMessageBox.information(parent, QCoreApplication.translate("MentoringActions", "Mentor check-in"), text)
        return False
    return bool(CheckInDialog(ctx, mine[0], parent).exec())
