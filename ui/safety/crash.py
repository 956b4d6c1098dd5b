"""Unexpected errors: written to a rotating log in the user log folder, then told in a dialog with
"copy details". The hook never closes a window, so whatever the supervisor was typing stays where it was."""

from __future__ import annotations

import faulthandler
import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shared.messages import describe, known

LOG_NAME = "desk.log"
LOG_BYTES, LOG_FILES = 1_000_000, 5
log = logging.getLogger("desk")
_state: dict[str, object] = {"log_path": None, "open": None, "fault_file": None}


def setup_logging(log_dir: Path) -> Path:
    """A rotating log (5 × 1 MB) plus Python's fault handler for crashes below Python (segfaults)."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_NAME
    if _state["log_path"] != path:
        handler = RotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_FILES, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        fault_file = (log_dir / "faults.log").open("a", encoding="utf-8")
        faulthandler.enable(file=fault_file)
        _state.update(log_path=path, fault_file=fault_file)
    return path


class ErrorDialog(QDialog):
    def __init__(self, summary: str, details: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected problem"))
        self.details = details
        heading = QLabel(self.tr("Something went wrong inside the app."))
        heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        what = QLabel(self.tr("What happened: %1").replace("%1", summary))
        what.setWordWrap(True)
        safe = QLabel(self.tr("Everything already saved is safe. What you were typing is still in its window: "
                              "check it and save again. If it happens again, send the details to support."))
        safe.setWordWrap(True)
        where = QLabel(self.tr("Details were written to the log: %1").replace("%1", str(log_path or "—")))
        where.setWordWrap(True)
        where.setStyleSheet("color: #666;")
        self.text = QPlainTextEdit(details)
        self.text.setReadOnly(True)
        self.text.setMinimumHeight(140)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (heading, what, safe, self.text, where):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.resize(560, 380)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))


def describe_exception(exc_type: type[BaseException], exc: BaseException) -> str:
    code = getattr(exc, "code", None)
    if isinstance(code, str) and known(code):  # an error with words of its own (e.g. database_busy)
        return describe(code)
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{exc_type.__name__}: {message}" if message else exc_type.__name__


def handle_exception(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """sys.excepthook: log first (that must never fail to happen), then show one dialog at a time."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("Unexpected error\n%s", details)
    app = QApplication.instance()
    if app is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    if _state["open"] is not None:  # a storm of the same failure: the log has them all, one dialog is enough
        return
    summary = describe_exception(exc_type, exc)
    # Shown from the event loop, not from inside the failing slot; window-modal over the active window,
    # which is left open and untouched.
    QTimer.singleShot(0, lambda: _show(summary, details))


def _show(summary: str, details: str) -> None:
    parent = QApplication.activeModalWidget() or QApplication.activeWindow()
    log_path = _state["log_path"]
    dialog = ErrorDialog(summary, details, log_path if isinstance(log_path, Path) else None, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _state["open"] = dialog
    dialog.finished.connect(lambda _result: _state.update(open=None))
    dialog.open()


def open_error_dialog() -> ErrorDialog | None:
    dialog = _state["open"]
    return dialog if isinstance(dialog, ErrorDialog) else None


def install(log_dir: Path) -> Path:
    path = setup_logging(log_dir)
    sys.excepthook = handle_exception
    log.info("started, Python %s", sys.version.split()[0])
    return path
