"""Mentoring's words: its enums, error codes, timeline and 本周待办 kinds, and the headless `export allowance`
command's sentences (see shared/words.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from domain.mentoring.allowance import LineNote
from domain.mentoring.model import PairingStatus

ENUM_CONTEXT = "Labels"
ENUMS = {
    PairingStatus: {
        PairingStatus.ACTIVE: QT_TRANSLATE_NOOP("Labels", "In progress"),
        PairingStatus.COMPLETED: QT_TRANSLATE_NOOP("Labels", "Completed"),
        PairingStatus.ENDED_EARLY: QT_TRANSLATE_NOOP("Labels", "Ended early"),
    },
    LineNote: {
        LineNote.STARTED_IN_MONTH: QT_TRANSLATE_NOOP("Labels", "Started this month"),
        LineNote.ENDED_IN_MONTH: QT_TRANSLATE_NOOP("Labels", "Ended this month"),
        LineNote.APPRENTICE_LEFT: QT_TRANSLATE_NOOP("Labels", "Apprentice left: paid to the leave date"),
        LineNote.MENTOR_LEFT: QT_TRANSLATE_NOOP("Labels", "Mentor left: paid to the leave date"),
        LineNote.PAST_PLANNED_END: QT_TRANSLATE_NOOP("Labels", "Still running after the planned end"),
    },
}

CODES = {
    "mentor_not_active": QT_TRANSLATE_NOOP("Messages", "The mentor has left; only an active agent can mentor"),
    "mentor_not_qualified": QT_TRANSLATE_NOOP(
        "Messages", "A mentor must be in the expert stage (over 12 months) or certified senior"),
    "mentor_at_capacity": QT_TRANSLATE_NOOP(
        "Messages", "This mentor already has %1 active apprentices, the most allowed (see Settings)"),
    "apprentice_not_active": QT_TRANSLATE_NOOP("Messages", "The apprentice has left"),
    "apprentice_already_paired": QT_TRANSLATE_NOOP(
        "Messages", "This apprentice already has an active mentor; end that pairing first"),
    "pairing_overlaps": QT_TRANSLATE_NOOP(
        "Messages", "This apprentice already had a mentor from %1 to %2; pairings of one apprentice cannot "
                    "overlap (each day is paid to one mentor only). Start the new pairing after %2"),
    "cannot_mentor_self": QT_TRANSLATE_NOOP("Messages", "Nobody can mentor themselves"),
    "pairing_not_active": QT_TRANSLATE_NOOP("Messages", "This pairing has already ended"),
    "pairing_start_in_future": QT_TRANSLATE_NOOP("Messages", "The start date cannot be in the future"),
    "pairing_before_hire": QT_TRANSLATE_NOOP("Messages", "The pairing cannot start before the apprentice was hired"),
    "planned_end_not_after_start": QT_TRANSLATE_NOOP("Messages", "The planned end must be after the start date"),
    "allowance_out_of_range": QT_TRANSLATE_NOOP("Messages", "The allowance must be between 0 and 100,000 yuan"),
    "allowance_fen": QT_TRANSLATE_NOOP("Messages", "The allowance can have at most two decimals (fen)"),
    "progress_out_of_range": QT_TRANSLATE_NOOP("Messages", "Progress is from 1 to 5"),
    "check_in_outside_pairing": QT_TRANSLATE_NOOP(
        "Messages", "The check-in date must fall within the pairing and not in the future"),
    "end_before_start": QT_TRANSLATE_NOOP("Messages", "The end date cannot be before the start date"),
    "end_in_future": QT_TRANSLATE_NOOP("Messages", "The end date cannot be in the future"),
    "attempt_in_future": QT_TRANSLATE_NOOP("Messages", "The exam date cannot be in the future"),
    "attempt_before_hire": QT_TRANSLATE_NOOP("Messages", "The exam date cannot be before the hire date"),
    "score_out_of_range": QT_TRANSLATE_NOOP("Messages", "The score must be between 0 and 100"),
    "number_out_of_range": QT_TRANSLATE_NOOP("Messages", "The number is outside the allowed range"),
}

AREAS = {
    "mentoring": QT_TRANSLATE_NOOP("Timeline", "Mentoring"),
}

EVENTS = {
    ("mentoring", "mentor_assigned"): QT_TRANSLATE_NOOP("Timeline", "Mentor assigned"),
    ("mentoring", "apprentice_assigned"): QT_TRANSLATE_NOOP("Timeline", "Took on an apprentice"),
    ("mentoring", "pairing_completed"): QT_TRANSLATE_NOOP("Timeline", "Mentoring completed"),
    ("mentoring", "pairing_ended_early"): QT_TRANSLATE_NOOP("Timeline", "Mentoring ended early"),
    ("mentoring", "check_in"): QT_TRANSLATE_NOOP("Timeline", "Mentor check-in"),
    ("mentoring", "cert_junior_passed"): QT_TRANSLATE_NOOP("Timeline", "Passed junior certification"),
    ("mentoring", "cert_junior_failed"): QT_TRANSLATE_NOOP("Timeline", "Did not pass junior certification"),
    ("mentoring", "cert_intermediate_passed"): QT_TRANSLATE_NOOP("Timeline", "Passed intermediate certification"),
    ("mentoring", "cert_intermediate_failed"): QT_TRANSLATE_NOOP(
        "Timeline", "Did not pass intermediate certification"),
    ("mentoring", "cert_senior_passed"): QT_TRANSLATE_NOOP("Timeline", "Passed senior certification"),
    ("mentoring", "cert_senior_failed"): QT_TRANSLATE_NOOP("Timeline", "Did not pass senior certification"),
}

TODOS = {
    ("mentoring", "check_in_due"): QT_TRANSLATE_NOOP("ThisWeek", "Mentor check-in due"),
    ("mentoring", "pairing_ending"): QT_TRANSLATE_NOOP("ThisWeek", "Mentoring reaches its planned end"),
    ("mentoring", "pairing_person_left"): QT_TRANSLATE_NOOP(
        "ThisWeek", "Mentor or apprentice has left: end the pairing"),
}

CLI_WORDS = {
    "bad_month": QT_TRANSLATE_NOOP("MentoringCli", "Month must look like 2026-10: %1"),
    "written": QT_TRANSLATE_NOOP("MentoringCli", "Allowance statement for %1 written to %2: %3 lines, total ¥%4."),
    "missing": QT_TRANSLATE_NOOP("MentoringCli", "%1 does not exist."),
}
