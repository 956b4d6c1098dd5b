"""One click for the month's 公示 workbook: choose where, then it is read and written on the door's worker."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from domain.performance.publication import publication
from shared.performance_publish_text import PublishText
from ui.context import AppContext


def publish_month(ctx: AppContext, parent: QWidget, month: str | None, chosen: Path | None = None) -> None:
    """`chosen` skips the file dialog (tests)."""
    if month is None:
        return
    if chosen is None:
        name, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("PublishAction", "Save the published results"),
            QCoreApplication.translate("PublishAction", "published_%1.xlsx").replace("%1", month), "Excel (*.xlsx)")
        if not name:
            return
        chosen = Path(name)
    path, today = chosen, ctx.today()

    def done(written: Path) -> None:
        text = QCoreApplication.translate("PublishAction", "Written to %1").replace("%1", str(written))
        QMessageBox.information(parent, QCoreApplication.translate("PublishAction", "Published"), text)

    ctx.door.query(lambda uow: PublishText().write(publication(uow, month, today), path), done, owner=parent)
