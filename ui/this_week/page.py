"""本周待办: overdue items first, then what falls due by Sunday, from every area's registered source."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from domain.coaching.rules import week_end
from domain.ports import Job
from domain.this_week import TodoItem, this_week
from shared.words import area_word, todo_word
from ui.areas import todo_actions
from ui.context import AppContext
from ui.door import Touched, out_of_sight
from ui.list_table import OVERDUE, Column, ListTableModel, keyboard_table, make_table

WEEKDAYS = (
    QT_TRANSLATE_NOOP("ThisWeekPage", "Mon"), QT_TRANSLATE_NOOP("ThisWeekPage", "Tue"),
    QT_TRANSLATE_NOOP("ThisWeekPage", "Wed"), QT_TRANSLATE_NOOP("ThisWeekPage", "Thu"),
    QT_TRANSLATE_NOOP("ThisWeekPage", "Fri"), QT_TRANSLATE_NOOP("ThisWeekPage", "Sat"),
    QT_TRANSLATE_NOOP("ThisWeekPage", "Sun"),
)
TODAY_COLOUR = QColor("#1f6fb2")


def when_text(due: date, today: date) -> str:
    if due < today:
        return QCoreApplication.translate("ThisWeekPage", "%1 days overdue").replace("%1", str((today - due).days))
    if due == today:
        return QCoreApplication.translate("ThisWeekPage", "Today")
    return QCoreApplication.translate("ThisWeekPage", WEEKDAYS[due.weekday()])


def detail_text(item: TodoItem) -> str:
    if (item.area, item.kind) == ("coaching", "one_on_one_due"):
        if not item.detail:
            return QCoreApplication.translate("ThisWeekPage", "No 1:1 yet")
        return QCoreApplication.translate("ThisWeekPage", "Last 1:1 on %1").replace("%1", item.detail)
    if (item.area, item.kind) == ("performance", "improvement_plan_due"):
        from shared.performance_figures import weak_result_text
        return weak_result_text(item.detail)
    return item.detail


# Every area that feeds 本周待办, and the roster (names, leavers): a change to any refreshes the list.
TOPICS = {"agents", "coaching", "mentoring", "care", "recruiting", "training", "settings", "kpi"}


class ThisWeekPage(QWidget):
    agent_activated = Signal(int)
    loaded = Signal()  # the week's items arrived and are shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        today = ctx.today
        columns: list[Column[TodoItem]] = [
            Column(QT_TRANSLATE_NOOP("ThisWeekPage", "Due"), lambda i: i.due.isoformat(), lambda i: i.due, key="due"),
            Column(QT_TRANSLATE_NOOP("ThisWeekPage", "When"), lambda i: when_text(i.due, today()), lambda i: i.due,
                   key="when"),
            Column(QT_TRANSLATE_NOOP("ThisWeekPage", "Area"), lambda i: area_word(i.area), lambda i: i.area,
                   key="area"),
            Column(QT_TRANSLATE_NOOP("ThisWeekPage", "To do"), lambda i: todo_word(i.area, i.kind),
                   lambda i: (i.area, i.kind), key="to_do"),
            Column(QT_TRANSLATE_NOOP("ThisWeekPage", "Agent"), lambda i: i.agent_name, lambda i: i.agent_name,
                   key="agent"),
            Column(QT_TRANSLATE_NOOP("ThisWeekPage", "Details"), detail_text, lambda i: i.detail, key="details"),
        ]
        self.model: ListTableModel[TodoItem] = ListTableModel(
            "ThisWeekPage", columns,
            lambda i: OVERDUE if i.overdue(today()) else TODAY_COLOUR if i.due == today() else None, self)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.summary = QLabel()
        self.action_button = QPushButton()
        self.profile_button = QPushButton(self.tr("View profile"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.table = make_table(self.model, "details", sortable=False)  # overdue first, as the domain orders it
        self.empty_hint = QLabel(self.tr("Nothing is due this week. Well done."))
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setStyleSheet("color: #666; font-size: 15px; padding: 40px;")
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(16)
        top.addWidget(self.summary)
        top.addStretch()
        top.addWidget(self.action_button)
        top.addWidget(self.profile_button)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        self.action_button.clicked.connect(self.act_on_selected)
        self.profile_button.clicked.connect(self._open_profile)
        self.refresh_button.clicked.connect(self.refresh)
        self.table.doubleClicked.connect(self._open_profile)
        keyboard_table(self.table, [self.action_button, self.profile_button])  # the row menu (issue 24)
        self.table.selectionModel().selectionChanged.connect(self._sync)
        self._request = 0
        ctx.door.changed.connect(self._changed)
        self._fresh = True  # loaded as it is built: the first show need not load again
        self.refresh()

    def _changed(self, touched: Touched) -> None:
        if touched.concerns(TOPICS):
            if out_of_sight(self):
                self._fresh = False  # showEvent catches up
            else:
                self.refresh()

    def refresh(self) -> None:
        today = self.ctx.today()
        monday = today - timedelta(days=today.weekday())
        self.heading.setText(self.tr("Week of %1 – %2").replace("%1", monday.strftime("%m-%d"))
                             .replace("%2", week_end(today).strftime("%m-%d")))
        self._request += 1
        request = self._request
        # Every area's sources over the whole centre (seconds of Python): in the second process when it is up.
        self.ctx.door.apart(Job.query(this_week, today), lambda items: self._show(items, today, request),
                            owner=self)

    def _show(self, items: list[TodoItem], today: date, request: int) -> None:
        if request != self._request:  # a newer refresh supersedes this answer
            return
        self.model.set_rows(items)
        overdue = sum(i.overdue(today) for i in items)
        self.summary.setText(self.tr("%1 overdue · %2 due this week").replace("%1", str(overdue))
                             .replace("%2", str(len(items) - overdue)))
        self.summary.setStyleSheet(f"color: {OVERDUE.name()};" if overdue else "color: #444;")
        self.empty_hint.setVisible(not items)
        self.table.setVisible(bool(items))
        self._sync()
        self.loaded.emit()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        # The week may have turned; and pages not yet on the door change data without a notice.
        if not self._fresh:
            self.refresh()
        self._fresh = False
        super().showEvent(event)

    def selected(self) -> TodoItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _sync(self) -> None:
        item = self.selected()
        action = todo_actions().get((item.area, item.kind)) if item else None
        self.action_button.setVisible(action is not None)
        if action is not None:
            self.action_button.setText(QCoreApplication.translate("ThisWeekActions", action.title))
        self.profile_button.setEnabled(item is not None and item.agent_id is not None)

    def act_on_selected(self) -> None:
        item = self.selected()
        action = todo_actions().get((item.area, item.kind)) if item else None
        if item is not None and action is not None and action.run(self.ctx, self, item):
            self.refresh()

    def _open_profile(self) -> None:
        item = self.selected()
        if item is not None and item.agent_id is not None:
            self.agent_activated.emit(item.agent_id)
