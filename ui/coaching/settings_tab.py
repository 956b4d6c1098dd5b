"""Settings → 辅导: after how many days without a 1:1 an agent counts as overdue (kept in the database)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QWidget

from domain.coaching import services
from domain.coaching.rules import MAX_CADENCE_DAYS, MIN_CADENCE_DAYS
from ui.context import AppContext
from ui.door import Touched


class CoachingSettingsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cadence = QSpinBox()
        self.cadence.setRange(MIN_CADENCE_DAYS, MAX_CADENCE_DAYS)
        self.cadence.setSuffix(self.tr(" days"))
        ctx.door.query(services.cadence_days, self.cadence.setValue, owner=self)
        note = QLabel(self.tr("An agent with no 1:1 for longer than this is shown as overdue in the roster, "
                              "on the coaching page and in This week. Weekly 1:1s with a week's slack: 14 days."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #666;")
        form = QFormLayout(self)
        form.addRow(self.tr("1:1 overdue after"), self.cadence)
        form.addRow("", note)

    def save(self) -> None:
        days = self.cadence.value()
        self.ctx.door.change(lambda uow: services.set_cadence_days(uow, days), lambda _: None,
                             touches=Touched.of("settings", "coaching"))  # no owner: the dialog closes at once
