"""关联前一段任职: link a returning person's new record to their earlier one (one person, two periods)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from domain.care.rehire import earlier_candidates, link_rehire
from domain.errors import DomainError, ValidationFailed
from ui.context import AppContext
from ui.messages import describe
from ui.widgets import ErrorLabel


class RehireDialog(QDialog):
    def __init__(self, ctx: AppContext, agent_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.agent_id = ctx, agent_id
        self.setWindowTitle(self.tr("Link an earlier employment"))
        self.setMinimumWidth(480)
        self.earlier = QComboBox()
        for a in earlier_candidates(ctx.uow(), agent_id):
            self.earlier.addItem(self.tr("%1 (%2) · %3 to %4").replace("%1", a.name).replace("%2", a.employee_no)
                                 .replace("%3", a.hire_date.isoformat())
                                 .replace("%4", a.leave_date.isoformat() if a.leave_date else ""), a.id)
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

    def _save(self) -> None:
        try:
            link_rehire(self.ctx.uow(), self.agent_id, int(self.earlier.currentData() or 0))
        except ValidationFailed as exc:
            self.error.show_error(describe(exc.errors[0].code))
            return
        except DomainError as exc:
            self.error.show_error(describe(exc.code))
            return
        self.accept()
