"""绩效 page: month picker, the team's scores and grades with role/team filters, the selected agent's
12-month trend, explanations, appeals and 服务之星."""

from __future__ import annotations

from collections.abc import Callable

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
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from domain.errors import DomainError
from domain.performance import services
from domain.performance.model import GRADES_BEST_FIRST, AppealStatus, StarHow
from domain.performance.services import PerformancePage as PageData
from domain.performance.services import PerformanceRow, TrendPoint
from domain.ports import Job
from domain.roster.model import Role
from shared.messages import describe
from shared.performance_figures import fmt
from shared.words import label
from ui.charts import ChartWidget
from ui.context import AppContext
from ui.door import Touched, out_of_sight, show_failure
from ui.list_table import SizedTable, keyboard_table
from ui.performance.appeal_dialogs import AppealDialog, DecisionDialog, StarDialog
from ui.performance.explanation_dialog import ExplanationDialog
from ui.performance.import_dialog import KpiImportDialog, RowsModel
from ui.performance.plans import WeeklyReviewView
from ui.performance.publish_action import publish_month
from ui.performance.table_model import PerformanceFilter, PerformanceTableModel
from ui.performance.trend import draw_trend
from ui.table_model import Prepared, text_columns

# A month read on the worker: the page's data, its rows arranged as the table shows them, the teams, rows by id.
Answer = tuple[PageData, Prepared[PerformanceRow], list[str], dict[int, PerformanceRow]]


