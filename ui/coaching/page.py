"""辅导 page: sessions, action items, 1:1 cadence and the case library as tabs. Any change to coaching or to
agents — made here, on the agent page or in 本周待办 — reaches every tab through the door's notice."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.coaching.case_library import CaseLibraryTab
from ui.coaching.followup_tabs import ActionItemsTab, CadenceTab
from ui.coaching.sessions_tab import SessionsTab
from ui.context import AppContext
from ui.door import Touched, out_of_sight
from ui.performance.plans import PlanFollowUpTab


class CoachingPage(QWidget):
    agent_activated = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sessions = SessionsTab(ctx)
        self.action_items = ActionItemsTab(ctx)
        self.cadence = CadenceTab(ctx)
        self.cases = CaseLibraryTab(ctx)
        self.plans = PlanFollowUpTab(ctx)  # improvement plans' targeted KPI figures (ui/performance/plans.py)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.sessions, self.tr("Sessions"))
        self.tabs.addTab(self.action_items, self.tr("Action items"))
        self.tabs.addTab(self.cadence, self.tr("1:1 cadence"))
        self.tabs.addTab(self.cases, self.tr("Case library"))
        self.tabs.addTab(self.plans, self.tr("Improvement plans"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        for tab in self._tabs():
            tab.agent_activated.connect(self.agent_activated)
        # The tabs load as they are built: the first show need not load them again (twice 158,540 sessions).
        self._fresh = True
        ctx.door.changed.connect(self._changed)

    def _tabs(self) -> tuple:  # type: ignore[type-arg]
        return (self.sessions, self.action_items, self.cadence, self.cases, self.plans)

    def refresh(self) -> None:
        for tab in self._tabs():
            tab.refresh()

    def _changed(self, touched: Touched) -> None:
        if touched.concerns({"coaching", "agents", "kpi"}):
            if out_of_sight(self):
                self._fresh = False  # showEvent catches up
            else:
                self.refresh()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        # Pages not yet on the door may still write without a notice: a visit shows what is current.
        if not self._fresh:
            self.refresh()
        self._fresh = False
        super().showEvent(event)
