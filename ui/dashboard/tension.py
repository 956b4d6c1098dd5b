"""接通率 vs 满意度 on the dashboard: for a month, one point per agent with the team's medians as lines (who
answers more, and whether CSAT pays for it), and the team's medians of both month by month. Reads its own
data through the door; redraws when KPI figures change."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget
from shiboken6 import isValid

from domain.performance.tension import TensionData, tension_data
from ui.charts import ChartWidget
from ui.context import AppContext
from ui.door import Touched, out_of_sight

ANSWER_COLOUR, CSAT_COLOUR, MEDIAN_COLOUR = "#0072B2", "#D55E00", "#777777"


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def draw_scatter(chart: ChartWidget, data: TensionData) -> None:
    if not data.points:
        chart.show_empty(QCoreApplication.translate(
            "TensionCharts", "No agent has both an answer rate and CSAT this month. Import 呼入量/接通量 or 接通率."))
        return
    figure = chart.clear()
    axes = figure.add_subplot()
    xs = [p.answer_rate * 100 for p in data.points]
    ys = [p.csat * 100 for p in data.points]
    (dots,) = axes.plot(xs, ys, linestyle="none", marker="o", markersize=6, color=ANSWER_COLOUR, alpha=0.8)
    chart.add_hover(dots, [QCoreApplication.translate("TensionCharts", "%1 (%2): answer rate %3 · CSAT %4")
                           .replace("%1", p.name).replace("%2", p.team).replace("%3", _pct(p.answer_rate))
                           .replace("%4", _pct(p.csat)) for p in data.points])
    if data.median_answer is not None:
        axes.axvline(data.median_answer * 100, color=MEDIAN_COLOUR, linestyle="--", linewidth=1,
                     label=QCoreApplication.translate("TensionCharts", "Team median answer rate %1")
                     .replace("%1", _pct(data.median_answer)))
    if data.median_csat is not None:
        axes.axhline(data.median_csat * 100, color=MEDIAN_COLOUR, linestyle=":", linewidth=1,
                     label=QCoreApplication.translate("TensionCharts", "Team median CSAT %1")
                     .replace("%1", _pct(data.median_csat)))
    axes.set_xlabel(QCoreApplication.translate("TensionCharts", "Answer rate (%)"))
    axes.set_ylabel(QCoreApplication.translate("TensionCharts", "CSAT (%)"))
    axes.legend(loc="lower left", fontsize=8)
    axes.set_title(QCoreApplication.translate("TensionCharts", "%1: answer rate against CSAT, one point per agent")
                   .replace("%1", data.month or ""))
    chart.draw()


def draw_trend(chart: ChartWidget, data: TensionData) -> None:
    known = [m for m in data.trend if m.answer_rate is not None or m.csat is not None]
    if not known:
        chart.show_empty(QCoreApplication.translate("TensionCharts", "No figures in the last 12 months."))
        return
    figure = chart.clear()
    axes = figure.add_subplot()
    months = [m.month[2:] for m in data.trend]
    for attr, colour, name in (("answer_rate", ANSWER_COLOUR, QCoreApplication.translate("TensionCharts",
                                                                                         "Median answer rate")),
                               ("csat", CSAT_COLOUR, QCoreApplication.translate("TensionCharts", "Median CSAT"))):
        values = [getattr(m, attr) for m in data.trend]
        (line,) = axes.plot(months, [v * 100 if v is not None else float("nan") for v in values], marker="o",
                            color=colour, label=name)
        chart.add_hover(line, [f"{m.month} · {name} {_pct(v)}" for m, v in zip(data.trend, values, strict=True)])
    axes.set_ylabel("%")
    axes.legend(loc="lower left", fontsize=8)
    axes.set_title(QCoreApplication.translate("TensionCharts", "The team's answer rate and CSAT by month"))
    chart.draw()


class TensionTab(QWidget):
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: TensionData | None = None
        self.month = QComboBox()
        self.team = QComboBox()
        self.team.addItem(self.tr("All teams"), "")
        self.scatter, self.trend = ChartWidget(), ChartWidget()
        for chart in (self.scatter, self.trend):
            chart.setMinimumHeight(240)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Month")))
        row.addWidget(self.month)
        row.addWidget(self.team)
        row.addStretch()
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.scatter)
        split.addWidget(self.trend)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(split, 1)
        self.month.activated.connect(self.refresh)
        self.team.activated.connect(self.refresh)
        ctx.door.changed.connect(self._changed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.data is None:
            self.refresh()

    def _changed(self, touched: Touched) -> None:
        if isValid(self) and touched.concerns({"kpi", "agents"}) and self.data is not None:
            if out_of_sight(self):  # behind another tab or page: showEvent catches up
                self.data = None
            else:
                self.refresh()

    def refresh(self) -> None:
        month, team = self.month.currentData(), self.team.currentData() or None
        self.ctx.door.query(lambda uow: tension_data(uow, month, team), self._show, owner=self)

    def _show(self, data: TensionData) -> None:
        self.data = data
        for combo, items, chosen in ((self.month, [(m, m) for m in reversed(data.months)], data.month),
                                     (self.team, [(self.tr("All teams"), ""), *((t, t) for t in data.teams)],
                                      data.team or "")):
            combo.blockSignals(True)
            combo.clear()
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)
        draw_scatter(self.scatter, data)
        draw_trend(self.trend, data)
        self.loaded.emit()