class PerformancePage(QWidget):
    status_message = Signal(str)
    agent_activated = Signal(int)
    loaded = Signal()  # the month's table, filters and appeals are on screen
    trend_shown = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = PerformanceTableModel(self)
        self.month = QComboBox()
        self.month.setMinimumWidth(110)
        self.role_filter = QComboBox()
        self.role_filter.addItem(self.tr("All roles"), "")
        for role in Role:
            self.role_filter.addItem(label(role), role.value)
        self.team_filter = QComboBox()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name or employee no."))
        self.search.setClearButtonEnabled(True)
        self.import_button = QPushButton(self.tr("Import KPIs…"))
        self.schemes_button = QPushButton(self.tr("Scoring schemes…"))
        self.publish_button = QPushButton(self.tr("Publish the month…"))  # the month's team workbook
        self.summary = QLabel()
        self.summary.setStyleSheet("font-size: 14px; padding: 2px 0;")
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(self.model._sort_column, self.model._sort_order)
        self.table.setSortingEnabled(True)  # sorts by the indicator: best score first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setDefaultSectionSize(84)
        self.empty_hint = QLabel(self.tr("No KPI figures yet. Import the platform's monthly export (.xlsx or .csv)."))
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setStyleSheet("color: #666; font-size: 15px; padding: 40px;")

        self.chart = ChartWidget()
        self.chart.setMinimumHeight(220)
        self.agent_label = QLabel()
        self.agent_label.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.explain_button = QPushButton(self.tr("Why this grade?"))
        self.appeal_button = QPushButton(self.tr("File an appeal…"))
        self.star_button = QPushButton(self.tr("Service star…"))
        self.appeals_model = RowsModel(self)
        self.appeals_view = SizedTable()
        self.appeals_view.setModel(self.appeals_model)
        self.appeals_view.verticalHeader().setVisible(False)
        self.appeals_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.appeals_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.appeals_view.horizontalHeader().setStretchLastSection(True)
        self.decide_button = QPushButton(self.tr("Decide appeal…"))

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Month")))
        for widget in (self.month, self.role_filter, self.team_filter):
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.import_button)
        filters.addWidget(self.schemes_button)
        filters.addWidget(self.publish_button)
        side = QVBoxLayout()
        side.addWidget(self.agent_label)
        row = QHBoxLayout()
        for button in (self.explain_button, self.appeal_button, self.star_button):
            row.addWidget(button)
        side.addLayout(row)
        appeals_title = QHBoxLayout()
        appeals_title.addWidget(QLabel("<b>" + self.tr("Appeals this month") + "</b>"))
        appeals_title.addStretch()
        appeals_title.addWidget(self.decide_button)
        side.addLayout(appeals_title)
        side.addWidget(self.appeals_view, 1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        self.review = WeeklyReviewView(ctx)  # 绩效回顾: who fell a band, who hit a floor, their plans
        self.lower_tabs = QTabWidget()
        self.lower_tabs.addTab(self.chart, self.tr("Trend"))
        self.lower_tabs.addTab(self.review, self.tr("Weekly review"))
        bottom = QSplitter()
        bottom.addWidget(self.lower_tabs)
        bottom.addWidget(side_widget)
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 2)
        self.body = QSplitter(Qt.Orientation.Vertical)
        self.body.addWidget(self.table)
        self.body.addWidget(bottom)
        self.body.setStretchFactor(0, 3)
        self.body.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.body, 1)

        self._filter_timer = QTimer(self, singleShot=True, interval=120)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._filter_timer.start)
        self.month.currentIndexChanged.connect(self.load_month)
        self.role_filter.currentIndexChanged.connect(self.apply_filter)
        self.team_filter.currentIndexChanged.connect(self.apply_filter)
        self.import_button.clicked.connect(self.import_file)
        self.schemes_button.clicked.connect(self.edit_schemes)
        self.publish_button.clicked.connect(lambda: publish_month(ctx, self, self.current_month()))
        self.explain_button.clicked.connect(self.explain_selected)
        self.appeal_button.clicked.connect(self.appeal_selected)
        self.star_button.clicked.connect(self.choose_star)
        self.decide_button.clicked.connect(self.decide_selected_appeal)
        self.table.doubleClicked.connect(self.explain_selected)
        # The row menus (issue 24): Enter explains the grade; the menu also files an appeal or names the star.
        keyboard_table(self.table, [self.explain_button, self.appeal_button, self.star_button])
        self.appeals_view.doubleClicked.connect(self.decide_selected_appeal)
        keyboard_table(self.appeals_view, [self.decide_button])
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.appeals_view.selectionModel().selectionChanged.connect(self._sync_buttons)
        self._appeals: list = []
        self._by_id: dict[int, PerformanceRow] = {}
        self._supervisor = ""
        self._improvement_star = ""
        self._trend_for: tuple[int, str] | None = None
        self._stale = False  # a notice came while the page was out of sight: refresh when shown
        ctx.door.changed.connect(self._data_changed)
        self._selection_changed()  # the empty chart now: the splitter sizes itself on the first show
        self.refresh()

    # --- loading -----------------------------------------------------------------------------------
    def current_month(self) -> str | None:
        return self.month.currentData() or None

    def refresh(self, month: str | None = None) -> None:
        """The month's table, appeals and who decides them, in one read; `month` None keeps the shown one."""
        keep, today = month or self.current_month(), self.ctx.today()
        prepare = self.model.preparer()

        def arrange(data: PageData) -> Answer:
            # The month's 5,000 rows filtered, sorted, indexed and their teams listed here on the worker: on the UI
            # thread that work (twice arranged) was most of a month switch's 60–80 ms stall.
            return (data, prepare(data.rows), sorted({r.agent.team for r in data.rows}),
                    {r.agent.id: r for r in data.rows if r.agent.id is not None})

        # The month read (scores, plans, appeals) in the second process when it is up, arranged on the worker.
        self.ctx.door.apart(Job.query(services.page_data, keep, today), self._show_page, then=arrange, owner=self)

    def load_month(self) -> None:
        self.refresh(self.current_month())

    def _data_changed(self, touched: Touched) -> None:
        if touched.concerns({"kpi", "agents"}):
            if out_of_sight(self):  # behind another page: catch up when shown, not on every edit elsewhere
                self._stale = True
            else:
                self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def _show_page(self, answer: Answer) -> None:
        data, prepared, teams, by_id = answer
        selected = self.selected()
        keep_agent = selected.agent.id if selected else None
        self.month.blockSignals(True)
        self.month.clear()
        for m in reversed(data.months):
            self.month.addItem(m, m)
        self.month.setCurrentIndex(max(0, self.month.findData(data.month)))
        self.month.blockSignals(False)
        self.empty_hint.setVisible(not data.months)
        self.body.setVisible(bool(data.months))
        self._supervisor = data.supervisor
        found = data.improvement_star
        self._improvement_star = "、".join(self._by_name(w.agent_id, data) for w in found.winners) if found else ""
        self.model.show(prepared)
        self._by_id = by_id
        current = self.team_filter.currentData()
        self.team_filter.blockSignals(True)
        self.team_filter.clear()
        self.team_filter.addItem(self.tr("All teams"), "")
        for team in teams:
            self.team_filter.addItem(team, team)
        self.team_filter.setCurrentIndex(max(0, self.team_filter.findData(current or "")))
        self.team_filter.blockSignals(False)
        self._show_appeals(data.appeals)
        self.review.show_month(data.month)
        self.apply_filter()
        if keep_agent is not None:
            self.select_agent(keep_agent)
        self.loaded.emit()

    @staticmethod
    def _by_name(agent_id: int, data: PageData) -> str:
        return next((r.agent.name for r in data.rows if r.agent.id == agent_id), "")

    def _show_appeals(self, appeals: list) -> None:
        self._appeals = appeals
        names = {i: r.agent.name for i, r in self._by_id.items()}
        self.appeals_model.set_table(
            text_columns([self.tr("Agent"), self.tr("Metric"), self.tr("On record → asked"), self.tr("Status"),
                           self.tr("Reason")]),
            [[names.get(a.agent_id, str(a.agent_id)), label(a.metric),
              f"{fmt(a.metric, a.original_value)} → {fmt(a.metric, a.requested_value)}",
              label(a.status) + (f" · {a.decided_by}" if a.decided_by else ""), a.reason] for a in self._appeals])

    def apply_filter(self) -> None:
        role = self.role_filter.currentData()
        flt = PerformanceFilter(self.search.text().strip(), Role(role) if role else None,
                                self.team_filter.currentData() or None)
        if flt != self.model.filter:  # the same filter shows the same rows: no second pass over them
            self.model.set_filter(flt)
        shown, total = self.model.counts()
        grades = self.model.grade_counts()
        parts = [self.tr("%1 agents").replace("%1", str(shown))]
        parts += [f"{label(g)} {grades.get(g, 0)}" for g in GRADES_BEST_FIRST]
        stars = [r.agent.name for r in self.model._all if r.star]
        if stars:
            parts.append(self.tr("Service star: %1").replace("%1", "、".join(stars)))
        if self._improvement_star:
            parts.append(self.tr("Most improved: %1").replace("%1", self._improvement_star))
        self.summary.setText("  ·  ".join(parts) if total else "")
        self.status_message.emit(self.tr("Performance %1: %2 of %3 agents shown")
                                 .replace("%1", self.current_month() or "").replace("%2", str(shown))
                                 .replace("%3", str(total)))
        self._selection_changed()

    # --- selection and trend -------------------------------------------------------------------------
    def selected(self) -> PerformanceRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_agent(self, agent_id: int) -> None:
        index = self.model.row_index_of(agent_id)
        if index is not None:
            self.table.selectRow(index)

    def _selection_changed(self) -> None:
        row = self.selected()
        month = self.current_month()
        if row is None or month is None or row.agent.id is None:
            self.agent_label.setText(self.tr("Select an agent to see their 12-month trend."))
            self.chart.show_empty(self.tr("Select an agent in the table."))
        else:
            self.agent_label.setText(f"{row.agent.name}（{row.agent.employee_no}）· {row.agent.team}")
            agent_id, name = row.agent.id, row.agent.name
            self._trend_for = (agent_id, month)

            def show(points: list[TrendPoint]) -> None:
                if self._trend_for != (agent_id, month):
                    return  # the selection moved on while this trend was read
                draw_trend(self.chart, points, self.tr("%1: score over 12 months").replace("%1", name),
                           self.tr("Score"), self.tr("Team average"), self.tr("No scores in these 12 months."))
                self.trend_shown.emit()

            self.ctx.door.query(lambda uow: services.agent_trend(uow, agent_id, month), show, owner=self)
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        row = self.selected()
        self.explain_button.setEnabled(row is not None and row.score is not None)
        self.appeal_button.setEnabled(row is not None)
        self.star_button.setEnabled(self.current_month() is not None and bool(self.model._all))
        appeal = self.selected_appeal()
        self.decide_button.setEnabled(appeal is not None and appeal.status is AppealStatus.PENDING)

    def selected_appeal(self):  # type: ignore[no-untyped-def]
        rows = self.appeals_view.selectionModel().selectedRows()
        return self._appeals[rows[0].row()] if rows else None

    # --- actions -------------------------------------------------------------------------------------
    def _warn(self, exc: DomainError) -> None:
        QMessageBox.warning(self, self.tr("Could not complete"), describe(exc.code))

    def explanation_dialog(self, then: Callable[[ExplanationDialog], None]) -> None:
        """Reads the explanation off the UI thread, then hands the dialog to `then` (which usually execs it)."""
        row, month = self.selected(), self.current_month()
        if row is None or month is None or row.agent.id is None:
            return
        agent_id, today = row.agent.id, self.ctx.today()

        def failed(exc: BaseException, _trace: str) -> None:
            if isinstance(exc, DomainError):
                self._warn(exc)
            else:
                show_failure(exc, _trace)

        self.ctx.door.query(lambda uow: services.explanation_data(uow, agent_id, month, today),
                            lambda found: then(ExplanationDialog(self.ctx, found[0], found[1], self)),
                            failed, owner=self)

    def explain_selected(self) -> None:
        self.explanation_dialog(lambda dialog: dialog.exec())

    def _saving(self, on_result: Callable[[bool], None]) -> Callable[[BaseException, str], None]:
        def failed(exc: BaseException, trace: str) -> None:
            if isinstance(exc, DomainError):
                self._warn(exc)
            else:
                show_failure(exc, trace)
            on_result(False)
        return failed

    def appeal_selected(self) -> None:
        row = self.selected()
        if row is None or row.agent.id is None:
            return
        agent_id, month, today = row.agent.id, row.kpi.month, self.ctx.today()

        def save(metric, value, reason, on_result) -> None:  # type: ignore[no-untyped-def]
            self.ctx.door.change(
                lambda uow: services.file_appeal(uow, agent_id, month, metric, value, reason, today),
                lambda _id: on_result(True), Touched.of("kpi", agents=[agent_id]), self._saving(on_result),
                owner=self)

        AppealDialog(row.agent.name, row.kpi, save, self).exec()

    def decide_selected_appeal(self) -> None:
        appeal = self.selected_appeal()
        if appeal is None or appeal.id is None:
            return
        name = self._by_id[appeal.agent_id].agent.name if appeal.agent_id in self._by_id else ""
        appeal_id, today = appeal.id, self.ctx.today()

        def decided(outcome, on_result) -> None:  # type: ignore[no-untyped-def]
            on_result(True)
            before, after = outcome
            if before and after:
                self.status_message.emit(self.tr("%1: %2 %3 → %4 %5").replace("%1", name)
                                         .replace("%2", f"{before.score:.1f}").replace("%3", label(before.grade))
                                         .replace("%4", f"{after.score:.1f}").replace("%5", label(after.grade)))

        def save(accepted, value, by, note, on_result) -> None:  # type: ignore[no-untyped-def]
            self.ctx.door.change(
                lambda uow: services.decide_appeal(uow, appeal_id, accepted, value, by, note, today),
                lambda outcome: decided(outcome, on_result), Touched.of("kpi", agents=[appeal.agent_id]),
                self._saving(on_result), owner=self)

        DecisionDialog(name, appeal, self._supervisor, save, self).exec()

    def choose_star(self) -> None:
        month = self.current_month()
        if month is None:
            return
        ranked = sorted(self.model._all, key=lambda r: -(r.score.score if r.score else -1))
        candidates = [(r.agent.id, f"{r.agent.name}（{r.agent.employee_no}）"
                       + (f" {r.score.score:.1f} {label(r.score.grade)}" if r.score else "")) for r in ranked]
        today = self.ctx.today()

        def save(agent_id: int, is_suggested: bool, note: str, on_result: Callable[[bool], None]) -> None:
            how = StarHow.TOP_SCORE if is_suggested else StarHow.NOMINATED
            self.ctx.door.change(lambda uow: services.record_star(uow, month, agent_id, how, note, today),
                                 lambda _id: on_result(True), Touched.of("kpi", agents=[agent_id]),
                                 self._saving(on_result), owner=self)

        def ask(suggested: int | None) -> None:
            StarDialog(month, candidates, suggested, save, self).exec()

        self.ctx.door.query(lambda uow: services.suggest_star(uow, month), ask, owner=self)

    def import_file(self) -> None:
        # The dialog announces the month it landed (Touched "kpi"); this page then reloads showing that month.
        dialog = KpiImportDialog(self.ctx, self)
        if dialog.exec() and dialog.preview:
            self.refresh(dialog.preview.plan.month)

    def edit_schemes(self) -> None:
        from ui.performance.scheme_editor import SchemeDialog

        SchemeDialog(self.ctx, self.current_month(), self).exec()  # a rescore announces "kpi": the page reloads
