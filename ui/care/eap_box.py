"""The care form's EAP referral row: referred on, accepted or not, follow-up. All of it is sealed with the
record's details; only "a referral exists" is stored in the clear, for HQ's count."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLineEdit, QWidget

from domain.care.model import EapReferral
from ui.widgets import DateField


class EapBox(QWidget):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.referred = QCheckBox(self.tr("Referred to EAP on"))
        self.referred_on = DateField(today)
        self.accepted = QComboBox()
        for text, value in ((self.tr("Accepted: not known yet"), None), (self.tr("Accepted"), True),
                            (self.tr("Declined"), False)):
            self.accepted.addItem(text, value)
        self.follow_up = QLineEdit()
        self.follow_up.setPlaceholderText(self.tr("Follow-up: sessions taken, how it helped, next check"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.referred, 0, 0)
        grid.addWidget(self.referred_on, 0, 1)
        grid.addWidget(self.accepted, 0, 2)
        grid.addWidget(self.follow_up, 1, 0, 1, 3)
        self.referred.toggled.connect(self._enable)
        self._enable(False)

    def _enable(self, on: bool) -> None:
        for widget in (self.referred_on, self.accepted, self.follow_up):
            widget.setEnabled(on)

    def value(self) -> EapReferral | None:
        if not self.referred.isChecked():
            return None
        return EapReferral(self.referred_on.value() or date.today(), self.accepted.currentData(),
                           self.follow_up.text().strip())

    def set_value(self, eap: EapReferral | None) -> None:
        self.referred.setChecked(eap is not None)
        if eap is not None:
            self.referred_on.set_value(eap.referred_on)
            self.accepted.setCurrentIndex(max(0, self.accepted.findData(eap.accepted)))
            self.follow_up.setText(eap.follow_up)
