"""Performance figures as people read them (1,200 · 05:30 · 95.0% · 0.25%), spin-box units, and 本周待办's text for
an owed improvement plan. QtCore only: the window and the headless `export publish` both use them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from domain.performance.model import METRIC_KIND, Grade, Metric, MetricKind
from shared.words import label


def fmt(metric: Metric, value: float | None) -> str:
    """A figure as the platform shows it: 1,200 · 05:30 · 95.0% · 0.25% · 88.5."""
    if value is None:
        return "—"
    kind = METRIC_KIND[metric]
    if kind is MetricKind.COUNT:
        return f"{value:,.0f}"
    if kind is MetricKind.SECONDS:
        seconds = round(value)
        if seconds >= 60:
            return f"{seconds // 60:02d}:{seconds % 60:02d}"
        return f"{value:.0f}" + QCoreApplication.translate("PerformanceWords", " s").strip()
    if kind is MetricKind.FRACTION:
        return f"{value * 100:.2f}%" if value < 0.1 else f"{value * 100:.1f}%"
    return f"{value:.1f}"


def to_display(metric: Metric, value: float) -> float:
    """What a spin box shows: fractions as percent points, everything else as stored."""
    return value * 100 if METRIC_KIND[metric] is MetricKind.FRACTION else value


def from_display(metric: Metric, shown: float) -> float:
    return shown / 100 if METRIC_KIND[metric] is MetricKind.FRACTION else shown


def unit(metric: Metric) -> str:
    kind = METRIC_KIND[metric]
    return {MetricKind.FRACTION: "%", MetricKind.SECONDS: QCoreApplication.translate("PerformanceWords", " s"),
            MetricKind.POINTS: "", MetricKind.COUNT: ""}[kind]


_UNIT_SOURCE = QT_TRANSLATE_NOOP("PerformanceWords", " s")


def weak_result_text(detail: str) -> str:
    """本周待办's detail for an owed improvement plan, "2026-10 pass,complaint_rate" → 2026-10 合格 · 底线：投诉率."""
    month, _, codes = detail.partition(" ")
    grade, *floors = codes.split(",") if codes else [""]
    known = {m.value: m for m in Metric}
    parts = [month, label(Grade(grade)) if grade in {g.value for g in Grade} else grade]
    floor_words = "、".join(label(known[f]) for f in floors if f in known)
    if floor_words:
        parts.append(QCoreApplication.translate("PerformanceWords", "floor rule: %1").replace("%1", floor_words))
    return " · ".join(p for p in parts if p)


def metric_code_word(code: str) -> str:
    """A metric stored as its code elsewhere (an improvement plan's action item)."""
    known = {m.value: m for m in Metric}
    return label(known[code]) if code in known else code
