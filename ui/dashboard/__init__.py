"""看板与流失预警: the morning charts and the at-risk list, with the rules' thresholds in Settings."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TITLE = QT_TRANSLATE_NOOP("Areas", "Dashboard")
RISK_TITLE = QT_TRANSLATE_NOOP("Areas", "At-risk agents")
SETTINGS_TITLE = QT_TRANSLATE_NOOP("Areas", "At-risk rules")
