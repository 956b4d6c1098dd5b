"""Settings → Backups: where the backups go. Stored in the database (so it survives a new computer's
QSettings) and read again before every migration."""

from __future__ import annotations

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

from persistence.backup import FOLDER_SETTING, last_automatic_backup
from persistence.database import default_backup_dir
from ui.context import AppContext
from ui.error_sentences import WRITE, sentence


class BackupSettingsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        with ctx.uow() as uow:
            chosen = uow.settings.get(FOLDER_SETTING, "")
        self.default_folder = default_backup_dir(ctx.db.path)
        self.folder = QLineEdit(chosen)
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
        last = last_automatic_backup(ctx.db.backup_dir)
        self.last = QLabel(f"{last:%Y-%m-%d %H:%M}" if last else self.tr("none yet"))
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

    def choose(self) -> None:
        start = self.folder.text().strip() or str(self.default_folder)
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), start)
        if chosen:
            self.folder.setText(chosen)

    def save(self) -> None:
        text = self.folder.text().strip()
        folder = Path(text).expanduser().resolve() if text else self.default_folder
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Backup folder"), self.tr(
                "Cannot use %1 for backups (%2); the backup folder was not changed.")
                .replace("%1", str(folder)).replace("%2", sentence(exc, folder, WRITE)))
            return
        with self.ctx.uow() as uow:
            uow.settings.set(FOLDER_SETTING, str(folder) if text else "")
            uow.log.record("settings", f"backup folder: {folder}")
            uow.commit()
        self.ctx.db.backup_dir = folder
