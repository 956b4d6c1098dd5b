"""The backup folder as a table: when, what kind, and how many records each copy holds."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QColor

from persistence.safety_port import BackupListing
from shared.safety_words import kind_word
from ui.table_model import Column, TableModel

UNREADABLE = QT_TRANSLATE_NOOP("BackupTable", "unreadable")


BackupRow = BackupListing  # one backup and what it holds (None when the file cannot be read)


def human_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


def _count(row: BackupRow, field: str) -> str:
    if row.contents is None:
        return QCoreApplication.translate("BackupTable", UNREADABLE)
    return f"{getattr(row.contents, field):,}"


def _unreadable(row: BackupRow) -> QColor | None:
    return QColor("#c0392b") if row.contents is None else None


COLUMNS: list[Column[BackupRow]] = [
    Column(QT_TRANSLATE_NOOP("BackupTable", "Taken at"), lambda r: f"{r.backup.taken_at:%Y-%m-%d %H:%M}",
           lambda r: r.backup.taken_at, key="taken_at"),
    Column(QT_TRANSLATE_NOOP("BackupTable", "Kind"), lambda r: kind_word(r.backup.kind), lambda r: str(r.backup.kind),
           key="kind"),
    Column(QT_TRANSLATE_NOOP("BackupTable", "Agents"), lambda r: _count(r, "agents"),
           lambda r: r.contents.agents if r.contents else -1, numeric=True, key="agents"),
    Column(QT_TRANSLATE_NOOP("BackupTable", "Records in all"), lambda r: _count(r, "records"),
           lambda r: r.contents.records if r.contents else -1, numeric=True, key="records"),
    Column(QT_TRANSLATE_NOOP("BackupTable", "Size"), lambda r: human_size(r.backup.size), lambda r: r.backup.size,
           numeric=True, key="size"),
    Column(QT_TRANSLATE_NOOP("BackupTable", "File"), lambda r: r.backup.path.name, lambda r: r.backup.path.name,
           key="file"),
]


class BackupTableModel(TableModel[BackupRow]):
    """The backups in the order the folder listing gives them (newest first)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__("BackupTable", COLUMNS, colour=_unreadable, tooltip=lambda r: str(r.backup.path),
                         parent=parent)
