"""Ctrl+F from anywhere (issue 24): a small window that finds any agent by any part of the name, 工号 or phone,
or by the pinyin initials of the name, and opens the profile — Ctrl+F, type, Enter. `install` also makes every
page's tables keyboard-friendly as the pages are built (ui/list_table.keyboard_table)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from domain.roster import services as roster
from domain.roster.finder import find_agents
from domain.roster.model import AgentData, Status
from ui.context import AppContext
from ui.list_table import keyboard_table

_MOVES = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10, Qt.Key.Key_PageUp: -10}


class FinderDialog(QDialog):
    """Type, and the best match is already selected: Enter opens it; arrows choose another."""

    def __init__(self, agents: list[AgentData], open_agent: Callable[[int], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._agents, self._open = agents, open_agent
        self.ready = bool(agents)  # False until the agents arrive from the door
        self.setWindowTitle(self.tr("Find an agent"))
        self.setMinimumSize(460, 360)
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Name, employee no., phone or pinyin initials"))
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the box; arrows move the choice
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #666;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        self.query.textChanged.connect(self._search)
        self.query.installEventFilter(self)
        self.results.itemActivated.connect(lambda _item: self.open_current())
        self.results.itemClicked.connect(lambda _item: self.open_current())
        self._search("")
        self.query.setFocus()

    def set_agents(self, agents: list[AgentData]) -> None:
        """The agents arrive from the door a moment after the dialog opens; what was typed meanwhile counts."""
        self._agents, self.ready = agents, True
        self._search(self.query.text())

    def _search(self, text: str) -> None:
        self.results.clear()
        matches = find_agents(self._agents, text)
        for match in matches:
            a = match.agent
            left = self.tr(" · left") if a.status is not Status.ACTIVE else ""
            item = QListWidgetItem(f"{a.name}　{a.employee_no} · {a.team}{left}")
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            if a.status is not Status.ACTIVE:
                item.setForeground(Qt.GlobalColor.gray)
            self.results.addItem(item)
        if matches:
            self.results.setCurrentRow(0)
        self.hint.setText(self.tr("Enter opens the profile · ↑↓ choose · Esc closes") if matches else
                          self.tr("No agent matches.") if text.strip() else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.query and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = _MOVES.get(Qt.Key(event.key()))
            if step is not None and self.results.count():
                row = min(max(self.results.currentRow() + step, 0), self.results.count() - 1)
                self.results.setCurrentRow(row)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
        return False

    def open_current(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        self.accept()
        self._open(int(item.data(Qt.ItemDataRole.UserRole)))


def open_finder(ctx: AppContext, parent: QWidget, open_agent: Callable[[int], None]) -> FinderDialog:
    dialog = FinderDialog([], open_agent, parent)
    dialog.open()  # window-modal, returns at once: the caller's event loop goes on
    ctx.door.query(lambda uow: [r.agent for r in roster.list_roster(uow, ctx.today())], dialog.set_agents,
                   owner=dialog)
    return dialog


class _PageTables(QObject):
    """Applies keyboard_table to every table of a page the first time the page is shown, so pages that build
    a plain QTableView get Tab-out and Enter too."""

    def __init__(self, stack: QWidget) -> None:
        super().__init__(stack)
        self.stack = stack
        stack.currentChanged.connect(self.apply)  # type: ignore[attr-defined]

    def apply(self, index: int = -1) -> None:
        page = self.stack.widget(index) if index >= 0 else self.stack.currentWidget()  # type: ignore[attr-defined]
        if page is not None:
            for view in page.findChildren(QAbstractItemView):
                # a combo box's or completer's list lives in a popup that handles Enter itself
                if view.window().windowType() != Qt.WindowType.Popup:
                    keyboard_table(view)


def install(window, menu: QMenu) -> QAction:  # type: ignore[no-untyped-def]
    """Called once by the main window: Ctrl+F in `menu`, keyboard tables on every page."""
    action = QAction(QCoreApplication.translate("FinderDialog", "Find agent…"), window)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda: open_finder(window.ctx, window, window.open_agent.emit))
    menu.addAction(action)
    window.addAction(action)
    tables = _PageTables(window.stack)
    tables.apply()
    return action
