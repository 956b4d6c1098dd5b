"""Words for training's enums, for its pages and the agent page."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from domain.training.model import CheckMethod, Criterion, ItemKind, ResultStatus
from domain.training.progress import ItemState
from ui.labels import register_labels

register_labels([
    (ItemKind.SHADOWING, QT_TRANSLATE_NOOP("Labels", "Listening in")),
    (ItemKind.ROLE_PLAY, QT_TRANSLATE_NOOP("Labels", "Role-play")),
    (ItemKind.KNOWLEDGE, QT_TRANSLATE_NOOP("Labels", "Knowledge")),
    (ItemKind.EMOTION_COURSE, QT_TRANSLATE_NOOP("Labels", "Emotion course")),
    (ItemKind.CASE_REVIEW, QT_TRANSLATE_NOOP("Labels", "Case review")),
    (ItemKind.CERT_PREP, QT_TRANSLATE_NOOP("Labels", "Certification prep")),
    (ItemKind.HANDBOOK, QT_TRANSLATE_NOOP("Labels", "Handbook writing")),
    (ItemKind.TEACHING, QT_TRANSLATE_NOOP("Labels", "Teaching")),
    (CheckMethod.ATTENDANCE, QT_TRANSLATE_NOOP("Labels", "Attendance")),
    (CheckMethod.TEST, QT_TRANSLATE_NOOP("Labels", "Test")),
    (CheckMethod.SIGN_OFF, QT_TRANSLATE_NOOP("Labels", "Mentor sign-off")),
    (ResultStatus.DONE, QT_TRANSLATE_NOOP("Labels", "Done")),
    (ResultStatus.PASSED, QT_TRANSLATE_NOOP("Labels", "Passed")),
    (ResultStatus.FAILED, QT_TRANSLATE_NOOP("Labels", "Failed")),
    (ResultStatus.ABSENT, QT_TRANSLATE_NOOP("Labels", "Absent")),
    (ItemState.COMPLETE, QT_TRANSLATE_NOOP("Labels", "Complete")),
    (ItemState.RETAKE, QT_TRANSLATE_NOOP("Labels", "Retake")),
    (ItemState.OPEN, QT_TRANSLATE_NOOP("Labels", "Open")),
    (ItemState.OVERDUE, QT_TRANSLATE_NOOP("Labels", "Overdue")),
    (ItemState.NOT_YET, QT_TRANSLATE_NOOP("Labels", "Not started")),
    (Criterion.TENURE_MONTHS, QT_TRANSLATE_NOOP("Labels", "Tenure (months)")),
    (Criterion.CERT_LEVEL, QT_TRANSLATE_NOOP("Labels", "Certification")),
    (Criterion.KPI_GRADE, QT_TRANSLATE_NOOP("Labels", "KPI grade")),
    (Criterion.NO_FLOOR, QT_TRANSLATE_NOOP("Labels", "No complaint-floor month")),
    (Criterion.ITEMS_PASSED, QT_TRANSLATE_NOOP("Labels", "Training items complete")),
    (Criterion.APPRENTICES, QT_TRANSLATE_NOOP("Labels", "Apprentices mentored")),
    (Criterion.MANUAL, QT_TRANSLATE_NOOP("Labels", "Checked by hand")),
])
