"""Issue 23: File → Open database… chooses a SQLite file or a shared PostgreSQL database by URL. The password
is typed masked and never stored: not in ui.ini, not on the new process's command line (only in its
environment). The choice is the next start's database, and the window restarts on it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from ui import app
from ui.main_window import MainWindow
from ui.safety import open_database_dialog
from ui.safety.open_database_dialog import DATABASE_KEY, OpenDatabaseDialog, split_password

URL = "postgresql+psycopg://zhangsan@dbhost/centre"


def test_a_url_with_a_password_is_split_and_the_password_field_is_masked(qtbot) -> None:
    dialog = OpenDatabaseDialog("/tmp/desk.sqlite")
    qtbot.addWidget(dialog)
    assert dialog.file_choice.isChecked() and dialog.file.text() == "/tmp/desk.sqlite"
    dialog.server_choice.setChecked(True)
    assert dialog.password.echoMode() is QLineEdit.EchoMode.Password and not dialog.file.isEnabled()
    dialog.url.setText("postgresql+psycopg://zhangsan:秘密-123@dbhost/centre")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Open).click()
    assert dialog.result() == OpenDatabaseDialog.DialogCode.Accepted
    assert dialog.value() == (URL, "秘密-123")
    assert dialog.url.text() == URL  # the secret left the visible field
    assert split_password(URL) == (URL, "")


def test_a_wrong_address_is_refused_in_words_and_the_dialog_stays(qtbot, zh) -> None:
    dialog = OpenDatabaseDialog("")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.server_choice.setChecked(True)
    dialog.url.setText("dbhost/centre")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Open).click()
    assert dialog.isVisible() and "postgresql+psycopg://" in dialog.error.text()
    dialog.reject()


def test_the_file_menu_opens_it_and_the_choice_is_the_next_start_without_the_password(qtbot, ctx, tmp_path) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.file_menu.isEnabled())  # a cold process builds them a few turns later
    file_menu = window.menuBar().actions()[0].menu()
    assert "打开数据库…" in [a.text() for a in file_menu.actions()]
    dialog = window.open_database()
    assert dialog.file.text() == str(ctx.db.path)
    dialog.server_choice.setChecked(True)
    dialog.url.setText(URL)
    dialog.password.setText("秘密-123")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Open).click()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert window.pending_start == (URL, "秘密-123")
    ctx.settings.sync()
    stored = Path(ctx.settings.fileName()).read_text(encoding="utf-8")
    assert "秘密" not in stored and ctx.settings.value(DATABASE_KEY) == URL
    assert app.remembered_database(ctx.settings) == URL


def test_a_remembered_file_that_is_gone_is_not_created_anew(tmp_path) -> None:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    settings.setValue(DATABASE_KEY, str(tmp_path / "gone.sqlite"))
    assert app.remembered_database(settings) is None
    (tmp_path / "here.sqlite").write_bytes(b"")
    settings.setValue(DATABASE_KEY, str(tmp_path / "here.sqlite"))
    assert app.remembered_database(settings) == tmp_path / "here.sqlite"


def test_the_restart_carries_the_password_only_in_the_environment(monkeypatch) -> None:
    started: list[tuple[list[str], dict[str, str]]] = []
    monkeypatch.setattr(subprocess, "Popen", lambda args, env, **_kw: started.append((args, env)))
    open_database_dialog.launch(URL, "秘密-123")
    (args, env), = started
    assert args[0] == sys.executable and args[-2:] == ["--db", URL] and Path(args[1]).name == "main.py"
    assert not any("秘密" in a for a in args) and env["PGPASSWORD"] == "秘密-123"
