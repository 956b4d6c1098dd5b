"""师徒制 and 技能认证: pairings, check-ins, the allowance statement, mentor outcomes and certification.

Its words (enums, error codes, timeline, the CLI's sentences) are in shared/mentoring_words.py; the agent
page's button comes with `ui.mentoring.agent_hooks`."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TITLE = QT_TRANSLATE_NOOP("Areas", "Mentoring")
SETTINGS_TITLE = QT_TRANSLATE_NOOP("Areas", "Mentoring")

