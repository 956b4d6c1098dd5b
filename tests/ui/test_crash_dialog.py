"""An unexpected error: logged to the rotating log, told in Chinese with "copy details", and the window
the supervisor was typing in stays open with the text in it."""

from __future__ import annotations

import faulthandler
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QVBoxLayout

from ui.safety import crash


class NoteDialog(QDialog):
    """Stands in for any editing dialog whose save button hits a bug."""

    def __init__(self) -> None:
        super().__init__()
        self.note = QLineEdit()
        self.save = QPushButton("保存")
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.save)
        self.save.clicked.connect(self.broken_save)
        self.calls = 0

    def broken_save(self) -> None:
        self.calls += 1
        raise RuntimeError(f"数据库繁忙 #{self.calls}")


@pytest.fixture
def hooked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, zh):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back whatever was there afterwards
    yield crash.install(tmp_path / "logs")
    faulthandler.enable(file=sys.__stderr__)  # a later native crash must reach the test output, not this log


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_logged_and_shown_without_losing_the_input(qtbot, hooked: Path) -> None:
    dialog = NoteDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.note.setText("3号坐席本周情绪低落，需要一对一沟通")

    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: crash.open_error_dialog() is not None)

    error = crash.open_error_dialog()
    assert error is not None and error.isVisible()
    assert error.windowTitle() == "意外问题"
    words = " ".join(label.text() for label in error.findChildren(QLabel))
    assert "发生了什么：RuntimeError: 数据库繁忙 #1" in words and "您正在填写的内容还留在原来的窗口里" in words
    assert "broken_save" in error.text.toPlainText()  # the traceback, for support
    assert error.copy_button.text() == "复制详细信息"
    assert dialog.isVisible() and dialog.note.text() == "3号坐席本周情绪低落，需要一对一沟通"

    qtbot.mouseClick(error.copy_button, Qt.MouseButton.LeftButton)
    assert "Traceback" in QGuiApplication.clipboard().text() and "broken_save" in QGuiApplication.clipboard().text()
    assert error.copy_button.text() == "已复制"

    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)  # the same bug again while the dialog is open
    qtbot.wait(50)
    assert crash.open_error_dialog() is error  # one dialog, not a pile of them
    log = hooked.read_text(encoding="utf-8")
    assert "数据库繁忙 #1" in log and "数据库繁忙 #2" in log  # but every occurrence is in the log

    error.reject()
    qtbot.waitUntil(lambda: crash.open_error_dialog() is None)
    assert dialog.isVisible() and dialog.note.text().startswith("3号坐席")


def test_the_dialog_words_are_chinese(qtbot, zh) -> None:  # type: ignore[no-untyped-def]
    error = crash.ErrorDialog("ValueError: bad", "Traceback ...", Path("/tmp/desk.log"))
    qtbot.addWidget(error)
    words = " ".join(label.text() for label in error.findChildren(QLabel))
    assert "发生了什么：ValueError: bad" in words
    assert "已保存的数据都是安全的" in words and "/tmp/desk.log" in words


def test_the_log_rotates(tmp_path: Path) -> None:
    path = crash.setup_logging(tmp_path / "rotating")
    faulthandler.enable(file=sys.__stderr__)
    for n in range(2_500):
        crash.log.info("line %d %s", n, "x" * 500)
    files = sorted(p.name for p in path.parent.glob("desk.log*"))
    assert files[0] == "desk.log" and "desk.log.1" in files and len(files) <= crash.LOG_FILES + 1
    assert all(p.stat().st_size <= crash.LOG_BYTES + 1000 for p in path.parent.glob("desk.log*"))


def test_keyboard_interrupt_is_left_to_python(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = []
    monkeypatch.setattr(sys, "__excepthook__", lambda *args: seen.append(args[0]))
    crash.handle_exception(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert seen == [KeyboardInterrupt] and crash.open_error_dialog() is None
