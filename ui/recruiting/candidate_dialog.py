"""Add or edit a candidate, and the small dialogs that move one out of the pipeline."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from domain.recruiting.model import Candidate, Source
from domain.recruiting.rules import validate_candidate
from domain.roster.model import Role
from domain.roster.rules import FieldError
from shared.messages import describe
from shared.words import label
from ui.widgets import DateField, EnumCombo, ErrorLabel

# `save(value, answer)`: the page runs the change and calls answer(errors), [] once saved; the typed text stays.
Answer = Callable[[list[FieldError]], None]


class CandidateDialog(QDialog):
    def __init__(self, candidate: Candidate | None, today: date, save: Callable[[Candidate, Answer], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._original, self._today, self._save = candidate, today, save
        self.setWindowTitle(self.tr("Edit candidate") if candidate else self.tr("Add candidate"))
        self.setMinimumWidth(420)
        self.name = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("13800000000")
        self.role = EnumCombo(Role)
        self.source = QComboBox()
        for member in Source:
            self.source.addItem(label(member), member.value)
        self.applied_on = DateField(today)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        self.errors = {key: ErrorLabel() for key in ("name", "phone", "applied_on")}
        form = QFormLayout()
        for key, text, widget in (("name", self.tr("Name *"), self.name), ("phone", self.tr("Phone"), self.phone)):
            form.addRow(text, widget)
            form.addRow("", self.errors[key])
        form.addRow(self.tr("Applied role *"), self.role)
        form.addRow(self.tr("Source channel *"), self.source)
        form.addRow(self.tr("Applied on *"), self.applied_on)
        form.addRow("", self.errors["applied_on"])
        form.addRow(self.tr("Notes"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if candidate:
            self.name.setText(candidate.name)
            self.phone.setText(candidate.phone)
            self.role.set_value(candidate.role)
            self.source.setCurrentIndex(max(0, self.source.findData(candidate.source.value)))
            self.applied_on.set_value(candidate.applied_on)
            self.notes.setPlainText(candidate.notes)

    def value(self) -> Candidate:
        data = Candidate(name=self.name.text().strip(), role=self.role.value(),  # type: ignore[arg-type]
                         source=Source(self.source.currentData()), applied_on=self.applied_on.value() or self._today,
                         phone=self.phone.text().strip(), notes=self.notes.toPlainText().strip())
        if self._original:
            data = replace(self._original, name=data.name, role=data.role, source=data.source,
                           applied_on=data.applied_on, phone=data.phone, notes=data.notes)
        return data

    def _try_accept(self) -> None:
        value = self.value()
        errors = validate_candidate(value, self._today)
        if errors:
            self._answered(errors)
            return
        self.save_button.setEnabled(False)  # the page saves through the door and answers later
        self._save(value, self._answered)

    def _answered(self, errors: list[FieldError]) -> None:
        if not isValid(self):
            return
        self.save_button.setEnabled(True)
        for key, error_label in self.errors.items():
            error_label.show_error("; ".join(describe(e.code) for e in errors if e.field == key))
        if not errors:
            self.accept()


class ReasonDialog(QDialog):
    """Why a candidate did not pass (or withdrew): a few common reasons, or the supervisor's own words."""

    def __init__(self, title: str, prompt: str, suggestions: list[str], required: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(380)
        self._required = required
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems(suggestions)
        self.reason.setCurrentText(suggestions[0] if suggestions else "")
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt))
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def text(self) -> str:
        return self.reason.currentText().strip()

    def _try_accept(self) -> None:
        if self._required and not self.text():
            self.error.show_error(describe("rejection_needs_reason"))
            return
        self.accept()
