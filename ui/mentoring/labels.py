"""Words for mentoring's enums (pairing status, allowance line notes), for its pages and other pages."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from domain.mentoring.allowance import LineNote
from domain.mentoring.model import PairingStatus
from ui.labels import register_labels

register_labels([
    (PairingStatus.ACTIVE, QT_TRANSLATE_NOOP("Labels", "In progress")),
    (PairingStatus.COMPLETED, QT_TRANSLATE_NOOP("Labels", "Completed")),
    (PairingStatus.ENDED_EARLY, QT_TRANSLATE_NOOP("Labels", "Ended early")),
    (LineNote.STARTED_IN_MONTH, QT_TRANSLATE_NOOP("Labels", "Started this month")),
    (LineNote.ENDED_IN_MONTH, QT_TRANSLATE_NOOP("Labels", "Ended this month")),
    (LineNote.APPRENTICE_LEFT, QT_TRANSLATE_NOOP("Labels", "Apprentice left: paid to the leave date")),
    (LineNote.MENTOR_LEFT, QT_TRANSLATE_NOOP("Labels", "Mentor left: paid to the leave date")),
    (LineNote.PAST_PLANNED_END, QT_TRANSLATE_NOOP("Labels", "Still running after the planned end")),
])
