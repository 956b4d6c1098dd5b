"""辅导: coaching sessions, action items, 1:1 cadence and the case library."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TITLE = QT_TRANSLATE_NOOP("Areas", "Coaching")
SETTINGS_TITLE = QT_TRANSLATE_NOOP("Areas", "Coaching")

