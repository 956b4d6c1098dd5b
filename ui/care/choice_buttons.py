"""A row of checkable buttons for a short fixed list (the care categories): one click chooses, where a
combo box needs two. It answers the few QComboBox calls the care dialog and its tests use.

By keyboard the row is one Tab stop, not ten: arrows or the digits 1-9, 0 move the choice, Tab moves on."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QPushButton, QWidget


class ChoiceButtons(QWidget):
    chosen = Signal(str)  # the data of the button the user clicked

    def __init__(self, choices: list[tuple[str, str]], columns: int = 5, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self._data: list[str] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for i, (text, data) in enumerate(choices):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setAutoDefault(False)  # Enter in the dialog saves; it must not re-click a category
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a click chooses without taking the focus
            self.group.addButton(button, i)
            self._data.append(data)
            grid.addWidget(button, i // columns, i % columns)
        if choices:
            self.group.button(0).setChecked(True)
        self.group.idClicked.connect(lambda i: self.chosen.emit(self._data[i]))

    def buttons(self) -> list[QPushButton]:
        return [self.group.button(i) for i in range(len(self._data))]

    def button_for(self, data: str) -> QPushButton:
        return self.group.button(self._data.index(data))

    def currentData(self) -> str | None:  # noqa: N802 - the QComboBox name, on purpose
        i = self.group.checkedId()
        return self._data[i] if i >= 0 else None

    def findData(self, data: str) -> int:  # noqa: N802
        return self._data.index(data) if data in self._data else -1

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802
        if 0 <= index < len(self._data):
            self.group.button(index).setChecked(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        count, current = len(self._data), max(self.group.checkedId(), 0)
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.setCurrentIndex((current - 1) % count)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.setCurrentIndex((current + 1) % count)
        elif Qt.Key.Key_0 <= key <= Qt.Key.Key_9 and (key - Qt.Key.Key_1) % 10 < count:
            self.setCurrentIndex((key - Qt.Key.Key_1) % 10)  # 1 is the first, 0 the tenth
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self.setStyleSheet("QPushButton:checked { border: 2px solid #2b6cb0; }")
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self.setStyleSheet("")
        super().focusOutEvent(event)
