"""The month's team table: figures, score, grade. Sorted and filtered in Python lists (HOUSE-STYLE:
a proxy model calling data() per comparison is 40× slower at 5,000 rows)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from domain.performance.model import GRADES_BEST_FIRST, Metric
from domain.performance.services import PerformanceRow
from domain.roster.model import Role
from shared.performance_figures import fmt
from shared.words import label
from ui.performance.colors import grade_color
from ui.table_model import Column, TableModel


def _metric(metric: Metric) -> Column[PerformanceRow]:
    def value(r: PerformanceRow) -> float:
        v = r.kpi.value(metric)
        return -1.0 if v is None else v

    return Column(WORD_COLUMNS[metric], lambda r: fmt(metric, r.kpi.value(metric)), value, numeric=True,
                  key=metric.value)


WORD_COLUMNS = {
    Metric.HANDLED: QT_TRANSLATE_NOOP("PerformanceTableModel", "Handled"),
    Metric.ANSWER_RATE: QT_TRANSLATE_NOOP("PerformanceTableModel", "Answer rate"),
    Metric.AHT: QT_TRANSLATE_NOOP("PerformanceTableModel", "AHT"),
    Metric.RESPONSE: QT_TRANSLATE_NOOP("PerformanceTableModel", "Response"),
    Metric.CSAT: QT_TRANSLATE_NOOP("PerformanceTableModel", "CSAT"),
    Metric.FCR: QT_TRANSLATE_NOOP("PerformanceTableModel", "FCR"),
    Metric.COMPLAINT_RATE: QT_TRANSLATE_NOOP("PerformanceTableModel", "Complaint rate"),
    Metric.QA: QT_TRANSLATE_NOOP("PerformanceTableModel", "QA"),
}


def _grade_key(r: PerformanceRow) -> int:
    return -GRADES_BEST_FIRST.index(r.score.grade) if r.score else -9


def _graded(r: PerformanceRow) -> QColor | None:
    return grade_color(r.score.grade) if r.score else None


def _star_tip(r: PerformanceRow) -> str | None:
    return QCoreApplication.translate("PerformanceTableModel", "Service star this month") if r.star else None


COLUMNS: list[Column[PerformanceRow]] = [
    Column(QT_TRANSLATE_NOOP("PerformanceTableModel", "Employee no."), lambda r: r.agent.employee_no,
           lambda r: r.agent.employee_no, key="employee_no"),
    Column(QT_TRANSLATE_NOOP("PerformanceTableModel", "Name"), lambda r: r.agent.name + (" ★" if r.star else ""),
           lambda r: r.agent.name, key="name", tooltip=_star_tip),
    Column(QT_TRANSLATE_NOOP("PerformanceTableModel", "Role"), lambda r: label(r.agent.role),
           lambda r: str(r.agent.role), key="role"),
    Column(QT_TRANSLATE_NOOP("PerformanceTableModel", "Team"), lambda r: r.agent.team, lambda r: r.agent.team,
           key="team"),
    *(_metric(m) for m in WORD_COLUMNS),
    Column(QT_TRANSLATE_NOOP("PerformanceTableModel", "Score"), lambda r: f"{r.score.score:.1f}" if r.score else "—",
           lambda r: r.score.score if r.score else -1.0, numeric=True, key="score", colour=_graded),
    Column(QT_TRANSLATE_NOOP("PerformanceTableModel", "Grade"), lambda r: label(r.score.grade) if r.score else "—",
           _grade_key, numeric=True, key="grade", colour=_graded),
    Column(QT_TRANSLATE_NOOP("PerformanceTableModel", "Floor rule"),
           lambda r: "、".join(label(m) for m in r.score.floor_metrics) if r.score else "",
           lambda r: len(r.score.floor_metrics) if r.score else 0, key="floor_rule",
           colour=lambda r: QColor("#c0392b")),
    Column(QT_TRANSLATE_NOOP("PerformanceTableModel", "Open appeals"),
           lambda r: str(r.open_appeals) if r.open_appeals else "", lambda r: r.open_appeals, key="open_appeals"),
]
SCORE_COLUMN = next(i for i, c in enumerate(COLUMNS) if c.key == "score")
GRADE_COLUMN = next(i for i, c in enumerate(COLUMNS) if c.key == "grade")


@dataclass
class PerformanceFilter:
    text: str = ""
    role: Role | None = None
    team: str | None = None

    def accepts(self, row: PerformanceRow) -> bool:
        a = row.agent
        if self.role is not None and a.role is not self.role:
            return False
        if self.team is not None and a.team != self.team:
            return False
        if self.text:
            needle = self.text.casefold()
            return needle in a.name.casefold() or needle in a.employee_no.casefold()
        return True


class PerformanceTableModel(TableModel[PerformanceRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__("PerformanceTableModel", COLUMNS, sort="score", order=Qt.SortOrder.DescendingOrder,
                         flt=PerformanceFilter(), parent=parent)

    # The performance page (not on the base's branch) reads the sort as a position and an order.
    @property
    def _sort_column(self) -> int:
        return self.column(self.sort_order()[0] or "score")

    @property
    def _sort_order(self) -> Qt.SortOrder:
        return self.sort_order()[1]

    def row_index_of(self, agent_id: int) -> int | None:
        return self.find(lambda r: r.agent.id == agent_id)

    def teams(self) -> list[str]:
        return sorted({r.agent.team for r in self._all})

    def grade_counts(self) -> dict:
        counts: dict = {}
        for r in self._shown:
            if r.score:
                counts[r.score.grade] = counts.get(r.score.grade, 0) + 1
        return counts
