"""The leave dialog's 离职面谈 section: reason category, the agent's own words, where they are going, would
we rehire them, would they come back. Saved to its own table after the leave itself is saved."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLineEdit, QPlainTextEdit, QWidget

from domain.care.exit_interview import Answer, Destination, ExitInterview
from domain.roster.model import LeaveReason

DESTINATIONS = (
    (Destination.SAME_INDUSTRY, QT_TRANSLATE_NOOP("ExitInterview", "Customer service elsewhere")),
    (Destination.OTHER_INDUSTRY, QT_TRANSLATE_NOOP("ExitInterview", "Another industry")),
    (Destination.STUDY, QT_TRANSLATE_NOOP("ExitInterview", "Study or exams")),
    (Destination.HOMETOWN, QT_TRANSLATE_NOOP("ExitInterview", "Back to their home town")),
    (Destination.FAMILY, QT_TRANSLATE_NOOP("ExitInterview", "Family")),
    (Destination.NOT_YET, QT_TRANSLATE_NOOP("ExitInterview", "Not decided yet")),
    (Destination.OTHER, QT_TRANSLATE_NOOP("ExitInterview", "Other")),
)
ANSWERS = (
    (Answer.YES, QT_TRANSLATE_NOOP("ExitInterview", "Yes")),
    (Answer.MAYBE, QT_TRANSLATE_NOOP("ExitInterview", "Maybe")),
    (Answer.NO, QT_TRANSLATE_NOOP("ExitInterview", "No")),
)


def destination_label(destination: Destination) -> str:
    return QCoreApplication.translate("ExitInterview", dict(DESTINATIONS)[destination])


def _combo(pairs: tuple, current: object) -> QComboBox:  # type: ignore[type-arg]
    combo = QComboBox()
    for value, text in pairs:
        combo.addItem(QCoreApplication.translate("ExitInterview", text), value.value)
    combo.setCurrentIndex(combo.findData(current.value))  # type: ignore[attr-defined]
    return combo


class ExitInterviewBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Exit interview (what we can learn from this leave)"))
        self.setCheckable(True)
        self.setChecked(True)
        self.own_words = QPlainTextEdit()
        self.own_words.setFixedHeight(70)
        self.own_words.setTabChangesFocus(True)
        self.own_words.setPlaceholderText(self.tr("Why they are leaving, in their own words"))
        self.destination = _combo(DESTINATIONS, Destination.NOT_YET)
        self.destination_note = QLineEdit()
        self.destination_note.setPlaceholderText(self.tr("Company or city, if they said"))
        self.would_rehire = _combo(ANSWERS, Answer.MAYBE)
        self.would_return = _combo(ANSWERS, Answer.MAYBE)
        form = QFormLayout(self)
        form.addRow(self.tr("In their words"), self.own_words)
        form.addRow(self.tr("Going to"), self.destination)
        form.addRow("", self.destination_note)
        form.addRow(self.tr("Would we rehire?"), self.would_rehire)
        form.addRow(self.tr("Would they come back?"), self.would_return)

    def value(self, agent_id: int, leave_date: date, reason: LeaveReason) -> ExitInterview | None:
        if not self.isChecked():
            return None
        return ExitInterview(agent_id, leave_date, reason, self.own_words.toPlainText().strip(),
                             Destination(self.destination.currentData()), self.destination_note.text().strip(),
                             Answer(self.would_rehire.currentData()), Answer(self.would_return.currentData()))
