"""File → Open database…: a SQLite file, or a shared PostgreSQL database by its URL (issue 23).

The choice is remembered as the next start's database (ui.ini, key DATABASE_KEY); the window then restarts
itself on it with --db. A server's password is never stored: it is typed into a masked field, removed from a
URL that carries one, and handed to the new process in its environment (PGPASSWORD, which the driver reads),
never on its command line."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from persistence.locations import is_url
from ui.widgets import ErrorLabel

DATABASE_KEY = "database"  # ui.ini: the database the next start opens without --db (ui/app.py reads it)
_SCHEMES = ("postgresql://", "postgresql+psycopg://")


def split_password(url: str) -> tuple[str, str]:
    """A URL without its password, and the password ("" if it had none)."""
    scheme, sep, rest = url.partition("://")
    credentials, at, host = rest.rpartition("@")
    if not sep or not at or ":" not in credentials:
        return url, ""
    user, _, password = credentials.partition(":")
    return f"{scheme}://{user}@{host}", password


class OpenDatabaseDialog(QDialog):
    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open database"))
        self.file_choice = QRadioButton(self.tr("A database file on this computer (one supervisor)"))
        self.server_choice = QRadioButton(self.tr("A shared PostgreSQL database (a centre)"))
        group = QButtonGroup(self)
        group.addButton(self.file_choice)
        group.addButton(self.server_choice)
        self.file = QLineEdit()
        self.file.setPlaceholderText(self.tr("e.g. D:\\desk\\desk.sqlite"))
        self.browse = QPushButton(self.tr("Browse…"))
        self.browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.browse)
        self.url = QLineEdit()
        self.url.setPlaceholderText(self.tr("e.g. postgresql+psycopg://zhangsan@dbhost/centre"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("not saved; leave empty if the server needs none"))
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.file_choice)
        form.addRow(self.tr("File"), file_row)
        form.addRow(self.server_choice)
        form.addRow(self.tr("Address (URL)"), self.url)
        form.addRow(self.tr("Password"), self.password)
        note = QLabel(self.tr("The app restarts on the chosen database and opens it at every start from now on."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Open).setText(self.tr("Open"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.file_choice.toggled.connect(self._enable)
        if is_url(current):
            self.server_choice.setChecked(True)
            self.url.setText(split_password(current)[0])
        else:
            self.file_choice.setChecked(True)
            self.file.setText(current)
        self._enable()
        self.resize(560, self.sizeHint().height())

    def _enable(self) -> None:
        on_file = self.file_choice.isChecked()
        self.file.setEnabled(on_file)
        self.browse.setEnabled(on_file)
        self.url.setEnabled(not on_file)
        self.password.setEnabled(not on_file)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Database file"), self.file.text(), self.tr("Database (*.sqlite *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)  # choosing an existing file opens it
        if chosen:
            self.file.setText(chosen)

    def value(self) -> tuple[str, str]:
        """(where, password): a file path or a URL without a password; the password typed or found in it."""
        if self.file_choice.isChecked():
            return self.file.text().strip(), ""
        url, in_url = split_password(self.url.text().strip())
        return url, self.password.text() or in_url

    def _try_accept(self) -> None:
        where, _password = self.value()
        if self.file_choice.isChecked():
            if not where:
                self.error.show_error(self.tr("Choose or type the database file."))
                return
        elif not where.startswith(_SCHEMES):
            self.error.show_error(self.tr("A PostgreSQL address starts with postgresql+psycopg://, e.g. "
                                          "postgresql+psycopg://zhangsan@dbhost/centre"))
            return
        url, in_url = split_password(self.url.text().strip())
        if in_url:  # keep the secret out of the field that is remembered
            self.url.setText(url)
            self.password.setText(self.password.text() or in_url)
        self.accept()


def restart_command(where: str) -> list[str]:
    """This program again, on `where`: the bundle's executable, or python with main.py."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--db", where]
    main = Path(sys.modules["__main__"].__file__ or "main.py") if hasattr(sys.modules["__main__"], "__file__") \
        else Path("main.py")
    if main.name != "main.py":  # started some other way (tests, a profiler): the project's own entry point
        main = Path(__file__).resolve().parents[2] / "main.py"
    return [sys.executable, str(main), "--db", where]


def launch(where: str, password: str) -> None:
    """Start the app on `where`, detached; the password only in the child's environment."""
    env = dict(os.environ)
    if password:
        env["PGPASSWORD"] = password
    subprocess.Popen(restart_command(where), env=env, start_new_session=True,  # noqa: S603 (our own program)
                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


Launcher = Callable[[str, str], None]
