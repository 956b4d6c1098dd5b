"""Mark an agent as left (离职): the agent stays in the roster with the history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget
from shiboken6 import isValid

from domain.care.exit_interview import ExitInterview, save_interview, validate_interview
from domain.roster.model import AgentData, LeaveReason
from domain.roster.rules import FieldError
from shared.messages import describe
from ui.context import AppContext
from ui.door import Touched
from ui.roster.exit_interview_box import ExitInterviewBox
from ui.widgets import DateField, EnumCombo, ErrorLabel

# save(leave date, reason, voluntary, answer): the page runs the leave through the door and answers the errors,
# [] once it landed; the dialog waits with Save disabled and keeps what was typed on a refusal.
SaveLeave = Callable[[date, LeaveReason, bool, Callable[[list[FieldError]], None]], None]


class LeaveDialog(QDialog):
    def __init__(self, agent: AgentData, today: date, save: SaveLeave, parent: QWidget | None = None,
                 ctx: AppContext | None = None):
        super().__init__(parent)
        self._save, self._ctx, self._agent_id, self._today = save, ctx, agent.id, today
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
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        # With a context (the roster page passes it) the leave also records a structured exit interview.
        self.interview = ExitInterviewBox() if ctx is not None and agent.id is not None else None
        self.interview_error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        if self.interview is not None:
            layout.addWidget(self.interview)
            layout.addWidget(self.interview_error)
        layout.addWidget(buttons)

    def _try_accept(self) -> None:
        reason = self.reason.value()
        self.reason_error.show_error("" if reason else describe("required"))
        if reason is None:
            return
        leave_date = self.leave_date.value() or date.today()
        interview = self.interview.value(self._agent_id or 0, leave_date, reason) if self.interview else None
        problems = validate_interview(interview, self._today) if interview else []
        self.interview_error.show_error(describe(problems[0].code) if problems else "")
        if problems:
            return  # checked before the leave is saved: a bad interview never leaves a half-recorded exit
        self.ok_button.setEnabled(False)
        self._save(leave_date, reason, self.voluntary.isChecked(), lambda errors: self._answered(errors, interview))

    def _answered(self, errors: list[FieldError], interview: ExitInterview | None) -> None:
        if not isValid(self):
            return
        self.ok_button.setEnabled(True)
        date_errors = [e for e in errors if e.field == "leave_date"]
        self.date_error.show_error(describe(date_errors[0].code) if date_errors else "")
        if errors:
            return
        if interview is not None and self._ctx is not None:
            # Written after the leave landed, through the same door: never a second writer on the UI thread.
            today, agent_id = self._today, self._agent_id
            self._ctx.door.change(lambda uow: save_interview(uow, interview, today), lambda _r: None,
                                  touches=Touched.of("agents", "care", agents=[agent_id]))
        self.accept()
