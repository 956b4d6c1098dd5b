"""师徒制与认证: pairings, the allowance statement, mentor outcomes and certification, one tab each."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.context import AppContext
from ui.door import Touched, out_of_sight
from ui.lazy_tabs import LazyTabs
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
        # Built when first shown (ui/lazy_tabs.py): every tab built and loaded at once rendered every mentor's
        # outcomes and every exam (~50–150 ms of answers) for tabs a supervisor may not open. A tab loads as it
        # is built.
        self.tabs = LazyTabs()
        self.tabs.built.connect(self._built)
        self.tabs.add(lambda: PairingsTab(self.ctx), self.tr("Pairings"))
        self.tabs.add(lambda: StatementTab(self.ctx), self.tr("Allowance statement"))
        self.tabs.add(lambda: OutcomesTab(self.ctx), self.tr("Mentor outcomes"))
        self.tabs.add(lambda: CertificationTab(self.ctx), self.tr("Certification"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(self._announce)
        # The tabs load as they are built: the first show need not load them again (twice every exam and pairing).
        self._fresh = True
        ctx.door.changed.connect(self._changed)
        self._announce()

    def _built(self, _index: int, tab: QWidget) -> None:
        if isinstance(tab, StatementTab | CertificationTab):
            tab.status_message.connect(self.status_message)
        elif isinstance(tab, PairingsTab):
            tab.agent_activated.connect(self.agent_activated)
            tab.loaded.connect(self._announce)

    # Each tab, built on the spot if it was not yet (code and tests may read a tab never shown).
    @property
    def pairings(self) -> PairingsTab:
        return self.tabs.tab(0)  # type: ignore[return-value]

    @property
    def statement(self) -> StatementTab:
        return self.tabs.tab(1)  # type: ignore[return-value]

    @property
    def outcomes(self) -> OutcomesTab:
        return self.tabs.tab(2)  # type: ignore[return-value]

    @property
    def certification(self) -> CertificationTab:
        return self.tabs.tab(3)  # type: ignore[return-value]

    def _changed(self, touched: Touched) -> None:
        # Allowances, outcomes and levels all follow pairings, exams and agents (a leave date, a level).
        if touched.concerns({"mentoring", "agents", "kpi"}):
            if out_of_sight(self):
                self._fresh = False  # showEvent catches up
            else:
                self.refresh()

    def refresh(self) -> None:
        """Everything that another tab's change can move: allowances, outcomes, levels."""
        for tab in self.tabs.built_tabs():  # a tab not yet built loads when it is
            tab.refresh()  # type: ignore[attr-defined]

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
