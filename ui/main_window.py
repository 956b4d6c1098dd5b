"""The main window: a navigation list of the areas that exist, one page each, menus and a status bar.

It shows first as a shell (navigation, menus, "opening the database…") so that start-up costs about what
a bare window does; `attach(ctx)` arrives once the database is open, and each page is built the first
time it is shown."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ui.areas import AREAS, Area
from ui.context import AppContext

if TYPE_CHECKING:  # imported on the runner, or by the app on the worker: not with the window shell
    from ui.roster.page import RosterPage


class MainWindow(QMainWindow):
    # Any page may ask to show one agent; the agent page listens.
    open_agent = Signal(int)

    def __init__(self, ctx: AppContext | None = None, *, settings: QSettings | None = None,
                 db_path: Path | str | None = None) -> None:
        super().__init__()
        self.ctx: AppContext | None = None
        self.pending_start: tuple[str, str] | None = None  # File → Open database…: where to start again on quit
        settings = ctx.settings if ctx else settings
        db_path = ctx.db.path if ctx else db_path
        where = ctx.db.location if ctx else (str(db_path) if db_path else "")
        server = bool(ctx and ctx.db.is_server) or isinstance(db_path, str)
        # A file's name, or a server database's name (postgresql+psycopg://user@host/NAME?…).
        name = where.split("?")[0].rsplit("/", 1)[-1] if server else (Path(where).name if where else "")
        self.setWindowTitle(self.tr("Supervisor's Desk") + (f" — {name}" if name else ""))
        self.resize(1280, 760)
        self.nav = QListWidget()
        self.nav.setStyleSheet("QListWidget { font-size: 15px; } QListWidget::item { padding: 8px; }")
        self.stack = QStackedWidget()
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(QLabel(where))
        self.areas: list[Area] = list(AREAS)
        self.pages: dict[str, QWidget] = {}  # the pages built so far
        self._roster: RosterPage | None = None
        self.messages: dict[str, str] = {}  # each page's last status message, shown only while it is shown
        for i, area in enumerate(self.areas):
            self.nav.addItem(QCoreApplication.translate("Areas", area.title))
            # Only the first page can be seen before the database is open (the navigation waits for it); each
            # holder is replaced by its page when that is first shown.
            self.stack.addWidget(self._opening_placeholder() if i == 0 else QWidget())
        # Wide enough for the longest title in the chosen language (English's "Training & careers" was cut off
        # behind a horizontal scroll bar at the Chinese titles' 150 px).
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setFixedWidth(max(150, self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 4))
        # The menus' titles are part of the shell (greyed until the database is open and they are filled), so that
        # the page does not move down by the menu bar's height when they arrive under rows already shown.
        self.file_menu, self.edit_menu, self.help_menu = (
            self.menuBar().addMenu(title) for title in (self.tr("&File"), self.tr("&Edit"), self.tr("&Help")))
        self._menus_built = False
        for menu in (self.file_menu, self.edit_menu, self.help_menu):
            menu.setEnabled(False)
        self.nav.setEnabled(False)
        self.nav.setCurrentRow(0)
        if settings is not None:
            geometry = settings.value("main/geometry")
            if isinstance(geometry, QByteArray):
                self.restoreGeometry(geometry)
        if ctx is not None:
            self.attach(ctx)

    def _opening_placeholder(self) -> QWidget:
        holder = QWidget()
        # No `Qt` namespace here: materialising it costs ~15 ms, and this shell must appear as fast as a
        # bare window. Stretches centre the busy message instead of alignment flags.
        column = QVBoxLayout(holder)
        column.addStretch()
        for widget in (QLabel(self.tr("Opening the database…")), QProgressBar()):
            row = QHBoxLayout()
            row.addStretch()
            row.addWidget(widget)
            row.addStretch()
            column.addLayout(row)
            if isinstance(widget, QProgressBar):
                widget.setRange(0, 0)
                widget.setFixedWidth(320)
            else:
                widget.setStyleSheet("color: #666; font-size: 15px;")
        column.addStretch()
        return holder

    def attach(self, ctx: AppContext) -> None:
        """Build the first page; the menus come once the database is open (`database_opened`, called here if it
        is), and the navigation once both are there. At start-up the roster may come first, with rows read
        before the database opened (ui/app.py). The areas' hooks are not loaded here (that held the UI thread
        ~0.4 s): the app loads them on the worker in idle time, and a page that needs them loads them."""
        self.ctx = ctx
        self.open_agent.connect(self.show_agent)
        self.nav.currentRowChanged.connect(self._show_row)
        module = next(a for a in self.areas if a.key == "roster").page_class.split(":")[0]
        if module in sys.modules:  # the app imported it on the worker, with the database
            if ctx.is_open:
                self._build_menus()
            self._first_page()
            return

        # A cold process (the app imports it on the worker first): Qt's namespace, then the page's modules
        # (~55 ms in all) in turns of their own after the shell's, the page in the next, the menus in the one
        # after, so that opening the window is short steps. Not on the runner: PySide6 builds
        # those enums on first use and not thread-safely, and the caller may be building widgets meanwhile.
        # Each step on a timer of 1 ms, not 0: a zero timer is a posted event, and Qt delivers the events posted
        # while it delivers posted events in the same pass, so the steps ran as one piece (~35 ms) with no input,
        # paint or timer between them.
        def namespace() -> None:  # PySide6 builds the Python enums of Qt's namespace when it is first imported
            from PySide6.QtCore import Qt  # noqa: F401  (about half of the page's import time, ~30–50 ms)

            QTimer.singleShot(1, self, load)

        def load() -> None:
            importlib.import_module(module)
            QTimer.singleShot(1, self, build)

        def build() -> None:
            self._first_page()
            if ctx.is_open:  # once the first rows are painted
                self.roster.after_rows_painted(lambda: self._build_menus() if isValid(self) else None)
        QTimer.singleShot(1, self, namespace)

    @property
    def roster(self) -> RosterPage:
        if self._roster is None:
            page = self.page("roster")
            page.status_message.disconnect()
            page.status_message.connect(self.count_label.setText)
            page.apply_filter()  # its first count was emitted before anyone listened
            self._roster = page  # type: ignore[assignment]
        return self._roster  # type: ignore[return-value]

    def _first_page(self) -> None:
        self.roster  # noqa: B018  (built, and its count shown in the status bar)
        self._show_row(self.nav.currentRow())
        self._open_navigation()

    def database_opened(self) -> None:
        """Every page can be built now: the menus (some name the database) appear, then the navigation opens.
        The caller queues no imports on the runner before this has run (see `attach`)."""
        self.roster.import_button.setEnabled(True)
        self._build_menus()

    def _open_navigation(self) -> None:
        if self._roster is not None and self.ctx is not None and self.ctx.is_open and self._menus_built:
            self.nav.setEnabled(True)

    def page(self, key: str) -> QWidget:
        """The area's page, built on first use."""
        if key in self.pages:
            return self.pages[key]
        assert self.ctx is not None
        index = next(i for i, area in enumerate(self.areas) if area.key == key)
        page = self.areas[index].page(self.ctx)
        if hasattr(page, "status_message"):
            page.status_message.connect(lambda text, key=key: self._page_message(key, text))
        if hasattr(page, "agent_activated"):
            page.agent_activated.connect(self.open_agent)
        old = self.stack.widget(index)
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(old)
        old.deleteLater()
        self.pages[key] = page
        return page

    def _page_message(self, key: str, text: str) -> None:
        self.messages[key] = text
        if self.stack.currentWidget() is self.pages.get(key):
            self.statusBar().showMessage(text)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = self.areas[row].key
        self.page(key)
        self.stack.setCurrentIndex(row)
        # A status message belongs to the page that set it: another page's count must not linger here.
        self.statusBar().clearMessage()
        self.count_label.setVisible(key == "roster")  # the roster's count is the roster's message too
        if self.messages.get(key):
            self.statusBar().showMessage(self.messages[key])

    def show_area(self, key: str) -> QWidget:
        page = self.page(key)
        self.nav.setCurrentRow(self.stack.indexOf(page))
        return page

    def show_agent(self, agent_id: int) -> None:
        if any(area.key == "agent" for area in self.areas):
            self.show_area("agent").show_agent(agent_id)  # type: ignore[attr-defined]

    def _build_menus(self) -> None:
        """The menus and their actions now; their shortcuts and the finder in the next turn of the event loop. The
        first shortcut a window registers makes PySide6 build Python enums for Qt's key types (20–50 ms), which
        with the menus was one piece of UI-thread work too long while the window opened."""
        assert self.ctx is not None
        self._shortcuts: list[tuple[QAction, QKeySequence | QKeySequence.StandardKey | str]] = []
        file_menu = self.file_menu
        self._action(file_menu, self.tr("Open database…"), self.open_database)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Import roster…"), lambda: self.roster.import_file(), "Ctrl+I")
        self._action(file_menu, self.tr("Export roster…"), lambda: self.roster.export_file(), "Ctrl+E")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Quit"), self.close, QKeySequence.StandardKey.Quit)

        undo = self.ctx.undo.createUndoAction(self, self.tr("Undo"))
        redo = self.ctx.undo.createRedoAction(self, self.tr("Redo"))
        self._shortcuts += [(undo, QKeySequence.StandardKey.Undo), (redo, QKeySequence.StandardKey.Redo)]
        self.edit_menu.addAction(undo)
        self.edit_menu.addAction(redo)
        self.edit_menu.addSeparator()
        self._action(self.edit_menu, self.tr("Add agent…"), lambda: self.roster.add_agent(), "Ctrl+N")
        self._action(self.edit_menu, self.tr("Settings…"), self.open_settings, QKeySequence.StandardKey.Preferences)

        help_menu = self.help_menu
        from ui.safety.menus import add_safety_actions  # File → Backup and restore, Help → Check database

        add_safety_actions(self, file_menu, help_menu)
        self._action(help_menu, self.tr("About"), self.show_about)
        for menu in (self.file_menu, self.edit_menu, self.help_menu):
            menu.setEnabled(True)
        self._menus_built = True
        self._open_navigation()
        QTimer.singleShot(0, self, self._finish_menus)

    def _finish_menus(self) -> None:
        for action, shortcut in self._shortcuts:
            action.setShortcut(QKeySequence(shortcut))
        from ui.finder import install as install_finder  # Ctrl+F finds any agent; every page's tables take keys

        install_finder(self, self.edit_menu)

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        if shortcut is not None:
            self._shortcuts.append((action, shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def open_database(self):  # type: ignore[no-untyped-def]
        """Choose another database (a file, or a shared server's URL); the app restarts on it and opens it at
        every start from then on (ui/safety/open_database_dialog.py)."""
        from ui.safety.open_database_dialog import OpenDatabaseDialog, split_password

        assert self.ctx is not None
        db = self.ctx.db
        dialog = OpenDatabaseDialog(split_password(db.url)[0] if db.url else str(db.path), self)
        dialog.accepted.connect(lambda: self.switch_database(*dialog.value()))
        dialog.open()
        return dialog

    def switch_database(self, where: str, password: str) -> None:
        """Remember `where` (never a password) for the next start, then close and start again on it once this
        window has let go of its database (the instance lock of a file)."""
        from PySide6.QtWidgets import QApplication

        from ui.safety.open_database_dialog import DATABASE_KEY, launch

        assert self.ctx is not None
        self.ctx.settings.setValue(DATABASE_KEY, where)
        self.ctx.settings.sync()
        self.pending_start = (where, password)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(lambda: launch(*self.pending_start) if self.pending_start else None)
        self.close()

    def open_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        assert self.ctx is not None
        SettingsDialog(self.ctx, self).exec()

    def about_text(self) -> str:
        from persistence.app_version import app_version

        assert self.ctx is not None
        return (self.tr("<b>Supervisor's Desk</b> %1<br>An offline workbench for contact-center supervisors."
                        "<br>Nothing leaves this computer.<br><br>Database: %2")
                .replace("%1", app_version()).replace("%2", self.ctx.db.location))

    def show_about(self) -> None:
        from PySide6.QtCore import Qt

        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About"), self.about_text(), parent=self)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.ctx is not None:
            self.ctx.settings.setValue("main/geometry", self.saveGeometry())
            self.ctx.runner.wait()
        super().closeEvent(event)
