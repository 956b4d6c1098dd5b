"""Set, change or enter the care passphrase. The typed text goes straight to the service and is cleared
from the fields when the dialog closes; it is never stored (not in QSettings, not in a log)."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from domain.care.crypto import MIN_PASSPHRASE_CHARS
from ui.widgets import ErrorLabel


class Mode(Enum):
    CREATE = "create"
    CHANGE = "change"
    UNLOCK = "unlock"


# submit(old_or_current, new, answer): the key is derived on the background runner (the KDF takes a moment);
# answer("") once done, or answer(the refusal in words: wrong passphrase, too short, ...).
Submit = Callable[[str, str, Callable[[str], None]], None]


class PassphraseDialog(QDialog):
    def __init__(self, mode: Mode, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode, self._submit = mode, submit
        titles = {Mode.CREATE: self.tr("Set the care passphrase"), Mode.CHANGE: self.tr("Change the care passphrase"),
                  Mode.UNLOCK: self.tr("Unlock care records")}
        self.setWindowTitle(titles[mode])
        self.setMinimumWidth(480)
        self.current = self._field()
        self.new = self._field()
        self.confirm = self._field()
        self.understood = QCheckBox(self.tr("I understand: if I forget it, nobody can recover the details"))
        self.error = ErrorLabel()
        intro = QLabel()
        intro.setWordWrap(True)
        form = QFormLayout()
        if mode is Mode.UNLOCK:
            intro.setText(self.tr("Enter the care passphrase to see what happened and the support given."))
            form.addRow(self.tr("Passphrase"), self.current)
        else:
            if mode is Mode.CHANGE:
                form.addRow(self.tr("Current passphrase"), self.current)
                intro.setText(self.tr("All care records are re-encrypted with the new passphrase in one step: "
                                      "either all of them change, or none."))
            else:
                intro.setText(self.tr("Care details (health, pregnancy, family) are sensitive personal "
                                      "information. They are stored encrypted with a key made from this "
                                      "passphrase. The passphrase is not saved anywhere."))
            form.addRow(self.tr("New passphrase"), self.new)
            form.addRow(self.tr("Repeat it"), self.confirm)
            self.new.setPlaceholderText(self.tr("At least %1 characters").replace("%1", str(MIN_PASSPHRASE_CHARS)))
        warning = QLabel(self.tr("Forgotten means lost: without this passphrase the details cannot be recovered, "
                                 "by you or by anyone else. Write it down and keep it somewhere safe."))
        warning.setWordWrap(True)
        warning.setStyleSheet("color: #a04000; font-weight: bold;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Unlock") if mode is Mode.UNLOCK else self.tr("Set passphrase"))
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._waiting = False
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        if mode is not Mode.UNLOCK:
            layout.addWidget(warning)
            layout.addWidget(self.understood)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        (self.current if mode is not Mode.CREATE else self.new).setFocus()
        self.finished.connect(self._forget)

    def _field(self) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText)
        return edit

    def _problem(self) -> str:
        if self.mode is Mode.UNLOCK:
            return "" if self.current.text() else self.tr("Enter the passphrase")
        if self.mode is Mode.CHANGE and not self.current.text():
            return self.tr("Enter the current passphrase")
        if self.new.text() != self.confirm.text():
            return self.tr("The two new passphrases differ")
        if not self.understood.isChecked():
            return self.tr("Tick the box to confirm you have kept the passphrase safe")
        return ""

    def _try_accept(self) -> None:
        if self._waiting:
            return
        problem = self._problem()
        if problem:
            self.error.show_error(problem)
            return
        self._waiting = True
        self.ok_button.setEnabled(False)
        self.error.show_error("")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the key derivation takes a moment
        self._submit(self.current.text(), self.new.text(), self._answered)

    def _answered(self, problem: str) -> None:
        QGuiApplication.restoreOverrideCursor()
        if not isValid(self):
            return
        self._waiting = False
        self.ok_button.setEnabled(True)
        if problem:
            self.error.show_error(problem)
            self.current.selectAll()
            return
        self.accept()

    def _forget(self) -> None:
        for edit in (self.current, self.new, self.confirm):
            edit.clear()
