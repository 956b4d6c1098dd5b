"""The at-risk table: flagged agents with their reasons in words; sorts its own Python list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from domain.dashboard.risk import AgentRisk
from domain.roster.model import Generation
from domain.roster.rules import generation, tenure_stage
from shared.words import label
from ui.dashboard.labels import reasons

Index = QModelIndex | QPersistentModelIndex


class RiskTableModel(QAbstractTableModel):
    SortRole = Qt.ItemDataRole.UserRole
    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[AgentRisk] = []
        self._rows: list[AgentRisk] = []
        self._generation: Generation | None = None
        self._headers = [self.tr("Employee no."), self.tr("Name"), self.tr("Team"), self.tr("Role"),
                         self.tr("Stage"), self.tr("Days since hire"), self.tr("Flags"), self.tr("Why")]

    def set_rows(self, rows: list[AgentRisk]) -> None:
        self._all = list(rows)
        self._apply()

    def set_generation(self, chosen: Generation | None) -> None:
        """80后/90后/95后/00后 (issue 22): the seeds care for each differently; None shows everyone."""
        self._generation = chosen
        self._apply()

    def _apply(self) -> None:
        self.beginResetModel()
        self._rows = [r for r in self._all
                      if self._generation is None or generation(r.facts.birth_date) is self._generation]
        self.endResetModel()

    def counts(self) -> tuple[int, int]:
        """(shown, flagged in all)."""
        return len(self._rows), len(self._all)

    def row_at(self, row: int) -> AgentRisk:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def _value(self, risk: AgentRisk, column: int) -> Any:
        f = risk.facts
        return (f.employee_no, f.name, f.team, f.role, tenure_stage(f.hire_date, f.as_of),
                (f.as_of - f.hire_date).days, len(risk.flags), risk.flags)[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        risk = self._rows[index.row()]
        value = self._value(risk, index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() in (3, 4):
                return label(value)
            if index.column() == 7:
                return reasons(value)
            return value
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 7:
            return reasons(value).replace("; ", "\n").replace("；", "\n")
        if role == self.SortRole:
            return str(value) if index.column() in (3, 4) else (len(value) if index.column() == 7 else value)
        if role == self.RowRole:
            return risk
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (5, 6):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()

        def key(risk: AgentRisk) -> Any:
            value = self._value(risk, column)
            return len(value) if column == 7 else str(value) if column in (3, 4) else value

        self._rows.sort(key=key, reverse=order is Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()
