"""The one table-model base (issue 17 item 4): rows in a Python list, columns declared once with a key, a
title, a text and a sort function, sorted and filtered in the list (HOUSE-STYLE: a proxy model calling data()
per comparison was 40× slower at 5,000 rows).

Code addresses a column by its key (`model.column("grade")`), never by its title or position. A row's texts
are made the first time the row is painted, and kept until the rows are replaced. A big answer can be filtered
and sorted on the worker: `model.preparer()` is a pure function for the door's query, and `show(prepared)` on
the UI thread is one reset, however many rows there are."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from queue import SimpleQueue
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")

RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder


_BIG = 10_000  # rows; a list this long is released away from the UI thread
_doomed: SimpleQueue[list[Any]] = SimpleQueue()
_reaper: list[threading.Thread] = []


def _reap() -> None:
    while True:
        rows = _doomed.get()
        while rows:  # in slices, so the UI thread gets the GIL back between them
            del rows[-2_000:]
        del rows


def release(rows: list[Any]) -> None:
    """Let go of a big list of rows off the UI thread: freeing 158,540 coaching sessions at once held it ~90 ms.
    The caller must hold no other reference to the list."""
    if len(rows) < _BIG:
        return
    if not _reaper:
        _reaper.append(threading.Thread(target=_reap, name="release-rows", daemon=True))
        _reaper[0].start()
    _doomed.put(rows)


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column. `title` is the English source, marked with QT_TRANSLATE_NOOP in the model's context; `key`
    is what code calls the column (the title when not given, for declarations not yet converted)."""
    title: str
    text: Callable[[T], str]
    sort: Callable[[T], Any]
    numeric: bool = False
    key: str = ""
    colour: Callable[[T], QColor | None] | None = None  # this column's foreground, before the row's
    tooltip: Callable[[T], str | None] | None = None
    align: Qt.AlignmentFlag | None = None  # numeric columns are right-aligned unless this says otherwise

    def __post_init__(self) -> None:
        if not self.key:
            object.__setattr__(self, "key", self.title)


@dataclass(frozen=True)
class Prepared(Generic[T]):
    """Rows filtered and sorted away from the UI thread, with what they were filtered and sorted by."""
    rows: list[T]
    shown: list[T]
    flt: Any
    sort_key: str
    order: Qt.SortOrder


@dataclass
class _Sort:
    key: str
    order: Qt.SortOrder = field(default=ASC)


def arrange(rows: Sequence[T], columns: Sequence[Column[T]], flt: Any, sort_key: str | None,
            order: Qt.SortOrder) -> list[T]:
    """The shown rows: those the filter accepts, sorted by the column `sort_key`. Pure Python, so it runs
    on the worker as well as on the UI thread."""
    shown = [r for r in rows if flt.accepts(r)] if flt is not None else list(rows)
    if sort_key is not None:
        column = next(c for c in columns if c.key == sort_key)
        shown.sort(key=column.sort, reverse=order == DESC)
    return shown


