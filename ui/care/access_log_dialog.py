"""The care access log: each unlock (and failed attempt), passphrase change and export, with its time."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from domain.care.model import AccessEntry

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


class AccessLogDialog(QDialog):
    """A small, read-only list (at most a few hundred rows), so a QTableWidget is enough here."""

    def __init__(self, entries: list[AccessEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Care access log"))
        self.resize(720, 420)
        self.table = QTableWidget(len(entries), 4)
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("What"), self.tr("Records"),
                                              self.tr("File or note")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for i, e in enumerate(entries):
            words = QCoreApplication.translate("AccessLogDialog", KIND_WORDS.get(e.kind, e.kind))
            for j, text in enumerate((local_time(e.at), words, str(e.row_count) if e.row_count else "", e.detail)):
                self.table.setItem(i, j, QTableWidgetItem(text))
        note = QLabel(self.tr("The log records what was done and when, never what a record says."))
        note.setStyleSheet("color: #666;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(note)
        layout.addWidget(buttons)
