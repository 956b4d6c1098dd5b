"""The care list. Locked, it has four columns — date, agent, category and a "locked" marker — and its rows
carry no facts or details at all (the service never read them). Sorting and filtering over Python lists."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from domain.care.model import CareCategory, CareRow, CareStatus
from shared.words import label
from ui.care.labels import money
from ui.table_model import Column, TableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("CareTableModel", text)


def _detail(row: CareRow, field: str) -> str:
    if row.damaged:
        return _tr("Damaged")
    if row.details is None:
        return _tr("Locked")
    return " ".join(getattr(row.details, field).split())  # one line in the table; the pane shows it all


RED, GREY, DIM = QColor("#c0392b"), QColor("#888888"), QColor("#666666")


def _closed(row: CareRow) -> QColor | None:
    return DIM if row.facts is not None and row.facts.status is CareStatus.CLOSED else None


def _damaged(row: CareRow) -> QColor | None:
    return RED if row.damaged else None


def _detail_colour(row: CareRow) -> QColor | None:
    """The last column: red when damaged, grey when locked."""
    return RED if row.damaged else GREY if row.details is None else None


LOCKED_COLUMNS: list[Column[CareRow]] = [
    Column(QT_TRANSLATE_NOOP("CareTableModel", "Date"), lambda r: r.header.day.isoformat(), lambda r: r.header.day,
           key="date"),
    Column(QT_TRANSLATE_NOOP("CareTableModel", "Agent"), lambda r: r.header.agent_name,
           lambda r: r.header.agent_name, key="agent"),
    Column(QT_TRANSLATE_NOOP("CareTableModel", "Category"), lambda r: label(r.header.category),
           lambda r: list(CareCategory).index(r.header.category), key="category"),
    Column(QT_TRANSLATE_NOOP("CareTableModel", "Details"), lambda r: _tr("Locked"), lambda r: 0, key="details",
           colour=_detail_colour),
]
UNLOCKED_COLUMNS: list[Column[CareRow]] = LOCKED_COLUMNS[:3] + [
    Column(QT_TRANSLATE_NOOP("CareTableModel", "Status"),
           lambda r: label(r.facts.status) if r.facts else "", lambda r: str(r.facts.status) if r.facts else "",
           key="status", colour=_damaged),
    Column(QT_TRANSLATE_NOOP("CareTableModel", "Follow-up"),
           lambda r: r.facts.follow_up.isoformat() if r.facts and r.facts.follow_up else "",
           lambda r: r.facts.follow_up if r.facts and r.facts.follow_up else date.max, key="follow_up",
           colour=_damaged),
    Column(QT_TRANSLATE_NOOP("CareTableModel", "Aid"),
           lambda r: money(r.facts.aid_fen) if r.facts and r.facts.aid_fen else "",
           lambda r: r.facts.aid_fen if r.facts else 0, numeric=True, key="aid", colour=_damaged),
    Column(QT_TRANSLATE_NOOP("CareTableModel", "What happened"), lambda r: _detail(r, "what_happened"),
           lambda r: _detail(r, "what_happened"), key="what_happened", colour=_damaged),
    Column(QT_TRANSLATE_NOOP("CareTableModel", "Support given"), lambda r: _detail(r, "support_given"),
           lambda r: _detail(r, "support_given"), key="support_given", colour=_detail_colour),
]


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


class CareTableModel(TableModel[CareRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__("CareTableModel", LOCKED_COLUMNS, sort="date", order=Qt.SortOrder.DescendingOrder,
                         flt=CareFilter(), colour=_closed, parent=parent)

    def set_rows(self, rows: list[CareRow], unlocked: bool) -> None:  # type: ignore[override]
        # Locked, the model has no columns for details at all: it cannot show what it does not hold.
        self.set_columns(UNLOCKED_COLUMNS if unlocked else LOCKED_COLUMNS)
        super().set_rows(rows)

    def clear(self) -> None:
        self.set_rows([], unlocked=False)

    def forget_details(self) -> None:
        """Care locked: drop every decrypted field at once, before the door brings the locked list."""
        self.set_rows([CareRow(row.header) for row in self._all], unlocked=False)

    def row_index_of(self, record_id: int) -> int | None:
        return self.find(lambda r: r.header.id == record_id)


_WORDS = (QT_TRANSLATE_NOOP("CareTableModel", "Locked"), QT_TRANSLATE_NOOP("CareTableModel", "Damaged"))
