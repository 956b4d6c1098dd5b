"""记录表彰 and 记录表扬: an award (a fixed kind or the supervisor's own name) or a customer's praise."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from domain.care import recognition
from domain.care.recognition import Award, AwardKind, Praise, PraiseChannel
from shared.words import label
from ui.care.choice_buttons import ChoiceButtons
from ui.context import AppContext
from ui.door import Touched, close_when_saved
from ui.widgets import DateField, ErrorLabel


class AwardDialog(QDialog):
    def __init__(self, ctx: AppContext, agent_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.agent_id = ctx, agent_id
        self.setWindowTitle(self.tr("Record an award"))
        self.setMinimumWidth(480)
        self.kind = ChoiceButtons([(label(k), k.value) for k in AwardKind], columns=3)
        self.custom_name = QComboBox()
        self.custom_name.setEditable(True)
        ctx.door.query(recognition.custom_award_names, self._names, owner=self)
        self.custom_name.lineEdit().setPlaceholderText(self.tr("Name of your own award, e.g. 暖心之星"))
        self.custom_name.setEnabled(False)
        self.kind.chosen.connect(lambda v: self.custom_name.setEnabled(v == AwardKind.CUSTOM.value))
        self.day = DateField(ctx.today())
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(70)
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("What for — specific praise is the kind that is remembered"))
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Award"), self.kind)
        form.addRow(self.tr("Own award"), self.custom_name)
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("What for"), self.note)
        _finish(self, form, self._save)

    def _names(self, names: list[str]) -> None:
        typed = self.custom_name.currentText()
        self.custom_name.addItems(names)
        self.custom_name.setCurrentText(typed)  # the supervisor may have started typing already

    def _save(self) -> None:
        today = self.ctx.today()
        award = Award(self.agent_id, self.day.value() or today, AwardKind(self.kind.currentData()),
                      self.custom_name.currentText() if self.custom_name.isEnabled() else "",
                      self.note.toPlainText())
        close_when_saved(self.ctx.door, self, lambda uow: recognition.add_award(uow, award, today),
                         Touched.of("care", agents=[self.agent_id]), self.error)


class PraiseDialog(QDialog):
    def __init__(self, ctx: AppContext, agent_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.agent_id = ctx, agent_id
        self.setWindowTitle(self.tr("Record a customer's praise"))
        self.setMinimumWidth(480)
        self.channel = ChoiceButtons([(label(c), c.value) for c in PraiseChannel], columns=5)
        self.day = DateField(ctx.today())
        self.words = QPlainTextEdit()
        self.words.setFixedHeight(90)
        self.words.setTabChangesFocus(True)
        self.words.setPlaceholderText(self.tr("What the customer said, in their words"))
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Customer's words"), self.words)
        _finish(self, form, self._save)
        self.words.setFocus()

    def _save(self) -> None:
        today = self.ctx.today()
        praise = Praise(self.agent_id, self.day.value() or today, PraiseChannel(self.channel.currentData()),
                        self.words.toPlainText())
        close_when_saved(self.ctx.door, self, lambda uow: recognition.add_praise(uow, praise, today),
                         Touched.of("care", agents=[self.agent_id]), self.error)


def _finish(dialog: QDialog, form: QFormLayout, save) -> None:  # type: ignore[no-untyped-def]
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(dialog.error)  # type: ignore[attr-defined]
    layout.addWidget(buttons)

