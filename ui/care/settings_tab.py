"""Settings → Care: minutes of idle time before care records lock themselves, and which reminders 本周待办
shows (both kept in the database)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QSpinBox, QVBoxLayout, QWidget

from domain.care.reminders import Reminder, enabled, setting_key
from ui.care.session import AUTOLOCK_KEY, AUTOLOCK_RANGE, care_session, read_autolock_minutes
from ui.context import AppContext


class CareSettingsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.minutes = QSpinBox()
        self.minutes.setRange(*AUTOLOCK_RANGE)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(read_autolock_minutes(ctx))
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
        with ctx.uow() as uow:
            for reminder, text in words.items():
                check = QCheckBox(text)
                check.setChecked(enabled(uow.settings, reminder))
                box.addWidget(check)
                self.reminders[reminder] = check
        form.addRow(group)

    def save(self) -> None:
        with self.ctx.uow() as uow:
            uow.settings.set(AUTOLOCK_KEY, str(self.minutes.value()))
            for reminder, check in self.reminders.items():
                uow.settings.set(setting_key(reminder), "1" if check.isChecked() else "0")
            uow.commit()
        care_session(self.ctx).apply_settings()
