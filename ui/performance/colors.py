"""Grades in colour (green excellent … red needs improvement), for tables and charts."""

from __future__ import annotations

from PySide6.QtGui import QColor

from domain.performance.model import Grade

GRADE_COLORS = {Grade.EXCELLENT: "#1e7b34", Grade.GOOD: "#2f6db5", Grade.PASS: "#b35c00", Grade.IMPROVE: "#c0392b"}


def grade_color(grade: Grade | None) -> QColor | None:
    return QColor(GRADE_COLORS[grade]) if grade else None
