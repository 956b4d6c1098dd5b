"""招聘面试: candidates, scorecards, interviewer calibration and whether interviews predict who stays."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from shared.messages import register_codes
from ui.agent.labels import register_event_words

TITLE = QT_TRANSLATE_NOOP("Areas", "Recruiting")

register_codes({
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
})

# The agent's side of the hire link, on their timeline.
register_event_words({
    ("recruiting", "applied"): QT_TRANSLATE_NOOP("Timeline", "Applied as a candidate"),
    ("recruiting", "interview_hr"): QT_TRANSLATE_NOOP("Timeline", "HR screening interview"),
    ("recruiting", "interview_supervisor"): QT_TRANSLATE_NOOP("Timeline", "Supervisor interview"),
    ("recruiting", "interview_veteran"): QT_TRANSLATE_NOOP("Timeline", "Veteran interview"),
    ("recruiting", "hired_from_candidate"): QT_TRANSLATE_NOOP("Timeline", "Hired from recruiting"),
})
