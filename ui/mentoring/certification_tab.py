"""技能认证: every exam attempt, recording a new one (the roster's level follows the latest pass), and each
agent's time from hire to every level."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from domain.mentoring import services
from domain.mentoring.model import EXAM_LEVELS, CertAttempt
from domain.mentoring.outcomes import AgentLevelTimes
from domain.mentoring.services import AttemptReceipt, AttemptRow
from domain.roster.model import AgentData, CertLevel
from shared.messages import describe
from shared.words import label
from ui.context import AppContext
from ui.door import Touched, close_when_saved
from ui.list_table import MUTED, Column, ListTableModel, Prepared, make_view
from ui.mentoring.dialogs import error_text, person
from ui.mentoring.outcomes_tab import days_text
from ui.widgets import DateField, ErrorLabel


def _result(passed: bool) -> str:
    return QCoreApplication.translate("CertificationTab", "Passed" if passed else "Not passed")


_RESULT_WORDS = (QT_TRANSLATE_NOOP("CertificationTab", "Passed"), QT_TRANSLATE_NOOP("CertificationTab", "Not passed"))

ATTEMPT_COLUMNS: list[Column[AttemptRow]] = [
    Column(QT_TRANSLATE_NOOP("CertificationTab", "Date"), lambda r: r.attempt.day.isoformat(), lambda r: r.attempt.day,
           key="date"),
    Column(QT_TRANSLATE_NOOP("CertificationTab", "Agent"), lambda r: person(r.agent), lambda r: r.agent.employee_no,
           key="agent"),
    Column(QT_TRANSLATE_NOOP("CertificationTab", "Level"), lambda r: label(r.attempt.level),
           lambda r: list(CertLevel).index(r.attempt.level), key="level"),
    Column(QT_TRANSLATE_NOOP("CertificationTab", "Score"),
           lambda r: "" if r.attempt.score is None else f"{r.attempt.score}",
           lambda r: r.attempt.score if r.attempt.score is not None else Decimal(-1), numeric=True, key="score"),
    Column(QT_TRANSLATE_NOOP("CertificationTab", "Result"), lambda r: _result(r.attempt.passed),
           lambda r: r.attempt.passed, key="result"),
    Column(QT_TRANSLATE_NOOP("CertificationTab", "Note"), lambda r: r.attempt.note, lambda r: r.attempt.note,
           key="note"),
]


def _days(level: CertLevel):  # type: ignore[no-untyped-def]
    return lambda r: days_text(r.days.get(level))


TIME_COLUMNS: list[Column[AgentLevelTimes]] = [
    Column(QT_TRANSLATE_NOOP("CertificationTab", "Agent"), lambda r: person(r.agent), lambda r: r.agent.employee_no,
           key="agent"),
    Column(QT_TRANSLATE_NOOP("CertificationTab", "Hired"), lambda r: r.agent.hire_date.isoformat(),
           lambda r: r.agent.hire_date, key="hired"),
    Column(QT_TRANSLATE_NOOP("CertificationTab", "Current level"), lambda r: label(r.agent.cert_level),
           lambda r: list(CertLevel).index(r.agent.cert_level), key="current_level"),
    Column(QT_TRANSLATE_NOOP("CertificationTab", "Hire to junior"), _days(CertLevel.JUNIOR),
           lambda r: r.days.get(CertLevel.JUNIOR, 10**6), numeric=True, key="hire_to_junior"),
    Column(QT_TRANSLATE_NOOP("CertificationTab", "Hire to intermediate"), _days(CertLevel.INTERMEDIATE),
           lambda r: r.days.get(CertLevel.INTERMEDIATE, 10**6), numeric=True, key="hire_to_intermediate"),
    Column(QT_TRANSLATE_NOOP("CertificationTab", "Hire to senior"), _days(CertLevel.SENIOR),
           lambda r: r.days.get(CertLevel.SENIOR, 10**6), numeric=True, key="hire_to_senior"),
]


class AttemptDialog(QDialog):
    def __init__(self, ctx: AppContext, agent_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.receipt: AttemptReceipt | None = None
        self.setWindowTitle(self.tr("Record certification exam"))
        self.ready = False  # the agent list arrives from the door after the dialog is built
        self.agent = QComboBox()
        ctx.door.query(services.examinable_agents, lambda agents: self._fill(agents, agent_id), owner=self)
        self.level = QComboBox()
        for level in EXAM_LEVELS:
            self.level.addItem(label(level), level.value)
        self.day = DateField(ctx.today())
        self.has_score = QCheckBox(self.tr("Score"))
        self.has_score.setChecked(True)
        self.score = QDoubleSpinBox()
        self.score.setRange(0, 100)
        self.score.setDecimals(1)
        self.score.setValue(80)
        self.has_score.toggled.connect(self.score.setEnabled)
        self.passed = QCheckBox(self.tr("Passed"))
        self.passed.setChecked(True)
        self.note = QLineEdit()
        self.error = ErrorLabel()
        score_row = QHBoxLayout()
        score_row.addWidget(self.has_score)
        score_row.addWidget(self.score, 1)
        form = QFormLayout()
        form.addRow(self.tr("Agent"), self.agent)
        form.addRow(self.tr("Level"), self.level)
        form.addRow(self.tr("Exam date"), self.day)
        form.addRow("", score_row)
        form.addRow("", self.passed)
        form.addRow(self.tr("Note"), self.note)
        hint = QLabel(self.tr("A pass sets the agent's level in the roster to this level, dated on the exam day."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _fill(self, agents: list[AgentData], agent_id: int | None) -> None:
        for a in agents:
            self.agent.addItem(f"{person(a)} · {label(a.cert_level)}", a.id)
        if agent_id is not None:
            self.agent.setCurrentIndex(max(0, self.agent.findData(agent_id)))
        self.ready = True

    def save(self) -> None:
        if self.agent.currentData() is None:
            self.error.show_error(describe("required"))
            return
        score = Decimal(f"{self.score.value():.1f}") if self.has_score.isChecked() else None
        attempt = CertAttempt(self.agent.currentData(), CertLevel(self.level.currentData()),
                              self.day.value() or self.ctx.today(), score, self.passed.isChecked(), self.note.text())
        today = self.ctx.today()
        # A pass may move the agent's level: the roster row and the agent page refresh on "agents".
        close_when_saved(self.ctx.door, self, lambda uow: services.record_attempt(uow, attempt, today),
                         Touched.of("agents", "mentoring", agents=[attempt.agent_id]), self.error,
                         done=lambda receipt: setattr(self, "receipt", receipt), words=error_text)


@dataclass(frozen=True)
class AgentFilter:
    """The search box: a row shows when its agent's name or employee no. holds the text."""
    needle: str

    def accepts(self, row: AttemptRow | AgentLevelTimes) -> bool:
        return self.needle in row.agent.name.casefold() or self.needle in row.agent.employee_no.casefold()


