"""The training area's dialogs save the door's way: the dialog hands what was typed to its page's `save(value,
on_result)`, the page runs the change through the door, and the dialog hears back a list of error sentences —
empty when the change landed. Save stays disabled while the answer is on its way; what was typed stays on error."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from shiboken6 import isValid

from domain.errors import DomainError
from domain.ports import UnitOfWork
from ui.context import AppContext
from ui.door import Touched
from ui.error_sentences import sentence
from ui.mentoring.dialogs import error_text
from ui.widgets import ErrorLabel

Answer = Callable[[list[str]], None]
Save = Callable[[Any, Answer], None]


def change_with_answer(ctx: AppContext, use_case: Callable[[UnitOfWork], Any], touches: Touched, on_result: Answer,
                       owner: QWidget) -> None:
    """A rule the change broke becomes the dialog's error line; anything else is told in one sentence there too,
    with its trace in the log."""

    def failed(exc: BaseException, trace: str) -> None:
        on_result([error_text(exc) if isinstance(exc, DomainError) else sentence(exc, trace=trace)])

    ctx.door.change(use_case, lambda _result: on_result([]), touches=touches, failed=failed, owner=owner)


class SavingDialog(QDialog):
    """A dialog with Save/Cancel whose Save goes through `save` and closes only when the change landed."""

    def __init__(self, save: Save, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.waiting = False

    def save(self) -> None:
        raise NotImplementedError

    def submit(self, value: Any) -> None:
        if self.waiting:
            return  # the last Save is still on its way
        self.waiting = True
        self.save_button.setEnabled(False)
        self.error.show_error("")
        self._save(value, self.answered)

    def answered(self, errors: list[str]) -> None:
        if not isValid(self):
            return  # cancelled and gone while the change ran
        self.waiting = False
        self.save_button.setEnabled(True)
        if errors:
            self.error.show_error("\n".join(e for e in errors if e))
        else:
            self.accept()
