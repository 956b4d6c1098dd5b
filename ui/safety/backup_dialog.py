"""File → Backup and restore: the backups with their dates and record counts, a backup on demand, and a
restore that first keeps the current state as one more backup."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.safety import services
from persistence.safety_port import refused
from shared.error_sentences import WRITE, sentence
from shared.messages import describe
from ui.context import AppContext
from ui.door import Touched
from ui.safety.backup_model import BackupRow, BackupTableModel

if TYPE_CHECKING:
    from persistence.safety_port import BackupListing, RestoreResult
from ui.safety.crash import log

EVERYTHING = Touched.of("agents", "coaching", "mentoring", "care", "kpi", "recruiting", "training", "settings")


class BackupDialog(QDialog):
    restored = Signal(object)  # RestoreResult: the window reloads its pages and forgets its undo history

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Backup and restore"))
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        how = QLabel(self.tr("A backup is made automatically the first time the app opens each day, and before "
                             "every import and upgrade. Restoring first backs up the current data, so a restore "
                             "can itself be undone by restoring that copy."))
        how.setWordWrap(True)
        how.setStyleSheet("color: #555;")
        self.model = BackupTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty_hint = QLabel(self.tr("No backups yet. Click “Back up now” to make the first one."))
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setStyleSheet("color: #666; font-size: 15px; padding: 40px;")
        self.empty_hint.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.restore_button = QPushButton(self.tr("Restore selected…"))
        self.restore_file_button = QPushButton(self.tr("Restore from another file…"))
        self.close_button = QPushButton(self.tr("Close"))

        top = QHBoxLayout()
        top.addWidget(self.folder_label, 1)
        top.addWidget(self.open_folder_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.restore_file_button)
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(how)
        layout.addWidget(self.empty_hint, 1)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(860, 520)

        self.open_folder_button.clicked.connect(self.open_folder)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button.clicked.connect(self.restore_other_file)
        self.close_button.clicked.connect(self.accept)
        self.table.selectionModel().selectionChanged.connect(self._sync_buttons)
        self.refresh()

    # --- the list ---------------------------------------------------------------------------
    def refresh(self) -> None:
        folder = self.ctx.db.backup_dir
        self.folder_label.setText(self.tr("Backup folder: %1").replace("%1", str(folder)))
        self._busy(True)
        # files, not records: the use case ignores its unit of work, but the door drops the answer for a closed
        # dialog and keeps the copy in line with the edits queued before it
        safety = self.ctx.files.safety
        self.ctx.door.query(lambda _uow: services.list_backups(safety), self._loaded, self._failed, owner=self)

    def _loaded(self, rows: list[BackupRow]) -> None:
        self.model.set_rows(rows)
        self.empty_hint.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self._busy(False)

    def selected(self) -> BackupRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _sync_buttons(self) -> None:
        row = self.selected()
        self.restore_button.setEnabled(self.backup_button.isEnabled() and row is not None
                                       and row.contents is not None)

    def _busy(self, busy: bool) -> None:
        for button in (self.backup_button, self.restore_file_button):
            button.setEnabled(not busy)
        self.restore_button.setEnabled(False)
        if not busy:
            self._sync_buttons()

    def open_folder(self) -> None:
        self.ctx.db.backup_dir.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.db.backup_dir)))

    # --- backing up ---------------------------------------------------------------------------
    def back_up_now(self) -> None:
        self._busy(True)
        self.status.setText(self.tr("Backing up…"))
        safety, now = self.ctx.files.safety, self.ctx.now()
        self.ctx.door.query(lambda _uow: services.back_up_now(safety, now), self._backed_up, self._failed,
                            owner=self)

    def _backed_up(self, listing: BackupListing) -> None:
        backup = listing.backup
        log.info("manual backup %s", backup.path)
        self.status.setText(self.tr("Backed up: %1").replace("%1", backup.path.name))
        self.refresh()

    # --- restoring ----------------------------------------------------------------------------
    def confirm_restore(self, taken: str) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Restore backup"),
            self.tr("Replace all current data with the backup from %1?\n\nThe current data is backed up first, "
                    "so you can go back to it later.").replace("%1", taken))
        return answer == QMessageBox.StandardButton.Yes

    def restore_selected(self) -> None:
        row = self.selected()
        if row is not None and self.confirm_restore(f"{row.backup.taken_at:%Y-%m-%d %H:%M}"):
            self.restore(row.backup.path)

    def restore_other_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup"), str(self.ctx.db.backup_dir),
                                              self.tr("Backups (*.sqlite);;All files (*)"))
        if path and self.confirm_restore(Path(path).name):
            self.restore(Path(path))

    def restore(self, path: Path) -> None:
        self._busy(True)
        self.status.setText(self.tr("Restoring…"))
        safety, now = self.ctx.files.safety, self.ctx.now()
        # every record may differ afterwards: every page that follows the door reads again
        self.ctx.door.change(lambda _uow: services.restore(safety, path, now), self._restored, touches=EVERYTHING,
                             failed=self._failed, owner=self)

    def _restored(self, result: RestoreResult) -> None:
        log.info("restored %s; previous state in %s", result.source, result.pre_restore.path)
        self.status.setText(self.tr("Restored: %1 agents, %2 records in all. The data from before the restore "
                                    "was kept as %3.").replace("%1", str(result.contents.agents))
                            .replace("%2", str(result.contents.records)).replace("%3", result.pre_restore.path.name))
        self.restored.emit(result)
        self.refresh()

    def _failed(self, exc: BaseException, trace: str) -> None:
        if refused(exc):
            text = self.tr("Not restored: %1. Nothing was changed.").replace("%1", describe(exc.code))
        else:
            log.error("backup or restore failed\n%s", trace)
            text = self.tr("Failed: %1").replace("%1", sentence(exc, None, WRITE))
        self.status.setText(f"<span style='color:#c0392b'>{text}</span>")
        self._busy(False)
