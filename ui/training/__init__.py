"""分层培训与职业发展: plans per tenure stage, sessions, career ladders, readiness and promotions.

Its words (enums, error codes, timeline) are in shared/training_words.py; the agent page's panel comes with
`ui.training.agent_hooks`."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TITLE = QT_TRANSLATE_NOOP("Areas", "Training & careers")

