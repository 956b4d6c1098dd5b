"""A read-only table over a Python list that sorts and filters in Python (HOUSE-STYLE: no proxy model).
Shared by the coaching, agent and this-week pages."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")

OVERDUE = QColor("#c0392b")
MUTED = QColor("#888888")


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str  # marked with QT_TRANSLATE_NOOP in the model's context
    text: Callable[[T], str]
    key: Callable[[T], Any]


class ListTableModel(QAbstractTableModel, Generic[T]):
    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, context: str, columns: list[Column[T]], colour: Callable[[T], QColor | None] | None = None,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._context, self._columns, self._colour = context, columns, colour
        self._rows: list[T] = []
        self._cells: list[list[str]] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: list[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            column, order = self._sort
            self._rows.sort(key=self._columns[column].key, reverse=order == Qt.SortOrder.DescendingOrder)
        self._cells = [[c.text(r) for c in self._columns] for r in self._rows]
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, index: int) -> T:
        return self._rows[index]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells[index.row()][index.column()]
        if role == self.RowRole:
            return self._rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and self._colour is not None:
            return self._colour(self._rows[index.row()])
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(self._context, self._columns[section].title)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.set_rows(self._rows)


def make_table(model: ListTableModel, stretch: int, sortable: bool = True) -> QTableView:  # type: ignore[type-arg]
    """A one-line-per-row, single-selection view; `stretch` is the column that takes the spare width."""
    table = QTableView()
    table.setModel(model)
    table.setSortingEnabled(sortable)
    table.setWordWrap(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(26)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table
