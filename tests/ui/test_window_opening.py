"""Issue 18/17, fifth round: the window opens in short steps, and nothing of it is missing for that. Each test runs
in a fresh interpreter, as a start-up does: which modules are already imported decides the path taken."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from domain.roster.model import AgentData, Role, Status
from persistence.database import open_database

ROOT = Path(__file__).resolve().parents[2]

# The window's menus and shortcuts, their navigation and roster rows, once everything has arrived.
DESCRIBE = """
def describe(window):
    menus = [[menu.title(), menu.isEnabled(),
              [[a.text(), a.shortcut().toString()] for a in menu.actions() if not a.isSeparator()]]
             for menu in (window.file_menu, window.edit_menu, window.help_menu)]
    return {"menus": menus, "nav": [window.nav.isEnabled(), window.nav.count()],
            "rows": window.roster.model.rowCount(), "page": window.stack.currentWidget() is window.roster}
"""


def run(code: str, tmp_path: Path) -> dict:  # type: ignore[type-arg]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_STATE_HOME": str(tmp_path / "state"), "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT,
                          env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def database(tmp_path: Path) -> Path:
    path = tmp_path / "desk.sqlite"
    db = open_database(path)
    with db.uow() as uow:
        uow.agents.add_many([
            AgentData("KF002", "李雷", Role.HOTLINE, "热线一组", date(2025, 1, 6)),
            AgentData("KF001", "王婷", Role.ONLINE, "在线组", date(2026, 10, 1)),
            AgentData("KF003", "周敏", Role.HOTLINE, "热线一组", date(2024, 3, 1), status=Status.LEFT,
                      leave_date=date(2025, 3, 1)),
        ])
        uow.commit()
    db.close()
    return path


def window_on(path: Path, *, cold: bool) -> str:
    """A window on an open database: `cold`, the page's modules are not imported yet (the step-by-step path
    benchmarks/ui_stalls.py takes); else imported first (the path the app and the tests take)."""
    return DESCRIBE + f"""
import json, sys, tempfile, time
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
app = QApplication([])
from shared.i18n import install_translators
install_translators("zh_CN")
from persistence.database import open_database
from ui.context import AppContext
from ui.tasks import TaskRunner
if {not cold}:
    import ui.roster.page
from ui.main_window import MainWindow
found = []
build = MainWindow._build_menus
def menus(self):
    before = set(sys.modules)
    build(self)
    found.append(sorted(m for m in set(sys.modules) - before  # (the worker may import a repository meanwhile)
                        if m in ("domain.safety.services", "ui.safety.backup_dialog", "ui.safety.check_dialog")))
MainWindow._build_menus = menus
db = open_database(Path({str(path)!r}))
ctx = AppContext(db=db, settings=QSettings(tempfile.mktemp(suffix=".ini"), QSettings.Format.IniFormat),
                 undo=QUndoStack(), runner=TaskRunner())
window = MainWindow(ctx)
window.show()
deadline = time.monotonic() + 60
while time.monotonic() < deadline and not (window.nav.isEnabled() and window.roster.model.rowCount()
                                           and window.edit_menu.actions()[-1].shortcut().toString()):
    app.processEvents()
    time.sleep(0.01)
for _ in range(20):
    app.processEvents()
ctx.runner.wait()
print(json.dumps({{**describe(window), "menus_imported": found}}, ensure_ascii=False))
"""


def test_a_window_opened_step_by_step_has_everything_a_window_opened_at_once_has(tmp_path: Path) -> None:
    path = database(tmp_path)
    cold = run(window_on(path, cold=True), tmp_path)
    warm = run(window_on(path, cold=False), tmp_path)
    assert cold["menus"] == warm["menus"]
    assert cold["nav"] == warm["nav"] == [True, warm["nav"][1]] and warm["nav"][1] > 5
    assert cold["rows"] == warm["rows"] == 2 and cold["page"] and warm["page"]
    titles = [title for menu in cold["menus"] for title, _key in menu[2]]
    assert {"打开数据库…", "导入花名册…", "导出花名册…", "新增员工…", "关于"} <= set(titles), titles
    shortcuts = {title: key for menu in cold["menus"] for title, key in menu[2]}
    assert shortcuts["导入花名册…"] == "Ctrl+I" and shortcuts["新增员工…"] == "Ctrl+N"
    assert all(enabled for _title, enabled, _actions in cold["menus"])
    # The menus import nothing of the dialogs they open (their use cases and every area's ports, 50–100 ms of
    # imports): those load in idle time (ui/app.py `idle_preload`), or when a dialog is first opened.
    assert cold["menus_imported"] == warm["menus_imported"] == [[]]


def test_the_app_opens_the_database_once_the_first_rows_are_painted(tmp_path: Path) -> None:
    path = database(tmp_path)
    code = DESCRIBE + f"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import ui.app as start
from ui.roster.page import RosterPage
from ui.main_window import MainWindow
events = []
show = RosterPage._show_page
def shown(self, page, request):
    show(self, page, request)
    events.append(["rows", len(page.rows)])
RosterPage._show_page = shown
opening = start.open_for_window
def open_for_window(path, demo):
    events.append(["open", None])
    return opening(path, demo)
start.open_for_window = open_for_window
build = MainWindow._build_menus
windows = []
def menus(self):
    events.append(["menus", "domain.ports" in sys.modules])
    build(self)
    windows.append(self)
    QTimer.singleShot(300, QApplication.instance().quit)
MainWindow._build_menus = menus
code = start.run_gui(Path({str(path)!r}), "zh_CN", False)
print(json.dumps({{"code": code, "events": events, **describe(windows[0])}}, ensure_ascii=False))
"""
    found = run(code, tmp_path)
    assert found["code"] == 0
    # The rows read before the database opened are on screen first; the database opens after (its imports no
    # longer compete with the page's first paint for the GIL); the menus find their modules imported with it.
    assert found["events"][:3] == [["rows", 2], ["open", None], ["menus", True]], found["events"]
    assert found["nav"][0] and found["rows"] == 2
    assert all(enabled for _title, enabled, _actions in found["menus"])


def test_the_window_shows_before_multiprocessing_is_imported(tmp_path: Path) -> None:
    """main.py called freeze_support (only meaningful in the frozen bundle) before the window: ~10 ms of imports
    (multiprocessing, pickle, socket, selectors) ahead of the first paint of every start."""
    path = database(tmp_path)
    code = f"""
import json, runpy, sys
import ui.app as start
def shown(app, what):
    if what == "shown":
        print(json.dumps({{"multiprocessing": "multiprocessing" in sys.modules}}))
        app.quit()
start._benchmark_hook = shown
sys.argv = ["main.py", "--db", {str(path)!r}]
runpy.run_path("main.py", run_name="__main__")
"""
    assert run(code, tmp_path) == {"multiprocessing": False}


def test_the_menus_dialogs_load_in_idle_time(tmp_path: Path) -> None:
    code = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
import ui.app as start
from ui.main_window import MainWindow
before = [m in sys.modules for m in start.MENU_DIALOGS]
start.idle_preload()
print(json.dumps([before, [m in sys.modules for m in start.MENU_DIALOGS]]))
"""
    before, after = run(code, tmp_path)
    assert before == [False, False] and after == [True, True]
