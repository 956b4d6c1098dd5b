"""Collect every text a user can see in a widget tree, and judge it for one language.

Used by the two-language smoke test: in Chinese, a text with Latin words and no Chinese (or with plain
English words inside Chinese) is an untranslated string; in English, Chinese outside the data is one."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]+")
TAG = re.compile(r"<[^>]+>|&[a-z]+;")
# Words and shapes that are the same in both languages: abbreviations the team uses, file names and paths,
# employee numbers, units, keys and database URLs.
ALLOWED = re.compile(
    r"""(?x)
      \b(?:KPI|EAP|ID|AHT|HR|HQ|IM|CSV|Excel|xlsx|xlsm|xls|csv|txt|sqlite|SQLite|PNG|FCR|CSAT|QA|VIP|OK|
           English|Ctrl|Shift|Alt|Del|Esc|Enter|Tab|PIPL|AES|GCM|PDF|YYYY|MM|DD|HH|Supervisor'?s\s+Desk)\b
    | \b1:1\b
    | (?:[A-Za-z]:)?[\\/][^\s，。；：、（）()]+        # paths
    | \b[a-z][a-z0-9+.-]*://[^\s，。；：、（）()]+      # database URLs (postgresql+psycopg://…), like paths
    | [\w.-]+\.(?:xlsx|xlsm|xls|csv|txt|sqlite|png|log|ini)\b
    | \b[A-Z]{1,4}\d{2,}\b                           # employee numbers such as KF00031
    | \b\d+(?:[.:]\d+)*\s?(?:s|ms|h|min|KB|MB|GB|x|pp)?\b
    """
)
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
ENGLISH_WORD = re.compile(r"\b[a-z]{3,}\b")


def _texts_of(widget: QWidget) -> Iterator[str]:
    if widget.toolTip():
        yield widget.toolTip()
    if widget.isWindow() and widget.windowTitle():
        yield widget.windowTitle()
    if isinstance(widget, QLabel | QAbstractButton):
        yield widget.text()
    elif isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    elif isinstance(widget, QTextEdit | QPlainTextEdit):
        yield widget.placeholderText()
        if widget.isReadOnly():  # a read-only pane shows the app's words around the data
            yield from widget.toPlainText().splitlines()[:60]
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(min(widget.count(), 40)))
    elif isinstance(widget, QTabWidget):
        yield from (widget.tabText(i) for i in range(widget.count()))
        yield from (widget.tabToolTip(i) for i in range(widget.count()))
    elif isinstance(widget, QListWidget):
        yield from (widget.item(i).text() for i in range(min(widget.count(), 40)))
    elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QListView):
        model = widget.model()
        if model is not None:
            for column in range(model.columnCount(QModelIndex())):
                yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                yield str(model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) or "")
    if isinstance(widget, QMainWindow):
        yield widget.statusBar().currentMessage()
        for action in widget.menuBar().actions():
            yield from _menu_texts(action.menu(), action.text())


def _menu_texts(menu: QMenu | None, title: str) -> Iterator[str]:
    yield title
    if menu is not None:
        for action in menu.actions():
            yield action.text()
            yield action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""
            if action.menu() is not None:
                yield from _menu_texts(action.menu(), "")


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(widget class, text) for root and every visible child, menus and item-view headers included."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        for text in _texts_of(widget):
            plain = TAG.sub(" ", text or "").replace("&&", "&").replace("&", "").strip()
            if plain:
                found.append((type(widget).__name__, plain))
    return found


def _without_allowed(text: str, data: Iterable[str] = ()) -> str:
    for value in data:
        if value and value in text:
            text = text.replace(value, " ")
    return ALLOWED.sub(" ", text)


def not_chinese(text: str, data: Iterable[str] = ()) -> bool:
    """A Chinese interface shows no English: no Latin-only text, and no English words inside Chinese."""
    rest = _without_allowed(text, data)
    if not CJK.search(rest):
        return bool(LATIN_WORD.search(rest))
    return bool(ENGLISH_WORD.search(rest))


def not_english(text: str, data_blob: str) -> bool:
    """An English interface shows Chinese only where it shows the user's own data."""
    return any(run not in data_blob for run in CJK_RUN.findall(text))
