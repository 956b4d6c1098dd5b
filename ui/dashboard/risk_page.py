"""流失预警: active agents flagged by rules the supervisor can read and tune, and beside them a back-test of
whether those rules picked out the people who really left. Both read through the door; the list reloads when a
change elsewhere touches the facts the rules read."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from domain.dashboard import services
from domain.dashboard.risk import RULES, AgentRisk, Backtest, RuleEvidence, rule_evidence
from domain.dashboard.services import RiskData
from domain.ports import Job, UnitOfWork
from domain.roster.model import Generation
from shared.error_sentences import sentence
from shared.words import label
from ui.charts import ChartSketch, ChartWidget, beside, preload
from ui.context import AppContext
from ui.dashboard import plots
from ui.dashboard.labels import rule_name, rule_sentence
from ui.dashboard.risk_model import RiskTableModel
from ui.door import Touched
from ui.list_table import keyboard_table

# What the rules read: the roster, scores and appeals (kpi), mentoring, 1:1s, care follow-ups, and the rules
# themselves (settings).
WATCHED = frozenset({"agents", "kpi", "mentoring", "coaching", "care", "settings"})


class AtRiskPage(QWidget):
    status_message = Signal(str)
    agent_activated = Signal(int)
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: RiskData | None = None
        self._request = 0
        self._stale = False  # a change landed while the page was hidden: reload when it is shown again
        self.model = RiskTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(72)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.empty_hint = QLabel()
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("color: #666; font-size: 15px; padding: 40px;")
        self.empty_hint.hide()
        self.open_button = QPushButton(self.tr("Open agent"))
        self.generation_filter = QComboBox()
        self.generation_filter.addItem(self.tr("All generations"), "")
        for generation in Generation:
            self.generation_filter.addItem(label(generation), generation.value)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.rules_text = QLabel()
        self.rules_text.setWordWrap(True)
        self.rules_text.setTextFormat(Qt.TextFormat.RichText)
        self.backtest_chart = ChartWidget()
        self.backtest_chart.setMinimumHeight(240)
        self.backtest_chart.enable_save_action(self.tr("Save chart as PNG…"), self.tr("Save chart"),
                                               self.tr("PNG image (*.png)"), f"backtest_{ctx.today():%Y%m%d}.png")
        self.backtest_text = QLabel()
        self.backtest_text.setWordWrap(True)
        self.backtest_text.setTextFormat(Qt.TextFormat.RichText)

        actions = QHBoxLayout()
        actions.addWidget(self.summary, 1)
        actions.addWidget(self.generation_filter)
        actions.addWidget(self.progress)
        actions.addWidget(self.refresh_button)
        actions.addWidget(self.open_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(actions)
        left_layout.addWidget(self.empty_hint)
        left_layout.addWidget(self.table, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.rules_text)
        right_layout.addWidget(self.backtest_chart, 1)
        right_layout.addWidget(self.backtest_text)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        right.setMinimumWidth(380)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([720, 480])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.table.doubleClicked.connect(self.open_selected)
        keyboard_table(self.table, [self.open_button])  # the row menu (issue 24); Enter opens the agent too
        self.open_button.clicked.connect(self.open_selected)
        self.refresh_button.clicked.connect(self.refresh)
        self.generation_filter.currentIndexChanged.connect(self._filter_generation)
        self.table.selectionModel().selectionChanged.connect(self._sync_buttons)
        self._sync_buttons()
        ctx.door.changed.connect(self._data_changed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if (self.data is None or self._stale) and not self.progress.isVisible():
            self.refresh()

    def _data_changed(self, touched: Touched) -> None:
        if not isValid(self) or not touched.concerns(WATCHED):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def refresh(self) -> None:
        self._request += 1
        request, today = self._request, self.ctx.today()
        self._stale = False
        self.progress.show()

        def charts_ready(data: RiskData) -> RiskData:  # matplotlib in this process, on the worker thread
            preload(warm=False)
            return data

        def failed(exc: BaseException, _trace: str) -> None:
            self.progress.hide()
            QMessageBox.warning(self, self.tr("Could not load the at-risk list"), sentence(exc, trace=_trace))

        # Both in the second process when it is up: the list (~0.7 s of Python at centre scale) and the back-test
        # (~5 s), which on the worker thread held the GIL while the page was laid out and painted.
        door = self.ctx.door
        door.apart(Job.query(services.at_risk_data, today), lambda data: self._show(request, data),
                   then=charts_ready, failed=failed, owner=self)
        # seconds on a big team: queued after the list, which shows first
        door.apart(Job.query(services.backtest_with_stored_rules, today),
                   lambda result: self._draw_backtest(request, result), failed=failed, owner=self)

    def _draw_backtest(self, request: int, result: Backtest) -> None:
        """The back-test's chart is built and rendered off the UI thread, on the drawing thread (its bars and ~20
        texts under constrained layout were 120–160 ms of the UI thread on the page's first opening); the UI
        thread only shows the image. Sketched now, not at refresh: by now the page is laid out, so the image is
        rendered at the size it is shown (at the first show the chart did not have its size yet, and a canvas
        whose size differs from its image renders again on the UI thread). The words under the chart come first
        and the column is laid out again, so the chart has the height it keeps."""
        if request != self._request:
            return
        self.backtest_text.setText(self.backtest_words(result))
        self.backtest_chart.parentWidget().layout().activate()
        sketch = self.backtest_chart.sketch()
        names = {spec.rule.value: rule_name(spec.rule) for spec in RULES}

        def draw(_uow: UnitOfWork) -> None:
            beside(lambda: plots.draw_backtest(sketch, result, names)).result()  # type: ignore[arg-type]

        self.ctx.door.query(draw, lambda _none: self._show_backtest(request, result, sketch),
                            lambda exc, trace: self._backtest_failed(exc, trace), owner=self)

    def _backtest_failed(self, exc: BaseException, trace: str) -> None:
        self.progress.hide()
        self.backtest_text.setText(sentence(exc, trace=trace))

    def _show(self, request: int, data: RiskData) -> None:
        if request != self._request:  # a newer refresh is on its way
            return
        self.data = data
        self.model.set_rows(data.flagged)
        self._show_rows()
        self.status_message.emit(self.summary.text())
        self.rules_text.setText(self.rules_html(data))
        self.backtest_text.setText(self.tr("Replaying the rules over the past year…"))
        self._sync_buttons()

    def _filter_generation(self) -> None:
        chosen = self.generation_filter.currentData()
        self.model.set_generation(Generation(chosen) if chosen else None)
        self._show_rows()

    def _show_rows(self) -> None:
        self.model.sort_by("flags", Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setSortIndicator(self.model.column("flags"), Qt.SortOrder.DescendingOrder)
        shown, flagged = self.model.counts()
        self.table.setVisible(shown > 0)
        self.empty_hint.setVisible(shown == 0)
        self.empty_hint.setText(
            self.tr("Nobody is flagged by the rules switched on. The rules and what data they need are listed on "
                    "the right.") if flagged == 0 else
            self.tr("Nobody of this generation is flagged. Choose “All generations” to see everyone flagged."))
        text = self.tr("%1 active agents flagged; double-click a row to open the agent.").replace("%1", str(flagged))
        if shown != flagged:
            text = self.tr("%1 of %2 flagged agents shown (%3); double-click a row to open the agent.").replace(
                "%1", str(shown)).replace("%2", str(flagged)).replace("%3", self.generation_filter.currentText())
        self.summary.setText(text)
        self._sync_buttons()

    def _show_backtest(self, request: int, result: Backtest, sketch: ChartSketch) -> None:
        if request != self._request:
            return
        self.progress.hide()
        self.backtest_chart.adopt(sketch)
        self.loaded.emit()

    def rules_html(self, data: RiskData) -> str:
        heading = self.tr("Rules (change them in Settings → At-risk rules)")
        lines = [f"<b>{heading}</b>"]
        for spec in RULES:
            setting = data.settings.setting(spec.rule)
            sentence = rule_sentence(spec.rule, setting.threshold)
            if not setting.enabled:
                state = self.tr("off")
            elif spec.source.value not in data.sources:
                state = self.tr("no %1 recorded yet").replace("%1", label(spec.source))
            else:
                state = self.tr("on")
            colour = "#222" if state == self.tr("on") else "#888"
            lines.append(f"<span style='color:{colour}'>• <b>{rule_name(spec.rule)}</b>: {sentence} "
                         f"({state})</span>")
        return "<br>".join(lines)

    def backtest_words(self, result: Backtest) -> str:
        def pct(value: float | None) -> str:
            return "—" if value is None else f"{value * 100:.1f}%"

        if not result.snapshots:
            return ""
        return (self.tr("Replayed on %1 monthly snapshots (%2 to %3), counting each agent once per snapshot: "
                        "of %4 flagged, %5 left within 90 days (%6); of %7 not flagged, %8 left (%9).")
                .replace("%1", str(len(result.snapshots))).replace("%2", result.snapshots[0].isoformat())
                .replace("%3", result.snapshots[-1].isoformat())
                .replace("%4", str(result.flagged.n)).replace("%5", str(result.flagged.left))
                .replace("%6", pct(result.flagged.rate)).replace("%7", str(result.unflagged.n))
                .replace("%8", str(result.unflagged.left)).replace("%9", pct(result.unflagged.rate))
                + "<br>" + "<br>".join(self.evidence_line(e) for e in rule_evidence(result)))

    def evidence_line(self, found: RuleEvidence) -> str:
        """Precision, recall and lift with its interval; a rule whose interval includes 1 says so plainly."""
        name = self.tr("Any rule") if found.rule is None else rule_name(found.rule)
        if found.lift is None or found.lift_lower is None or found.lift_upper is None:
            return f"• {name}: " + self.tr("nobody to compare with")
        text = (self.tr("precision %1, recall %2, lift %3× (95% CI %4–%5)")
                .replace("%1", "—" if found.precision is None else f"{found.precision * 100:.1f}%")
                .replace("%2", "—" if found.recall is None else f"{found.recall * 100:.0f}%")
                .replace("%3", f"{found.lift:.2f}").replace("%4", f"{found.lift_lower:.2f}")
                .replace("%5", f"{found.lift_upper:.2f}"))
        verdict = (self.tr("flagged agents left more often") if found.evidence
                   else self.tr("no evidence on your data"))
        colour = "#222" if found.evidence else "#888"
        return f"<span style='color:{colour}'>• <b>{name}</b>: {text} — {verdict}</span>"

    def _selected(self) -> AgentRisk | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _sync_buttons(self) -> None:
        self.open_button.setEnabled(self._selected() is not None)

    def open_selected(self) -> None:
        risk = self._selected()
        if risk is not None:
            self.agent_activated.emit(risk.facts.agent_id)
