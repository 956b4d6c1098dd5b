"""The agent page's training-and-growth box, named in the training area's line of ui/areas.py and preloaded
with the database, off the start-up path."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget
from shiboken6 import isValid

from domain.training import careers
from domain.training.careers import AgentTraining
from domain.training.progress import ItemState, completion
from shared.words import label
from ui.context import AppContext
from ui.door import Touched
from ui.list_table import MUTED, OVERDUE

SHOWN_OPEN = 4
# The box shows plan progress (training), growth (mentoring check-ins, case reviews) and readiness (scores,
# certification, the agent's own record).
WATCHED = frozenset({"training", "agents", "kpi", "mentoring", "coaching"})


class TrainingPanel(QGroupBox):
    loaded = Signal()  # tests wait on it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("TrainingPanel", "Training and growth"), parent)
        self.ctx = ctx
        self.agent_id: int | None = None
        self.form = QFormLayout(self)
        ctx.door.changed.connect(self._data_changed)

    def show_agent(self, agent_id: int) -> None:
        self.agent_id, today = agent_id, self.ctx.today()
        self.ctx.door.query(lambda uow: careers.agent_training(uow, agent_id, today),
                            lambda found: self._show(agent_id, found), owner=self)

    def _data_changed(self, touched: Touched) -> None:
        if not isValid(self):  # notices can outlive a closed page's wrapper
            return
        if self.agent_id is not None and touched.concerns(WATCHED, self.agent_id):
            self.show_agent(self.agent_id)

    def _show(self, agent_id: int, found: AgentTraining) -> None:
        if agent_id != self.agent_id:
            return  # the page moved on to another agent while this was read
        progress, growth, ready = found.progress, found.growth, found.readiness
        while self.form.rowCount():
            self.form.removeRow(0)
        done, total = completion(progress)
        overdue = [p for p in progress if p.state is ItemState.OVERDUE]
        self._row(
            QCoreApplication.translate("TrainingPanel", "Plan"),
            QCoreApplication.translate("TrainingPanel", "%1 of %2 complete · %3 overdue")
            .replace("%1", str(done))
            .replace("%2", str(total))
            .replace("%3", str(len(overdue))),
            alert=bool(overdue),
        )
        open_items = [p for p in progress if p.state in (ItemState.OVERDUE, ItemState.RETAKE, ItemState.OPEN)]
        for p in open_items[:SHOWN_OPEN]:
            self._row(label(p.state), f"{p.item.title}（{p.due.isoformat()}）", alert=p.state is ItemState.OVERDUE)
        for g in growth:
            rate = "—" if g.pass_rate is None else f"{g.pass_rate}%（{g.tests_passed}/{g.tests_taken}）"
            self._row(
                g.month,
                QCoreApplication.translate("TrainingPanel", "pass rate %1 · helped colleagues %2")
                .replace("%1", rate)
                .replace("%2", str(g.peer_help)),
            )
        if ready is not None:
            if ready.target is None:
                text = QCoreApplication.translate("TrainingPanel", "%1: top of the track").replace(
                    "%1", ready.current.name if ready.current else ""
                )
            else:
                text = (
                    QCoreApplication.translate("TrainingPanel", "%1 → %2: %3 criteria not met")
                    .replace("%1", ready.current.name if ready.current else "")
                    .replace("%2", ready.target.name)
                    .replace("%3", str(ready.missing))
                )
            self._row(label(ready.track), text)
        self.loaded.emit()

    def _row(self, name: str, value: str, alert: bool = False) -> None:
        value_label = QLabel(value)
        value_label.setWordWrap(True)
        if alert:
            value_label.setStyleSheet(f"color: {OVERDUE.name()}; font-weight: bold;")
        elif not value:
            value_label.setStyleSheet(f"color: {MUTED.name()};")
        self.form.addRow(name, value_label)

