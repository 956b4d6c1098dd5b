"""The once-a-day backup when the window opens, in the background; a damaged file is warned about, not copied."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox

from domain.safety import services
from shared.error_sentences import WRITE, sentence
from ui.context import AppContext
from ui.safety.crash import log

if TYPE_CHECKING:
    from persistence.safety_port import StartupBackup


def start_daily_backup(ctx: AppContext, window: QMainWindow) -> None:
    if ctx.db.is_server:
        return  # a shared server is backed up by its own tools (File → Backup and restore says how)
    def done(outcome: StartupBackup) -> None:
        if outcome.problem:
            log.warning("start-up backup skipped, integrity check failed: %s", outcome.problem)
            title = QCoreApplication.translate("SafetyStartup", "Database check failed")
            text = QCoreApplication.translate(
                "SafetyStartup",
                "Today's automatic backup was not made, because the database failed its integrity check (%1). "
                "Your earlier backups are kept as they are. Use Help → Check database, and restore the newest "
                "good backup from File → Backup and restore.")
            QMessageBox.warning(window, title, text.replace("%1", outcome.problem))
        elif outcome.taken:
            log.info("start-up backup %s", outcome.taken.path)
            text = QCoreApplication.translate("SafetyStartup", "Today's automatic backup is done: %1")
            window.statusBar().showMessage(text.replace("%1", str(outcome.taken.path)), 8000)

    def failed(exc: BaseException, trace: str) -> None:
        log.error("start-up backup failed\n%s", trace)
        text = QCoreApplication.translate("SafetyStartup", "Automatic backup failed: %1")
        window.statusBar().showMessage(text.replace("%1", sentence(exc, None, WRITE, trace)), 15_000)

    safety, now = ctx.files.safety, ctx.now()
    ctx.door.query(lambda _uow: services.daily_backup(safety, now), done, failed, owner=window)
