"""A read-only table over a Python list, sorted in Python (HOUSE-STYLE: no proxy model), used by the
mentoring, coaching, agent and this-week pages. Cells are formatted once per refresh; numbers sort by their
raw value."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")

WARNING = QColor("#c0392b")
OVERDUE = WARNING  # overdue items are the most common warning
MUTED = QColor("#888888")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str  # marked with QT_TRANSLATE_NOOP in the model's context
    text: Callable[[T], str]
    key: Callable[[T], Any]
    numeric: bool = False


class ListTableModel(QAbstractTableModel, Generic[T]):
    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, context: str, columns: list[Column[T]], colour: Callable[[T], QColor | None] | None = None,
                 tooltip: Callable[[T], str] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._context, self._columns = context, columns
        self._colour, self._tooltip = colour, tooltip
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
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][index.column()]
        if role == self.RowRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and self._columns[index.column()].numeric:
            return int(RIGHT.value)
        if role == Qt.ItemDataRole.ForegroundRole and self._colour is not None:
            return self._colour(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row) if self._tooltip is not None else self._cells[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(self._context, self._columns[section].title)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.set_rows(self._rows)


def make_view(model: ListTableModel, parent: QWidget | None = None, stretch_last: bool = True) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultSectionSize(96)
    header.setStretchLastSection(stretch_last)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # the header's default indicator would sort descending
    return view


def selected_row(view: QTableView) -> Any:
    rows = view.selectionModel().selectedRows()
    return view.model().row_at(rows[0].row()) if rows else None


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
