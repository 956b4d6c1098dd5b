"""The whole window in each language: every page, every tab, every button's dialog and every menu command,
on a small demo database. Fails on an exception (on the UI thread or a worker), on a Qt warning, and on
text in the wrong language — English left in the Chinese window, Chinese outside the data in the English one."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QRadioButton,
    QTabWidget,
    QWidget,
)

from domain.demo import build_demo
from persistence.database import open_database
from shared.i18n import install_translators
from tests.ui.text_walk import not_chinese, not_english, visible_texts
from ui.context import AppContext
from ui.tasks import TaskRunner, _Job

TODAY = date(2026, 11, 23)
# Buttons whose click leaves the test's reach (a native program, the clipboard) or ends the session.
SKIP_BUTTONS = {"Copy details", "复制详情"}
SKIP_ACTIONS = ("Quit", "退出", "Open log folder", "打开日志文件夹")
IGNORED_WARNINGS = ("propagateSizeHints",)  # the offscreen platform cannot, and says so


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db = open_database(path, backup_dir=path.parent / "backups")
    build_demo(db.uow(), 30, 14, 5, TODAY)
    db.close()
    return path


def data_blob(path: Path) -> str:
    """Every text value the database holds: Chinese there is the user's data, fine in either language."""
    con = sqlite3.connect(path)
    values = []
    for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'"):
        columns = [row[1] for row in con.execute(f'PRAGMA table_info("{table}")')]
        for column in columns:
            values += [v for (v,) in con.execute(f'SELECT DISTINCT "{column}" FROM "{table}"') if isinstance(v, str)]
    con.close()
    return "\n".join(values)


class Seen:
    """What the walk met: texts by where they were, problems, and the dialogs opened."""

    def __init__(self) -> None:
        self.texts: list[tuple[str, str, str]] = []
        self.warnings: list[str] = []
        self.worker_errors: list[str] = []
        self.dialogs: list[str] = []

    def walk(self, where: str, widget: QWidget) -> None:
        self.texts += [(where, kind, text) for kind, text in visible_texts(widget)]

    def message(self, where: str, *texts: str) -> None:
        self.texts += [(where, "QMessageBox", text) for text in texts if text]


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch) -> Seen:
    record = Seen()

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg and kind != QtMsgType.QtInfoMsg and not any(
                ignored in message for ignored in IGNORED_WARNINGS):
            record.warnings.append(message)

    previous = qInstallMessageHandler(handler)
    original_run = _Job.run

    def run(job: _Job) -> None:
        fn = job._fn

        def watched():  # type: ignore[no-untyped-def]
            try:
                return fn()
            except Exception as exc:
                record.worker_errors.append(f"{type(exc).__name__}: {exc}")
                raise

        job._fn = watched
        original_run(job)

    monkeypatch.setattr(_Job, "run", run)
    yield record
    qInstallMessageHandler(previous)


def _patch_dialogs(monkeypatch: pytest.MonkeyPatch, seen: Seen, where: list[str]) -> None:
    """Modal dialogs are walked and cancelled instead of waiting for a user; file pickers are cancelled."""

    def exec_(dialog: QDialog) -> int:
        name = type(dialog).__name__
        seen.dialogs.append(name)
        dialog.show()
        QApplication.processEvents()
        walk_tabs(seen, f"{where[0]} → {name}", dialog)
        dialog.reject()
        return 0

    def box(kind: str):  # type: ignore[no-untyped-def]
        def show(_parent, title, text, *_args, **_kwargs):  # type: ignore[no-untyped-def]
            seen.dialogs.append(f"QMessageBox.{kind}")
            seen.message(f"{where[0]} → message", title, text)
            return QMessageBox.StandardButton.No if kind == "question" else QMessageBox.StandardButton.Ok
        return show

    def box_exec(message: QMessageBox) -> int:
        seen.dialogs.append("QMessageBox")
        seen.message(f"{where[0]} → message", message.windowTitle(), message.text(), message.informativeText())
        seen.texts += [(where[0], "QMessageBox button", b.text()) for b in message.buttons()]
        return int(QMessageBox.StandardButton.Cancel.value)

    monkeypatch.setattr(QDialog, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    for kind in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(box(kind)))
    for picker in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, picker, staticmethod(lambda *_a, **_k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: ""))
    for ask in ("getText", "getItem", "getInt", "getDouble", "getMultiLineText"):
        monkeypatch.setattr(QInputDialog, ask, staticmethod(lambda *_a, **_k: ("", False)))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda *_a: True))


