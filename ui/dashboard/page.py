"""看板: the charts a supervisor looks at every morning. The page reads through the door (one snapshot for every
chart), redraws when a change elsewhere touches what it shows, and nothing imports matplotlib until it is first
shown."""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

import ui.dashboard.labels  # noqa: F401  (registers the survival groupings' words before the combo fills)
from domain.dashboard import services
from domain.dashboard.model import PERIODS, DashboardFilter, SurvivalGroup, SurvivalGrouping
from domain.dashboard.services import DashboardData
from domain.ports import UnitOfWork
from domain.recruiting.model import Source as RecruitingSource
from domain.recruiting.model import Stage as RecruitingStage
from domain.roster.model import Generation, Role
from shared.error_sentences import sentence
from shared.words import label
from ui.charts import ChartSketch, ChartWidget, beside, preload, restock
from ui.context import AppContext
from ui.dashboard import people_plots, plots
from ui.dashboard.tension import TensionTab
from ui.door import Touched

# Every chart counts agents, their scores, 1:1s (and their moods), mentoring pairs, candidates, or exit interviews
# and rehires (care); training is not drawn.
SHOWN = frozenset({"agents", "kpi", "coaching", "mentoring", "recruiting", "care"})
_Jobs = dict[ChartWidget, tuple[Callable[[Any], None], ChartSketch]]  # pending charts built on the worker


