"""The training area's dialogs save the door's way: the dialog hands what was typed to its page's `save(value,
on_result)`, the page runs it through `ctx.door.save` (words: the mentoring area's error_text), and the dialog hears
back the errors — none when the change landed. Save stays disabled while the answer is on its way; what was typed
stays on error."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from shiboken6 import isValid

from domain.roster.rules import FieldError
from ui.door import Answer, said
from ui.widgets import ErrorLabel

__all__ = ["Answer", "Save", "SavingDialog"]

Save = Callable[[Any, Answer], None]


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

    def answered(self, errors: list[FieldError]) -> None:
        if not isValid(self):
            return  # cancelled and gone while the change ran
        self.waiting = False
        self.save_button.setEnabled(True)
        if errors:
            self.error.show_error(said(errors))
        else:
            self.accept()
