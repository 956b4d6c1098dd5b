"""Care's words: categories, statuses, awards, error codes, timeline and 本周待办 kinds (see shared/words.py).
Own enum context: several category values ("health", "family") equal roster leave reasons."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from domain.care.model import CareCategory, CareStatus
from domain.care.recognition import AwardKind, PraiseChannel
from domain.care.timeline_events import FOLLOW_UP_KIND

ENUM_CONTEXT = "CareLabels"
ENUMS = {
    CareCategory: {
        CareCategory.HEALTH: QT_TRANSLATE_NOOP("CareLabels", "Health"),
        CareCategory.HOSPITAL: QT_TRANSLATE_NOOP("CareLabels", "Hospital stay"),
        CareCategory.MATERNITY: QT_TRANSLATE_NOOP("CareLabels", "Pregnancy and birth"),
        CareCategory.FAMILY: QT_TRANSLATE_NOOP("CareLabels", "Family"),
        CareCategory.HOUSING: QT_TRANSLATE_NOOP("CareLabels", "Housing"),
        CareCategory.BEREAVEMENT: QT_TRANSLATE_NOOP("CareLabels", "Bereavement"),
        CareCategory.HARDSHIP: QT_TRANSLATE_NOOP("CareLabels", "Financial hardship"),
        CareCategory.PSYCHOLOGICAL: QT_TRANSLATE_NOOP("CareLabels", "Psychological (EAP)"),
        CareCategory.BIRTHDAY: QT_TRANSLATE_NOOP("CareLabels", "Birthday"),
        CareCategory.HOME_VISIT: QT_TRANSLATE_NOOP("CareLabels", "Home visit"),
    },
    CareStatus: {
        CareStatus.OPEN: QT_TRANSLATE_NOOP("CareLabels", "Open"),
        CareStatus.CLOSED: QT_TRANSLATE_NOOP("CareLabels", "Closed"),
    },
    AwardKind: {
        AwardKind.SERVICE_STAR: QT_TRANSLATE_NOOP("CareLabels", "Service star"),
        AwardKind.IMPROVEMENT_STAR: QT_TRANSLATE_NOOP("CareLabels", "Improvement star"),
        AwardKind.BEST_CASE: QT_TRANSLATE_NOOP("CareLabels", "Best case"),
        AwardKind.BEST_MENTOR: QT_TRANSLATE_NOOP("CareLabels", "Outstanding mentor"),
        AwardKind.CUSTOM: QT_TRANSLATE_NOOP("CareLabels", "Own award"),
    },
    PraiseChannel: {
        PraiseChannel.PHONE: QT_TRANSLATE_NOOP("CareLabels", "On the call"),
        PraiseChannel.ONLINE: QT_TRANSLATE_NOOP("CareLabels", "Online review"),
        PraiseChannel.LETTER: QT_TRANSLATE_NOOP("CareLabels", "Letter of thanks"),
        PraiseChannel.BANNER: QT_TRANSLATE_NOOP("CareLabels", "Silk banner"),
        PraiseChannel.OTHER: QT_TRANSLATE_NOOP("CareLabels", "Other"),
    },
}

CODES = {
    "care_wrong_passphrase": QT_TRANSLATE_NOOP("Messages", "Wrong passphrase"),
    "care_passphrase_too_short": QT_TRANSLATE_NOOP("Messages", "The passphrase needs at least 8 characters"),
    "care_no_passphrase": QT_TRANSLATE_NOOP("Messages", "Set a care passphrase first"),
    "care_passphrase_exists": QT_TRANSLATE_NOOP("Messages", "A care passphrase is already set"),
    "care_keyring_damaged": QT_TRANSLATE_NOOP(
        "Messages", "The care key store is damaged; restore a backup of the database"),
    "care_locked": QT_TRANSLATE_NOOP("Messages", "Care records are locked; unlock them first"),
    "care_key_outdated": QT_TRANSLATE_NOOP("Messages", "The care passphrase was changed; unlock again"),
    "care_record_damaged": QT_TRANSLATE_NOOP("Messages", "This record's details are damaged and cannot be read"),
    "care_day_in_future": QT_TRANSLATE_NOOP("Messages", "The date cannot be in the future"),
    "care_follow_up_before_day": QT_TRANSLATE_NOOP("Messages", "The follow-up cannot be before the date"),
    "care_aid_out_of_range": QT_TRANSLATE_NOOP("Messages", "The amount must be between 0 and 1,000,000"),
    "care_agent_ambiguous": QT_TRANSLATE_NOOP(
        "Messages", "Several agents have this name; pick one from the list or type the employee no."),
    "care_agent_not_found": QT_TRANSLATE_NOOP("Messages", "No current agent has this name or employee no."),
    "buddy_self": QT_TRANSLATE_NOOP("Messages", "An agent cannot be their own buddy"),
    "buddy_is_mentor": QT_TRANSLATE_NOOP("Messages", "The mentor teaches; a buddy should be another peer"),
    "buddy_not_active": QT_TRANSLATE_NOOP("Messages", "Both agents must be currently employed"),
    "buddy_already": QT_TRANSLATE_NOOP("Messages", "This agent already has a buddy; end that pairing first"),
    "buddy_full": QT_TRANSLATE_NOOP("Messages", "This buddy already supports two colleagues"),
    "rehire_same_record": QT_TRANSLATE_NOOP("Messages", "A record cannot be linked to itself"),
    "rehire_not_left": QT_TRANSLATE_NOOP("Messages", "The earlier record must be a leaver"),
    "rehire_overlaps": QT_TRANSLATE_NOOP("Messages", "The earlier employment must end before this one starts"),
    "buddy_rating_range": QT_TRANSLATE_NOOP("Messages", "Choose 1 to 5"),
}

C = CareCategory
AREAS = {
    "reminders": QT_TRANSLATE_NOOP("Timeline", "Reminders"),
    "buddy": QT_TRANSLATE_NOOP("Timeline", "Buddy"),
    "recognition": QT_TRANSLATE_NOOP("Timeline", "Recognition"),
    "exit": QT_TRANSLATE_NOOP("Timeline", "Leaving"),
    "care": QT_TRANSLATE_NOOP("Timeline", "Care"),
}

EVENTS = {
    ("care", C.HEALTH.value): QT_TRANSLATE_NOOP("Timeline", "Care: health"),
    ("care", C.HOSPITAL.value): QT_TRANSLATE_NOOP("Timeline", "Care: hospital stay"),
    ("care", C.MATERNITY.value): QT_TRANSLATE_NOOP("Timeline", "Care: pregnancy and birth"),
    ("care", C.FAMILY.value): QT_TRANSLATE_NOOP("Timeline", "Care: family"),
    ("care", C.HOUSING.value): QT_TRANSLATE_NOOP("Timeline", "Care: housing"),
    ("care", C.BEREAVEMENT.value): QT_TRANSLATE_NOOP("Timeline", "Care: bereavement"),
    ("care", C.HARDSHIP.value): QT_TRANSLATE_NOOP("Timeline", "Care: financial hardship"),
    ("care", C.PSYCHOLOGICAL.value): QT_TRANSLATE_NOOP("Timeline", "Care: psychological (EAP)"),
    ("care", C.BIRTHDAY.value): QT_TRANSLATE_NOOP("Timeline", "Care: birthday"),
    ("care", C.HOME_VISIT.value): QT_TRANSLATE_NOOP("Timeline", "Care: home visit"),
    ("care", FOLLOW_UP_KIND): QT_TRANSLATE_NOOP("Timeline", "Care follow-up due"),
    ("exit", "exit_interview_same_industry"): QT_TRANSLATE_NOOP(
        "Timeline", "Exit interview: customer service elsewhere"),
    ("exit", "exit_interview_other_industry"): QT_TRANSLATE_NOOP("Timeline", "Exit interview: another industry"),
    ("exit", "exit_interview_study"): QT_TRANSLATE_NOOP("Timeline", "Exit interview: study"),
    ("exit", "exit_interview_hometown"): QT_TRANSLATE_NOOP("Timeline", "Exit interview: back home"),
    ("exit", "exit_interview_family"): QT_TRANSLATE_NOOP("Timeline", "Exit interview: family"),
    ("exit", "exit_interview_not_yet"): QT_TRANSLATE_NOOP("Timeline", "Exit interview: undecided"),
    ("exit", "exit_interview_other"): QT_TRANSLATE_NOOP("Timeline", "Exit interview"),
    ("recognition", "award_service_star"): QT_TRANSLATE_NOOP("Timeline", "Award: service star"),
    ("recognition", "award_improvement_star"): QT_TRANSLATE_NOOP("Timeline", "Award: improvement star"),
    ("recognition", "award_best_case"): QT_TRANSLATE_NOOP("Timeline", "Award: best case"),
    ("recognition", "award_best_mentor"): QT_TRANSLATE_NOOP("Timeline", "Award: outstanding mentor"),
    ("recognition", "award_custom"): QT_TRANSLATE_NOOP("Timeline", "Award"),
    ("recognition", "praise_phone"): QT_TRANSLATE_NOOP("Timeline", "Customer praise (call)"),
    ("recognition", "praise_online"): QT_TRANSLATE_NOOP("Timeline", "Customer praise (online review)"),
    ("recognition", "praise_letter"): QT_TRANSLATE_NOOP("Timeline", "Customer praise (letter)"),
    ("recognition", "praise_banner"): QT_TRANSLATE_NOOP("Timeline", "Customer praise (silk banner)"),
    ("recognition", "praise_other"): QT_TRANSLATE_NOOP("Timeline", "Customer praise"),
    ("buddy", "buddy_assigned"): QT_TRANSLATE_NOOP("Timeline", "Buddy arranged"),
    ("buddy", "buddy_for"): QT_TRANSLATE_NOOP("Timeline", "Became a buddy"),
    ("buddy", "buddy_ended"): QT_TRANSLATE_NOOP("Timeline", "Buddy pairing ended"),
    ("buddy", "buddy_check_in"): QT_TRANSLATE_NOOP("Timeline", "Buddy check-in"),
}

TODOS = {
    ("care", C.HEALTH.value): QT_TRANSLATE_NOOP("ThisWeek", "Care follow-up: health"),
    ("care", C.HOSPITAL.value): QT_TRANSLATE_NOOP("ThisWeek", "Care follow-up: hospital stay"),
    ("care", C.MATERNITY.value): QT_TRANSLATE_NOOP("ThisWeek", "Care follow-up: pregnancy and birth"),
    ("care", C.FAMILY.value): QT_TRANSLATE_NOOP("ThisWeek", "Care follow-up: family"),
    ("care", C.HOUSING.value): QT_TRANSLATE_NOOP("ThisWeek", "Care follow-up: housing"),
    ("care", C.BEREAVEMENT.value): QT_TRANSLATE_NOOP("ThisWeek", "Care follow-up: bereavement"),
    ("care", C.HARDSHIP.value): QT_TRANSLATE_NOOP("ThisWeek", "Care follow-up: financial hardship"),
    ("care", C.PSYCHOLOGICAL.value): QT_TRANSLATE_NOOP("ThisWeek", "Care follow-up: psychological (EAP)"),
    ("care", C.BIRTHDAY.value): QT_TRANSLATE_NOOP("ThisWeek", "Care follow-up: birthday"),
    ("care", C.HOME_VISIT.value): QT_TRANSLATE_NOOP("ThisWeek", "Care follow-up: home visit"),
    ("reminders", "birthday"): QT_TRANSLATE_NOOP("ThisWeek", "Birthday"),
    ("reminders", "anniversary"): QT_TRANSLATE_NOOP("ThisWeek", "Work anniversary (hired on)"),
    ("reminders", "one_month"): QT_TRANSLATE_NOOP("ThisWeek", "One month since hiring"),
    ("reminders", "three_months"): QT_TRANSLATE_NOOP(
        "ThisWeek", "Three months: end of the new-hire stage and probation"),
    ("reminders", "twelve_months"): QT_TRANSLATE_NOOP("ThisWeek", "Twelve months: now an expert"),
    ("reminders", "shift_review"): QT_TRANSLATE_NOOP("ThisWeek", "Review shifts (life stage)"),
}
