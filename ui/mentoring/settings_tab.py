"""Settings → 师徒制: default allowance, apprentices per mentor, planned length and check-in rhythm
(kept in the database, so backups and every report carry them)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDoubleSpinBox, QFormLayout, QLabel, QMessageBox, QSpinBox, QWidget

from domain.errors import DomainError
from domain.mentoring import services
from domain.mentoring.model import MentoringDefaults
from domain.mentoring.services import LIMITS
from ui.context import AppContext
from ui.door import Touched, show_failure
from ui.mentoring.dialogs import error_text


def _spin(low: int, high: int, value: int, suffix: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setSuffix(suffix)
    return spin


class MentoringSettingsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        defaults = MentoringDefaults()  # shown until the stored ones arrive from the door
        self.allowance = QDoubleSpinBox()
        self.allowance.setRange(0, 100000)
        self.allowance.setDecimals(2)
        self.allowance.setSuffix(self.tr(" yuan/month"))
        self.allowance.setValue(float(defaults.monthly_allowance))
        self.max_apprentices = _spin(*LIMITS["max_apprentices"], defaults.max_apprentices, self.tr(" apprentices"))
        self.planned_months = _spin(*LIMITS["planned_months"], defaults.planned_months, self.tr(" months"))
        self.check_in_days = _spin(*LIMITS["check_in_every_days"], defaults.check_in_every_days, self.tr(" days"))
        note = QLabel(self.tr("The allowance and planned length are defaults for new pairings; each pairing keeps "
                              "its own. The apprentice limit applies when a pairing is started."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #666;")
        form = QFormLayout(self)
        form.addRow(self.tr("Monthly mentor allowance"), self.allowance)
        form.addRow(self.tr("Most apprentices per mentor"), self.max_apprentices)
        form.addRow(self.tr("Planned length"), self.planned_months)
        form.addRow(self.tr("Check in every"), self.check_in_days)
        form.addRow("", note)
        ctx.door.query(services.load_defaults, self._show, owner=self)

    def _show(self, defaults: MentoringDefaults) -> None:
        self.allowance.setValue(float(defaults.monthly_allowance))
        self.max_apprentices.setValue(defaults.max_apprentices)
        self.planned_months.setValue(defaults.planned_months)
        self.check_in_days.setValue(defaults.check_in_every_days)

    def values(self) -> MentoringDefaults:
        return MentoringDefaults(Decimal(f"{self.allowance.value():.2f}"), self.max_apprentices.value(),
                                 self.planned_months.value(), self.check_in_days.value())

    def save(self) -> None:
        values = self.values()

        def failed(exc: BaseException, trace: str) -> None:
            if not isinstance(exc, DomainError):
                show_failure(exc, trace)
                return
            # The settings dialog has closed by now: the message needs no parent that may be gone.
            QMessageBox.warning(None, QCoreApplication.translate("MentoringSettingsTab", "Could not save"),
                                error_text(exc))

        self.ctx.door.change(lambda uow: services.save_defaults(uow, values), lambda _: None,
                             touches=Touched.of("settings", "mentoring"), failed=failed)
