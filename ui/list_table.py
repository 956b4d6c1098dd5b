"""Read-only lists on the one table-model base (ui/table_model.py), and what every table view shares: the
view set-up (`make_view`, `make_table`) and the keyboard (`keyboard_table`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
)
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QPushButton, QTableView, QWidget

from ui.table_model import Column, Prepared, TableModel

__all__ = ["Column", "ListTableModel", "Prepared", "SizedTable", "TableModel", "make_table", "make_view",
           "keyboard_table"]
T = TypeVar("T")

WARNING = QColor("#c0392b")
OVERDUE = WARNING  # overdue items are the most common warning
MUTED = QColor("#888888")
# Columns sized to their contents measure this many rows, not every row: a hidden view (a tab not yet
# shown) measured all 150,000 coaching sessions' cells on the UI thread.
SIZE_SAMPLE_ROWS = 60


class ListTableModel(TableModel[T]):
    """A read-only list whose view sorts it (`make_view` / `make_table` pick the first sort); a cell's tooltip
    is its text unless a tooltip function says otherwise."""

    def __init__(self, context: str, columns: list[Column[T]], colour: Callable[[T], QColor | None] | None = None,
                 tooltip: Callable[[T], str] | None = None, parent: Any = None, *, sort: str | None = None,
                 order: Qt.SortOrder = Qt.SortOrder.AscendingOrder, flt: Any = None) -> None:
        super().__init__(context, columns, sort=sort, order=order, flt=flt, colour=colour, tooltip=tooltip,
                         text_tips=True, parent=parent)


class SizedTable(QTableView):
    """A table view that measures a column's contents once per change of its rows, not once per layout pass.

    A header in ResizeToContents mode asks the view for each column's width on every layout pass; showing a
    page runs four (shown, laid out, its viewport resized…), and each measures the sampled rows' cells again,
    eight model roles per cell, each a call into Python: 9,600 `data()` calls and ~25 ms of the UI thread for
    本周待办's five measured columns. The answer depends only on the rows measured (the model's, from the top
    visible row) and on the view's font and style, so it is kept until one of them changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hints: dict[tuple[int, int, int], int] = {}
        self._watched: Any = None

    def setModel(self, model: Any) -> None:  # noqa: N802 (Qt override)
        if self._watched is not None:
            for signal in self._signals(self._watched):
                signal.disconnect(self._forget)
        super().setModel(model)
        self._watched = model
        if model is not None:
            for signal in self._signals(model):
                signal.connect(self._forget)
        self._forget()

    @staticmethod
    def _signals(model: Any) -> tuple[Any, ...]:
        return (model.modelReset, model.layoutChanged, model.dataChanged, model.headerDataChanged,
                model.rowsInserted, model.rowsRemoved, model.rowsMoved, model.columnsInserted,
                model.columnsRemoved, model.columnsMoved)

    def _forget(self, *_: Any) -> None:
        self._hints.clear()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.LanguageChange):
            self._hints.clear()
        super().changeEvent(event)

    def sizeHintForColumn(self, column: int) -> int:  # noqa: N802 (Qt override)
        # Which rows Qt measures (QTableView::sizeHintForColumn): the visible ones from the top visible row,
        # then rows below (and above, in turn) until the header's precision is reached. From the first row,
        # with no more rows visible than the precision, that is always the first `precision` rows.
        header = self.verticalHeader()
        top = max(0, header.visualIndexAt(0))
        bottom = header.visualIndexAt(self.viewport().height()) if self.isVisible() else -1
        precision = self.horizontalHeader().resizeContentsPrecision()
        if precision < 0 or (top == 0 and precision > 0 and bottom < precision):
            bottom = -2  # the rows measured do not depend on how many fit
        key = (column, top, bottom)
        hint = self._hints.get(key)
        if hint is None:
            hint = self._hints[key] = super().sizeHintForColumn(column)
        return hint


def sample_sizes(view: QTableView) -> None:
    """Size columns (and rows) to contents from a sample of rows, not the whole model."""
    view.horizontalHeader().setResizeContentsPrecision(SIZE_SAMPLE_ROWS)
    view.verticalHeader().setResizeContentsPrecision(SIZE_SAMPLE_ROWS)


def make_view(model: TableModel, parent: QWidget | None = None, stretch_last: bool = True) -> QTableView:  # type: ignore[type-arg]
    view = SizedTable(parent)
    view.setModel(model)
    sample_sizes(view)
    # Enabling sorting sorts by the header's indicator (descending by default): point it at the model's own
    # first sort, else the first column ascending.
    key, order = model.sort_order()
    view.horizontalHeader().setSortIndicator(model.column(key) if key else 0, order)
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
    keyboard_table(view)
    return view


def selected_row(view: QTableView) -> Any:
    rows = view.selectionModel().selectedRows()
    return view.model().row_at(rows[0].row()) if rows else None


def make_table(model: TableModel, stretch: int | str, sortable: bool = True) -> QTableView:  # type: ignore[type-arg]
    """A one-line-per-row, single-selection view; `stretch` is the column (key) that takes the spare width."""
    table = SizedTable()
    table.setModel(model)
    sample_sizes(table)
    key, order = model.sort_order()
    if key is not None:  # enabling sorting sorts by the header's indicator: let it show the model's own sort
        table.horizontalHeader().setSortIndicator(model.column(key), order)
    table.setSortingEnabled(sortable)
    table.setWordWrap(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(26)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(model.column(stretch) if isinstance(stretch, str) else stretch,
                                QHeaderView.ResizeMode.Stretch)
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
