"""Small table models for the import preview: the rows that would land, and every row error."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from domain.roster.importing import ImportPlan, RowError
from ui.messages import describe

Index = QModelIndex | QPersistentModelIndex


class _ListModel(QAbstractTableModel):
    HEADERS: tuple[str, ...] = ()
    CONTEXT = ""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, ...]] = []

    def set_rows(self, rows: list[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None


class PreviewModel(_ListModel):
    CONTEXT = "PreviewModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("PreviewModel", "Outcome"),
        QT_TRANSLATE_NOOP("PreviewModel", "Employee no."),
        QT_TRANSLATE_NOOP("PreviewModel", "Name"),
        QT_TRANSLATE_NOOP("PreviewModel", "Team"),
        QT_TRANSLATE_NOOP("PreviewModel", "What changes"),
    )
    NEW, CHANGED, SAME = (
        QT_TRANSLATE_NOOP("PreviewModel", "New"),
        QT_TRANSLATE_NOOP("PreviewModel", "Changed"),
        QT_TRANSLATE_NOOP("PreviewModel", "Unchanged"),
    )

    def set_plan(self, plan: ImportPlan, field_label: Any) -> None:
        def t(text: str) -> str:
            return QCoreApplication.translate("PreviewModel", text)

        rows = [(t(self.NEW), a.employee_no, a.name, a.team, "") for a in plan.new]
        rows += [
            (
                t(self.CHANGED),
                c.after.employee_no,
                c.after.name,
                c.after.team,
                "、".join(field_label(f) for f in c.fields),
            )
            for c in plan.changed
        ]
        rows += [(t(self.SAME), a.employee_no, a.name, a.team, "") for a in plan.unchanged]
        self.set_rows(rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole and index.column() == 0:
            outcome = self._rows[index.row()][0]
            if outcome == QCoreApplication.translate("PreviewModel", self.NEW):
                return QColor("#1e7b34")
            if outcome == QCoreApplication.translate("PreviewModel", self.CHANGED):
                return QColor("#b35c00")
        return super().data(index, role)


class ErrorModel(_ListModel):
    CONTEXT = "ErrorModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ErrorModel", "Sheet"),
        QT_TRANSLATE_NOOP("ErrorModel", "Row"),
        QT_TRANSLATE_NOOP("ErrorModel", "Column"),
        QT_TRANSLATE_NOOP("ErrorModel", "Problem"),
        QT_TRANSLATE_NOOP("ErrorModel", "Value"),
    )

    def set_errors(self, errors: list[RowError]) -> None:
        self.set_rows([(e.sheet, str(e.row) if e.row else "", e.column, describe(e.code), e.value) for e in errors])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#c0392b")
        return super().data(index, role)