class CertificationTab(QWidget):
    status_message = Signal(str)
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name or employee no."))
        self.search.setClearButtonEnabled(True)
        self.record_button = QPushButton(self.tr("Record exam…"))
        self.attempts_model: ListTableModel[AttemptRow] = ListTableModel(
            "CertificationTab", ATTEMPT_COLUMNS, lambda r: None if r.attempt.passed else MUTED, parent=self)
        self.attempts_view = make_view(self.attempts_model, self)
        self.attempts_view.sortByColumn(self.attempts_model.column("date"), Qt.SortOrder.DescendingOrder)
        self.times_model: ListTableModel[AgentLevelTimes] = ListTableModel(
            "CertificationTab", TIME_COLUMNS, parent=self)
        self.times_view = make_view(self.times_model, self, stretch_last=False)
        self.empty_hint = QLabel(self.tr("No exams recorded yet: “Record exam…” after each certification."))
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setStyleSheet("color: #666; font-size: 15px; padding: 40px;")
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addStretch()
        top.addWidget(self.record_button)
        times_title = QLabel(self.tr("Time from hire to each level (first pass)"))
        times_title.setStyleSheet("font-weight: bold;")
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(times_title)
        lower_layout.addWidget(self.times_view)
        self._splitter = QSplitter(Qt.Orientation.Vertical)
        self._splitter.addWidget(self.attempts_view)
        self._splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self._splitter, 1)
        self._filter_timer = QTimer(self, singleShot=True, interval=120)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._filter_timer.start)
        self.record_button.clicked.connect(self.record)
        self.refresh()

    def refresh(self) -> None:
        self._set_filters()
        # Both lists filtered and sorted on the worker: tens of thousands of attempts and every agent's times.
        attempts, times = self.attempts_model.preparer(), self.times_model.preparer()

        def read(uow):  # type: ignore[no-untyped-def]
            view = services.certification_view(uow)
            return attempts(view.attempts), times(view.times)
        self.ctx.door.query(read, self._show, owner=self)

    def _show(self, prepared: tuple[Prepared[AttemptRow], Prepared[AgentLevelTimes]]) -> None:
        self.attempts_model.show(prepared[0])
        self.times_model.show(prepared[1])
        self._sized()
        self.loaded.emit()

    def _set_filters(self) -> None:
        needle = self.search.text().strip().casefold()
        self.attempts_model.filter = AgentFilter(needle) if needle else None
        self.times_model.filter = AgentFilter(needle) if needle else None

    def apply_filter(self) -> None:
        self._set_filters()
        for model in (self.attempts_model, self.times_model):
            model.set_filter(model.filter)
        self._sized()

    def _sized(self) -> None:
        for view in (self.attempts_view, self.times_view):
            view.resizeColumnsToContents()
        anything = bool(self.attempts_model.counts()[1])
        self.empty_hint.setVisible(not anything)
        self._splitter.setVisible(anything)

    def record(self, agent_id: int | None = None) -> None:
        dialog = AttemptDialog(self.ctx, agent_id if isinstance(agent_id, int) else None, self)
        if dialog.exec() and dialog.receipt is not None:  # the door's notice refreshes the tabs
            receipt = dialog.receipt
            if receipt.level_after != receipt.level_before:
                self.status_message.emit(self.tr("Roster level changed: %1 → %2")
                                         .replace("%1", label(receipt.level_before))
                                         .replace("%2", label(receipt.level_after)), words=error_text)
