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
from domain.errors import DomainError, ValidationFailed
from ui.care.session import care_session
from ui.context import AppContext
from ui.messages import describe
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
        flags, review = flags_of(ctx.uow(), self.session.key, agent_id)
        self.checks = {stage: QCheckBox(stage_label(stage)) for stage in LifeStage}
        row = QHBoxLayout()
        for stage, check in self.checks.items():
            check.setChecked(flags is not None and stage in flags.stages)
            row.addWidget(check)
        self.since = DateField(flags.since if flags else ctx.today())
        self.review_on = DateField(review or next_review(ctx.today()))
        self.note = QLineEdit(flags.note if flags else "")
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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.session.changed.connect(self.reject)  # locking closes it, with the typed words
        self.finished.connect(lambda _r: self.session.changed.disconnect(self.reject))

    def _save(self) -> None:
        stages = tuple(s for s, check in self.checks.items() if check.isChecked())
        flags = LifeStageFlags(stages, self.since.value() or self.ctx.today(), self.note.text())
        try:
            set_flags(self.ctx.uow(), self.session.key, self.agent_id, flags,
                      self.review_on.value() or next_review(self.ctx.today()), self.ctx.today())
        except ValidationFailed as exc:
            self.error.show_error(describe(exc.errors[0].code))
            return
        except DomainError as exc:
            self.error.show_error(describe(exc.code))
            return
        self.session.touch()
        self.accept()


def describe_flags(ctx: AppContext, agent_id: int) -> tuple[str, date | None]:
    """For the agent page: the flags' words while unlocked; a bare "locked" while not."""
    session = care_session(ctx)
    try:
        flags, review = flags_of(ctx.uow(), session.key, agent_id)
    except DomainError:
        return QCoreApplication.translate("LifeStage", "cannot be read"), None
    if review is None:
        return "", None
    if flags is None:
        return QCoreApplication.translate("LifeStage", "set (unlock care to see)"), review
    return "、".join(stage_label(s) for s in flags.stages), review
