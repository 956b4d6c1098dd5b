"""Start-up (ui/app.py): the roster shows rows read with the sqlite3 driver before the database opens; the
navigation and menus wait for the database, and the use cases the page queued meanwhile run once it is open."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack

from persistence.database import open_database
from persistence.roster.first_page import first_roster_page
from tests.ui.test_window_opening import database  # the same three agents
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.roster.page import RosterPage  # imported before the window attaches, as ui/app.py's first look does
from ui.tasks import TaskRunner

TODAY = date(2026, 11, 23)


def test_the_roster_shows_rows_read_before_the_database_opened(qtbot, tmp_path: Path, zh) -> None:  # noqa: ARG001
    path = database(tmp_path)
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    ctx = AppContext.before_opening(settings=settings, undo=QUndoStack(), runner=TaskRunner())
    ctx.today = lambda: TODAY
    ctx.first_roster = first_roster_page(path, TODAY)
    opened: list = []
    window = MainWindow(settings=settings, db_path=path)
    qtbot.addWidget(window)
    window.show()
    # As the app does: the open is queued on the serial runner before anything the roster page asks for.
    ctx.runner.run(lambda: ctx.use(open_database(path)) or ctx.db,
                   lambda db: (opened.append(db), window.database_opened()), lambda exc, trace: print(trace))
    window.attach(ctx)
    assert ctx.first_roster is None and isinstance(window.roster, RosterPage)  # taken once, by the roster
    qtbot.waitUntil(lambda: window.roster.model.rowCount() == 2)
    model = window.roster.model
    assert [model.row_at(i).agent.employee_no for i in range(2)] == ["KF001", "KF002"]
    assert window.roster._total == 3
    assert not window.roster.import_button.isEnabled() or ctx.is_open  # an import needs the open database
    assert [a.text() for a in window.menuBar().actions()] == ["文件(&F)", "编辑(&E)", "帮助(&H)"]  # the shell's
    qtbot.waitUntil(lambda: window.nav.isEnabled())
    assert window.roster.import_button.isEnabled()
    assert window.file_menu.isEnabled() and "打开数据库…" in [a.text() for a in window.file_menu.actions()]
    qtbot.waitUntil(lambda: model._one_on_ones_known)  # queued by the page before the database was open
    window.roster.status_filter.setCurrentIndex(0)  # everyone: leavers load through the door, now open
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    ctx.runner.wait()
    opened[0].close()

