"""面试官校准 and 面试能否预测留存: read-only views over domain.recruiting.reports, every figure with its n."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from domain.recruiting.analytics import (
    CALIBRATION_GAP,
    MIN_N,
    MIN_SHARED_CANDIDATES,
    RETENTION_DAYS,
    TOTAL,
    Association,
    Evidence,
    Verdict,
)
from domain.recruiting.reports import CalibrationReport, PredictionReport
from shared.words import label
from ui.charts import ChartWidget
from ui.recruiting.grid import Cell, GridModel
from ui.recruiting.labels import score_text

VERDICT_COLOURS = {Verdict.LENIENT: "#fff3cd", Verdict.HARSH: "#d6eaf8", Verdict.TOO_FEW: "#f2f2f2"}


def _table(model: GridModel, stretch_last: bool = True) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(stretch_last)
    return table


def _note(text: str) -> QLabel:
    note = QLabel(text)
    note.setWordWrap(True)
    note.setStyleSheet("color: #555;")
    return note


class CalibrationView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: CalibrationReport | None = None
        self.who = QComboBox()
        self.grid = GridModel(self)
        self.table = _table(self.grid, stretch_last=False)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 14px;")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Interviewer")))
        top.addWidget(self.who)
        top.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(_note(self.tr(
            "Gap = the interviewer's mean minus the other interviewers' mean on the same candidates, with its "
            "95% interval. Lenient or harsh only when the gap is at least %1 points, its interval excludes 0 and "
            "they shared %2 or more candidates. Both spreads are standard deviations of individual "
            "interviewers' scores, so they can be compared.")
            .replace("%1", f"{CALIBRATION_GAP:.1f}").replace("%2", str(MIN_SHARED_CANDIDATES))))
        self.who.currentIndexChanged.connect(self._fill)

    def show_report(self, report: CalibrationReport) -> None:
        self.report = report
        current = self.who.currentData()
        self.who.blockSignals(True)
        self.who.clear()
        self.who.addItem(self.tr("Overall (weighted total)"), "")
        for name in sorted({r.interviewer for r in report.rows}):
            self.who.addItem(name, name)
        self.who.setCurrentIndex(max(0, self.who.findData(current or "")))
        self.who.blockSignals(False)
        flagged = [r for r in report.rows if r.key == TOTAL and r.verdict in (Verdict.LENIENT, Verdict.HARSH)]
        if not report.rows:
            self.summary.setText(self.tr("No candidate has been scored by two interviewers yet."))
        elif flagged:
            self.summary.setText(self.tr("On the weighted total: %1").replace("%1", "；".join(
                f"{r.interviewer} {label(r.verdict)} ({r.gap:+.2f}, n={r.n})" for r in flagged)))
        else:
            self.summary.setText(self.tr("No interviewer stands out from the panel on the weighted total."))
        self._fill()

    def _fill(self) -> None:
        if self.report is None:
            return
        who = self.who.currentData()
        rows = [r for r in self.report.rows if (r.interviewer == who if who else r.key == TOTAL)]
        headers = [self.tr("Interviewer"), self.tr("Dimension"), self.tr("Shared candidates (n)"),
                   self.tr("Own mean"), self.tr("Own spread"), self.tr("Panel mean"), self.tr("Panel spread"),
                   self.tr("Gap"), self.tr("Verdict")]
        order = {k: i for i, k in enumerate(self.report.order)}
        rows.sort(key=lambda r: (r.interviewer, r.key != TOTAL, order.get(r.key, 99)))
        cells = []
        for r in rows:
            name = self.tr("Weighted total") if r.key == TOTAL else self.report.names.get(r.key, r.key)
            gap = "—" if r.gap is None else f"{r.gap:+.2f}"
            if r.gap is not None and r.gap_lower is not None and r.gap_upper is not None:
                gap += f" [{r.gap_lower:+.2f}, {r.gap_upper:+.2f}]"
            cells.append([r.interviewer, name, str(r.n), score_text(r.own_mean), score_text(r.own_sd),
                          score_text(r.panel_mean), score_text(r.panel_sd), gap,
                          Cell(label(r.verdict), VERDICT_COLOURS.get(r.verdict))])
        self.grid.set_grid(headers, cells)


def r_text(a: Association) -> str:
    """r with its 95 % interval, e.g. "+0.33 [−0.13, +0.68]"."""
    if a.r is None:
        return "—"
    interval = a.interval
    return f"{a.r:+.2f}" if interval is None else f"{a.r:+.2f} [{interval[0]:+.2f}, {interval[1]:+.2f}]"


def strength(a: Association, kpi: bool = False) -> str:
    """A link is named only when its 95 % interval excludes 0; the words for its size follow |r|."""
    if a.evidence is Evidence.NOT_YET or a.r is None:
        return QCoreApplication.translate("PredictionView", "Not enough evidence yet (n = %1)").replace(
            "%1", str(a.n))
    size = abs(a.r)
    if kpi:  # against the first quarter's KPI score, not against staying
        if a.r > 0:
            return (QCoreApplication.translate("PredictionView", "Weak: higher scores did better") if size < 0.3
                    else QCoreApplication.translate("PredictionView", "Clear: higher scores did better"))
        return (QCoreApplication.translate("PredictionView", "Weak: higher scores did worse") if size < 0.3
                else QCoreApplication.translate("PredictionView", "Clear: higher scores did worse"))
    if a.r > 0:
        return (QCoreApplication.translate("PredictionView", "Weak: higher scores stayed more") if size < 0.3
                else QCoreApplication.translate("PredictionView", "Clear: higher scores stayed more"))
    return (QCoreApplication.translate("PredictionView", "Weak: higher scores left more") if size < 0.3
            else QCoreApplication.translate("PredictionView", "Clear: higher scores left more"))


class PredictionView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 14px;")
        self.bands = GridModel(self)
        self.links = GridModel(self)
        self.kpi = GridModel(self)
        self.kpi_table = _table(self.kpi)
        self.kpi_note = _note("")
        self.chart = ChartWidget()
        self.chart.setMinimumHeight(220)
        bands_table, links_table = _table(self.bands), _table(self.links)
        bands_table.setMaximumHeight(130)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("%1-day retention by weighted total").replace("%1", str(RETENTION_DAYS))))
        left.addWidget(bands_table)
        left.addWidget(QLabel(self.tr("Each dimension and staying %1 days (point-biserial r)")
                              .replace("%1", str(RETENTION_DAYS))))
        left.addWidget(links_table, 1)
        left.addWidget(QLabel(self.tr("Each dimension and the first quarter's KPI score")))
        left.addWidget(self.kpi_note)
        left.addWidget(self.kpi_table)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(self.chart, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(body, 1)
        layout.addWidget(_note(self.tr(
            "Counted: hires linked to their scorecards whose first %1 days are over. Scores are averages over "
            "every interviewer and round. r runs from −1 to 1; 0 means no link. A link is named only when its 95% "
            "interval (in brackets, the bar's whisker) excludes 0, and never below n=%2. A link is not proof of "
            "cause: use it to question the scorecard, not to judge a person.")
            .replace("%1", str(RETENTION_DAYS)).replace("%2", str(MIN_N))))

    def name(self, report: PredictionReport, key: str) -> str:
        return self.tr("Weighted total") if key == TOTAL else report.names.get(key, key)

    def show_report(self, report: PredictionReport) -> None:
        r = report.retention
        text = self.tr("%1 hires can be judged (joined at least %2 days ago); %3 of them stayed past day %2.")
        text = text.replace("%1", str(r.judged)).replace("%2", str(RETENTION_DAYS)).replace("%3", str(r.retained))
        if r.pending:
            text += " " + self.tr("%1 more are still in their first %2 days.").replace("%1", str(r.pending)) \
                .replace("%2", str(RETENTION_DAYS))
        if not r.enough:
            text += " " + self.tr("Too few to tell yet: at least %1 are needed.").replace("%1", str(MIN_N))
        self.summary.setText(text)
        band_rows = []
        for b in r.bands:
            span = (f"< {b.upper:.1f}" if b.lower is None else f"≥ {b.lower:.1f}" if b.upper is None
                    else f"{b.lower:.1f} – {b.upper:.1f}")
            rate = "—" if b.rate is None else f"{b.rate:.0%}"
            band_rows.append([span, str(b.n), str(b.retained), rate,
                              "" if b.enough else Cell(self.tr("Too few to tell"), "#f2f2f2")])
        self.bands.set_grid([self.tr("Weighted total"), self.tr("Hires (n)"), self.tr("Stayed"),
                             self.tr("Retention"), self.tr("Note")], band_rows)
        link_rows = []
        for a in r.associations:
            link_rows.append([self.name(report, a.key), str(a.n), score_text(a.mean_yes), score_text(a.mean_no),
                              r_text(a), Cell(strength(a), None if a.enough else "#f2f2f2")])
        self.links.set_grid([self.tr("Dimension"), self.tr("n"), self.tr("Mean of those who stayed"),
                             self.tr("Mean of those who left"), self.tr("r [95% interval]"), self.tr("Reading")],
                            link_rows)
        if report.kpi is None:
            self.kpi_note.setText(self.tr("Appears once monthly KPI scores are recorded for new hires."))
            self.kpi_table.hide()
        else:
            self.kpi_note.setText(self.tr(
                "Only complete first quarters count: the three full months after the hire month, all scored. "
                "Hires whose quarter is still running are left out until it is complete."))
            self.kpi_table.show()
            self.kpi.set_grid([self.tr("Dimension"), self.tr("n"), self.tr("r [95% interval]"), self.tr("Reading")],
                              [[self.name(report, a.key), str(a.n), r_text(a), strength(a, kpi=True)]
                               for a in report.kpi])
        self._plot(report)

    def _plot(self, report: PredictionReport) -> None:
        figure = self.chart.figure()
        figure.clear()
        shown = [a for a in report.retention.associations if a.r is not None]
        if not shown:
            self.chart.draw()
            return
        axes = figure.add_subplot()
        names = [self.name(report, a.key) for a in shown]
        values = [a.r or 0.0 for a in shown]
        colours = [("#2e7d32" if v > 0 else "#c62828") if a.enough else "#bbbbbb" for a, v in zip(shown, values,
                                                                                                   strict=True)]
        lows = [v - a.interval[0] if a.interval else 0.0 for a, v in zip(shown, values, strict=True)]
        highs = [a.interval[1] - v if a.interval else 0.0 for a, v in zip(shown, values, strict=True)]
        axes.barh(names, values, color=colours, xerr=[lows, highs], error_kw={"ecolor": "#555", "capsize": 3,
                                                                               "elinewidth": 0.8})
        axes.axvline(0, color="#333", linewidth=0.8)
        axes.set_xlim(-1, 1)
        axes.invert_yaxis()
        axes.set_title(self.tr("Link with staying %1 days (r, 95% interval)").replace("%1", str(RETENTION_DAYS)),
                       fontsize=11)
        for i, (v, a, low, high) in enumerate(zip(values, shown, lows, highs, strict=True)):
            # the label sits past the whisker; where that would run off the axes, inside the bar by the 0 line
            outer = v + high if v >= 0 else v - low
            inside = abs(outer) > 0.6 and abs(v) > 0.3
            x = (0.02 if v >= 0 else -0.02) if inside else outer + (0.03 if v >= 0 else -0.03)
            align = "left" if (v >= 0) else "right"
            axes.text(x, i, f"{v:+.2f} (n={a.n})", va="center", ha=align, fontsize=8,
                      color="white" if inside else "#333")
        self.chart.draw()
