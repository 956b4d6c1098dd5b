"""本周待办: what needs the supervisor this week, from every area."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TITLE = QT_TRANSLATE_NOOP("Areas", "This week")
