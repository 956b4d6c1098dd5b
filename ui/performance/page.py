"""绩效 page: month picker, the team's scores and grades with role/team filters, the selected agent's
12-month trend, explanations, appeals and 服务之星."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.errors import DomainError
from domain.performance import services
from domain.performance.model import GRADES_BEST_FIRST, AppealStatus, StarHow
from domain.performance.services import PerformanceRow
from domain.roster.model import Role
from ui.charts import ChartWidget
from ui.context import AppContext
from ui.labels import label
from ui.messages import describe
from ui.performance.appeal_dialogs import AppealDialog, DecisionDialog, StarDialog
from ui.performance.explanation_dialog import ExplanationDialog
from ui.performance.import_dialog import KpiImportDialog, RowsModel
from ui.performance.table_model import PerformanceFilter, PerformanceTableModel
from ui.performance.trend import draw_trend
from ui.performance.words import fmt, word


class PerformancePage(QWidget):
    status_message = Signal(str)
    agent_activated = Signal(int)

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
        self.appeals_view = QTableView()
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
        bottom = QSplitter()
        bottom.addWidget(self.chart)
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
        self.explain_button.clicked.connect(self.explain_selected)
        self.appeal_button.clicked.connect(self.appeal_selected)
        self.star_button.clicked.connect(self.choose_star)
        self.decide_button.clicked.connect(self.decide_selected_appeal)
        self.table.doubleClicked.connect(self.explain_selected)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.appeals_view.selectionModel().selectionChanged.connect(self._sync_buttons)
        self._appeals: list = []
        self.refresh()

    # --- loading -----------------------------------------------------------------------------------
    def current_month(self) -> str | None:
        return self.month.currentData() or None

    def refresh(self, month: str | None = None) -> None:
        months = services.months_with_figures(self.ctx.uow())
        keep = month or self.current_month()
        self.month.blockSignals(True)
        self.month.clear()
        for m in reversed(months):
            self.month.addItem(m, m)
        self.month.setCurrentIndex(max(0, self.month.findData(keep)) if keep else 0)
        self.month.blockSignals(False)
        self.empty_hint.setVisible(not months)
        self.body.setVisible(bool(months))
        self.load_month()

    def load_month(self) -> None:
        month = self.current_month()
        rows = services.month_overview(self.ctx.uow(), month, self.ctx.today()) if month else []
        self.model.set_rows(rows)
        self._by_id = {r.agent.id: r for r in rows}
        current = self.team_filter.currentData()
        self.team_filter.blockSignals(True)
        self.team_filter.clear()
        self.team_filter.addItem(self.tr("All teams"), "")
        for team in self.model.teams():
            self.team_filter.addItem(team, team)
        self.team_filter.setCurrentIndex(max(0, self.team_filter.findData(current or "")))
        self.team_filter.blockSignals(False)
        self._load_appeals()
        self.apply_filter()

    def _load_appeals(self) -> None:
        month = self.current_month()
        self._appeals = services.list_appeals(self.ctx.uow(), month) if month else []
        names = {i: r.agent.name for i, r in self._by_id.items()}
        self.appeals_model.set_rows(
            [self.tr("Agent"), self.tr("Metric"), self.tr("On record → asked"), self.tr("Status"), self.tr("Reason")],
            [[names.get(a.agent_id, str(a.agent_id)), word(a.metric),
              f"{fmt(a.metric, a.original_value)} → {fmt(a.metric, a.requested_value)}",
              word(a.status) + (f" · {a.decided_by}" if a.decided_by else ""), a.reason] for a in self._appeals])

    def apply_filter(self) -> None:
        role = self.role_filter.currentData()
        self.model.set_filter(PerformanceFilter(self.search.text().strip(), Role(role) if role else None,
                                                self.team_filter.currentData() or None))
        shown, total = self.model.counts()
        grades = self.model.grade_counts()
        parts = [self.tr("%1 agents").replace("%1", str(shown))]
        parts += [f"{word(g)} {grades.get(g, 0)}" for g in GRADES_BEST_FIRST]
        stars = [r.agent.name for r in self.model._all if r.star]
        if stars:
            parts.append(self.tr("Service star: %1").replace("%1", "、".join(stars)))
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
            points = services.agent_trend(self.ctx.uow(), row.agent.id, month)
            draw_trend(self.chart, points, self.tr("%1: score over 12 months").replace("%1", row.agent.name),
                       self.tr("Score"), self.tr("Team average"), self.tr("No scores in these 12 months."))
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

    def explanation_dialog(self) -> ExplanationDialog | None:
        row, month = self.selected(), self.current_month()
        if row is None or month is None or row.agent.id is None:
            return None
        try:
            item = services.explain_grade(self.ctx.uow(), row.agent.id, month, self.ctx.today())
        except DomainError as exc:
            self._warn(exc)
            return None
        return ExplanationDialog(self.ctx, item, self)

    def explain_selected(self) -> None:
        dialog = self.explanation_dialog()
        if dialog is not None:
            dialog.exec()

    def appeal_selected(self) -> None:
        row = self.selected()
        if row is None or row.agent.id is None:
            return
        agent_id, month = row.agent.id, row.kpi.month

        def save(metric, value, reason) -> bool:  # type: ignore[no-untyped-def]
            try:
                services.file_appeal(self.ctx.uow(), agent_id, month, metric, value, reason, self.ctx.today())
            except DomainError as exc:
                self._warn(exc)
                return False
            return True

        if AppealDialog(row.agent.name, row.kpi, save, self).exec() == QDialog.DialogCode.Accepted:
            self.load_month()
            self.select_agent(agent_id)

    def decide_selected_appeal(self) -> None:
        appeal = self.selected_appeal()
        if appeal is None or appeal.id is None:
            return
        with self.ctx.uow() as uow:
            supervisor = uow.settings.get("supervisor_name", "")
        name = self._by_id[appeal.agent_id].agent.name if appeal.agent_id in self._by_id else ""
        outcome: list = []

        def save(accepted, value, by, note) -> bool:  # type: ignore[no-untyped-def]
            try:
                outcome.append(services.decide_appeal(self.ctx.uow(), appeal.id, accepted, value, by, note,
                                                      self.ctx.today()))
            except DomainError as exc:
                self._warn(exc)
                return False
            return True

        done = DecisionDialog(name, appeal, supervisor, save, self).exec() == QDialog.DialogCode.Accepted
        if done and outcome:
            before, after = outcome[0]
            self.load_month()
            self.select_agent(appeal.agent_id)
            if before and after:
                self.status_message.emit(self.tr("%1: %2 %3 → %4 %5").replace("%1", name)
                                         .replace("%2", f"{before.score:.1f}").replace("%3", word(before.grade))
                                         .replace("%4", f"{after.score:.1f}").replace("%5", word(after.grade)))

    def choose_star(self) -> None:
        month = self.current_month()
        if month is None:
            return
        ranked = sorted(self.model._all, key=lambda r: -(r.score.score if r.score else -1))
        candidates = [(r.agent.id, f"{r.agent.name}（{r.agent.employee_no}）"
                       + (f" {r.score.score:.1f} {word(r.score.grade)}" if r.score else "")) for r in ranked]
        suggested = services.suggest_star(self.ctx.uow(), month)

        def save(agent_id: int, is_suggested: bool, note: str) -> bool:
            how = StarHow.TOP_SCORE if is_suggested else StarHow.NOMINATED
            try:
                services.record_star(self.ctx.uow(), month, agent_id, how, note, self.ctx.today())
            except DomainError as exc:
                self._warn(exc)
                return False
            return True

        if StarDialog(month, candidates, suggested, save, self).exec() == QDialog.DialogCode.Accepted:
            self.load_month()

    def import_file(self) -> None:
        dialog = KpiImportDialog(self.ctx, self)
        if dialog.exec():
            month = dialog.preview.plan.month if dialog.preview else None
            self.refresh(month)

    def edit_schemes(self) -> None:
        from ui.performance.scheme_editor import SchemeDialog

        dialog = SchemeDialog(self.ctx, self.current_month(), self)
        if dialog.exec() and dialog.rescored:
            self.load_month()
