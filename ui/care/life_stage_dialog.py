"""特殊时期: which life-stage flags an agent carries (孕期, 哺乳期, 外地单身), since when, a note, and when to
review their shifts next. Opened only while care is unlocked; everything but the review date is sealed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from domain.care.life_stage import LifeStage, LifeStageFlags, flags_of, next_review, set_flags
from domain.errors import DomainError
from shared.error_sentences import sentence
from shared.messages import describe
from ui.care.session import care_session
from ui.context import AppContext
from ui.door import Touched, close_when_saved
from ui.widgets import DateField, ErrorLabel

STAGE_LABELS = {
    LifeStage.PREGNANT: QT_TRANSLATE_NOOP("LifeStage", "Pregnant"),
    LifeStage.NURSING: QT_TRANSLATE_NOOP("LifeStage", "Nursing"),
    LifeStage.SINGLE_AWAY: QT_TRANSLATE_NOOP("LifeStage", "Single, far from home"),
}


def stage_label(stage: LifeStage) -> str:
    return QCoreApplication.translate("LifeStage", STAGE_LABELS[stage])


class LifeStageDialog(QDialog):
    def __init__(self, ctx: AppContext, agent_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.agent_id = ctx, agent_id
        self.session = care_session(ctx)
        self.setWindowTitle(self.tr("Life stage"))
        self.setMinimumWidth(480)
        self.checks = {stage: QCheckBox(stage_label(stage)) for stage in LifeStage}
        row = QHBoxLayout()
        for check in self.checks.values():
            row.addWidget(check)
        self.since = DateField(ctx.today())
        self.review_on = DateField(next_review(ctx.today()))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. day shifts only from week 20; lives alone, 3 hours from home"))
        self.error = ErrorLabel()
        hint = QLabel(self.tr("Stored encrypted like care details. 本周待办 only says that shifts are due a "
                              "review, never why. Untick everything to remove the flags."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")
        form = QFormLayout()
        form.addRow(self.tr("Flags"), row)
        form.addRow(self.tr("Since"), self.since)
        form.addRow(self.tr("Review shifts on"), self.review_on)
        form.addRow(self.tr("Note"), self.note)
        buttons = self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                                  | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.session.locked.connect(self.reject)  # locking closes it, with the typed words
        self.finished.connect(lambda _r: self.session.locked.disconnect(self.reject))
        key = self.session.key
        # What is set now, read with the key on the runner; the form waits for it, so nothing typed is overwritten
        # by the answer and nothing saved overwrites flags not yet seen.
        self._form_widgets = [*self.checks.values(), self.since, self.review_on, self.note,
                              self.buttons.button(QDialogButtonBox.StandardButton.Save)]
        for widget in self._form_widgets:
            widget.setEnabled(False)
        ctx.door.query(lambda uow: flags_of(uow, key, agent_id), self._show, self._unreadable, owner=self)

    def _show(self, found: tuple[LifeStageFlags | None, date | None]) -> None:
        flags, review = found
        for stage, check in self.checks.items():
            check.setChecked(flags is not None and stage in flags.stages)
        if flags is not None:
            self.since.set_value(flags.since)
            self.note.setText(flags.note)
        if review is not None:
            self.review_on.set_value(review)
        for widget in self._form_widgets:
            widget.setEnabled(True)

    def _unreadable(self, exc: BaseException, trace: str) -> None:
        self.error.show_error(describe(exc.code) if isinstance(exc, DomainError) else sentence(exc, trace=trace))

    def _save(self) -> None:
        stages = tuple(s for s, check in self.checks.items() if check.isChecked())
        today, key, agent_id = self.ctx.today(), self.session.key, self.agent_id
        flags = LifeStageFlags(stages, self.since.value() or today, self.note.text())
        review = self.review_on.value() or next_review(today)
        self.session.touch()
        close_when_saved(self.ctx.door, self, lambda uow: set_flags(uow, key, agent_id, flags, review, today),
                         Touched.of("care", agents=[agent_id]), self.error)


def flags_words(flags: LifeStageFlags | None, review: date | None, unreadable: bool) -> str:
    """For the agent page: the flags' words while unlocked; a bare "set" while not."""
    if unreadable:
        return QCoreApplication.translate("LifeStage", "cannot be read")
    if review is None:
        return ""
    if flags is None:
        return QCoreApplication.translate("LifeStage", "set (unlock care to see)")
    return "、".join(stage_label(s) for s in flags.stages)
