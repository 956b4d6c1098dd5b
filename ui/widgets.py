"""Small widgets every area uses: an optional date, an enum combo, an inline error label."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QWidget

from shared.words import label

_EMPTY = QDate(1900, 1, 1)


class DateField(QDateEdit):
    """A calendar date edit; `optional` adds an empty value shown as "—"."""

    def __init__(self, value: date | None = None, optional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self._optional = optional
        if optional:
            self.setMinimumDate(_EMPTY)
            self.setSpecialValueText("—")
        else:
            self.setMinimumDate(QDate(1950, 1, 1))
        self.set_value(value)

    def set_value(self, value: date | None) -> None:
        if value is None:
            self.setDate(_EMPTY if self._optional else QDate.currentDate())
        else:
            self.setDate(QDate(value.year, value.month, value.day))

    def value(self) -> date | None:
        d = self.date()
        if self._optional and d == _EMPTY:
            return None
        return date(d.year(), d.month(), d.day())


class EnumCombo(QComboBox):
    def __init__(self, enum: type[StrEnum], optional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._enum = enum
        if optional:
            self.addItem("—", "")
        for member in enum:
            self.addItem(label(member), member.value)

    def set_value(self, value: StrEnum | None) -> None:
        index = self.findData("" if value is None else str(value))
        self.setCurrentIndex(max(index, 0))

    def value(self) -> StrEnum | None:
        data = self.currentData()
        return self._enum(data) if data else None


class ErrorLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet("color: #c0392b;")
        self.setWordWrap(True)
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
