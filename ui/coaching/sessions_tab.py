"""辅导记录: every session, newest first, filtered by kind and name, with the selected one in full."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from domain.coaching import services
from domain.coaching.model import ActionItem, SessionKind, SessionRow
from domain.errors import DomainError
from shared.messages import describe
from shared.words import label
from ui.coaching.actions import edit_session, new_session, session_html
from ui.coaching.labels import mood_word
from ui.context import AppContext
from ui.door import Touched, show_failure
from ui.list_table import OVERDUE, Column, ListTableModel, Prepared, keyboard_table, make_table

COLUMNS: list[Column[SessionRow]] = [
    Column(QT_TRANSLATE_NOOP("SessionsTab", "Date"), lambda r: r.session.held_on.isoformat(),
           lambda r: (r.session.held_on, r.session.id or 0), key="date"),
    Column(QT_TRANSLATE_NOOP("SessionsTab", "Kind"), lambda r: label(r.session.kind), lambda r: r.session.kind,
           key="kind"),
    Column(QT_TRANSLATE_NOOP("SessionsTab", "Agent"), lambda r: r.agent_name, lambda r: r.employee_no, key="agent"),
    Column(QT_TRANSLATE_NOOP("SessionsTab", "Team"), lambda r: r.team, lambda r: r.team, key="team"),
    Column(QT_TRANSLATE_NOOP("SessionsTab", "Subject"),
           lambda r: r.session.title or r.session.improve.split("\n")[0][:40], lambda r: r.session.title,
           key="subject"),
    Column(QT_TRANSLATE_NOOP("SessionsTab", "Mood"), lambda r: mood_word(r.session.mood),
           lambda r: r.session.mood or 0, key="mood"),
    Column(QT_TRANSLATE_NOOP("SessionsTab", "Open items"), lambda r: str(r.open_items or ""), lambda r: r.open_items,
           key="open_items"),
]


@dataclass(frozen=True)
class NameFilter:
    """The search box: a session shows when its agent's name or employee no. holds the text."""
    needle: str

    def accepts(self, row: SessionRow) -> bool:
        return self.needle in row.agent_name.casefold() or self.needle in row.employee_no.casefold()



class SessionsTab(QWidget):
    agent_activated = Signal(int)
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        today = ctx.today()
        self.model: ListTableModel[SessionRow] = ListTableModel(
            "SessionsTab", COLUMNS,
            lambda r: OVERDUE if r.next_due is not None and r.next_due < today else None, self,
            sort="date", order=Qt.SortOrder.DescendingOrder)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("All kinds"), "")
        for kind in SessionKind:
            self.kind_filter.addItem(label(kind), kind.value)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by agent name or employee no."))
        self.search.setClearButtonEnabled(True)
        self.add_button = QPushButton(self.tr("New session"))
        self.edit_button = QPushButton(self.tr("Edit"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.profile_button = QPushButton(self.tr("View profile"))
        self.table = make_table(self.model, "subject")
        self.table.sortByColumn(self.model.column("date"), Qt.SortOrder.DescendingOrder)
        self.detail = QTextBrowser()
        self.empty_hint = QLabel(self.tr("No coaching sessions yet. Record a 1:1 to start."))
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setStyleSheet("color: #666; font-size: 15px; padding: 40px;")

        bar = QHBoxLayout()
        bar.addWidget(self.kind_filter)
        bar.addWidget(self.search, 1)
        for button in (self.add_button, self.edit_button, self.delete_button, self.profile_button):
            bar.addWidget(button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([420, 220])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.empty_hint)
        layout.addWidget(splitter, 1)

        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._timer.start)
        self.kind_filter.currentIndexChanged.connect(self.refresh)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.profile_button.clicked.connect(self._open_profile)
        self.table.doubleClicked.connect(self.edit_selected)
        keyboard_table(self.table, [self.edit_button, self.delete_button, self.profile_button])
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.refresh()

    def refresh(self) -> None:
        kind = SessionKind(self.kind_filter.currentData()) if self.kind_filter.currentData() else None
        needle = self.search.text().strip().casefold()
        self.model.filter = NameFilter(needle) if needle else None
        # Filtered and sorted on the worker: 150,000 sessions sorted on the UI thread held it ~150 ms.
        prepare = self.model.preparer()
        self.ctx.door.query(lambda uow: prepare(services.list_sessions(uow, kind=kind)), self._show, owner=self)

    def _show(self, rows: Prepared[SessionRow]) -> None:
        self.model.show(rows)
        self.empty_hint.setVisible(not rows.rows and self.model.filter is None and not self.kind_filter.currentData())
        self._show_selected()
        self.loaded.emit()

    def selected(self) -> SessionRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _show_selected(self) -> None:
        row = self.selected()
        for button in (self.edit_button, self.delete_button, self.profile_button):
            button.setEnabled(row is not None)
        if row is None:
            hint = self.tr("Select a session to read it in full.")  # outside the f-string, where lupdate sees it
            self.detail.setHtml(f"<p style='color:#888'>{hint}</p>")
            return
        today = self.ctx.today().isoformat()

        def show(found: tuple[object, list[ActionItem]]) -> None:
            if self.selected() == row:  # the user may have moved on while this was read
                self.detail.setHtml(session_html(row, found[1], today))

        self.ctx.door.query(lambda uow: services.get_session(uow, row.session.id or 0), show,
                            failed=lambda exc, trace: None, owner=self)  # deleted meanwhile: the refresh follows

    def add(self) -> None:
        new_session(self.ctx, self)  # the door's notice refreshes the page

    def edit_selected(self) -> None:
        row = self.selected()
        if row is not None:
            edit_session(self.ctx, self, row.session.id or 0)

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete session"),
            self.tr("Delete the %1 with %2 on %3, with its action items?")
            .replace("%1", label(row.session.kind)).replace("%2", row.agent_name)
            .replace("%3", row.session.held_on.isoformat()))
        if answer != QMessageBox.StandardButton.Yes:
            return

        def failed(exc: BaseException, trace: str) -> None:
            if not isinstance(exc, DomainError):
                show_failure(exc, trace)
                return
            QMessageBox.warning(self, self.tr("Could not delete"), describe(exc.code))
            self.refresh()

        session_id = row.session.id or 0
        self.ctx.door.change(lambda uow: services.delete_session(uow, session_id), lambda _: None, failed=failed,
                             touches=Touched.of("coaching", agents=[row.session.agent_id]), owner=self)

    def _open_profile(self) -> None:
        row = self.selected()
        if row is not None:
            self.agent_activated.emit(row.session.agent_id)
