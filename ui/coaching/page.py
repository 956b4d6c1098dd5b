"""辅导 page: sessions, action items, 1:1 cadence and the case library as tabs. Any change to coaching or to
agents — made here, on the agent page or in 本周待办 — reaches every tab through the door's notice."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.coaching.case_library import CaseLibraryTab
from ui.coaching.followup_tabs import ActionItemsTab, CadenceTab
from ui.coaching.sessions_tab import SessionsTab
from ui.context import AppContext
from ui.door import Touched, out_of_sight
from ui.lazy_tabs import LazyTabs
from ui.performance.plans import PlanFollowUpTab


class CoachingPage(QWidget):
    agent_activated = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # Built when first shown (ui/lazy_tabs.py): building all five, and loading them, was ~55 ms of the first
        # opening. A tab loads as it is built.
        self.tabs = LazyTabs()
        self.tabs.built.connect(lambda _index, tab: tab.agent_activated.connect(self.agent_activated))
        self.tabs.add(lambda: SessionsTab(self.ctx), self.tr("Sessions"))
        self.tabs.add(lambda: ActionItemsTab(self.ctx), self.tr("Action items"))
        self.tabs.add(lambda: CadenceTab(self.ctx), self.tr("1:1 cadence"))
        self.tabs.add(lambda: CaseLibraryTab(self.ctx), self.tr("Case library"))
        # improvement plans' targeted KPI figures (ui/performance/plans.py)
        self.tabs.add(self._plans_tab, self.tr("Improvement plans"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        # The tabs load as they are built: the first show need not load them again (twice 158,540 sessions).
        self._fresh = True
        ctx.door.changed.connect(self._changed)

    def _plans_tab(self) -> PlanFollowUpTab:
        tab = PlanFollowUpTab(self.ctx)
        tab.refresh()  # unlike the coaching tabs it does not load itself (built with the page, it showed nothing
        return tab     # until a change to coaching or KPIs)

    # Each tab, built on the spot if it was not yet (code and tests may read a tab never shown).
    @property
    def sessions(self) -> SessionsTab:
        return self.tabs.tab(0)  # type: ignore[return-value]

    @property
    def action_items(self) -> ActionItemsTab:
        return self.tabs.tab(1)  # type: ignore[return-value]

    @property
    def cadence(self) -> CadenceTab:
        return self.tabs.tab(2)  # type: ignore[return-value]

    @property
    def cases(self) -> CaseLibraryTab:
        return self.tabs.tab(3)  # type: ignore[return-value]

    @property
    def plans(self) -> PlanFollowUpTab:
        return self.tabs.tab(4)  # type: ignore[return-value]

    def refresh(self) -> None:
        for tab in self.tabs.built_tabs():  # a tab not yet built loads when it is
            tab.refresh()  # type: ignore[attr-defined]

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
