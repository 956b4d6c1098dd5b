"""The care list. Locked, it has four columns — date, agent, category and a "locked" marker — and its rows
carry no facts or details at all (the service never read them). Sorting and filtering over Python lists."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from domain.care.model import CareCategory, CareRow, CareStatus
from shared.words import label
from ui.care.labels import money
from ui.filtered_model import FilteredTableModel

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("CareTableModel", text)


def _detail(row: CareRow, field: str) -> str:
    if row.damaged:
        return _tr("Damaged")
    if row.details is None:
        return _tr("Locked")
    return " ".join(getattr(row.details, field).split())  # one line in the table; the pane shows it all


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[CareRow], str]
    key: Callable[[CareRow], Any]


LOCKED_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("CareTableModel", "Date"), lambda r: r.header.day.isoformat(), lambda r: r.header.day),
    Column(QT_TRANSLATE_NOOP("CareTableModel", "Agent"), lambda r: r.header.agent_name,
           lambda r: r.header.agent_name),
    Column(QT_TRANSLATE_NOOP("CareTableModel", "Category"), lambda r: label(r.header.category),
           lambda r: list(CareCategory).index(r.header.category)),
    Column(QT_TRANSLATE_NOOP("CareTableModel", "Details"), lambda r: _tr("Locked"), lambda r: 0),
]
UNLOCKED_COLUMNS = LOCKED_COLUMNS[:3] + [
    Column(QT_TRANSLATE_NOOP("CareTableModel", "Status"),
           lambda r: label(r.facts.status) if r.facts else "", lambda r: str(r.facts.status) if r.facts else ""),
    Column(QT_TRANSLATE_NOOP("CareTableModel", "Follow-up"),
           lambda r: r.facts.follow_up.isoformat() if r.facts and r.facts.follow_up else "",
           lambda r: r.facts.follow_up if r.facts and r.facts.follow_up else date.max),
    Column(QT_TRANSLATE_NOOP("CareTableModel", "Aid"), lambda r: money(r.facts.aid_fen) if r.facts and r.facts.aid_fen
           else "", lambda r: r.facts.aid_fen if r.facts else 0),
    Column(QT_TRANSLATE_NOOP("CareTableModel", "What happened"), lambda r: _detail(r, "what_happened"),
           lambda r: _detail(r, "what_happened")),
    Column(QT_TRANSLATE_NOOP("CareTableModel", "Support given"), lambda r: _detail(r, "support_given"),
           lambda r: _detail(r, "support_given")),
]
AID_COLUMN = 5


@dataclass
class CareFilter:
    text: str = ""
    category: CareCategory | None = None
    status: CareStatus | None = None  # applies only while unlocked (locked rows carry no status)

    def accepts(self, row: CareRow) -> bool:
        if self.category is not None and row.header.category is not self.category:
            return False
        if self.status is not None and row.facts is not None and row.facts.status is not self.status:
            return False
        return not self.text or self.text.casefold() in row.header.agent_name.casefold()


class CareTableModel(FilteredTableModel[CareRow]):
    RowRole = Qt.ItemDataRole.UserRole + 1
    CONTEXT = "CareTableModel"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(LOCKED_COLUMNS, CareFilter(), 0, Qt.SortOrder.DescendingOrder, parent)

    def set_rows(self, rows: list[CareRow], unlocked: bool) -> None:  # type: ignore[override]
        # Locked, the model has no columns for details at all: it cannot show what it does not hold.
        self._columns = UNLOCKED_COLUMNS if unlocked else LOCKED_COLUMNS
        if self._sort_column >= len(self._columns):
            self._sort_column = 0
        super().set_rows(rows)

    def clear(self) -> None:
        self.set_rows([], unlocked=False)

    def forget_details(self) -> None:
        """Care locked: drop every decrypted field at once, before the door brings the locked list."""
        self.set_rows([CareRow(row.header) for row in self._all], unlocked=False)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._shown[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[column].text(row)
        if role == self.RowRole:
            return row
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.damaged and column >= len(LOCKED_COLUMNS) - 1:
                return QColor("#c0392b")
            if row.details is None and column == len(self._columns) - 1:
                return QColor("#888888")
            if row.facts is not None and row.facts.status is CareStatus.CLOSED:
                return QColor("#666666")
        if role == Qt.ItemDataRole.TextAlignmentRole and self._columns is UNLOCKED_COLUMNS and column == AID_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def row_index_of(self, record_id: int) -> int | None:
        return next((i for i, r in enumerate(self._shown) if r.header.id == record_id), None)

    def rows(self) -> list[CareRow]:
        return list(self._shown)


_WORDS = (QT_TRANSLATE_NOOP("CareTableModel", "Locked"), QT_TRANSLATE_NOOP("CareTableModel", "Damaged"))
