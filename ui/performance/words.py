"""Performance words and number formats: metric names, grades, appeal states, values as people read them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from domain.performance.model import (
    METRIC_KIND,
    AppealStatus,
    Direction,
    Grade,
    Metric,
    MetricKind,
    Normalisation,
    StarHow,
    Trigger,
)

WORDS = {
    Metric.HANDLED: QT_TRANSLATE_NOOP("PerformanceWords", "Handled"),
    Metric.AHT: QT_TRANSLATE_NOOP("PerformanceWords", "Avg handle time"),
    Metric.RESPONSE: QT_TRANSLATE_NOOP("PerformanceWords", "First response"),
    Metric.CSAT: QT_TRANSLATE_NOOP("PerformanceWords", "CSAT"),
    Metric.FCR: QT_TRANSLATE_NOOP("PerformanceWords", "First-contact resolution"),
    Metric.COMPLAINTS: QT_TRANSLATE_NOOP("PerformanceWords", "Complaints"),
    Metric.COMPLAINT_RATE: QT_TRANSLATE_NOOP("PerformanceWords", "Complaint rate"),
    Metric.QA: QT_TRANSLATE_NOOP("PerformanceWords", "QA score"),
    Metric.ADHERENCE: QT_TRANSLATE_NOOP("PerformanceWords", "Attendance/adherence"),
    Metric.INBOUND: QT_TRANSLATE_NOOP("PerformanceWords", "Inbound calls"),
    Metric.ANSWER_RATE: QT_TRANSLATE_NOOP("PerformanceWords", "Answer rate"),
    Metric.TRAINING_PASS: QT_TRANSLATE_NOOP("PerformanceWords", "Training pass rate"),
    Metric.PEER_HELP: QT_TRANSLATE_NOOP("PerformanceWords", "Peer help"),
    Grade.EXCELLENT: QT_TRANSLATE_NOOP("PerformanceWords", "Excellent"),
    Grade.GOOD: QT_TRANSLATE_NOOP("PerformanceWords", "Good"),
    Grade.PASS: QT_TRANSLATE_NOOP("PerformanceWords", "Pass"),
    Grade.IMPROVE: QT_TRANSLATE_NOOP("PerformanceWords", "Needs improvement"),
    AppealStatus.PENDING: QT_TRANSLATE_NOOP("PerformanceWords", "Pending"),
    AppealStatus.ACCEPTED: QT_TRANSLATE_NOOP("PerformanceWords", "Accepted"),
    AppealStatus.REJECTED: QT_TRANSLATE_NOOP("PerformanceWords", "Rejected"),
    Direction.HIGHER: QT_TRANSLATE_NOOP("PerformanceWords", "Higher is better"),
    Direction.LOWER: QT_TRANSLATE_NOOP("PerformanceWords", "Lower is better"),
    Normalisation.ATTAINMENT: QT_TRANSLATE_NOOP("PerformanceWords", "Against target"),
    Normalisation.RANK: QT_TRANSLATE_NOOP("PerformanceWords", "Rank in team"),
    Trigger.ABOVE: QT_TRANSLATE_NOOP("PerformanceWords", "above"),
    Trigger.BELOW: QT_TRANSLATE_NOOP("PerformanceWords", "below"),
    StarHow.TOP_SCORE: QT_TRANSLATE_NOOP("PerformanceWords", "Top score"),
    StarHow.NOMINATED: QT_TRANSLATE_NOOP("PerformanceWords", "Nominated"),
}
GRADE_COLORS = {Grade.EXCELLENT: "#1e7b34", Grade.GOOD: "#2f6db5", Grade.PASS: "#b35c00", Grade.IMPROVE: "#c0392b"}


def word(value: object) -> str:
    if value is None:
        return ""
    return QCoreApplication.translate("PerformanceWords", WORDS.get(value, str(value)))  # type: ignore[arg-type]


def grade_color(grade: Grade | None) -> QColor | None:
    return QColor(GRADE_COLORS[grade]) if grade else None


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
    parts = [month, word(Grade(grade)) if grade in {g.value for g in Grade} else grade]
    floor_words = "、".join(word(known[f]) for f in floors if f in known)
    if floor_words:
        parts.append(QCoreApplication.translate("PerformanceWords", "floor rule: %1").replace("%1", floor_words))
    return " · ".join(p for p in parts if p)


def metric_code_word(code: str) -> str:
    """A metric stored as its code elsewhere (an improvement plan's action item)."""
    known = {m.value: m for m in Metric}
    return word(known[code]) if code in known else code
