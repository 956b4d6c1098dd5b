"""案例库: case reviews searched by any Chinese word (two characters work too) and filtered by topic."""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from domain.coaching import services
from domain.coaching.model import ActionItem, SessionKind, SessionRow
from domain.coaching.rules import normalise_tags
from domain.coaching.services import CaseLibrary
from ui.coaching.actions import edit_session, new_session, session_html
from ui.context import AppContext
from ui.list_table import Column, ListTableModel, make_table

COLUMNS: list[Column[SessionRow]] = [
    Column(QT_TRANSLATE_NOOP("CaseLibrary", "Date"), lambda r: r.session.held_on.isoformat(),
           lambda r: r.session.held_on, key="date"),
    Column(QT_TRANSLATE_NOOP("CaseLibrary", "Case"), lambda r: r.session.title, lambda r: r.session.title, key="case"),
    Column(QT_TRANSLATE_NOOP("CaseLibrary", "Agent"), lambda r: r.agent_name, lambda r: r.employee_no, key="agent"),
    Column(QT_TRANSLATE_NOOP("CaseLibrary", "Topics"), lambda r: "、".join(r.session.tags), lambda r: r.session.tags,
           key="topics"),
]


def highlight(html: str, words: tuple[str, ...]) -> str:
    """Mark each search word in already-escaped HTML text (never inside tags)."""
    if not words:
        return html
    pattern = re.compile("|".join(re.escape(escape(w)) for w in sorted(words, key=len, reverse=True)),
                         re.IGNORECASE)
    pieces = re.split(r"(<[^>]*>)", html)
    return "".join(p if p.startswith("<") else pattern.sub(
        lambda m: f"<span style='background:#ffe58f'>{m.group(0)}</span>", p) for p in pieces)


class CaseLibraryTab(QWidget):
    agent_activated = Signal(int)
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model: ListTableModel[SessionRow] = ListTableModel("CaseLibrary", COLUMNS, parent=self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search cases: 投诉, 退款, 情绪安抚 … (several words: all must match)"))
        self.search.setClearButtonEnabled(True)
        self.tag_filter = QComboBox()
        self.count = QLabel()
        self.add_button = QPushButton(self.tr("New case review"))
        self.table = make_table(self.model, "case")
        self.table.sortByColumn(self.model.column("date"), Qt.SortOrder.DescendingOrder)
        self.detail = QTextBrowser()
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.tag_filter)
        bar.addWidget(self.count)
        bar.addWidget(self.add_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([520, 480])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._timer.start)
        self.tag_filter.currentIndexChanged.connect(self.run_search)
        self.add_button.clicked.connect(self.add)
        self.table.doubleClicked.connect(self.edit_selected)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self._items: dict[int, list[ActionItem]] = {}
        self.refresh()

    def refresh(self) -> None:
        self.run_search()

    def run_search(self) -> None:
        """Topics and matching cases in one read, so the counts beside the topics match the list."""
        query, tag = self.search.text(), self.tag_filter.currentData() or None
        self.ctx.door.query(lambda uow: services.case_library(uow, query, tag), self._show, owner=self)

    def _show(self, library: CaseLibrary) -> None:
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All topics"), "")
        for tag, count in library.tags:
            self.tag_filter.addItem(f"{tag}（{count}）", tag)
        self.tag_filter.setCurrentIndex(max(0, self.tag_filter.findData(current or "")))
        self.tag_filter.blockSignals(False)
        rows = library.rows
        self._items = {}
        self.model.set_rows(rows)
        self.count.setText(self.tr("%1 cases").replace("%1", str(len(rows))))
        if rows:
            self.table.selectRow(0)
        self._show_selected()
        self.loaded.emit()

    def selected(self) -> SessionRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _show_selected(self) -> None:
        row = self.selected()
        if row is None:
            text = self.tr("No case matches. Try a shorter word, or another topic.") if self.search.text().strip() \
                else self.tr("No case reviews yet. Record one after the weekly case meeting.")
            self.detail.setHtml(f"<p style='color:#888'>{escape(text)}</p>")
            return
        session_id = row.session.id or 0
        if session_id in self._items:
            self.detail.setHtml(self.highlighted_html())
            return

        def show(found: tuple[object, list[ActionItem]]) -> None:
            self._items[session_id] = found[1]
            if self.selected() == row:  # the user may have moved on while this was read
                self.detail.setHtml(self.highlighted_html())

        self.ctx.door.query(lambda uow: services.get_session(uow, session_id), show,
                            failed=lambda exc, trace: None, owner=self)  # deleted meanwhile: the refresh follows

    def highlighted_html(self) -> str:
        """The selected case with the search words marked (its action items as last read)."""
        row = self.selected()
        if row is None:
            return ""
        html = session_html(row, self._items.get(row.session.id or 0, []), self.ctx.today().isoformat())
        return highlight(html, normalise_tags(self.search.text().replace('"', " ")))

    def add(self) -> None:
        new_session(self.ctx, self, kind=SessionKind.CASE_REVIEW)  # the door's notice refreshes the page

    def edit_selected(self) -> None:
        row = self.selected()
        if row is not None:
            edit_session(self.ctx, self, row.session.id or 0)
