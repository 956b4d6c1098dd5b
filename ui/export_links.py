"""After an export: "open the file" and "show in folder" (issue 24), next to the line that says where it went.
Both go through QDesktopServices, so a test registers a "file" URL handler and sees the request instead."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QProcess, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget


def open_file(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_in_folder(path: Path) -> None:
    if sys.platform == "win32" and QProcess.startDetached("explorer.exe", ["/select,", str(path)]):
        return  # Explorer opens the folder with the file selected
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


class ExportLinks(QWidget):
    """Hidden until `show_for(path)`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.open_button = QPushButton(self.tr("Open the file"))
        self.folder_button = QPushButton(self.tr("Show in folder"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.open_button)
        layout.addWidget(self.folder_button)
        layout.addStretch()
        self.open_button.clicked.connect(lambda: self.path and open_file(self.path))
        self.folder_button.clicked.connect(lambda: self.path and show_in_folder(self.path))
        self.hide()

    def show_for(self, path: Path) -> None:
        self.path = path
        self.show()
        self.open_button.setFocus()  # Enter opens what was just made
