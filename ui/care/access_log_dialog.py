"""The care access log: each unlock (and failed attempt), passphrase change and export, with its time."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from domain.care.model import AccessEntry
from ui.list_table import Column, ListTableModel, make_table

KIND_WORDS = {
    "care_setup": QT_TRANSLATE_NOOP("AccessLogDialog", "Passphrase set"),
    "care_unlock": QT_TRANSLATE_NOOP("AccessLogDialog", "Unlocked"),
    "care_unlock_failed": QT_TRANSLATE_NOOP("AccessLogDialog", "Unlock failed: wrong passphrase"),
    "care_rekey": QT_TRANSLATE_NOOP("AccessLogDialog", "Passphrase changed, records re-encrypted"),
    "care_rekey_failed": QT_TRANSLATE_NOOP("AccessLogDialog", "Passphrase change refused: wrong passphrase"),
    "care_export": QT_TRANSLATE_NOOP("AccessLogDialog", "Exported"),
}


def local_time(at: object) -> str:
    """activity_log stamps UTC (SQLite CURRENT_TIMESTAMP); show the supervisor's own clock."""
    if not isinstance(at, datetime):
        return str(at)
    return at.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M:%S")


def kind_words(entry: AccessEntry) -> str:
    return QCoreApplication.translate("AccessLogDialog", KIND_WORDS.get(entry.kind, entry.kind))


COLUMNS: list[Column[AccessEntry]] = [
    Column(QT_TRANSLATE_NOOP("AccessLogDialog", "Time"), lambda e: local_time(e.at), lambda e: str(e.at)),
    Column(QT_TRANSLATE_NOOP("AccessLogDialog", "What"), kind_words, kind_words),
    Column(QT_TRANSLATE_NOOP("AccessLogDialog", "Records"), lambda e: str(e.row_count) if e.row_count else "",
           lambda e: e.row_count or 0, numeric=True),
    Column(QT_TRANSLATE_NOOP("AccessLogDialog", "File or note"), lambda e: e.detail, lambda e: e.detail),
]


class AccessLogDialog(QDialog):
    def __init__(self, entries: list[AccessEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Care access log"))
        self.resize(720, 420)
        self.model: ListTableModel[AccessEntry] = ListTableModel("AccessLogDialog", COLUMNS, parent=self)
        self.model.set_rows(entries)
        self.table = make_table(self.model, stretch=3, sortable=False)
        note = QLabel(self.tr("The log records what was done and when, never what a record says."))
        note.setStyleSheet("color: #666;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(note)
        layout.addWidget(buttons)
