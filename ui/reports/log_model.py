"""The export history: every report, roster export and import the app has logged."""

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

Index = QModelIndex | QPersistentModelIndex
KINDS = {
    "export_report": QT_TRANSLATE_NOOP("ExportLogModel", "HQ report"),
    "export_roster": QT_TRANSLATE_NOOP("ExportLogModel", "Roster export"),
    "import_roster": QT_TRANSLATE_NOOP("ExportLogModel", "Roster import"),
}


def readable_detail(detail: str) -> str:
    """The log keeps "month=2026-10; path=…; sections=…" for machines; people read "2026-10 · …/report.xlsx"."""
    if "=" not in detail:
        return detail
    fields = dict(part.strip().split("=", 1) for part in detail.split(";") if "=" in part)
    shown = [fields[key] for key in ("month", "path") if fields.get(key)]
    return " · ".join(shown) if shown else detail


class ExportLogModel(QAbstractTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("ExportLogModel", "When"), QT_TRANSLATE_NOOP("ExportLogModel", "What"),
               QT_TRANSLATE_NOOP("ExportLogModel", "Details"), QT_TRANSLATE_NOOP("ExportLogModel", "Rows"))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple] = []

    def set_rows(self, rows: list[tuple]) -> None:
        self.beginResetModel()
        self._rows = [r for r in rows if r[1] in KINDS]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        at, kind, detail, count = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return at.strftime("%Y-%m-%d %H:%M") if at else ""
        if column == 1:
            return QCoreApplication.translate("ExportLogModel", KINDS[kind])
        return readable_detail(detail) if column == 2 else str(count)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("ExportLogModel", self.HEADERS[section])
        return None