def settle(ctx: AppContext) -> None:
    for _ in range(3):
        ctx.runner.wait()
        QApplication.processEvents()


def walk_tabs(seen: Seen, where: str, root: QWidget) -> None:
    seen.walk(where, root)
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisibleTo(root):
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            seen.walk(f"{where} / {tabs.tabText(index)}", tabs.widget(index))
        tabs.setCurrentIndex(0)


def close_new_windows(seen: Seen, where: str, before: set[int]) -> None:
    """Dialogs opened with open()/show() instead of exec()."""
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and id(widget) not in before:
            seen.dialogs.append(type(widget).__name__)
            walk_tabs(seen, f"{where} → {type(widget).__name__}", widget)
            widget.close()


def press_every_button(seen: Seen, ctx: AppContext, where: str, page: QWidget) -> None:
    """On every tab of the page: select the first row of each list, then press each enabled button."""
    tab_widgets = [tabs for tabs in page.findChildren(QTabWidget) if tabs.isVisibleTo(page)]
    states = [(tabs, index) for tabs in tab_widgets for index in range(tabs.count())] or [(None, 0)]
    for tabs, index in states:
        if tabs is not None:
            if not tabs.isVisibleTo(page):
                continue
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
        _press_visible(seen, ctx, where if tabs is None else f"{where} / {tabs.tabText(index)}", page)
    for tabs in tab_widgets:
        tabs.setCurrentIndex(0)


def _press_visible(seen: Seen, ctx: AppContext, where: str, page: QWidget) -> None:
    for view in page.findChildren(QAbstractItemView):
        if view.isVisibleTo(page) and view.model() is not None and view.model().rowCount() > 0:
            view.setCurrentIndex(view.model().index(0, 0))
    settle(ctx)
    buttons = [b for b in page.findChildren(QAbstractButton)
               if not isinstance(b, QCheckBox | QRadioButton) and b.text() not in SKIP_BUTTONS]
    for button in buttons:
        if not (button.isVisibleTo(page) and button.isEnabled()):
            continue
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        button.click()
        settle(ctx)
        close_new_windows(seen, f"{where} [{button.text()}]", before)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_page_and_dialog_speaks_one_language(qtbot, monkeypatch, tmp_path: Path, demo_file: Path,
                                                   seen: Seen, language: str) -> None:
    install_translators(language)
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, path)
    db = open_database(path, backup_dir=tmp_path / "backups")
    ctx = AppContext(db=db, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
                     undo=QUndoStack(), runner=TaskRunner(), today=lambda: TODAY,
                     now=lambda: datetime(2026, 11, 23, 9, 30))
    where = ["start"]
    _patch_dialogs(monkeypatch, seen, where)
    from ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    settle(ctx)
    try:
        for area in window.areas:
            where[0] = area.key
            page = window.show_area(area.key)
            settle(ctx)
            walk_tabs(seen, area.key, window)
            press_every_button(seen, ctx, area.key, page)
            window.show_area(area.key)
            settle(ctx)
            seen.walk(f"{area.key} after buttons", window)
        for menu_action in window.menuBar().actions():
            for action in menu_action.menu().actions():
                if action.isSeparator() or not action.isEnabled() or action.text().replace("&", "") in SKIP_ACTIONS:
                    continue
                where[0] = f"menu {action.text()}"
                before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
                action.trigger()
                settle(ctx)
                close_new_windows(seen, where[0], before)
    finally:
        settle(ctx)
        window.close()
        db.close()
        install_translators("zh_CN")

    print(f"{language}: {len(seen.texts)} texts, dialogs: {sorted(set(seen.dialogs))}")
    assert not seen.worker_errors, seen.worker_errors
    assert not seen.warnings, seen.warnings
    for needed in ("SettingsDialog", "AgentDialog"):
        assert needed in seen.dialogs, sorted(set(seen.dialogs))
    if language == "zh_CN":
        wrong = sorted({(where, kind, text) for where, kind, text in seen.texts if not_chinese(text)})
    else:
        blob = data_blob(path) + "\n简体中文"  # the language menu names each language in itself
        wrong = sorted({(where, kind, text) for where, kind, text in seen.texts if not_english(text, blob)})
    assert not wrong, "\n" + "\n".join(f"{w} | {k} | {t!r}" for w, k, t in wrong)
