"""安排伙伴 and 伙伴交流: choose a peer buddy for an agent (suggestions first), and note a check-in."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from domain.care import buddy
from domain.care.agent_box import BuddyChoices, buddy_choices
from domain.performance.model import Grade
from shared.words import label
from ui.context import AppContext
from ui.door import Touched, close_when_saved
from ui.widgets import DateField, ErrorLabel


class BuddyDialog(QDialog):
    def __init__(self, ctx: AppContext, agent_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.agent_id = ctx, agent_id
        self.setWindowTitle(self.tr("Arrange a buddy"))
        self.setMinimumWidth(460)
        self.buddy = QComboBox()
        self.buddy.setEnabled(False)  # until the door brings the choices
        ctx.door.query(lambda uow: buddy_choices(uow, agent_id, ctx.today()), self._fill, owner=self)
        self.start = DateField(ctx.today())
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. lunch together in the first weeks"))
        self.error = ErrorLabel()
        hint = QLabel(self.tr("A buddy is a peer to talk to — unpaid, no goals, not the mentor. ★ marks agents "
                              "of the same team in good spirits and with good grades."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")
        form = QFormLayout()
        form.addRow(self.tr("Buddy"), self.buddy)
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.buddy.setFocus()

    def _fill(self, choices: BuddyChoices) -> None:
        for c in choices.suggested:
            why = [self.tr("mood %1").replace("%1", str(c.mood))] if c.mood else []
            if c.grade:
                why.append(label(Grade(c.grade)))
            self.buddy.addItem(self.tr("★ %1 (%2)").replace("%1", c.agent.name).replace("%2", " · ".join(why) or
                                                                                       self.tr("suggested")),
                               c.agent.id)
        if choices.suggested and choices.others:
            self.buddy.insertSeparator(self.buddy.count())
        for a in choices.others:
            self.buddy.addItem(f"{a.name}（{a.team}）", a.id)
        self.buddy.setEnabled(True)
        self.buddy.setFocus()

    def _save(self) -> None:
        agent_id, buddy_id, today = self.agent_id, int(self.buddy.currentData() or 0), self.ctx.today()
        start, note = self.start.value() or today, self.note.text()
        close_when_saved(self.ctx.door, self,
                         lambda uow: buddy.start_buddy(uow, agent_id, buddy_id, start, note, today),
                         Touched.of("care", agents=[agent_id, buddy_id]), self.error)


class BuddyCheckInDialog(QDialog):
    def __init__(self, ctx: AppContext, pair_id: int, buddy_name: str, parent: QWidget | None = None,
                 agents: tuple[int, ...] = ()) -> None:
        super().__init__(parent)
        self.ctx, self.pair_id, self.agents = ctx, pair_id, agents
        self.setWindowTitle(self.tr("Buddy check-in with %1").replace("%1", buddy_name))
        self.day = DateField(ctx.today())
        self.went_well = QSpinBox()
        self.went_well.setRange(1, 5)
        self.went_well.setValue(4)
        self.went_well.setSuffix(" / 5")
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("How it is going — private matters go in a care record"))
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("How it is going"), self.went_well)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.note.setFocus()

    def _save(self) -> None:
        today = self.ctx.today()
        check_in = buddy.BuddyCheckIn(self.pair_id, self.day.value() or today, self.went_well.value(),
                                      self.note.text().strip())
        close_when_saved(self.ctx.door, self, lambda uow: buddy.add_buddy_check_in(uow, check_in, today),
                         Touched.of("care", agents=self.agents), self.error)
