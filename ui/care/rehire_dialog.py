"""关联前一段任职: link a returning person's new record to their earlier one (one person, two periods)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from domain.care.rehire import earlier_candidates, link_rehire
from domain.roster.model import AgentData
from ui.context import AppContext
from ui.door import Touched, close_when_saved
from ui.widgets import ErrorLabel


class RehireDialog(QDialog):
    def __init__(self, ctx: AppContext, agent_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.agent_id = ctx, agent_id
        self.setWindowTitle(self.tr("Link an earlier employment"))
        self.setMinimumWidth(480)
        self.earlier = QComboBox()
        ctx.door.query(lambda uow: earlier_candidates(uow, agent_id), self._fill, owner=self)
        hint = QLabel(self.tr("The same person came back. Tenure adds both periods when the break was a year or "
                              "less; after a longer break it starts again. The stage follows that tenure."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Earlier record"), self.earlier)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _fill(self, earlier: list[AgentData]) -> None:
        for a in earlier:
            self.earlier.addItem(self.tr("%1 (%2) · %3 to %4").replace("%1", a.name).replace("%2", a.employee_no)
                                 .replace("%3", a.hire_date.isoformat())
                                 .replace("%4", a.leave_date.isoformat() if a.leave_date else ""), a.id)

    def _save(self) -> None:
        agent_id, earlier_id = self.agent_id, int(self.earlier.currentData() or 0)
        close_when_saved(self.ctx.door, self, lambda uow: link_rehire(uow, agent_id, earlier_id),
                         Touched.of("agents", "care", agents=[agent_id, earlier_id]), self.error)
