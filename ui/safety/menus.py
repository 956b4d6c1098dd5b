"""The area's menu entries: File → Backup and restore…, Help → Check database… and Help → Open log folder."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from persistence.paths import app_paths

if TYPE_CHECKING:  # the dialogs' modules (and the safety use cases under them, 50–100 ms of imports) load in idle
    # time on the worker (ui/app.py `idle_preload`), or when first opened: not with the menus, which the window
    # builds while it opens
    from ui.safety.backup_dialog import BackupDialog
    from ui.safety.check_dialog import CheckDatabaseDialog


def after_restore(window: QMainWindow) -> None:
    """Every page shows the restored data; undo steps refer to records of the old state, so they go."""
    window.ctx.undo.clear()  # type: ignore[attr-defined]
    for page in getattr(window, "pages", {}).values():
        if hasattr(page, "refresh"):
            page.refresh()


def open_backups(window: QMainWindow) -> BackupDialog | QMessageBox:
    if window.ctx.db.is_server:  # type: ignore[attr-defined]
        return open_server_backups(window)
    from ui.safety.backup_dialog import BackupDialog

    dialog = BackupDialog(window.ctx, window)  # type: ignore[attr-defined]
    dialog.restored.connect(lambda _result: after_restore(window))
    dialog.open()
    return dialog


def open_server_backups(window: QMainWindow) -> QMessageBox:
    """A shared PostgreSQL database: SQLite's copies do not apply. pg_dump when the client tools are there,
    else what to do instead; restoring over everyone's data is left to the command line's explicit flag."""
    from domain.safety import services

    ctx = window.ctx  # type: ignore[attr-defined]
    safety = ctx.files.safety
    title = QCoreApplication.translate("SafetyMenu", "Backup of a shared database")
    box = QMessageBox(QMessageBox.Icon.Information, title, "", parent=window)
    restore = QCoreApplication.translate(
        "SafetyMenu", "To restore, close the app and run: python main.py restore FILE.dump --db URL "
                      "--yes-overwrite-shared (it replaces what every supervisor wrote since).")
    if not safety.can_dump():  # a look for pg_dump on this computer's PATH, no database work
        text = QCoreApplication.translate(
            "SafetyMenu", "This window works on the shared database %1. Its backups are made by the server: ask "
                          "its administrator, or install PostgreSQL's client tools (pg_dump) so that the app can "
                          "make a copy. Meanwhile the roster and report exports keep your data in Excel.")
        box.setText(text.replace("%1", ctx.db.location) + "\n\n" + restore)
    else:
        text = QCoreApplication.translate(
            "SafetyMenu", "This window works on the shared database %1. Back up now writes a pg_dump copy into %2.")
        box.setText(text.replace("%1", ctx.db.location).replace("%2", str(ctx.db.backup_dir)) + "\n\n" + restore)
        now = box.addButton(QCoreApplication.translate("SafetyMenu", "Back up now"),
                            QMessageBox.ButtonRole.AcceptRole)
        when = ctx.now()

        def told(dump: object) -> None:
            done = QCoreApplication.translate("SafetyMenu", "Backed up to %1")
            window.statusBar().showMessage(done.replace("%1", str(dump)), 10_000)

        now.clicked.connect(lambda: ctx.door.query(lambda _uow: services.shared_copy(safety, when), told,
                                                   owner=window))
    box.addButton(QMessageBox.StandardButton.Close).setText(QCoreApplication.translate("SafetyMenu", "Close"))
    box.open()
    return box


def open_check(window: QMainWindow) -> CheckDatabaseDialog:
    from ui.safety.check_dialog import CheckDatabaseDialog

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
