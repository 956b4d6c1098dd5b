"""Drive real widgets the way a user does and count the actions (issue 24): clicks, keys other than typed
text, menu choices, confirmations; a file dialog counts 1. Typed text goes to whichever widget has focus —
as an input method would deliver it — so a flow that types into the wrong box fails."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QInputMethodEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMenu, QWidget


class Flow:
    def __init__(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.actions = 0
        self.failures: list[BaseException] = []
        self.checked = False

    # --- counted ----------------------------------------------------------------------------------------
    def click(self, widget: QWidget, button: Qt.MouseButton = Qt.MouseButton.LeftButton,
              pos: QPoint | None = None) -> None:
        self.actions += 1
        pos = pos if pos is not None else widget.rect().center()
        self.qtbot.mouseClick(widget, button, pos=pos)
        if button == Qt.MouseButton.RightButton:  # the platform turns a right click into a menu request
            QApplication.sendEvent(widget, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos,
                                                             widget.mapToGlobal(pos)))

    def click_row(self, view: QAbstractItemView, row: int, button: Qt.MouseButton = Qt.MouseButton.LeftButton) -> None:
        self.click(view.viewport(), button, view.visualRect(view.model().index(row, 0)).center())

    def key(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.actions += 1
        self.qtbot.keyClick(self.focus(), key, modifiers)

    def choose(self, menu: QMenu, text: str) -> None:
        """A menu choice (the menu is already open: the click or key that opened it was counted)."""
        self.actions += 1
        action = next((a for a in menu.actions() if a.text() == text), None)
        assert action is not None, [a.text() for a in menu.actions()]
        assert action.isEnabled(), text
        menu.setActiveAction(action)
        self.qtbot.keyClick(menu, Qt.Key.Key_Return)

    # --- free -------------------------------------------------------------------------------------------
    def type(self, text: str) -> None:
        widget = self.focus()
        if text.isascii():
            self.qtbot.keyClicks(widget, text)
        else:  # QTest aborts on non-Latin-1 keys; Chinese arrives from the input method as committed text
            event = QInputMethodEvent("", [])
            event.setCommitString(text)
            QApplication.sendEvent(widget, event)

    def show(self, window: QWidget) -> None:
        """Show a window and give it the keyboard, as opening it on a desktop does."""
        self.qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        self.qtbot.waitUntil(window.isActiveWindow)

    @staticmethod
    def focus() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    # --- modal windows: act on them from inside their exec() --------------------------------------------
    def when(self, find: Callable[[], QWidget | None], act: Callable) -> None:  # type: ignore[type-arg]
        """Run `act(window)` once `find()` returns it (a modal dialog or a popup menu opened by the next
        counted action); a failure closes it so exec() returns, and `check()` re-raises it."""
        deadline = time.monotonic() + 10

        def poll() -> None:
            if self.checked:  # the test has moved on: never act on a later test's window
                return
            window = find()
            if window is not None and window.isVisible() and not window.isActiveWindow():
                window.activateWindow()  # what the window manager does when a dialog opens
            if window is None or not window.isVisible() or not window.isActiveWindow():
                if time.monotonic() < deadline:
                    QTimer.singleShot(10, poll)
                else:
                    self.failures.append(AssertionError("the expected window never opened"))
                return
            try:
                act(window)
            except BaseException as exc:
                self.failures.append(exc)
                window.close()
        QTimer.singleShot(0, poll)

    def when_dialog(self, cls: type, act: Callable) -> None:  # type: ignore[type-arg]
        self.when(lambda: w if isinstance(w := QApplication.activeModalWidget(), cls) else None, act)

    def when_menu(self, act: Callable) -> None:  # type: ignore[type-arg]
        self.when(lambda: w if isinstance(w := QApplication.activePopupWidget(), QMenu) else None, act)

    def check(self) -> None:
        self.qtbot.wait(30)  # let a poll that found nothing report it
        self.checked = True
        if self.failures:
            raise self.failures.pop()
