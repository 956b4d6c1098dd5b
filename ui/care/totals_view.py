"""Totals for the supervisor (shown only while unlocked): count and aid by category and month, and the
open follow-ups. HQ gets a different, suppressed view (domain.care.reports.care_totals)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from domain.care.model import CareCategory
from domain.care.reports import SupervisorTotals, supervisor_totals
from domain.roster.rules import add_months
from shared.words import label
from ui.care.labels import money
from ui.context import AppContext

Index = QModelIndex | QPersistentModelIndex


def _cell(count: int, aid_fen: int) -> str:
    if not count:
        return ""
    return f"{count} · {money(aid_fen)}" if aid_fen else str(count)


class TotalsModel(QAbstractTableModel):
    """Rows: categories, then the total. Columns: months, then the total."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.totals: SupervisorTotals | None = None

    def set_totals(self, totals: SupervisorTotals | None) -> None:
        self.beginResetModel()
        self.totals = totals
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.totals is None else len(CareCategory) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.totals is None else len(self.totals.months) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        t = self.totals
        if t is None or not index.isValid():
            return None
        categories = list(CareCategory)
        row, column = index.row(), index.column()
        total_row, total_column = row == len(categories), column == len(t.months)
        if role == Qt.ItemDataRole.DisplayRole:
            if total_row and total_column:
                pairs = [t.month_total(m) for m in t.months]
                return _cell(sum(p[0] for p in pairs), sum(p[1] for p in pairs))
            if total_row:
                return _cell(*t.month_total(t.months[column]))
            if total_column:
                return _cell(*t.category_total(categories[row]))
            cell = t.cells.get((t.months[column], categories[row]))
            return _cell(cell.count, cell.aid_fen) if cell else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and (total_row or total_column):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        t = self.totals
        if role != Qt.ItemDataRole.DisplayRole or t is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return t.months[section] if section < len(t.months) else QCoreApplication.translate("TotalsView", "Total")
        categories = list(CareCategory)
        if section < len(categories):
            return label(categories[section])
        return QCoreApplication.translate("TotalsView", "Total")


class TotalsView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = TotalsModel(self)
        self.period = QComboBox()
        self.period.addItem(self.tr("Last 12 months"), "last12")
        self.period.addItem(self.tr("This year"), "this_year")
        self.period.addItem(self.tr("Last year"), "last_year")
        self.follow_ups = QLabel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAlternatingRowColors(True)
        note = QLabel(self.tr("Each cell: number of records · aid granted. Reports to HQ carry only these counts "
                              "and amounts by category, never names; counts of 1–2 are shown as <3 without "
                              "the amount."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #666;")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period")))
        top.addWidget(self.period)
        top.addStretch()
        top.addWidget(self.follow_ups)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        self.period.currentIndexChanged.connect(self.refresh)

    def _range(self, today: date) -> tuple[date, date]:
        choice = self.period.currentData()
        if choice == "this_year":
            return date(today.year, 1, 1), today
        if choice == "last_year":
            return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
        return add_months(today.replace(day=1), -11), today

    def refresh(self) -> None:
        today = self.ctx.today()
        first, last = self._range(today)
        self.ctx.door.query(lambda uow: supervisor_totals(uow, first, last, today), self._show, owner=self)

    def _show(self, totals: SupervisorTotals) -> None:
        self.model.set_totals(totals)
        self.follow_ups.setText(self.tr("Open follow-ups: %1 (overdue: %2)")
                                .replace("%1", str(totals.open_follow_ups))
                                .replace("%2", str(totals.overdue_follow_ups)))

    def clear(self) -> None:
        self.model.set_totals(None)
        self.follow_ups.setText("")
