"""Help → Check database: integrity_check and foreign_key_check, said in words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from domain.safety import services
from shared.error_sentences import READ, sentence
from shared.safety_words import health_sentences
from ui.context import AppContext
from ui.safety.crash import log

if TYPE_CHECKING:
    from persistence.safety_port import HealthReport


class CheckDatabaseDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Check database"))
        self.verdict = QLabel()
        self.verdict.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.lines = QLabel()
        self.lines.setWordWrap(True)
        where = self.tr("Shared database: %1") if ctx.db.is_server else self.tr("File: %1")
        self.where = QLabel(where.replace("%1", ctx.db.location))
        self.where.setStyleSheet("color: #666;")
        self.where.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.again = QPushButton(self.tr("Check again"))
        buttons.addButton(self.again, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        self.again.clicked.connect(self.run_check)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addWidget(self.lines)
        layout.addStretch()
        layout.addWidget(self.where)
        layout.addWidget(buttons)
        self.resize(520, 260)
        self.report: HealthReport | None = None
        self.run_check()

    def run_check(self) -> None:
        self.again.setEnabled(False)
        self.verdict.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.verdict.setText(self.tr("Checking…"))
        self.lines.clear()
        safety = self.ctx.files.safety
        # a file check, not a read of records: the door only keeps it in line and drops it for a closed dialog
        self.ctx.door.query(lambda _uow: services.check_store(safety), self.show_report, self.show_failure,
                            owner=self)

    def show_report(self, report: HealthReport) -> None:
        self.report = report
        self.again.setEnabled(True)
        sentences = health_sentences(report)
        if report.ok:
            self.verdict.setText(self.tr("✔ No problems found"))
            self.verdict.setStyleSheet("font-size: 16px; font-weight: bold; color: #1e7e34;")
            body = sentences[1:]
        else:
            self.verdict.setText(self.tr("✖ Problems found"))
            self.verdict.setStyleSheet("font-size: 16px; font-weight: bold; color: #c0392b;")
            body = sentences
            log.warning("database check: %s", "; ".join(sentences))
        self.lines.setText("\n".join(f"• {line}" for line in body))

    def show_failure(self, exc: BaseException, trace: str) -> None:
        log.error("database check failed\n%s", trace)
        self.again.setEnabled(True)
        self.verdict.setText(self.tr("✖ The check could not run"))
        self.verdict.setStyleSheet("font-size: 16px; font-weight: bold; color: #c0392b;")
        self.lines.setText(sentence(exc, None, READ))
