"""分层培训与职业发展: plans and sessions, career ladders, readiness and promotions — one tab each. Each tab
reads through the door and follows the door's notices itself, so an edit in one tab reaches the others."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.training.ladders_tab import LaddersTab
from ui.training.plans_tab import PlansTab
from ui.training.readiness_tab import ReadinessTab


class TrainingPage(QWidget):
    status_message = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plans = PlansTab(ctx)
        self.readiness = ReadinessTab(ctx)
        self.ladders = LaddersTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.plans, self.tr("Training plans and sessions"))
        self.tabs.addTab(self.readiness, self.tr("Promotion readiness"))
        self.tabs.addTab(self.ladders, self.tr("Career ladders"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.ladders.status_message.connect(self.status_message)
