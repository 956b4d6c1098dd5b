"""Settings → Backups: where the backups go. Stored in the database (so it survives a new computer's
QSettings) and read again before every migration. Read and written through the door; the folder box stays
disabled until the stored choice arrives, so Save never replaces a choice it has not read."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from domain.safety import services
from persistence.database import default_backup_dir
from persistence.safety_port import FOLDER_SETTING
from shared.error_sentences import WRITE, sentence
from ui.context import AppContext
from ui.door import Touched


class BackupSettingsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loaded = False
        self.default_folder = default_backup_dir(ctx.db.path)
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(str(self.default_folder))
        self.browse = QPushButton(self.tr("Choose…"))
        self.reset = QPushButton(self.tr("Use default"))
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        row.addWidget(self.reset)
        note = QLabel(self.tr("Leave empty to keep backups beside the data, in %1. Another disk or a USB drive "
                              "protects against a broken hard disk.").replace("%1", str(self.default_folder)))
        note.setWordWrap(True)
        note.setStyleSheet("color: #666;")
        self.last = QLabel("…")  # a listing of the backup folder, read on the worker
        policy = QLabel(self.tr("Every day at first start, before every import and upgrade, and on demand. "
                                "Kept: everything from today and yesterday, then one a day for 12 days, one a week "
                                "for 10 weeks and one a month for 9 months. Copies made before an upgrade are "
                                "always kept."))
        policy.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Backup folder"), row)
        form.addRow("", note)
        form.addRow(self.tr("Last automatic backup"), self.last)
        form.addRow(self.tr("When and how many"), policy)
        self.browse.clicked.connect(self.choose)
        self.reset.clicked.connect(self.folder.clear)
        for widget in (self.folder, self.browse, self.reset):
            widget.setEnabled(False)
        ctx.door.query(lambda uow: services.backup_folder(uow, FOLDER_SETTING), self._show, owner=self)
        safety = ctx.files.safety
        ctx.door.query(lambda _uow: services.last_automatic_backup(safety), self._show_last, owner=self)

    def _show_last(self, last: datetime | None) -> None:
        self.last.setText(f"{last:%Y-%m-%d %H:%M}" if last else self.tr("none yet"))

    def _show(self, chosen: str) -> None:
        self.folder.setText(chosen)
        for widget in (self.folder, self.browse, self.reset):
            widget.setEnabled(True)
        self.loaded = True

    def choose(self) -> None:
        start = self.folder.text().strip() or str(self.default_folder)
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), start)
        if chosen:
            self.folder.setText(chosen)

    def save(self) -> None:
        """Called as the settings dialog closes: no owner, so the change lands whether or not the tab is gone."""
        if not self.loaded:
            return
        text = self.folder.text().strip()
        folder = Path(text).expanduser().resolve() if text else self.default_folder
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Backup folder"), self.tr(
                "Cannot use %1 for backups (%2); the backup folder was not changed.")
                .replace("%1", str(folder)).replace("%2", sentence(exc, folder, WRITE)))
            return
        db = self.ctx.db

        def stored(_none: None) -> None:
            db.backup_dir = folder  # only once the choice is in the database, which is read before migrations

        self.ctx.door.change(
            lambda uow: services.choose_backup_folder(uow, FOLDER_SETTING, str(folder) if text else "", str(folder)),
            stored, touches=Touched.of("settings"))
