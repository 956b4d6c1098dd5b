"""Mark an agent as left (离职): the agent stays in the roster with the history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from domain.roster.model import AgentData, LeaveReason
from domain.roster.rules import FieldError
from ui.messages import describe
from ui.widgets import DateField, EnumCombo, ErrorLabel

SaveLeave = Callable[[date, LeaveReason, bool], list[FieldError]]


class LeaveDialog(QDialog):
    def __init__(self, agent: AgentData, today: date, save: SaveLeave, parent: QWidget | None = None):
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Mark as left"))
        intro = QLabel(self.tr("%1 (%2) will be marked as left. Nothing is deleted: the history stays.")
                       .replace("%1", agent.name).replace("%2", agent.employee_no))
        intro.setWordWrap(True)
        self.leave_date = DateField(today)
        self.reason = EnumCombo(LeaveReason, optional=True)
        self.voluntary = QCheckBox(self.tr("Left voluntarily"))
        self.voluntary.setChecked(True)
        self.date_error, self.reason_error = ErrorLabel(), ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Leave date"), self.leave_date)
        form.addRow("", self.date_error)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow("", self.reason_error)
        form.addRow("", self.voluntary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _try_accept(self) -> None:
        reason = self.reason.value()
        self.reason_error.show_error("" if reason else describe("required"))
        if reason is None:
            return
        errors = self._save(self.leave_date.value() or date.today(), reason, self.voluntary.isChecked())
        date_errors = [e for e in errors if e.field == "leave_date"]
        self.date_error.show_error(describe(date_errors[0].code) if date_errors else "")
        if not errors:
            self.accept()
