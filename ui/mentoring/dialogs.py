"""Dialogs for a pairing's life: start one (with the rules checked by the service), check in, end it.
Each reads and saves through the door (issue 17): Save waits for the answer, a refusal shows in words under the
form with the input kept, and the notice names the pairing's two agents so their pages refresh."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from domain.errors import DomainError, ValidationFailed
from domain.mentoring import services
from domain.mentoring.errors import MentorAtCapacity, PairingOverlaps
from domain.mentoring.model import CheckIn, MentoringDefaults, NewPairing
from domain.mentoring.services import PairingForm, PairingRow
from domain.roster.model import AgentData, Status
from domain.roster.rules import add_months
from shared.messages import describe
from shared.words import label
from ui.context import AppContext
from ui.door import Touched, close_when_saved
from ui.widgets import DateField, ErrorLabel


def error_text(exc: DomainError) -> str:
    if isinstance(exc, ValidationFailed):
        return "\n".join(dict.fromkeys(describe(e.code) for e in exc.errors))
    text = describe(exc.code)
    if isinstance(exc, MentorAtCapacity):
        text = text.replace("%1", str(exc.limit))
    if isinstance(exc, PairingOverlaps):
        still = QCoreApplication.translate("Messages", "now (still running)")
        text = text.replace("%1", exc.start.isoformat()).replace("%2", exc.end.isoformat() if exc.end else still)
    return text


def person(agent: AgentData) -> str:
    return f"{agent.name}（{agent.employee_no}）"


def _buttons(dialog: QDialog, ok) -> QDialogButtonBox:  # type: ignore[no-untyped-def]
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(ok)
    buttons.rejected.connect(dialog.reject)
    return buttons


class PairingDialog(QDialog):
    """New pairing. Every active agent can be chosen as mentor — the service refuses the ineligible ones
    with its reason — but the list says up front who qualifies and how many apprentices each has."""

    def __init__(self, ctx: AppContext, apprentice_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pairing_id: int | None = None
        self.setWindowTitle(self.tr("New mentoring pairing"))
        today = ctx.today()
        self.ready = False  # the candidates arrive from the door after the dialog is built
        self.defaults = MentoringDefaults()
        self._candidates: dict[int | None, services.MentorCandidate] = {}
        self.apprentice = QComboBox()
        self.mentor = QComboBox()
        self.start = DateField(today)
        self.planned_end = DateField(add_months(today, self.defaults.planned_months))
        self.allowance = QDoubleSpinBox()
        self.allowance.setRange(0, 100000)
        self.allowance.setDecimals(2)
        self.allowance.setSuffix(self.tr(" yuan/month"))
        self.allowance.setValue(float(self.defaults.monthly_allowance))
        self.goals = QPlainTextEdit()
        self.goals.setPlaceholderText(self.tr("e.g. handle refund complaints alone; pass junior certification"))
        self.goals.setFixedHeight(70)
        self.mentor_hint = QLabel()
        self.mentor_hint.setStyleSheet("color: #666;")
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Apprentice"), self.apprentice)
        form.addRow(self.tr("Mentor"), self.mentor)
        form.addRow("", self.mentor_hint)
        form.addRow(self.tr("Start date"), self.start)
        form.addRow(self.tr("Planned end"), self.planned_end)
        form.addRow(self.tr("Mentor allowance"), self.allowance)
        form.addRow(self.tr("Goals"), self.goals)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, self.save))
        self.start.dateChanged.connect(self._start_changed)
        self.mentor.currentIndexChanged.connect(self._show_hint)
        self._show_hint()
        ctx.door.query(lambda uow: services.pairing_form(uow, today), lambda form: self._fill(form, apprentice_id),
                       owner=self)

    def _fill(self, form: PairingForm, apprentice_id: int | None) -> None:
        self.defaults, candidates = form.defaults, form.candidates
        self.allowance.setValue(float(self.defaults.monthly_allowance))
        self._start_changed()
        self._candidates = {c.agent.id: c for c in candidates}
        newest_first = sorted((c.agent for c in candidates), key=lambda a: a.hire_date, reverse=True)
        hired = self.tr("hired %1")
        for agent in newest_first:
            self.apprentice.addItem(f"{person(agent)} · {hired.replace('%1', agent.hire_date.isoformat())}", agent.id)
        if apprentice_id is not None:
            self.apprentice.setCurrentIndex(max(0, self.apprentice.findData(apprentice_id)))
        self.mentor.addItem(self.tr("— choose a mentor —"), None)
        for c in sorted(candidates, key=lambda c: (not c.qualified, c.active_apprentices, c.agent.employee_no)):
            mark = "" if c.qualified else " ✕"
            self.mentor.addItem(f"{person(c.agent)}{mark}", c.agent.id)
        self.ready = True

    def _start_changed(self) -> None:
        start = self.start.value()
        if start is not None:
            self.planned_end.set_value(add_months(start, self.defaults.planned_months))

    def _show_hint(self) -> None:
        candidate = self._candidates.get(self.mentor.currentData())
        if candidate is None:
            self.mentor_hint.setText(self.tr("A mentor is in the expert stage or certified senior."))
            return
        status = self.tr("qualifies") if candidate.qualified else self.tr("does not qualify")
        self.mentor_hint.setText(
            self.tr("%1 · %2 · %3 of %4 apprentices now")
            .replace("%1", status).replace("%2", label(candidate.agent.cert_level))
            .replace("%3", str(candidate.active_apprentices)).replace("%4", str(self.defaults.max_apprentices)))

    def save(self) -> None:
        if self.mentor.currentData() is None or self.apprentice.currentData() is None:
            self.error.show_error(describe("required"))
            return
        new = NewPairing(
            mentor_id=self.mentor.currentData(), apprentice_id=self.apprentice.currentData(),
            start_date=self.start.value() or self.ctx.today(), planned_end=self.planned_end.value() or self.ctx.today(),
            monthly_allowance=Decimal(f"{self.allowance.value():.2f}"), goals=self.goals.toPlainText(),
        )
        today = self.ctx.today()
        close_when_saved(self.ctx.door, self, lambda uow: services.start_pairing(uow, new, today),
                         Touched.of("mentoring", agents=[new.mentor_id, new.apprentice_id]), self.error,
                         done=lambda pairing_id: setattr(self, "pairing_id", pairing_id), words=error_text)


class CheckInDialog(QDialog):
    def __init__(self, ctx: AppContext, row: PairingRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.row = ctx, row
        self.setWindowTitle(self.tr("Mentor check-in"))
        intro = QLabel(self.tr("%1 mentoring %2").replace("%1", row.mentor.name).replace("%2", row.apprentice.name))
        self.day = DateField(ctx.today())
        self.progress = QSpinBox()
        self.progress.setRange(1, 5)
        self.progress.setValue(row.check_ins.last_progress or 3)
        scale = QLabel(self.tr("1 = just starting · 3 = handles common cases · 5 = works alone"))
        scale.setStyleSheet("color: #666;")
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("What was practised, what is still hard, what comes next"))
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Progress"), self.progress)
        form.addRow("", scale)
        form.addRow(self.tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, self.save))

    def save(self) -> None:
        check_in = CheckIn(self.row.pairing.id, self.day.value() or self.ctx.today(), self.progress.value(),
                           self.note.toPlainText())
        today = self.ctx.today()
        close_when_saved(self.ctx.door, self, lambda uow: services.add_check_in(uow, check_in, today),
                         Touched.of("mentoring", agents=[self.row.mentor.id, self.row.apprentice.id]), self.error,
                         words=error_text)


class EndPairingDialog(QDialog):
    def __init__(self, ctx: AppContext, row: PairingRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.row = ctx, row
        self.setWindowTitle(self.tr("End pairing"))
        intro = QLabel(self.tr("%1 mentoring %2, since %3").replace("%1", row.mentor.name)
                       .replace("%2", row.apprentice.name).replace("%3", row.pairing.start_date.isoformat()))
        default_end = min(ctx.today(), row.pairing.planned_end)
        for agent in (row.mentor, row.apprentice):  # someone left: the pairing ended on their last day
            if agent.status is Status.LEFT and agent.leave_date is not None:
                default_end = min(default_end, agent.leave_date)
        self.day = DateField(max(default_end, row.pairing.start_date))
        self.completed = QRadioButton(self.tr("Completed"))
        self.early = QRadioButton(self.tr("Ended early"))
        self.completed.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.completed)
        group.addButton(self.early)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("Why it ended early (required), or a closing note"))
        self.reason.setFixedHeight(70)
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("End date"), self.day)
        form.addRow(self.tr("Outcome"), self.completed)
        form.addRow("", self.early)
        form.addRow(self.tr("Reason"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, self.save))

    def save(self) -> None:
        today, pairing_id, version = self.ctx.today(), self.row.pairing.id, self.row.pairing.version
        end, early, reason = self.day.value() or today, self.early.isChecked(), self.reason.toPlainText()
        close_when_saved(self.ctx.door, self,
                         lambda uow: services.end_pairing(uow, pairing_id, end, early, reason, today, version),
                         Touched.of("mentoring", agents=[self.row.mentor.id, self.row.apprentice.id]), self.error,
                         words=error_text)
