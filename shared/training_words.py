"""Training's words: its enums, error codes, timeline and 本周待办 kinds (see shared/words.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from domain.training.model import CheckMethod, Criterion, ItemKind, ResultStatus
from domain.training.progress import ItemState

ENUM_CONTEXT = "Labels"
ENUMS = {
    ItemKind: {
        ItemKind.SHADOWING: QT_TRANSLATE_NOOP("Labels", "Listening in"),
        ItemKind.ROLE_PLAY: QT_TRANSLATE_NOOP("Labels", "Role-play"),
        ItemKind.KNOWLEDGE: QT_TRANSLATE_NOOP("Labels", "Knowledge"),
        ItemKind.EMOTION_COURSE: QT_TRANSLATE_NOOP("Labels", "Emotion course"),
        ItemKind.CASE_REVIEW: QT_TRANSLATE_NOOP("Labels", "Case review"),
        ItemKind.CERT_PREP: QT_TRANSLATE_NOOP("Labels", "Certification prep"),
        ItemKind.HANDBOOK: QT_TRANSLATE_NOOP("Labels", "Handbook writing"),
        ItemKind.TEACHING: QT_TRANSLATE_NOOP("Labels", "Teaching"),
    },
    CheckMethod: {
        CheckMethod.ATTENDANCE: QT_TRANSLATE_NOOP("Labels", "Attendance"),
        CheckMethod.TEST: QT_TRANSLATE_NOOP("Labels", "Test"),
        CheckMethod.SIGN_OFF: QT_TRANSLATE_NOOP("Labels", "Mentor sign-off"),
    },
    ResultStatus: {
        ResultStatus.DONE: QT_TRANSLATE_NOOP("Labels", "Done"),
        ResultStatus.PASSED: QT_TRANSLATE_NOOP("Labels", "Passed"),
        ResultStatus.FAILED: QT_TRANSLATE_NOOP("Labels", "Failed"),
        ResultStatus.ABSENT: QT_TRANSLATE_NOOP("Labels", "Absent"),
    },
    ItemState: {
        ItemState.COMPLETE: QT_TRANSLATE_NOOP("Labels", "Complete"),
        ItemState.RETAKE: QT_TRANSLATE_NOOP("Labels", "Retake"),
        ItemState.OPEN: QT_TRANSLATE_NOOP("Labels", "Open"),
        ItemState.OVERDUE: QT_TRANSLATE_NOOP("Labels", "Overdue"),
        ItemState.NOT_YET: QT_TRANSLATE_NOOP("Labels", "Not started"),
    },
    Criterion: {
        Criterion.TENURE_MONTHS: QT_TRANSLATE_NOOP("Labels", "Tenure (months)"),
        Criterion.CERT_LEVEL: QT_TRANSLATE_NOOP("Labels", "Certification"),
        Criterion.KPI_GRADE: QT_TRANSLATE_NOOP("Labels", "KPI grade"),
        Criterion.NO_FLOOR: QT_TRANSLATE_NOOP("Labels", "No complaint-floor month"),
        Criterion.ITEMS_PASSED: QT_TRANSLATE_NOOP("Labels", "Training items complete"),
        Criterion.APPRENTICES: QT_TRANSLATE_NOOP("Labels", "Apprentices mentored"),
        Criterion.MANUAL: QT_TRANSLATE_NOOP("Labels", "Checked by hand"),
    },
}

CODES = {
    "training_title_missing": QT_TRANSLATE_NOOP("Messages", "Please give it a name"),
    "training_weeks_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Weeks run from 1 to 156, and the last week cannot come before the first"),
    "training_pass_mark_invalid": QT_TRANSLATE_NOOP(
        "Messages", "A test needs a pass mark from 0 to 100; other checks have none"),
    "training_item_has_results": QT_TRANSLATE_NOOP(
        "Messages", "Results were recorded against this item; it cannot be removed"),
    "training_date_in_future": QT_TRANSLATE_NOOP("Messages", "The date cannot be in the future"),
    "training_before_hire": QT_TRANSLATE_NOOP("Messages", "The date cannot be before the agent was hired"),
    "training_score_missing": QT_TRANSLATE_NOOP(
        "Messages", "This item is checked by a test: everyone who attended needs a score"),
    "training_score_invalid": QT_TRANSLATE_NOOP("Messages", "A score is from 0 to 100"),
    "training_agent_not_active": QT_TRANSLATE_NOOP("Messages", "This agent has left"),
    "training_no_attendees": QT_TRANSLATE_NOOP(
        "Messages", "Mark at least one agent as present or absent"),
    "training_topic_missing": QT_TRANSLATE_NOOP("Messages", "Please give the session a topic"),
    "career_level_track_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "This level belongs to another track than the agent's career track"),
    "career_level_not_above": QT_TRANSLATE_NOOP(
        "Messages", "The agent is already at this level or above"),
    "position_title_missing": QT_TRANSLATE_NOOP("Messages", "Please name the position"),
    "position_end_before_start": QT_TRANSLATE_NOOP("Messages", "The end date cannot be before the start date"),
}

AREAS = {
    "training": QT_TRANSLATE_NOOP("Timeline", "Training"),
}

EVENTS = {
    ("training", "result_done"): QT_TRANSLATE_NOOP("Timeline", "Training item done"),
    ("training", "result_passed"): QT_TRANSLATE_NOOP("Timeline", "Training test passed"),
    ("training", "result_failed"): QT_TRANSLATE_NOOP("Timeline", "Training test failed"),
    ("training", "result_absent"): QT_TRANSLATE_NOOP("Timeline", "Absent from training"),
    ("training", "taught"): QT_TRANSLATE_NOOP("Timeline", "Taught a training session"),
    ("training", "position_started"): QT_TRANSLATE_NOOP("Timeline", "Took up a position"),
    ("training", "position_ended"): QT_TRANSLATE_NOOP("Timeline", "Left a position"),
    ("training", "promoted"): QT_TRANSLATE_NOOP("Timeline", "Promoted"),
}

TODOS = {
    ("training", "item_due"): QT_TRANSLATE_NOOP("ThisWeek", "Training item due"),
}
