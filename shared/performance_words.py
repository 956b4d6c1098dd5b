"""The performance area's words: its enums, its error codes (the window's and the headless `import kpi` /
`export publish` commands'), its timeline events and 本周待办 kinds. See shared/words.py."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from domain.performance.model import AppealStatus, Direction, Grade, Metric, Normalisation, StarHow, Trigger

ENUM_CONTEXT = "PerformanceWords"
ENUMS = {
    Metric: {
        Metric.HANDLED: QT_TRANSLATE_NOOP("PerformanceWords", "Handled"),
        Metric.AHT: QT_TRANSLATE_NOOP("PerformanceWords", "Avg handle time"),
        Metric.RESPONSE: QT_TRANSLATE_NOOP("PerformanceWords", "First response"),
        Metric.CSAT: QT_TRANSLATE_NOOP("PerformanceWords", "CSAT"),
        Metric.FCR: QT_TRANSLATE_NOOP("PerformanceWords", "First-contact resolution"),
        Metric.COMPLAINTS: QT_TRANSLATE_NOOP("PerformanceWords", "Complaints"),
        Metric.COMPLAINT_RATE: QT_TRANSLATE_NOOP("PerformanceWords", "Complaint rate"),
        Metric.QA: QT_TRANSLATE_NOOP("PerformanceWords", "QA score"),
        Metric.ADHERENCE: QT_TRANSLATE_NOOP("PerformanceWords", "Attendance/adherence"),
        Metric.INBOUND: QT_TRANSLATE_NOOP("PerformanceWords", "Inbound calls"),
        Metric.ANSWER_RATE: QT_TRANSLATE_NOOP("PerformanceWords", "Answer rate"),
        Metric.TRAINING_PASS: QT_TRANSLATE_NOOP("PerformanceWords", "Training pass rate"),
        Metric.PEER_HELP: QT_TRANSLATE_NOOP("PerformanceWords", "Peer help"),
    },
    Grade: {
        Grade.EXCELLENT: QT_TRANSLATE_NOOP("PerformanceWords", "Excellent"),
        Grade.GOOD: QT_TRANSLATE_NOOP("PerformanceWords", "Good"),
        Grade.PASS: QT_TRANSLATE_NOOP("PerformanceWords", "Pass"),
        Grade.IMPROVE: QT_TRANSLATE_NOOP("PerformanceWords", "Needs improvement"),
    },
    AppealStatus: {
        AppealStatus.PENDING: QT_TRANSLATE_NOOP("PerformanceWords", "Pending"),
        AppealStatus.ACCEPTED: QT_TRANSLATE_NOOP("PerformanceWords", "Accepted"),
        AppealStatus.REJECTED: QT_TRANSLATE_NOOP("PerformanceWords", "Rejected"),
    },
    Direction: {
        Direction.HIGHER: QT_TRANSLATE_NOOP("PerformanceWords", "Higher is better"),
        Direction.LOWER: QT_TRANSLATE_NOOP("PerformanceWords", "Lower is better"),
    },
    Normalisation: {
        Normalisation.ATTAINMENT: QT_TRANSLATE_NOOP("PerformanceWords", "Against target"),
        Normalisation.RANK: QT_TRANSLATE_NOOP("PerformanceWords", "Rank in team"),
    },
    Trigger: {
        Trigger.ABOVE: QT_TRANSLATE_NOOP("PerformanceWords", "above"),
        Trigger.BELOW: QT_TRANSLATE_NOOP("PerformanceWords", "below"),
    },
    StarHow: {
        StarHow.TOP_SCORE: QT_TRANSLATE_NOOP("PerformanceWords", "Top score"),
        StarHow.NOMINATED: QT_TRANSLATE_NOOP("PerformanceWords", "Nominated"),
    },
}

CODES = {
    "kpi_month_exists": QT_TRANSLATE_NOOP("Messages", "That month was already imported"),
    "kpi_unknown_agents": QT_TRANSLATE_NOOP("Messages", "Some employee numbers are not in the roster"),
    "kpi_no_month": QT_TRANSLATE_NOOP(
        "Messages", "The file does not say which month it is; choose the month before importing"),
    "kpi_mixed_months": QT_TRANSLATE_NOOP("Messages", "The file holds more than one month; import one month at a time"),
    "kpi_month_mismatch": QT_TRANSLATE_NOOP("Messages", "This row is for a different month than the one chosen"),
    "kpi_bad_month": QT_TRANSLATE_NOOP("Messages", "Not a valid month"),
    "kpi_no_metric_columns": QT_TRANSLATE_NOOP("Messages", "No KPI columns found (e.g. 接通量, 满意度)"),
    "kpi_out_of_range": QT_TRANSLATE_NOOP("Messages", "Value out of range"),
    "kpi_nothing_to_import": QT_TRANSLATE_NOOP("Messages", "The file has no rows to import"),
    "kpi_no_figures": QT_TRANSLATE_NOOP("Messages", "No KPI figures for this agent in that month"),
    "scheme_invalid": QT_TRANSLATE_NOOP("Messages", "The scheme cannot be saved"),
    "scheme_no_metrics": QT_TRANSLATE_NOOP("Messages", "A scheme needs at least one metric"),
    "scheme_duplicate_metric": QT_TRANSLATE_NOOP("Messages", "Each metric may appear only once"),
    "scheme_weights_not_100": QT_TRANSLATE_NOOP("Messages", "Weights must add up to 100"),
    "scheme_negative_weight": QT_TRANSLATE_NOOP("Messages", "Weights cannot be negative"),
    "scheme_bad_target": QT_TRANSLATE_NOOP("Messages", "Targets must be above zero"),
    "scheme_bad_cap": QT_TRANSLATE_NOOP("Messages", "The cap must be at least 1"),
    "scheme_bad_bands": QT_TRANSLATE_NOOP("Messages", "Grade lines must rise: Pass < Good < Excellent"),
    "appeal_already_decided": QT_TRANSLATE_NOOP("Messages", "This appeal was already decided"),
    "star_already_recorded": QT_TRANSLATE_NOOP("Messages", "Already recorded as service star for that month"),
}

AREAS = {
    "performance": QT_TRANSLATE_NOOP("Timeline", "Performance"),
}

EVENTS = {
    ("performance", "grade_excellent"): QT_TRANSLATE_NOOP("Timeline", "Monthly grade: excellent"),
    ("performance", "grade_good"): QT_TRANSLATE_NOOP("Timeline", "Monthly grade: good"),
    ("performance", "grade_pass"): QT_TRANSLATE_NOOP("Timeline", "Monthly grade: pass"),
    ("performance", "grade_improve"): QT_TRANSLATE_NOOP("Timeline", "Monthly grade: needs improvement"),
    ("performance", "appeal_filed"): QT_TRANSLATE_NOOP("Timeline", "Appeal filed"),
    ("performance", "appeal_pending"): QT_TRANSLATE_NOOP("Timeline", "Appeal pending"),
    ("performance", "appeal_accepted"): QT_TRANSLATE_NOOP("Timeline", "Appeal accepted"),
    ("performance", "appeal_rejected"): QT_TRANSLATE_NOOP("Timeline", "Appeal rejected"),
    ("performance", "service_star"): QT_TRANSLATE_NOOP("Timeline", "Service star of the month"),
}

TODOS = {
    ("performance", "improvement_plan_due"): QT_TRANSLATE_NOOP("ThisWeek", "Hold an improvement plan (within 7 days)"),
}