class DashboardPage(QWidget):
    status_message = Signal(str)
    shown = Signal()  # the visible tab's charts are on screen; the other tabs' data may still be reading
    loaded = Signal()  # every part read, the visible tab's charts shown, the others pending (tests wait on it)
    _drawn = Signal(int, object)  # from the worker: a request's visible charts, rendered (dict chart → sketch)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: DashboardData | None = None
        self._request = 0
        self._stale = False  # a change landed while the page was hidden: reload when it is shown again
        self._wanted = False  # a build of shown pending charts is queued
        self._building: set[ChartWidget] = set()  # pending charts being built on the worker
        self._shown_request = 0  # the last request whose visible charts were shown before its data was all read
        self.period = QComboBox()
        for months in PERIODS:
            self.period.addItem(self.tr("Last %1 months").replace("%1", str(months)), months)
        self.team_filter = QComboBox()
        self.team_filter.addItem(self.tr("All teams"), "")
        self.role_filter = QComboBox()
        self.role_filter.addItem(self.tr("All roles"), "")
        for role in Role:
            self.role_filter.addItem(label(role), role.value)
        self.generation_filter = QComboBox()
        self.generation_filter.addItem(self.tr("All generations"), "")
        for generation in Generation:
            self.generation_filter.addItem(label(generation), generation.value)
        self.grouping = QComboBox()
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the work has no meaningful steps to count
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.as_of = QLabel()
        self.as_of.setStyleSheet("color: #666;")

        self.headcount_chart = self._chart("headcount")
        self.early_chart = self._chart("early_attrition")
        self.survival_chart = self._chart("survival")
        self.mix_chart = self._chart("mix")
        self.reasons_chart = self._chart("leave_reasons")
        self.funnel_chart = self._chart("recruiting_funnel")
        self.grades_chart = self._chart("grades")
        self.cadence_chart = self._chart("one_on_one_cadence")
        self.mood_chart = self._chart("team_mood")
        self.exits_chart = self._chart("leavers_by_destination")

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Period")))
        filters.addWidget(self.period)
        filters.addWidget(self.team_filter)
        filters.addWidget(self.role_filter)
        filters.addWidget(self.generation_filter)
        filters.addWidget(self.refresh_button)
        filters.addWidget(self.progress)
        filters.addStretch()
        filters.addWidget(self.as_of)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._split(self.headcount_chart, self.early_chart), self.tr("Headcount and attrition"))
        survival_tab = QWidget()
        survival_layout = QVBoxLayout(survival_tab)
        grouping_row = QHBoxLayout()
        grouping_row.addWidget(QLabel(self.tr("Compare by")))
        grouping_row.addWidget(self.grouping)
        grouping_row.addStretch()
        survival_layout.addLayout(grouping_row)
        survival_layout.addWidget(self.survival_chart, 1)
        self.tabs.addTab(survival_tab, self.tr("Tenure survival"))
        self.tabs.addTab(self._split(self.mix_chart, self.reasons_chart), self.tr("Team mix and leave reasons"))
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.funnel_chart)
        lower.addWidget(self.cadence_chart)
        self.tabs.addTab(self._split(self.grades_chart, lower), self.tr("Recruiting, grades and 1:1s"))
        self.tension = TensionTab(ctx)  # reads and redraws on its own (ui/dashboard/tension.py)
        self.tabs.addTab(self.tension, self.tr("Answer rate vs CSAT"))
        self.tabs.addTab(self._split(self.mood_chart, self.exits_chart), self.tr("Mood and exits"))

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)

        for combo in (self.period, self.team_filter, self.role_filter, self.generation_filter):
            combo.currentIndexChanged.connect(self.refresh)
        self.grouping.currentIndexChanged.connect(self.refresh_survival)
        self.refresh_button.clicked.connect(self.refresh)
        self._drawn.connect(self._show_drawn)  # emitted on the worker: queued to this (the UI) thread
        ctx.door.changed.connect(self._data_changed)

    def _data_changed(self, touched: Touched) -> None:
        if not isValid(self) or not touched.concerns(SHOWN):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _chart(self, name: str) -> ChartWidget:
        chart = ChartWidget(measured_margins=True)  # every dashboard legend and note sits inside its axes
        chart.busy_text = self.tr("Drawing the chart…")
        chart.wanted.connect(self._want_pending)
        chart.setMinimumHeight(260)
        chart.enable_save_action(self.tr("Save chart as PNG…"), self.tr("Save chart"), self.tr("PNG image (*.png)"),
                                 f"{name}_{self.ctx.today():%Y%m%d}.png")
        return chart

    @staticmethod
    def _split(top: QWidget, bottom: QWidget) -> QSplitter:
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        return splitter

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if (self.data is None or self._stale) and not self.progress.isVisible():
            self.refresh()

    # --- loading ----------------------------------------------------------------------------------
    def current_filter(self) -> DashboardFilter:
        role, generation = self.role_filter.currentData(), self.generation_filter.currentData()
        return DashboardFilter(months=int(self.period.currentData()), team=self.team_filter.currentData() or None,
                               role=Role(role) if role else None,
                               generation=Generation(generation) if generation else None)

    def current_grouping(self) -> SurvivalGrouping:
        data = self.grouping.currentData()
        return SurvivalGrouping(data) if data else SurvivalGrouping.HIRE_YEAR

    def _start(self) -> int:
        self._request += 1
        self.progress.show()
        return self._request

    def refresh(self) -> None:
        request, chosen, grouping = self._start(), self.current_filter(), self.current_grouping()
        today = self.ctx.today()
        self._stale = False
        # Only the visible tab's charts are built with the data (each at its widget's size, taken here); the
        # others wait, pending, until their tab is first shown: building all ten took half of a load.
        sketches = {chart: chart.sketch() for chart in self._charts() if chart.isVisible()}
        words = self._words()

        parts = {self._part(chart) for chart in sketches}

        def load(uow: UnitOfWork) -> tuple[DashboardData, dict]:  # type: ignore[type-arg]
            preload(warm=False)  # matplotlib's import on the worker too, not in the first draw on the UI thread

            def draw(read: dict[str, Any]) -> None:
                """The shown charts' parts are read first; their figures are built and rendered on the drawing
                thread, and shown, before the other tabs' parts are read (in the same unit of work: one
                snapshot). Read meanwhile, those parts competed with the rendering for the interpreter and a
                core (~120 ms of CPU) and held the shown charts back until everything was read."""
                beside(lambda: self._paint(SimpleNamespace(**read), chosen.months, words, sketches)).result()
                self._drawn.emit(request, sketches)

            return services.dashboard_data(uow, today, chosen, grouping, first=parts, ready=draw), sketches

        self.ctx.door.query(load, lambda result: self._show(request, *result, chosen.months, words, self._charts()),
                            self._failed, owner=self)

    def refresh_survival(self) -> None:
        if self.data is None:
            return
        request, chosen, grouping = self._start(), self.current_filter(), self.current_grouping()
        today, data = self.ctx.today(), self.data
        sketches = {self.survival_chart: self.survival_chart.sketch()} if self.survival_chart.isVisible() else {}
        words = self._words()

        def load(uow: UnitOfWork) -> tuple[DashboardData, dict]:  # type: ignore[type-arg]
            result = DashboardData(data.overview, data.activity, data.groupings, grouping,
                                   services.survival_groups(uow, today, grouping, chosen), data.people)
            self._paint(result, chosen.months, words, sketches)
            return result, sketches

        self.ctx.door.query(load, lambda result: self._show(request, *result, chosen.months, words,
                                                            [self.survival_chart]), self._failed, owner=self)

    def _failed(self, exc: BaseException, _trace: str) -> None:
        self.progress.hide()
        QMessageBox.warning(self, self.tr("Could not load the dashboard"), sentence(exc, trace=_trace))

    def _charts(self) -> list[ChartWidget]:
        return [self.headcount_chart, self.early_chart, self.survival_chart, self.mix_chart, self.reasons_chart,
                self.grades_chart, self.funnel_chart, self.cadence_chart, self.mood_chart, self.exits_chart]

    def _words(self) -> dict[str, object]:
        """The charts' translated words, taken on the UI thread for the worker that draws them."""
        return {"stages": {stage.value: label(stage) for stage in RecruitingStage},
                "grades": [self.tr("Excellent"), self.tr("Good"), self.tr("Pass"), self.tr("Needs improvement")],
                "buckets": [self.tr("≤ 7 days"), self.tr("8–14 days"), self.tr("15–30 days"), self.tr("31–60 days"),
                            self.tr("> 60 days"), self.tr("Never")]}

    def _part(self, chart: ChartWidget) -> str:
        """Which part of the data (services.PARTS) the chart is drawn from."""
        if chart in (self.headcount_chart, self.early_chart, self.mix_chart, self.reasons_chart):
            return "overview"
        if chart is self.survival_chart:
            return "survival"
        return "people" if chart in (self.mood_chart, self.exits_chart) else "activity"

    def _paint(self, data: Any, months: int, words: dict, sketches: dict) -> None:  # type: ignore[type-arg]
        """On the worker: each chart's drawing into its sketch, which builds and renders the figure there (the
        draw functions take a ChartWidget or a ChartSketch alike). The UI thread then only shows the images."""
        painters = self._painters(data, months, words)
        for chart, sketch in sketches.items():
            painters[chart](sketch)

    def _painters(self, data: Any, months: int, words: dict[str, Any]
                  ) -> dict[ChartWidget, Callable[[Any], None]]:
        """Each chart's drawing of `data` (DashboardData, or a namespace of the parts read so far: a drawing reads
        its part when it runs), on a ChartWidget (UI thread) or a ChartSketch (worker) alike."""
        return {
            self.headcount_chart: lambda c: plots.draw_headcount(c, data.overview),
            self.early_chart: lambda c: plots.draw_early_attrition(c, data.overview),
            self.survival_chart: lambda c: plots.draw_survival(c, data.survival,
                                                               self.group_labels(data.grouping, data.survival)),
            self.mix_chart: lambda c: plots.draw_mix(c, data.overview),
            self.reasons_chart: lambda c: plots.draw_reasons(c, data.overview, months),
            self.grades_chart: lambda c: plots.draw_grades(c, data.activity, words["grades"]),
            self.funnel_chart: lambda c: plots.draw_funnel(c, data.activity, words["stages"]),
            self.cadence_chart: lambda c: plots.draw_cadence(c, data.activity, words["buckets"]),
            self.mood_chart: lambda c: people_plots.draw_moods(c, data.people, months),
            self.exits_chart: lambda c: people_plots.draw_exits(c, data.people, months),
        }

    def _show(self, request: int, data: DashboardData, sketches: dict[ChartWidget, ChartSketch], months: int,
              words: dict[str, Any], redrawn: list[ChartWidget]) -> None:
        """`redrawn`: the charts this data redraws (refresh_survival's: the survival chart alone); those not
        built with it wait, pending, for their tab."""
        if request != self._request:
            return  # the filters changed while this was loading; a newer result is on its way
        self.data = data
        self._sync_combos(data)
        self.as_of.setText(self.tr("As of %1").replace("%1", data.overview.today.isoformat()))
        painters = self._painters(data, months, words)
        for chart in redrawn:
            if chart not in sketches:
                chart.set_pending(painters[chart])  # drawn when its tab is first shown (or asked for)
        # The spare figures the visible charts took, made again on the drawing thread once this answer is done
        # (its ~35 ms of Python would otherwise make this handler wait for the interpreter).
        QTimer.singleShot(0, self, restock)
        if self._shown_request == request:  # the visible charts went up before the rest was read
            self.progress.hide()
            self.loaded.emit()
            return
        steps = [lambda chart=chart, sketch=sketch: chart.adopt(sketch) for chart, sketch in sketches.items()]
        self._draw_in_turns(request, steps)

    def _show_drawn(self, request: int, sketches: dict[ChartWidget, ChartSketch]) -> None:
        """The visible tab's charts, rendered from the parts read first: shown now (a few ms each, the image is
        made), while the worker reads the other tabs' parts. The whole answer follows (`_show`)."""
        if request != self._request:
            return
        for chart, sketch in sketches.items():
            chart.adopt(sketch)
        self._shown_request = request
        self.shown.emit()

    def _want_pending(self) -> None:
        """A pending chart was shown: build every shown pending chart on the worker, once the tab is laid out."""
        if not self._wanted:
            self._wanted = True
            QTimer.singleShot(0, self, self._build_pending)

    def _build_pending(self) -> None:
        self._wanted = False
        charts = [c for c in self._charts() if c.pending() is not None and c.isVisible() and c not in self._building]
        if not charts:
            return
        request = self._request
        jobs = {chart: (draw, chart.sketch()) for chart in charts if (draw := chart.pending()) is not None}
        self._building.update(charts)

        def build(_uow: UnitOfWork) -> _Jobs:
            for draw, sketch in jobs.values():
                draw(sketch)
            return jobs

        def done(built: _Jobs) -> None:
            self._building.difference_update(built)
            for chart, (draw, sketch) in built.items():
                # Adopted unless newer data replaced the drawing, or someone asked and it was drawn meanwhile.
                if request == self._request and chart.pending() is draw:
                    chart.adopt(sketch)
            self._want_pending()  # a tab shown while these were built

        def failed(exc: BaseException, trace: str) -> None:
            self._building.difference_update(jobs)
            self._failed(exc, trace)

        self.ctx.door.query(build, done, failed, owner=self)

    def _draw_in_turns(self, request: int, steps: list) -> None:  # type: ignore[type-arg]
        """One chart per event-loop turn, so the window keeps answering while the figures are built."""
        if request != self._request:
            return  # newer data arrived; its own turns will draw
        if not steps:
            self.progress.hide()
            self.shown.emit()
            self.loaded.emit()
            return
        steps[0]()
        # `self` as the timer's context: a page closed between turns cancels the rest instead of drawing into
        # deleted widgets.
        QTimer.singleShot(0, self, lambda: self._draw_in_turns(request, steps[1:]))

    def _sync_combos(self, data: DashboardData) -> None:
        for combo, items in (
            (self.team_filter, [(self.tr("All teams"), "")] + [(t, t) for t in data.overview.teams]),
            (self.grouping, [(label(g), g.value) for g in data.groupings]),
        ):
            current = combo.currentData() if combo is self.team_filter else data.grouping.value
            combo.blockSignals(True)
            combo.clear()
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def group_labels(self, grouping: SurvivalGrouping, groups: list[SurvivalGroup]) -> dict[str, str]:
        if grouping is SurvivalGrouping.HIRE_YEAR:
            return {g.key: self.tr("Hired in %1").replace("%1", g.key) for g in groups}
        if grouping is SurvivalGrouping.ROLE:
            return {g.key: label(Role(g.key)) for g in groups if g.key in Role._value2member_map_}
        if grouping is SurvivalGrouping.MENTORED:
            return {"yes": self.tr("Mentor within 30 days of hire"), "no": self.tr("No mentor in the first 30 days")}
        return {g.key: label(RecruitingSource(g.key)) for g in groups if g.key in RecruitingSource._value2member_map_}
