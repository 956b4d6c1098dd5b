"""Settings → Care: minutes of idle time before care records lock themselves, and which reminders 本周待办
shows (both kept in the database)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QSpinBox, QVBoxLayout, QWidget

from domain.care.lock_settings import (
    AUTOLOCK_RANGE,
    DEFAULT_AUTOLOCK_MINUTES,
    care_settings,
    save_care_settings,
)
from domain.care.reminders import Reminder
from ui.care.session import care_session
from ui.context import AppContext
from ui.door import Touched


class CareSettingsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.minutes = QSpinBox()
        self.minutes.setRange(*AUTOLOCK_RANGE)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(DEFAULT_AUTOLOCK_MINUTES)
        self.minutes.setEnabled(False)  # until the door brings the saved value
        hint = QLabel(self.tr("Care records lock themselves after this many minutes without use. "
                              "The passphrase is never saved."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")
        form = QFormLayout(self)
        form.addRow(self.tr("Lock after idle"), self.minutes)
        form.addRow("", hint)
        words = {
            Reminder.BIRTHDAY: self.tr("Birthdays (from the birth date)"),
            Reminder.ANNIVERSARY: self.tr("Work anniversaries"),
            Reminder.MILESTONE: self.tr("Stage milestones: 1 month, 3 months (end of probation), 12 months"),
            Reminder.CARE_FOLLOW_UP: self.tr("Care follow-ups falling due"),
            Reminder.PAIRING_END: self.tr("A mentoring pairing's planned end"),
            Reminder.LIFE_STAGE: self.tr("Review shifts of agents with a life-stage flag"),
        }
        self.reminders: dict[Reminder, QCheckBox] = {}
        group = QGroupBox(self.tr("Reminders on This week"))
        box = QVBoxLayout(group)
        for reminder, text in words.items():
            check = QCheckBox(text)
            check.setEnabled(False)
            box.addWidget(check)
            self.reminders[reminder] = check
        form.addRow(group)
        self.loaded = False
        ctx.door.query(care_settings, self._show, owner=self)

    def _show(self, read: tuple[int, dict[Reminder, bool]]) -> None:
        minutes, reminders = read
        self.minutes.setValue(minutes)
        self.minutes.setEnabled(True)
        for reminder, check in self.reminders.items():
            check.setChecked(reminders.get(reminder, True))
            check.setEnabled(True)
        self.loaded = True

    def save(self) -> None:
        if not self.loaded:
            return  # nothing shown yet, so nothing the supervisor changed: never overwrite with defaults
        minutes = self.minutes.value()
        reminders = {reminder: check.isChecked() for reminder, check in self.reminders.items()}
        session = care_session(self.ctx)
        self.ctx.door.change(lambda uow: save_care_settings(uow, minutes, reminders),
                             lambda _r: session.apply_settings(), Touched.of("settings", "care"))
