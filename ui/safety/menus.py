"""The area's menu entries: File → Backup and restore…, Help → Check database… and Help → Open log folder."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMainWindow, QMenu

from persistence.paths import app_paths
from ui.safety.backup_dialog import BackupDialog
from ui.safety.check_dialog import CheckDatabaseDialog


def after_restore(window: QMainWindow) -> None:
    """Every page shows the restored data; undo steps refer to records of the old state, so they go."""
    window.ctx.undo.clear()  # type: ignore[attr-defined]
    for page in getattr(window, "pages", {}).values():
        if hasattr(page, "refresh"):
            page.refresh()


def open_backups(window: QMainWindow) -> BackupDialog:
    dialog = BackupDialog(window.ctx, window)  # type: ignore[attr-defined]
    dialog.restored.connect(lambda _result: after_restore(window))
    dialog.open()
    return dialog


def open_check(window: QMainWindow) -> CheckDatabaseDialog:
    dialog = CheckDatabaseDialog(window.ctx, window)  # type: ignore[attr-defined]
    dialog.open()
    return dialog


def open_log_folder() -> None:
    folder = app_paths().logs
    folder.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def add_safety_actions(window: QMainWindow, file_menu: QMenu, help_menu: QMenu) -> None:
    backups = QAction(QCoreApplication.translate("SafetyMenu", "Backup and restore…"), window)
    backups.triggered.connect(lambda: open_backups(window))
    # Above Quit's separator, with the other file commands.
    separators = [a for a in file_menu.actions() if a.isSeparator()]
    if separators:
        file_menu.insertAction(separators[-1], backups)
    else:
        file_menu.addAction(backups)
    check = QAction(QCoreApplication.translate("SafetyMenu", "Check database…"), window)
    check.triggered.connect(lambda: open_check(window))
    help_menu.addAction(check)
    logs = QAction(QCoreApplication.translate("SafetyMenu", "Open log folder"), window)
    logs.triggered.connect(open_log_folder)
    help_menu.addAction(logs)
    help_menu.addSeparator()
