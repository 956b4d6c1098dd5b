"""Undo/redo for roster edits. The action is done before the command is pushed; redo() skips
that first call, then replays through the same services — on the door, like every other change. The domain
refuses an undo or redo whose fields were changed since (ChangedSince); the refusal is told in words and the
command leaves the stack, so a later edit made elsewhere is never reversed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from domain.errors import ChangedSince, DomainError
from domain.roster import services
from domain.roster.model import ChangeReceipt
from shared.messages import describe
from ui.door import Door, Touched, show_failure

if TYPE_CHECKING:  # the ports name every area: not loaded before the roster's first query
    from domain.ports import UnitOfWork


# The roster table's own column titles name the fields a refusal lists.
FIELD_TITLES = {
    "employee_no": "Employee no.", "name": "Name", "gender": "Gender", "birth_date": "Generation",
    "phone": "Phone", "hometown": "Hometown", "out_of_town": "Hometown", "role": "Role", "team": "Team",
    "hire_date": "Hire date", "cert_level": "Certification", "career_track": "Career track", "status": "Status",
    "leave_date": "Leave date", "leave_reason": "Leave reason", "leave_reason_text": "Leave reason",
    "leave_voluntary": "Voluntary", "notes": "Notes",
}


def refusal_text(exc: DomainError) -> str:
    """The refusal in words; for ChangedSince, which of the agent's facts moved since."""
    text = describe(exc.code)
    if isinstance(exc, ChangedSince) and exc.fields:
        names = dict.fromkeys(QCoreApplication.translate("RosterTableModel", FIELD_TITLES.get(f, f))
                              for f in exc.fields)
        text += "\n" + QCoreApplication.translate("RosterCommand", "Changed since: %1").replace(
            "%1", QCoreApplication.translate("RosterCommand", ", ").join(names))
    return text


class RosterCommand(QUndoCommand):
    def __init__(self, text: str, door: Door, receipt: ChangeReceipt, today: date,
                 on_error: Callable[[DomainError], None]):
        super().__init__(text)
        self._door, self._receipt, self._today = door, receipt, today
        self._on_error = on_error
        self._first = True
        self._refused = False

    def _touches(self) -> Touched:
        return Touched.of("agents", agents=[self._receipt.agent_id])

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        if self._refused:  # the stack drops an obsolete command when it next calls it
            return

        def work(uow: UnitOfWork) -> None:
            # Set on the worker: the next undo, queued behind this on the same serial runner, needs the new receipt.
            self._receipt = services.reapply(uow, self._receipt, self._today)

        self._door.change(work, lambda _: None, touches=self._touches(), failed=self._failed)

    def undo(self) -> None:
        if self._refused:
            return

        def work(uow: UnitOfWork) -> None:
            services.revert(uow, self._receipt)

        self._door.change(work, lambda _: None, touches=self._touches(), failed=self._failed)

    def _failed(self, exc: BaseException, trace: str) -> None:
        if not isinstance(exc, DomainError):
            show_failure(exc, trace)
            return
        self._refused = True
        self.setObsolete(True)
        self._on_error(exc)
