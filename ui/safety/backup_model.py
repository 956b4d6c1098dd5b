"""The backup folder as a table: when, what kind, and how many records each copy holds."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor

from persistence.backup import BackupContents, BackupFile, list_backups, read_contents
from shared.safety_words import kind_word

HEADERS = (
    QT_TRANSLATE_NOOP("BackupTable", "Taken at"),
    QT_TRANSLATE_NOOP("BackupTable", "Kind"),
    QT_TRANSLATE_NOOP("BackupTable", "Agents"),
    QT_TRANSLATE_NOOP("BackupTable", "Records in all"),
    QT_TRANSLATE_NOOP("BackupTable", "Size"),
    QT_TRANSLATE_NOOP("BackupTable", "File"),
)
UNREADABLE = QT_TRANSLATE_NOOP("BackupTable", "unreadable")


@dataclass(frozen=True)
class BackupRow:
    backup: BackupFile
    contents: BackupContents | None  # None when the file cannot be read


def load_rows(folder) -> list[BackupRow]:  # type: ignore[no-untyped-def]
    """Runs on the worker thread: opens every backup read-only to count its records."""
    rows = []
    for backup in list_backups(folder):
        try:
            contents: BackupContents | None = read_contents(backup.path)
        except Exception:  # a damaged or foreign file in the folder is listed, not fatal  # noqa: BLE001
            contents = None
        rows.append(BackupRow(backup, contents))
    return rows


def human_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


class BackupTableModel(QAbstractTableModel):
    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[BackupRow] = []

    def set_rows(self, rows: list[BackupRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> BackupRow:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("BackupTable", HEADERS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == self.RowRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.contents is None:
            return QColor("#c0392b")
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(row.backup.path)
        return None

    def _display(self, row: BackupRow, column: int) -> str:
        backup, contents = row.backup, row.contents
        if column == 0:
            return f"{backup.taken_at:%Y-%m-%d %H:%M}"
        if column == 1:
            return kind_word(backup.kind)
        if column in (2, 3):
            if contents is None:
                return QCoreApplication.translate("BackupTable", UNREADABLE)
            return f"{contents.agents if column == 2 else contents.records:,}"
        if column == 4:
            return human_size(backup.size)
        return backup.path.name
