"""Words for performance events on the agent page timeline."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.agent.labels import register_event_words

register_event_words({
    ("performance", "grade_excellent"): QT_TRANSLATE_NOOP("Timeline", "Monthly grade: excellent"),
    ("performance", "grade_good"): QT_TRANSLATE_NOOP("Timeline", "Monthly grade: good"),
    ("performance", "grade_pass"): QT_TRANSLATE_NOOP("Timeline", "Monthly grade: pass"),
    ("performance", "grade_improve"): QT_TRANSLATE_NOOP("Timeline", "Monthly grade: needs improvement"),
    ("performance", "appeal_filed"): QT_TRANSLATE_NOOP("Timeline", "Appeal filed"),
    ("performance", "appeal_pending"): QT_TRANSLATE_NOOP("Timeline", "Appeal pending"),
    ("performance", "appeal_accepted"): QT_TRANSLATE_NOOP("Timeline", "Appeal accepted"),
    ("performance", "appeal_rejected"): QT_TRANSLATE_NOOP("Timeline", "Appeal rejected"),
    ("performance", "service_star"): QT_TRANSLATE_NOOP("Timeline", "Service star of the month"),
})
