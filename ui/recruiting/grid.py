"""A read-only table of already formatted cells, for the small grids of this area (a candidate's rounds,
calibration, retention bands). Each cell may carry a colour and a tooltip."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Cell:
    text: str
    color: str | None = None  # background
    tip: str = ""
    sort: Any = None


def cell(value: Any) -> Cell:
    return value if isinstance(value, Cell) else Cell("" if value is None else str(value))


class GridModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[list[Cell]] = []
        self._vertical: list[str] = []

    def set_grid(self, headers: list[str], rows: list[list[Any]], vertical: list[str] | None = None) -> None:
        self.beginResetModel()
        self._headers = list(headers)
        self._rows = [[cell(v) for v in row] for row in rows]
        self._vertical = list(vertical or [])
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return c.text
        if role == Qt.ItemDataRole.BackgroundRole and c.color:
            return QBrush(QColor(c.color))
        if role == Qt.ItemDataRole.ToolTipRole and c.tip:
            return c.tip
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if section < len(self._headers) else None
        return self._vertical[section] if section < len(self._vertical) else None

    def text(self, row: int, column: int) -> str:
        return self._rows[row][column].text
