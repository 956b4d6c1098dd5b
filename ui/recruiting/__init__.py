"""招聘面试: candidates, scorecards, interviewer calibration and whether interviews predict who stays."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TITLE = QT_TRANSLATE_NOOP("Areas", "Recruiting")
