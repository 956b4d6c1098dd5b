"""Totals for the supervisor (shown only while unlocked): count and aid by category and month, and the
open follow-ups. HQ gets a different, suppressed view (domain.care.reports.care_totals)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from domain.care.model import CareCategory
from domain.care.reports import SupervisorTotals, supervisor_totals
from domain.roster.rules import add_months
from shared.words import label
from ui.care.labels import money
from ui.context import AppContext
from ui.table_model import Column, Index, TableModel


def _cell(count: int, aid_fen: int) -> str:
    if not count:
        return ""
    return f"{count} · {money(aid_fen)}" if aid_fen else str(count)


TOTAL = None  # the last row and the last column


class TotalsModel(TableModel[CareCategory | None]):
    """Rows: categories, then the total (None). Columns: months, then the total; they come with the totals."""
    extra_roles = (int(Qt.ItemDataRole.FontRole),)

    def __init__(self, parent: Any = None) -> None:
        super().__init__("TotalsView", [], row_header=self._row_word, parent=parent)
        self.totals: SupervisorTotals | None = None

    def set_totals(self, totals: SupervisorTotals | None) -> None:
        self.totals = totals
        self.set_columns([] if totals is None else [*(self._month(m) for m in totals.months), Column(
            QT_TRANSLATE_NOOP("TotalsView", "Total"), self._row_total, lambda c: 0, key="total",
            align=Qt.AlignmentFlag.AlignCenter)])
        self.set_rows([] if totals is None else [*CareCategory, TOTAL])

    def _month(self, month: str) -> Column[CareCategory | None]:
        def text(category: CareCategory | None) -> str:
            t = self.totals
            assert t is not None
            if category is TOTAL:
                return _cell(*t.month_total(month))
            found = t.cells.get((month, category))
            return _cell(found.count, found.aid_fen) if found else ""
        return Column(month, text, lambda c: 0, key=month, align=Qt.AlignmentFlag.AlignCenter)

    def _row_total(self, category: CareCategory | None) -> str:
        t = self.totals
        assert t is not None
        if category is TOTAL:
            pairs = [t.month_total(m) for m in t.months]
            return _cell(sum(p[0] for p in pairs), sum(p[1] for p in pairs))
        return _cell(*t.category_total(category))

    @staticmethod
    def _row_word(category: CareCategory | None) -> str:
        return QCoreApplication.translate("TotalsView", "Total") if category is TOTAL else label(category)

    def more_data(self, index: Index, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and (self._shown[index.row()] is TOTAL
                                                 or self.column_key(index.column()) == "total"):
            font = QFont()
            font.setBold(True)
            return font
        return None


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
