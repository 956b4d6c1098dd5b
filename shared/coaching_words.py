"""Coaching's words: session kinds, error codes, timeline and 本周待办 kinds (see shared/words.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from domain.coaching.model import SessionKind

ENUM_CONTEXT = "CoachingLabels"
ENUMS = {
    SessionKind: {
        SessionKind.ONE_ON_ONE: QT_TRANSLATE_NOOP("CoachingLabels", "1:1"),
        SessionKind.CASE_REVIEW: QT_TRANSLATE_NOOP("CoachingLabels", "Case review"),
        SessionKind.QA_FEEDBACK: QT_TRANSLATE_NOOP("CoachingLabels", "QA feedback"),
        SessionKind.LIVE_INTERVENTION: QT_TRANSLATE_NOOP("CoachingLabels", "Real-time intervention"),
        SessionKind.IMPROVEMENT_PLAN: QT_TRANSLATE_NOOP("CoachingLabels", "Improvement plan"),
    },
}

CODES = {
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
}

AREAS = {
    "coaching": QT_TRANSLATE_NOOP("Timeline", "Coaching"),
}

EVENTS = {
    ("coaching", "one_on_one"): QT_TRANSLATE_NOOP("Timeline", "1:1"),
    ("coaching", "case_review"): QT_TRANSLATE_NOOP("Timeline", "Case review"),
    ("coaching", "qa_feedback"): QT_TRANSLATE_NOOP("Timeline", "QA feedback"),
    ("coaching", "live_intervention"): QT_TRANSLATE_NOOP("Timeline", "Real-time intervention"),
    ("coaching", "improvement_plan"): QT_TRANSLATE_NOOP("Timeline", "Improvement plan"),
    ("coaching", "action_done"): QT_TRANSLATE_NOOP("Timeline", "Action item done"),
}

TODOS = {
    ("coaching", "one_on_one_due"): QT_TRANSLATE_NOOP("ThisWeek", "1:1 due"),
    ("coaching", "action_item"): QT_TRANSLATE_NOOP("ThisWeek", "Action item due"),
}
