"""Settings → Care: minutes of idle time before care records lock themselves (kept in the database)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QWidget

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

    def save(self) -> None:
        with self.ctx.uow() as uow:
            uow.settings.set(AUTOLOCK_KEY, str(self.minutes.value()))
            uow.commit()
        care_session(self.ctx).apply_settings()
