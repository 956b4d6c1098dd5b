"""招聘面试: the candidate pipeline with scorecards and hiring, the scorecard templates, interviewer
calibration and whether the interview predicts who stays."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from domain.errors import DomainError, ValidationFailed
from domain.recruiting import reports, services
from domain.recruiting.model import PIPELINE, ROUND_OF_STAGE, Candidate, Round, Scorecard, Stage
from domain.recruiting.reports import CandidateDetail
from domain.recruiting.services import CandidateRow, ScorecardForm
from domain.roster.model import AgentData, Role
from shared.messages import describe
from shared.words import label
from ui.context import AppContext
from ui.door import Answer, Touched, out_of_sight, show_failure
from ui.lazy_tabs import LazyTabs
from ui.list_table import Prepared, SizedTable, keyboard_table, sample_sizes
from ui.recruiting.analysis_views import CalibrationView, PredictionView
from ui.recruiting.candidate_dialog import CandidateDialog, ReasonDialog
from ui.recruiting.candidate_model import CandidateFilter, CandidateModel
from ui.recruiting.candidate_view import CandidateView
from ui.recruiting.scorecard_dialog import ScorecardDialog
from ui.recruiting.template_editor import TemplateEditor
from ui.roster.agent_dialog import AgentDialog

OPEN = "open"
CALIBRATION, PREDICTION = 2, 3  # the analyses' tabs


class RecruitingPage(QWidget):
    status_message = Signal(str)
    agent_activated = Signal(int)
    loaded = Signal()  # the pipeline is on screen
    detail_shown = Signal()
    analysis_shown = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._select_next: int | None = None  # a candidate just added: selected once the pipeline reloads
        self._detail_for: int | None = None
        self.model = CandidateModel(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name or phone"))
        self.search.setClearButtonEnabled(True)
        self.stage_filter = QComboBox()
        self.role_filter = QComboBox()
        self.role_filter.addItem(self.tr("All roles"), "")
        for role in Role:
            self.role_filter.addItem(label(role), role.value)
        self.add_button = QPushButton(self.tr("Add candidate"))
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.counts.setStyleSheet("color: #444;")
        self.table = SizedTable()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(self.model.column("applied"), Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        sample_sizes(self.table)  # 5,000 candidates measured cell by cell held the UI thread ~1.4 s
        self.view = CandidateView()

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.stage_filter, 1)
        filters.addWidget(self.role_filter)
        filters.addWidget(self.add_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.counts)
        left_layout.addWidget(self.table, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        # The other tabs are built when first shown (ui/lazy_tabs.py); `templates`, `calibration` and
        # `prediction` build theirs on the spot when read first.
        self.tabs = LazyTabs()
        self.tabs.built.connect(self._built)
        self.tabs.add(lambda: splitter, self.tr("Candidates"))
        self.tabs.add(lambda: TemplateEditor(self.ctx), self.tr("Scorecard templates"))
        self.tabs.add(CalibrationView, self.tr("Interviewer calibration"))
        self.tabs.add(PredictionView, self.tr("Does the interview predict retention?"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs)

        self._filter_timer = QTimer(self, singleShot=True, interval=120)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._filter_timer.start)
        self.stage_filter.currentIndexChanged.connect(self.apply_filter)
        self.role_filter.currentIndexChanged.connect(self.apply_filter)
        self.add_button.clicked.connect(self.add_candidate)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.tabs.currentChanged.connect(self._tab_changed)
        v = self.view
        # Enter (or a double click) on a candidate scores the current round; the menu holds every action
        self.table.doubleClicked.connect(self.enter_scorecard)
        keyboard_table(self.table, [v.score_button, v.advance_button, v.hire_button, v.reject_button,
                                    v.withdraw_button, v.reopen_button, None, v.edit_button])
        v.score_requested.connect(self.enter_scorecard)
        v.advance_requested.connect(self.advance)
        v.reject_requested.connect(self.reject)
        v.withdraw_requested.connect(self.withdraw)
        v.reopen_requested.connect(self.reopen)
        v.hire_requested.connect(self.hire)
        v.edit_requested.connect(self.edit_candidate)
        v.agent_activated.connect(self.agent_activated)
        self._stale = False  # a notice came while the page was out of sight: refresh when shown
        ctx.door.changed.connect(self._data_changed)
        self.refresh()

    def _built(self, _index: int, tab: QWidget) -> None:
        if isinstance(tab, TemplateEditor):
            tab.saved.connect(lambda: self.status_message.emit(self.tr("Template saved as a new version")))

    @property
    def templates(self) -> TemplateEditor:
        return self.tabs.tab(1)  # type: ignore[return-value]

    @property
    def calibration(self) -> CalibrationView:
        return self.tabs.tab(CALIBRATION)  # type: ignore[return-value]

    @property
    def prediction(self) -> PredictionView:
        return self.tabs.tab(PREDICTION)  # type: ignore[return-value]

    # --- loading -------------------------------------------------------------------------------
    def refresh(self, select: int | None = None) -> None:
        keep = select if select is not None else self.selected_id()
        today, prepare = self.ctx.today(), self.model.preparer()

        def read(uow: Any) -> tuple[list[CandidateRow], Prepared[CandidateRow], dict[Stage, int]]:
            # Filtered, sorted and counted here on the worker: on the UI thread the 5,000 candidates were
            # arranged twice and counted once per answer.
            rows = services.page_data(uow, today)
            return rows, prepare(rows), services.stage_counts(rows)

        self.ctx.door.query(read, lambda answer: self._show_rows(answer, keep), owner=self)

    def _data_changed(self, touched: Touched) -> None:
        if touched.concerns({"recruiting", "agents"}):
            if out_of_sight(self) and self._select_next is None:  # catch up when shown, not on every edit elsewhere
                self._stale = True
                return
            select, self._select_next = self._select_next, None
            self.refresh(select)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def _show_rows(self, answer: tuple[list[CandidateRow], Prepared[CandidateRow], dict[Stage, int]],
                   keep: int | None) -> None:
        rows, prepared, counts = answer
        self.model.show(prepared)
        current = self.stage_filter.currentData()
        self.stage_filter.blockSignals(True)
        self.stage_filter.clear()
        self.stage_filter.addItem(self.tr("Everyone (%1)").replace("%1", str(len(rows))), "")
        self.stage_filter.addItem(self.tr("In process (%1)").replace("%1", str(sum(counts[s] for s in PIPELINE))),
                                  OPEN)
        for stage in Stage:
            self.stage_filter.addItem(f"{label(stage)} ({counts[stage]})", stage.value)
        self.stage_filter.setCurrentIndex(max(0, self.stage_filter.findData(current or "")))
        self.stage_filter.blockSignals(False)
        self.counts.setText(" · ".join(f"{label(s)} {counts[s]}" for s in Stage))
        self.apply_filter()
        if keep is not None:
            self.select_candidate(keep)
        self._tab_changed(self.tabs.currentIndex())
        self.loaded.emit()

    def apply_filter(self) -> None:
        stage = self.stage_filter.currentData()
        role = self.role_filter.currentData()
        flt = CandidateFilter(text=self.search.text().strip(), open_only=stage == OPEN,
                              stage=Stage(stage) if stage and stage != OPEN else None,
                              role=Role(role) if role else None)
        if flt != self.model.filter:  # the same filter shows the same rows: no second pass over them
            self.model.set_filter(flt)
        shown, total = self.model.counts()
        self.status_message.emit(self.tr("Showing %1 of %2 candidates").replace("%1", str(shown))
                                 .replace("%2", str(total)))
        self._show_selected()

    def _tab_changed(self, index: int) -> None:
        # The analyses (and matplotlib) load only when their tab is opened.
        today = self.ctx.today()

        def shown(view: Any) -> Callable[[Any], None]:
            def show(report: Any) -> None:
                view.show_report(report)
                self.analysis_shown.emit()
            return show

        if index == CALIBRATION:  # by index: reading a tab builds it (the tab shown is built before this runs)
            self.ctx.door.query(reports.calibration_report, shown(self.calibration), owner=self)
        elif index == PREDICTION:
            self.ctx.door.query(lambda uow: reports.prediction_report(uow, today), shown(self.prediction), owner=self)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).candidate.id if rows else None

    def select_candidate(self, candidate_id: int) -> None:
        row = self.model.row_index_of(candidate_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _show_selected(self) -> None:
        candidate_id = self._detail_for = self.selected_id()
        if candidate_id is None:
            self.view.show_detail(None)
            return

        def show(detail: CandidateDetail) -> None:
            if self._detail_for == candidate_id:  # else the selection moved on while this was read
                self.view.show_detail(detail)
                self.detail_shown.emit()

        self.ctx.door.query(lambda uow: reports.candidate_detail(uow, candidate_id), show, owner=self)

    def _candidate(self) -> Candidate | None:
        return self.view.detail.candidate if self.view.detail else None

    def _warn(self, exc: DomainError) -> None:
        QMessageBox.warning(self, self.tr("Could not complete"), describe(exc.code))

    # --- candidates ----------------------------------------------------------------------------
    def _save(self, use_case: Callable[[Any], Any], answer: Answer, done: Callable[[Any], None] | None = None,
              *topics: str) -> None:
        """A dialog's save: field errors beside their fields; any other refusal also in a message box (these dialogs
        have no general error line), with the dialog kept open so nothing typed is lost."""
        self.ctx.door.save(use_case, answer, Touched.of("recruiting", *topics), owner=self, done=done, box=True)

    def _change(self, use_case: Callable[[Any], Any], done: Callable[[Any], None],
                failed: Callable[[BaseException, str], None] | None = None, *topics: str) -> None:
        self.ctx.door.change(use_case, done, Touched.of("recruiting", *topics), failed or self._refused, owner=self)

    def _refused(self, exc: BaseException, trace: str) -> None:
        if isinstance(exc, ValidationFailed):
            QMessageBox.warning(self, self.tr("Could not complete"), describe(exc.errors[0].code))
        elif isinstance(exc, DomainError):
            self._warn(exc)
        else:
            show_failure(exc, trace)

    def add_candidate(self) -> None:
        today = self.ctx.today()

        def save(c: Candidate, answer: Answer) -> None:
            def done(new_id: int) -> None:
                self._select_next = new_id
            self._save(lambda uow: services.add_candidate(uow, c, today), answer, done)

        CandidateDialog(None, today, save, self).exec()

    def edit_candidate(self) -> None:
        candidate = self._candidate()
        if candidate is None:
            return
        today = self.ctx.today()

        def save(c: Candidate, answer: Answer) -> None:
            self._save(lambda uow: services.update_candidate(uow, c, today), answer)

        CandidateDialog(candidate, today, save, self).exec()

    def enter_scorecard(self) -> None:
        candidate = self._candidate()
        if candidate is None:
            return
        round_ = ROUND_OF_STAGE.get(candidate.stage, Round.VETERAN if candidate.stage is Stage.OFFER else Round.HR)
        today = self.ctx.today()

        def save(card: Scorecard, answer: Answer) -> None:
            def done(_: int) -> None:
                self.status_message.emit(self.tr("Scorecard saved for %1").replace("%1", candidate.name))
            self._save(lambda uow: services.record_scorecard(uow, card, today), answer, done)

        def open_form(form: ScorecardForm) -> None:
            ScorecardDialog(candidate, form.templates, round_, form.interviewers, today, save, self,
                            default_interviewer=form.default_interviewer).exec()

        self.ctx.door.query(lambda uow: services.scorecard_form(uow, round_), open_form, owner=self)

    def _move(self, stage: Stage, reason: str = "") -> None:
        candidate = self._candidate()
        if candidate is None or candidate.id is None:
            return
        candidate_id, today = candidate.id, self.ctx.today()
        self._change(lambda uow: services.move_candidate(uow, candidate_id, stage, today, reason), lambda _: None)
    def advance(self) -> None:
        candidate = self._candidate()
        following = services.next_stage(candidate.stage) if candidate else None
        if following is not None:
            self._move(following)

    def reject(self) -> None:
        detail = self.view.detail
        if detail is None:
            return
        knocked = [detail.names.get(k, k) for cv in detail.cards for k in cv.result.knockouts]
        suggestions = ([self.tr("Knock-out: %1").replace("%1", "、".join(dict.fromkeys(knocked)))] if knocked else [])
        suggestions += [self.tr("Communication not clear enough"), self.tr("Weak service attitude"),
                        self.tr("Scenario role-play handled poorly"), self.tr("Poor fit with the team")]
        dialog = ReasonDialog(self.tr("Not passed"), self.tr("Why did %1 not pass?").replace("%1",
                              detail.candidate.name), suggestions, True, self)
        if dialog.exec():
            self._move(Stage.REJECTED, dialog.text())

    def withdraw(self) -> None:
        detail = self.view.detail
        if detail is None:
            return
        dialog = ReasonDialog(self.tr("Withdrew"), self.tr("Why did %1 withdraw? (optional)").replace(
            "%1", detail.candidate.name), ["", self.tr("Salary expectations"), self.tr("Took another offer"),
                                           self.tr("Commute too long"), self.tr("Shift work")], False, self)
        if dialog.exec():
            self._move(Stage.WITHDRAWN, dialog.text())

    def reopen(self) -> None:
        detail = self.view.detail
        if detail is None or detail.candidate.id is None:
            return
        last_open = next((h.stage for h in reversed(detail.history) if h.stage in PIPELINE), Stage.APPLIED)
        candidate_id, today = detail.candidate.id, self.ctx.today()
        self._change(lambda uow: services.reopen(uow, candidate_id, last_open, today), lambda _: None)

    def hire(self) -> None:
        candidate = self._candidate()
        if candidate is None or candidate.id is None:
            return
        candidate_id, today = candidate.id, self.ctx.today()
        self.ctx.door.query(lambda uow: services.hire_form(uow, candidate_id, today),
                            lambda form: self._hire_dialog(candidate, form[0], form[1]), owner=self)

    def _hire_dialog(self, candidate: Candidate, agent: AgentData, teams: list[str]) -> None:
        candidate_id, today = candidate.id, self.ctx.today()

        def landed(_: int) -> None:
            self.status_message.emit(self.tr("%1 hired and added to the roster").replace("%1", candidate.name))

        def save(typed: AgentData, answer: Answer) -> None:
            # The roster's AgentDialog waits for `answer`: [] closes it, errors keep what was typed.
            self._save(lambda uow: services.hire(uow, candidate_id, typed, today), answer, landed, "agents")

        dialog = AgentDialog(agent, today, teams, save, self)
        dialog.setWindowTitle(self.tr("Hire %1 — the new agent").replace("%1", candidate.name))
        dialog.exec()
