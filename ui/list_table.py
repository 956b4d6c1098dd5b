"""A read-only table over a Python list, sorted in Python (HOUSE-STYLE: no proxy model), used by the
mentoring, coaching, agent and this-week pages. Cells are formatted once per refresh; numbers sort by their
raw value."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
)
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QPushButton, QTableView, QWidget

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
        # A row's texts, made the first time the row is painted: a coaching history of 150,000 sessions was
        # formatted whole on the UI thread when it arrived (~2 s), though a screen shows thirty rows.
        self._cells: dict[int, list[str]] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: list[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            column, order = self._sort
            self._rows.sort(key=self._columns[column].key, reverse=order == Qt.SortOrder.DescendingOrder)
        self._cells = {}
        self.endResetModel()

    def _texts(self, index: int) -> list[str]:
        texts = self._cells.get(index)
        if texts is None:
            row = self._rows[index]
            texts = self._cells[index] = [c.text(row) for c in self._columns]
        return texts

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
            return self._texts(index.row())[index.column()]
        if role == self.RowRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and self._columns[index.column()].numeric:
            return int(RIGHT.value)
        if role == Qt.ItemDataRole.ForegroundRole and self._colour is not None:
            return self._colour(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row) if self._tooltip is not None else self._texts(index.row())[index.column()]
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
    keyboard_table(view)
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
    keyboard_table(table)
    return table


# --- the keyboard on every table ------------------------------------------------------------------------
# A row action for a context menu: a page's own row button (its text and enabled state are mirrored), or
# (text, slot) / (text, slot, enabled) for actions that have no button. None draws a separator.
RowAction = QPushButton | tuple | None
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _TableKeys(QObject):
    """Enter runs the row's main action (what a double click does); the Menu key and Shift+F10 open the row
    menu on the current row; focus arriving by Tab selects the current row so the row buttons wake up."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        self.actions: list[RowAction] | Callable[[], list[RowAction]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        view = self.view
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key, mods = event.key(), event.modifiers()
            if key in _ENTER and mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier) \
                    and view.state() != QAbstractItemView.State.EditingState:
                index = self._current()
                if index.isValid():
                    view.doubleClicked.emit(index)
                    return True
            if self.actions and (key == Qt.Key.Key_Menu or (key == Qt.Key.Key_F10 and
                                                            mods == Qt.KeyboardModifier.ShiftModifier)):
                index = self._current()
                if index.isValid():
                    rect = view.visualRect(index)
                    self.show_menu(view.viewport().mapToGlobal(QPoint(rect.left() + 8, rect.bottom())))
                return True
        elif event.type() == QEvent.Type.FocusIn and isinstance(event, QFocusEvent) and \
                event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self._current()
        return False

    def _current(self) -> QModelIndex:
        """The current row, selected (a Tab into the table makes a row current without selecting it)."""
        view, model = self.view, self.view.model()
        index = view.currentIndex()
        if not index.isValid() and model is not None and model.rowCount() > 0 and view.hasFocus():
            index = model.index(0, 0)
        if index.isValid() and not view.selectionModel().isRowSelected(index.row(), QModelIndex()):
            view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        return index

    def _requested(self, pos: QPoint) -> None:
        if self.view.indexAt(pos).isValid():
            self.show_menu(self.view.viewport().mapToGlobal(pos))

    def menu(self) -> QMenu:
        menu = QMenu(self.view)
        for action in self.actions() if callable(self.actions) else self.actions:
            if action is None:
                menu.addSeparator()
            elif isinstance(action, QPushButton):
                if action.isHidden():  # e.g. 录用 before the offer stage
                    continue
                item = menu.addAction(action.text(), action.click)
                item.setEnabled(action.isEnabled())
            else:
                item = menu.addAction(action[0], action[1])
                item.setEnabled(bool(action[2]()) if len(action) > 2 else True)
        return menu

    def show_menu(self, where: QPoint) -> None:
        self.menu().exec(where)


def keyboard_table(view: QAbstractItemView,
                   actions: list[RowAction] | Callable[[], list[RowAction]] | None = None) -> None:
    """Make a table keyboard-friendly (issue 24): Tab leaves it, Enter runs the row's main action, and with
    `actions` a context menu (right click, the Menu key, Shift+F10) holds every row action. Idempotent."""
    view.setTabKeyNavigation(False)
    keys = view.findChild(_TableKeys, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if keys is None:
        keys = _TableKeys(view)
        view.installEventFilter(keys)
    if actions is not None:
        if not keys.actions:
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(keys._requested)
        keys.actions = actions if callable(actions) else list(actions)


def row_menu(view: QAbstractItemView) -> QMenu:
    """The context menu `keyboard_table` would show for the current row (tests read it)."""
    keys = view.findChild(_TableKeys, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return keys.menu()
