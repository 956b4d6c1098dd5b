"""Start the window: paths → lock → database (backup + migrate) → translators → MainWindow."""

from __future__ import annotations

import os
import sys
import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox

from persistence.paths import app_paths
from ui.context import AppContext
from ui.i18n import DEFAULT_LANGUAGE, install_translators
from ui.safety import crash, instance_lock
from ui.safety.startup import start_daily_backup
from ui.tasks import TaskRunner

EXIT_REFUSED = 3


def ui_settings(config_dir: Path) -> QSettings:
    config_dir.mkdir(parents=True, exist_ok=True)
    return QSettings(str(config_dir / "ui.ini"), QSettings.Format.IniFormat)


def _open(path: Path, demo: bool):  # type: ignore[no-untyped-def]
    """Open the database; on refusal, say why in words and return None."""
    from cli.common import OpenFailed, open_db  # shares the CLI's refusal messages
    from domain.demo import build_demo

    try:
        db = open_db(path)
        if demo and db.opened.created:
            from main import DEMO_HEADCOUNT, DEMO_MONTHS, DEMO_SEED

            build_demo(db.uow(), DEMO_HEADCOUNT, DEMO_MONTHS, DEMO_SEED, date.today())
        return db
    except OpenFailed as exc:
        QMessageBox.critical(None, QApplication.translate("App", "Cannot open the database"), exc.message)
        return None


def _benchmark_hook(app: QApplication) -> None:
    """benchmarks/run.py starts the app with DESK_BENCH_STARTUP=1: report when the window is up, then quit."""
    if os.environ.get("DESK_BENCH_STARTUP") == "1":
        def shown() -> None:
            print(f"SHOWN {time.time():.6f}", flush=True)
            app.quit()

        QTimer.singleShot(0, shown)


def run_gui(db_path: Path | None, language: str | None, demo: bool) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("SupervisorsDesk")
    paths = app_paths()
    crash.install(paths.logs)  # unexpected errors: logged, then told in a dialog that closes no window
    settings = ui_settings(paths.config)
    install_translators(language or str(settings.value("language", DEFAULT_LANGUAGE)))
    path = db_path or (paths.demo_db if demo else paths.default_db)
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = instance_lock.acquire(path)
    if lock is None:
        QMessageBox.critical(None, QApplication.translate("App", "Already open"),
                             QApplication.translate("App", "%1 is already open in another window of this app.")
                             .replace("%1", str(path)))
        return EXIT_REFUSED
    db = _open(path, demo)
    if db is None:
        return EXIT_REFUSED
    from ui.main_window import MainWindow

    ctx = AppContext(db=db, settings=settings, undo=QUndoStack(), runner=TaskRunner())
    window = MainWindow(ctx)
    window.show()
    start_daily_backup(ctx, window)
    if db.opened.created:
        QTimer.singleShot(0, lambda: QMessageBox.information(
            window, QApplication.translate("App", "New database"),
            QApplication.translate("App", "A new database was created at %1.").replace("%1", str(path))))
    elif db.opened.migrated_from:
        window.statusBar().showMessage(QApplication.translate("App", "Database upgraded; a copy was kept at %1")
                                       .replace("%1", str(db.opened.backup)), 10_000)
    _benchmark_hook(app)
    code = app.exec()
    db.close()
    lock.unlock()
    return code
