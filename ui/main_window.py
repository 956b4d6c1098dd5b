"""The main window: a navigation list of the areas that exist, one page each, menus and a status bar."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from ui.areas import AREAS
from ui.context import AppContext
from ui.settings_dialog import SettingsDialog

VERSION = "0.1.0"


class MainWindow(QMainWindow):
    # Any page may ask to show one agent (an agent page, when that area exists, listens).
    open_agent = Signal(int)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("Supervisor's Desk") + f" — {ctx.db.path.name}")
        self.resize(1280, 760)
        self.nav = QListWidget()
        self.nav.setFixedWidth(150)
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
        self.statusBar().addPermanentWidget(QLabel(str(ctx.db.path)))

        self.pages: dict[str, QWidget] = {}
        for area in AREAS:
            page = area.page(ctx)
            self.pages[area.key] = page
            if hasattr(page, "status_message"):
                page.status_message.connect(self.statusBar().showMessage)
            if hasattr(page, "agent_activated"):
                page.agent_activated.connect(self.open_agent)
            self.add_page(QCoreApplication.translate("Areas", area.title), page)
        self.roster = self.pages["roster"]
        self.roster.status_message.disconnect(self.statusBar().showMessage)
        self.roster.status_message.connect(self.count_label.setText)
        self.roster.apply_filter()  # its first count was emitted before anyone listened
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)
        self._build_menus()
        geometry = ctx.settings.value("main/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)

    def add_page(self, title: str, page: QWidget) -> None:
        self.nav.addItem(title)
        self.stack.addWidget(page)

    def show_area(self, key: str) -> QWidget:
        page = self.pages[key]
        self.nav.setCurrentRow(self.stack.indexOf(page))
        return page

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("Import roster…"), self.roster.import_file, "Ctrl+I")
        self._action(file_menu, self.tr("Export roster…"), self.roster.export_file, "Ctrl+E")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.ctx.undo.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.ctx.undo.createRedoAction(self, self.tr("Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        self._action(edit_menu, self.tr("Add agent…"), self.roster.add_agent, "Ctrl+N")
        self._action(edit_menu, self.tr("Settings…"), self.open_settings, QKeySequence.StandardKey.Preferences)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        from ui.safety.menus import add_safety_actions  # File → Backup and restore, Help → Check database

        add_safety_actions(self, file_menu, help_menu)
        self._action(help_menu, self.tr("About"), self.show_about)

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def open_settings(self) -> None:
        SettingsDialog(self.ctx, self).exec()

    def about_text(self) -> str:
        return (self.tr("<b>Supervisor's Desk</b> %1<br>An offline workbench for contact-center supervisors."
                        "<br>Nothing leaves this computer.<br><br>Database: %2")
                .replace("%1", VERSION).replace("%2", str(self.ctx.db.path)))

    def show_about(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About"), self.about_text(), parent=self)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.settings.setValue("main/geometry", self.saveGeometry())
        self.ctx.runner.wait()
        super().closeEvent(event)
