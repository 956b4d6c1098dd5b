"""Add or edit an agent. Field problems show under their field, in words, and the input stays."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from domain.roster.model import AgentData, CareerTrack, CertLevel, Gender, LeaveReason, Role, Status
from domain.roster.rules import FieldError, validate_agent
from shared.messages import describe
from ui.widgets import DateField, EnumCombo, ErrorLabel

SaveResult = Callable[[list[FieldError]], None]  # the field errors, or [] once the change landed


class AgentDialog(QDialog):
    def __init__(self, agent: AgentData | None, today: date, teams: list[str],
                 save: Callable[[AgentData, SaveResult], None], parent: QWidget | None = None):
        super().__init__(parent)
        self._save = save
        self._original = agent
        self._today = today
        self.setWindowTitle(self.tr("Edit agent") if agent else self.tr("Add agent"))
        self.setMinimumWidth(460)
        form = QFormLayout()
        self.errors: dict[str, ErrorLabel] = {}

        def row(key: str, text: str, widget: QWidget) -> None:
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            self.errors[key] = ErrorLabel()
            box.addWidget(self.errors[key])
            form.addRow(text, box)

        self.employee_no = QLineEdit()
        self.employee_no.setPlaceholderText("KF00123")
        self.name = QLineEdit()
        self.gender = EnumCombo(Gender, optional=True)
        self.birth_date = DateField(optional=True)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("13800000000")
        self.hometown = QLineEdit()
        self.out_of_town = QCheckBox(self.tr("From out of town (living away from family)"))
        self.role = EnumCombo(Role)
        self.team = QLineEdit()
        self.team.setPlaceholderText(", ".join(teams[:4]))
        self.hire_date = DateField(today)
        self.cert_level = EnumCombo(CertLevel)
        self.career_track = EnumCombo(CareerTrack)
        self.status = EnumCombo(Status)
        self.leave_date = DateField(optional=True)
        self.leave_reason = EnumCombo(LeaveReason, optional=True)
        self.leave_voluntary = QCheckBox(self.tr("Left voluntarily"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)

        row("employee_no", self.tr("Employee no. *"), self.employee_no)
        row("name", self.tr("Name *"), self.name)
        row("gender", self.tr("Gender"), self.gender)
        row("birth_date", self.tr("Birth date"), self.birth_date)
        row("phone", self.tr("Phone"), self.phone)
        row("hometown", self.tr("Hometown"), self.hometown)
        form.addRow("", self.out_of_town)
        row("role", self.tr("Role *"), self.role)
        row("team", self.tr("Team *"), self.team)
        row("hire_date", self.tr("Hire date *"), self.hire_date)
        row("cert_level", self.tr("Certification"), self.cert_level)
        row("career_track", self.tr("Career track"), self.career_track)
        row("status", self.tr("Status"), self.status)
        row("leave_date", self.tr("Leave date"), self.leave_date)
        row("leave_reason", self.tr("Leave reason"), self.leave_reason)
        form.addRow("", self.leave_voluntary)
        row("notes", self.tr("Notes"), self.notes)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.status.currentIndexChanged.connect(self._sync_leave_fields)
        if agent:
            self._load(agent)
        self._sync_leave_fields()

    def _load(self, a: AgentData) -> None:
        self.employee_no.setText(a.employee_no)
        self.name.setText(a.name)
        self.gender.set_value(a.gender)
        self.birth_date.set_value(a.birth_date)
        self.phone.setText(a.phone)
        self.hometown.setText(a.hometown)
        self.out_of_town.setChecked(a.out_of_town)
        self.role.set_value(a.role)
        self.team.setText(a.team)
        self.hire_date.set_value(a.hire_date)
        self.cert_level.set_value(a.cert_level)
        self.career_track.set_value(a.career_track)
        self.status.set_value(a.status)
        self.leave_date.set_value(a.leave_date)
        self.leave_reason.set_value(a.leave_reason)
        self.leave_voluntary.setChecked(bool(a.leave_voluntary))
        self.notes.setPlainText(a.notes)

    def _sync_leave_fields(self) -> None:
        left = self.status.value() is Status.LEFT
        for widget in (self.leave_date, self.leave_reason, self.leave_voluntary):
            widget.setEnabled(left)

    def value(self) -> AgentData:
        left = self.status.value() is Status.LEFT
        data = AgentData(
            employee_no=self.employee_no.text().strip().upper(),
            name=self.name.text().strip(),
            gender=self.gender.value(),  # type: ignore[arg-type]
            birth_date=self.birth_date.value(),
            phone=self.phone.text().strip(),
            hometown=self.hometown.text().strip(),
            out_of_town=self.out_of_town.isChecked(),
            role=self.role.value(),  # type: ignore[arg-type]
            team=self.team.text().strip(),
            hire_date=self.hire_date.value() or self._today,
            cert_level=self.cert_level.value(),  # type: ignore[arg-type]
            career_track=self.career_track.value(),  # type: ignore[arg-type]
            status=self.status.value(),  # type: ignore[arg-type]
            leave_date=self.leave_date.value() if left else None,
            leave_reason=self.leave_reason.value() if left else None,  # type: ignore[arg-type]
            leave_voluntary=self.leave_voluntary.isChecked() if left else None,
            notes=self.notes.toPlainText().strip(),
        )
        # The version read with the agent travels with the edit: a save over someone else's is refused.
        return replace(data, id=self._original.id, version=self._original.version) if self._original else data

    def show_errors(self, errors: list[FieldError]) -> None:
        for label in self.errors.values():
            label.show_error("")
        for error in errors:
            target = self.errors.get(error.field)
            if target is not None:
                target.show_error(describe(error.code))
        if errors and errors[0].field in self.errors:
            widget = getattr(self, errors[0].field, None)
            if isinstance(widget, QWidget):
                widget.setFocus()

    def _try_accept(self) -> None:
        value = self.value()
        errors = validate_agent(value, self._today)
        if errors:  # caught here, before asking the database
            self.show_errors(errors)
            return
        self.save_button.setEnabled(False)  # one save at a time; the answer comes from the background
        self._save(value, self._saved)

    def _saved(self, errors: list[FieldError]) -> None:
        """What the page's change answered: close on [], otherwise show the errors and keep what was typed."""
        self.save_button.setEnabled(True)
        self.show_errors(errors)
        if not errors:
            self.accept()
