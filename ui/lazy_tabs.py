"""Tabs built when first shown (issue 17's stall target). A page with four or five tabs built every tab's widgets,
and loaded every tab's data, in its constructor on the UI thread: 50–90 ms of a first opening, plus rendering
answers (a mentor's outcomes, every exam) for tabs the supervisor may never open. Here the shown tab is built
at once and each other tab when it is first shown; code that reads a tab not yet built (a test, another page)
builds it on the spot, so nothing needs to know which tabs exist yet."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTabWidget, QVBoxLayout, QWidget

from ui.list_table import keyboard_table


class LazyTabs(QTabWidget):
    """`add(factory, title)` instead of `addTab(widget, title)`. Each tab's page in the QTabWidget is a holder
    that receives the built widget; `indexOf` and `setCurrentWidget` accept the built widget as well."""

    built = Signal(int, QWidget)  # (index, the tab's widget) once it is built

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factories: list[Callable[[], QWidget]] = []
        self._holders: list[QWidget] = []
        self._made: list[QWidget | None] = []
        self.currentChanged.connect(self._shown)

    def add(self, factory: Callable[[], QWidget], title: str) -> int:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        self._factories.append(factory)
        self._holders.append(holder)
        self._made.append(None)
        index = self.addTab(holder, title)  # the first tab becomes current here, and so is built at once
        if self.currentIndex() == index and self._made[index] is None:
            self.tab(index)
        return index

    def tab(self, index: int) -> QWidget:
        """The tab's widget, built now if it was not yet."""
        made = self._made[index]
        if made is None:
            made = self._made[index] = self._factories[index]()
            self._holders[index].layout().addWidget(made)
            made.show()  # a child added to a parent already on screen stays hidden until told
            for view in made.findChildren(QAbstractItemView):
                # what the window does to a page's tables when the page is shown (ui/finder.py), for tables
                # that did not exist then; a combo box's list lives in a popup that handles Enter itself
                if view.window().windowType() != Qt.WindowType.Popup:
                    keyboard_table(view)
            self.built.emit(index, made)
        return made

    def is_built(self, index: int) -> bool:
        return self._made[index] is not None

    def built_tabs(self) -> Iterator[QWidget]:
        return (made for made in self._made if made is not None)

    def _shown(self, index: int) -> None:
        if 0 <= index < len(self._made):
            self.tab(index)

    def indexOf(self, widget: Any) -> int:  # noqa: N802 (Qt override: the built widget names its tab too)
        for i, made in enumerate(self._made):
            if made is widget:
                return i
        return super().indexOf(widget)

    def setCurrentWidget(self, widget: Any) -> None:  # noqa: N802 (Qt override)
        index = self.indexOf(widget)
        if index >= 0:
            self.setCurrentIndex(index)

    def currentWidget(self) -> QWidget:  # noqa: N802 (Qt override: the tab's widget, not its holder)
        index = self.currentIndex()
        return self.tab(index) if 0 <= index < len(self._made) else super().currentWidget()
