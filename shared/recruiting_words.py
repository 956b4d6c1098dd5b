"""Recruiting's words: its enums, error codes and timeline events (see shared/words.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from domain.recruiting.analytics import Verdict
from domain.recruiting.model import Recommendation, Round, Source, Stage

# Own context: Stage.SUPERVISOR and Round.SUPERVISOR share a value but not their words.
ENUM_CONTEXT = "RecruitingLabels"
ENUMS = {
    Source: {
        Source.CAMPUS: QT_TRANSLATE_NOOP("RecruitingLabels", "Campus"),
        Source.SOCIAL: QT_TRANSLATE_NOOP("RecruitingLabels", "Open market"),
        Source.REFERRAL: QT_TRANSLATE_NOOP("RecruitingLabels", "Employee referral"),
        Source.AGENCY: QT_TRANSLATE_NOOP("RecruitingLabels", "Labour dispatch"),
        Source.OTHER: QT_TRANSLATE_NOOP("RecruitingLabels", "Other"),
    },
    Stage: {
        Stage.APPLIED: QT_TRANSLATE_NOOP("RecruitingLabels", "Applied"),
        Stage.HR_SCREEN: QT_TRANSLATE_NOOP("RecruitingLabels", "HR screening"),
        Stage.SUPERVISOR: QT_TRANSLATE_NOOP("RecruitingLabels", "Supervisor interview"),
        Stage.VETERAN: QT_TRANSLATE_NOOP("RecruitingLabels", "Veteran interview"),
        Stage.OFFER: QT_TRANSLATE_NOOP("RecruitingLabels", "Offer intended"),
        Stage.HIRED: QT_TRANSLATE_NOOP("RecruitingLabels", "Hired"),
        Stage.REJECTED: QT_TRANSLATE_NOOP("RecruitingLabels", "Not passed"),
        Stage.WITHDRAWN: QT_TRANSLATE_NOOP("RecruitingLabels", "Withdrew"),
    },
    Round: {
        Round.HR: QT_TRANSLATE_NOOP("RecruitingLabels", "HR screening round"),
        Round.SUPERVISOR: QT_TRANSLATE_NOOP("RecruitingLabels", "Supervisor round"),
        Round.VETERAN: QT_TRANSLATE_NOOP("RecruitingLabels", "Veteran round"),
    },
    Recommendation: {
        Recommendation.STRONG_YES: QT_TRANSLATE_NOOP("RecruitingLabels", "Strongly recommend"),
        Recommendation.YES: QT_TRANSLATE_NOOP("RecruitingLabels", "Recommend"),
        Recommendation.NO: QT_TRANSLATE_NOOP("RecruitingLabels", "Do not recommend"),
        Recommendation.STRONG_NO: QT_TRANSLATE_NOOP("RecruitingLabels", "Strongly against"),
    },
    Verdict: {
        Verdict.TOO_FEW: QT_TRANSLATE_NOOP("RecruitingLabels", "Too few to tell"),
        Verdict.IN_LINE: QT_TRANSLATE_NOOP("RecruitingLabels", "In line with the panel"),
        Verdict.LENIENT: QT_TRANSLATE_NOOP("RecruitingLabels", "Lenient"),
        Verdict.HARSH: QT_TRANSLATE_NOOP("RecruitingLabels", "Harsh"),
    },
}

CODES = {
    "candidate_closed": QT_TRANSLATE_NOOP("Messages", "This candidate's process is closed"),
    "candidate_already_hired": QT_TRANSLATE_NOOP("Messages", "This candidate has already been hired"),
    "applied_in_future": QT_TRANSLATE_NOOP("Messages", "Applied date cannot be in the future"),
    "interview_in_future": QT_TRANSLATE_NOOP("Messages", "Interview date cannot be in the future"),
    "score_missing": QT_TRANSLATE_NOOP("Messages", "Every dimension needs a score from 1 to 5"),
    "score_unknown_dimension": QT_TRANSLATE_NOOP("Messages", "A score is for a dimension not in this template"),
    "rejection_needs_reason": QT_TRANSLATE_NOOP("Messages", "Give the reason for the rejection"),
    "hire_through_hire": QT_TRANSLATE_NOOP("Messages", "Use Hire to hire a candidate"),
    "template_needs_a_dimension": QT_TRANSLATE_NOOP("Messages", "A template needs at least one dimension"),
    "duplicate_dimension": QT_TRANSLATE_NOOP("Messages", "Two dimensions have the same name"),
    "weight_negative": QT_TRANSLATE_NOOP("Messages", "Weights cannot be negative"),
    "weights_sum_to_zero": QT_TRANSLATE_NOOP("Messages", "At least one dimension needs a weight above zero"),
    "knockout_out_of_range": QT_TRANSLATE_NOOP("Messages", "A knock-out floor must be between 2 and 5"),
    "anchors_need_five": QT_TRANSLATE_NOOP("Messages", "Each dimension needs five scale descriptions"),
}

AREAS = {
    "recruiting": QT_TRANSLATE_NOOP("Timeline", "Recruiting"),
}

EVENTS = {
    ("recruiting", "applied"): QT_TRANSLATE_NOOP("Timeline", "Applied as a candidate"),
    ("recruiting", "interview_hr"): QT_TRANSLATE_NOOP("Timeline", "HR screening interview"),
    ("recruiting", "interview_supervisor"): QT_TRANSLATE_NOOP("Timeline", "Supervisor interview"),
    ("recruiting", "interview_veteran"): QT_TRANSLATE_NOOP("Timeline", "Veteran interview"),
    ("recruiting", "hired_from_candidate"): QT_TRANSLATE_NOOP("Timeline", "Hired from recruiting"),
}
