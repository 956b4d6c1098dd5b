"""Undo/redo for roster edits. The action is done before the command is pushed; redo() skips
that first call, then replays through the same services."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QUndoCommand

from domain.errors import DomainError
from domain.ports import UnitOfWork
from domain.roster import services
from domain.roster.model import ChangeReceipt
from ui.messages import register_codes

register_codes({
    "changed_since": QT_TRANSLATE_NOOP(
        "Messages", "Cannot undo: this agent's record was changed again since (perhaps on another page). "
        "Nothing was changed; edit the agent instead."),
})


class RosterCommand(QUndoCommand):
    def __init__(self, text: str, uow_factory: Callable[[], UnitOfWork], receipt: ChangeReceipt,
                 today: date, on_change: Callable[[], None], on_error: Callable[[DomainError], None]):
        super().__init__(text)
        self._uow, self._receipt, self._today = uow_factory, receipt, today
        self._on_change, self._on_error = on_change, on_error
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        try:
            self._receipt = services.reapply(self._uow(), self._receipt, self._today)
        except DomainError as exc:
            self.setObsolete(True)
            self._on_error(exc)
        self._on_change()

    def undo(self) -> None:
        try:
            services.revert(self._uow(), self._receipt)
        except DomainError as exc:
            self.setObsolete(True)
            self._on_error(exc)
        self._on_change()
