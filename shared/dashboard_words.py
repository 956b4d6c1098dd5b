"""The dashboard's enum words (see shared/words.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from domain.dashboard.model import SurvivalGrouping
from domain.dashboard.risk import Source

ENUM_CONTEXT = "Labels"
ENUMS = {
    SurvivalGrouping: {
        SurvivalGrouping.HIRE_YEAR: QT_TRANSLATE_NOOP("Labels", "Hire year"),
        SurvivalGrouping.ROLE: QT_TRANSLATE_NOOP("Labels", "Role"),
        SurvivalGrouping.MENTORED: QT_TRANSLATE_NOOP("Labels", "Mentored or not"),
        SurvivalGrouping.SOURCE_CHANNEL: QT_TRANSLATE_NOOP("Labels", "Source channel"),
    },
    Source: {
        Source.ROSTER: QT_TRANSLATE_NOOP("Labels", "Roster"),
        Source.COACHING: QT_TRANSLATE_NOOP("Labels", "1:1 records"),
        Source.MENTORING: QT_TRANSLATE_NOOP("Labels", "Mentoring records"),
        Source.PERFORMANCE: QT_TRANSLATE_NOOP("Labels", "Monthly scores"),
        Source.APPEALS: QT_TRANSLATE_NOOP("Labels", "Score appeals"),
        Source.CARE: QT_TRANSLATE_NOOP("Labels", "Care follow-ups"),
    },
}
