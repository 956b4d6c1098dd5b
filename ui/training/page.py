"""分层培训与职业发展: plans and sessions, career ladders, readiness and promotions — one tab each. Each tab
reads through the door and follows the door's notices itself, so an edit in one tab reaches the others."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.context import AppContext
from ui.lazy_tabs import LazyTabs
from ui.training.ladders_tab import LaddersTab
from ui.training.plans_tab import PlansTab
from ui.training.readiness_tab import ReadinessTab


class TrainingPage(QWidget):
    status_message = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # Built when first shown (ui/lazy_tabs.py); each tab loads as it is built.
        self.tabs = LazyTabs()
        self.tabs.built.connect(self._built)
        self.tabs.add(lambda: PlansTab(self.ctx), self.tr("Training plans and sessions"))
        self.tabs.add(lambda: ReadinessTab(self.ctx), self.tr("Promotion readiness"))
        self.tabs.add(lambda: LaddersTab(self.ctx), self.tr("Career ladders"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def _built(self, _index: int, tab: QWidget) -> None:
        if isinstance(tab, LaddersTab):
            tab.status_message.connect(self.status_message)

    # Each tab, built on the spot if it was not yet (code and tests may read a tab never shown).
    @property
    def plans(self) -> PlansTab:
        return self.tabs.tab(0)  # type: ignore[return-value]

    @property
    def readiness(self) -> ReadinessTab:
        return self.tabs.tab(1)  # type: ignore[return-value]

    @property
    def ladders(self) -> LaddersTab:
        return self.tabs.tab(2)  # type: ignore[return-value]
