"""师徒制与认证: pairings, the allowance statement, mentor outcomes and certification, one tab each."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.door import Touched, out_of_sight
from ui.mentoring.certification_tab import CertificationTab
from ui.mentoring.outcomes_tab import OutcomesTab
from ui.mentoring.pairings_tab import PairingsTab
from ui.mentoring.statement_tab import StatementTab


class MentoringPage(QWidget):
    status_message = Signal(str)
    agent_activated = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pairings = PairingsTab(ctx)
        self.statement = StatementTab(ctx)
        self.outcomes = OutcomesTab(ctx)
        self.certification = CertificationTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.pairings, self.tr("Pairings"))
        self.tabs.addTab(self.statement, self.tr("Allowance statement"))
        self.tabs.addTab(self.outcomes, self.tr("Mentor outcomes"))
        self.tabs.addTab(self.certification, self.tr("Certification"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        for tab in (self.statement, self.certification):
            tab.status_message.connect(self.status_message)
        self.pairings.agent_activated.connect(self.agent_activated)
        self.tabs.currentChanged.connect(self._announce)
        self.pairings.loaded.connect(self._announce)
        # The tabs load as they are built: the first show need not load them again (twice every exam and pairing).
        self._fresh = True
        ctx.door.changed.connect(self._changed)
        self._announce()

    def _changed(self, touched: Touched) -> None:
        # Allowances, outcomes and levels all follow pairings, exams and agents (a leave date, a level).
        if touched.concerns({"mentoring", "agents", "kpi"}):
            if out_of_sight(self):
                self._fresh = False  # showEvent catches up
            else:
                self.refresh()

    def refresh(self) -> None:
        """Everything that another tab's change can move: allowances, outcomes, levels."""
        self.pairings.refresh()
        self.statement.refresh()
        self.outcomes.refresh()
        self.certification.refresh()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        # Pages not yet on the door may still write without a notice: a visit shows fresh figures.
        if not self._fresh:
            self.refresh()
        self._fresh = False
        super().showEvent(event)

    def _announce(self) -> None:
        active, overdue = self.pairings.counts()
        self.status_message.emit(self.tr("%1 pairings in progress · %2 check-ins overdue")
                                 .replace("%1", str(active)).replace("%2", str(overdue)))