class TableModel(QAbstractTableModel, Generic[T]):
    RowRole = Qt.ItemDataRole.UserRole + 1
    extra_roles: tuple[int, ...] = ()  # roles a subclass answers in more_data

    def __init__(self, context: str, columns: Sequence[Column[T]], *, sort: str | None = None,  # a column key
                 order: Qt.SortOrder = ASC, flt: Any = None, colour: Callable[[T], QColor | None] | None = None,
                 tooltip: Callable[[T], str | None] | None = None, text_tips: bool = False,
                 row_header: Callable[[T], str] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._context = context
        self._columns: list[Column[T]] = list(columns)
        self._colour, self._tooltip, self._text_tips = colour, tooltip, text_tips
        self._row_header = row_header  # the vertical header's text, for tables whose rows have names
        self.filter = flt  # None, or an object whose accepts(row) says whether the row is shown
        self._sort = _Sort(sort, order) if sort is not None else None
        self._all: list[T] = []
        self._shown: list[T] = []
        # A row's texts by the row object's id, made when the row is first painted: a coaching history of
        # 150,000 sessions formatted whole on arrival held the UI thread ~2 s for a screen of thirty rows. Kept
        # across a filter or a sort (the roster's keystrokes repaint rows already formatted); dropped with rows.
        self._cells: dict[int, list[str]] = {}
        self._roles = frozenset(int(r) for r in (
            Qt.ItemDataRole.DisplayRole, self.RowRole, Qt.ItemDataRole.TextAlignmentRole,
            Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole, *self.extra_roles))

    # --- columns ----------------------------------------------------------------------------------
    @property
    def columns(self) -> list[Column[T]]:
        return list(self._columns)

    def column(self, key: str) -> int:
        """The position of the column `key` (a KeyError names a key that is not there)."""
        for i, c in enumerate(self._columns):
            if c.key == key:
                return i
        raise KeyError(key)

    def column_key(self, section: int) -> str:
        return self._columns[section].key

    def set_columns(self, columns: Sequence[Column[T]]) -> None:
        """Another set of columns (e.g. care's locked and unlocked lists); the sort falls back to the first
        column when its column is gone. Takes effect with the next reset."""
        self._columns = list(columns)
        self._cells.clear()
        if self._sort is not None and all(c.key != self._sort.key for c in self._columns):
            self._sort = _Sort(self._columns[0].key, self._sort.order) if self._columns else None

    # --- rows in ---------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        old = self._all
        self._all = list(rows)
        self._cells.clear()
        self._shown = self._arrange(self._all)
        self.endResetModel()
        release(old)

    def preparer(self) -> Callable[[Sequence[T]], Prepared[T]]:
        """A pure function that filters and sorts rows as this model would now; run it on the worker (in
        the door's query) and hand its answer to `show`."""
        columns, flt = list(self._columns), self.filter
        key, order = (self._sort.key, self._sort.order) if self._sort else (None, ASC)

        def prepare(rows: Sequence[T]) -> Prepared[T]:
            rows = list(rows)
            return Prepared(rows, arrange(rows, columns, flt, key, order), flt, key or "", order)
        return prepare

    def show(self, prepared: Prepared[T]) -> None:
        """Rows from `preparer`: one reset on the UI thread. Should the filter or sort have changed while
        they were prepared, they are arranged again here."""
        self.beginResetModel()
        old = self._all
        self._all = list(prepared.rows)  # our own list, so releasing it later cannot empty the caller's
        self._cells.clear()
        now = (self._sort.key, self._sort.order) if self._sort else ("", ASC)
        if prepared.flt is self.filter and (prepared.sort_key, prepared.order) == now:
            self._shown = prepared.shown
        else:
            self._shown = self._arrange(self._all)
        self.endResetModel()
        release(old)

    def set_filter(self, flt: Any) -> None:
        self.beginResetModel()
        self.filter = flt
        self._shown = self._arrange(self._all)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = ASC) -> None:  # Qt override: the header's click
        if 0 <= column < len(self._columns):
            self.sort_by(self._columns[column].key, order)

    def sort_by(self, key: str, order: Qt.SortOrder = ASC) -> None:
        self.beginResetModel()  # a reset: no persistent-index bookkeeping to remap
        self._sort = _Sort(key, order)
        self._shown = arrange(self._shown, self._columns, None, key, order)  # the same rows, in a new order
        self.endResetModel()

    def sort_order(self) -> tuple[str | None, Qt.SortOrder]:
        return (self._sort.key, self._sort.order) if self._sort else (None, ASC)

    def _arrange(self, rows: Sequence[T]) -> list[T]:
        key, order = self.sort_order()
        return arrange(rows, self._columns, self.filter, key, order)

    def repaint_rows(self, which: Callable[[T], bool], keys: Sequence[str] | None = None) -> None:
        """Forget the texts of the shown rows `which` picks and repaint them (all columns, or `keys`)."""
        first, last = (0, len(self._columns) - 1) if keys is None else \
            (min(self.column(k) for k in keys), max(self.column(k) for k in keys))
        for i, row in enumerate(self._shown):
            if which(row):
                self._cells.pop(id(row), None)
                self.dataChanged.emit(self.index(i, first), self.index(i, last))

    def forget_texts(self) -> None:
        """Texts depend on something outside the rows that changed: make them again when painted."""
        self._cells.clear()

    # --- what views ask --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self._columns)

    def texts(self, row: T) -> list[str]:
        cells = self._cells.get(id(row))
        if cells is None:
            cells = self._cells[id(row)] = [c.text(row) for c in self._columns]
        return cells

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view sizing or painting a cell asks for a dozen roles; most have no answer here.
        if role not in self._roles or not index.isValid():
            return None
        row = self._shown[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts(row)[index.column()]
        if role == self.RowRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and (column.numeric or column.align is not None):
            return RIGHT if column.align is None else int(column.align.value)
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = column.colour(row) if column.colour is not None else None
            if colour is None and self._colour is not None:
                colour = self._colour(row)
            if colour is not None:
                return colour
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = column.tooltip(row) if column.tooltip is not None else None
            if tip is None and self._tooltip is not None:
                tip = self._tooltip(row)
            if tip is None and self._text_tips:
                tip = self.texts(row)[index.column()]
            if tip is not None:
                return tip
        return self.more_data(index, role)

    def more_data(self, index: Index, role: int) -> Any:
        """What the columns leave unanswered: a role in `extra_roles` (a subclass's background, say), or an
        alignment, colour or tooltip the columns left empty."""
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt override)
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._columns):
                return QCoreApplication.translate(self._context, self._columns[section].title)
            return None
        if self._row_header is not None and 0 <= section < len(self._shown):
            return self._row_header(self._shown[section])
        return None

    # --- helpers for pages ------------------------------------------------------------------------
    def rows(self) -> list[T]:
        """The shown rows, in the shown order."""
        return list(self._shown)

    def all_rows(self) -> list[T]:
        return list(self._all)

    def row_at(self, index: int) -> T:
        return self._shown[index]

    def find(self, which: Callable[[T], bool]) -> int | None:
        """The position of the first shown row `which` picks."""
        return next((i for i, r in enumerate(self._shown) if which(r)), None)

    def counts(self) -> tuple[int, int]:
        """(shown, all)"""
        return len(self._shown), len(self._all)


def text_columns(titles: Sequence[str], right_from: int | None = None) -> list[Column[Sequence[str]]]:
    """Columns over rows that are already texts, titled in words already (short lists: a file's unknown numbers,
    an explanation's lines); columns from `right_from` on are figures, right-aligned."""
    return [Column(title, lambda row, i=i: row[i], lambda row, i=i: row[i], key=str(i),
                   numeric=right_from is not None and i >= right_from) for i, title in enumerate(titles)]
