"""辅导: coaching sessions, action items, 1:1 cadence and the case library."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from shared.messages import register_codes

TITLE = QT_TRANSLATE_NOOP("Areas", "Coaching")
SETTINGS_TITLE = QT_TRANSLATE_NOOP("Areas", "Coaching")

register_codes({
    "session_in_future": QT_TRANSLATE_NOOP("Messages", "The session date cannot be in the future"),
    "mood_range": QT_TRANSLATE_NOOP("Messages", "Mood is from 1 to 5"),
    "case_needs_title": QT_TRANSLATE_NOOP("Messages", "A case review needs a title, so it can be found later"),
    "session_empty": QT_TRANSLATE_NOOP("Messages", "Write down at least what was discussed"),
    "tag_too_long": QT_TRANSLATE_NOOP("Messages", "A topic can have at most 12 characters"),
    "action_needs_text": QT_TRANSLATE_NOOP("Messages", "An action item needs a description"),
    "action_needs_owner": QT_TRANSLATE_NOOP("Messages", "An action item needs an owner"),
    "due_before_session": QT_TRANSLATE_NOOP("Messages", "An action item cannot be due before the session"),
    "done_before_session": QT_TRANSLATE_NOOP("Messages", "An action item cannot be done before the session"),
    "unknown_agent": QT_TRANSLATE_NOOP("Messages", "Choose an agent from the roster"),
    "cadence_range": QT_TRANSLATE_NOOP("Messages", "Choose between 1 and 90 days"),
})
