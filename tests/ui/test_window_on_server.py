"""Issue 23: the window on a shared PostgreSQL database — opened through the same path as the app's start
(open_for_window), named in the title, and the backup menu saying what to do instead of SQLite's copies."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from ui.app import open_for_window
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.safety.menus import open_backups
from ui.tasks import TaskRunner


def test_the_window_opens_a_server_url_and_its_backup_menu_offers_pg_dump(qtbot, zh, pg_url: str,
                                                                         tmp_path: Path) -> None:
    db = open_for_window(pg_url, demo=False)
    try:
        assert db.is_server and db.opened.created
        ctx = AppContext(db=db, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
                         undo=QUndoStack(), runner=TaskRunner(), today=lambda: date(2026, 11, 23),
                         now=lambda: datetime(2026, 11, 23, 9, 30))
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        name = pg_url.split("?")[0].rsplit("/", 1)[-1]
        assert window.windowTitle().endswith(f" — {name}")
        box = open_backups(window)
        assert isinstance(box, QMessageBox) and "共享数据库" in box.text() and "--yes-overwrite-shared" in box.text()
        box.close()
        ctx.runner.wait()
    finally:
        db.close()
