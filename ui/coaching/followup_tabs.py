"""行动项 (open promises, overdue in red) and 一对一节奏 (days since each agent's last 1:1)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from domain.coaching import services
from domain.coaching.model import ActionItemRow, CadenceRow, SessionKind
from domain.coaching.services import CadenceView
from shared.words import label
from ui.coaching.actions import new_session
from ui.context import AppContext
from ui.door import Touched
from ui.list_table import MUTED, OVERDUE, Column, ListTableModel, keyboard_table, make_table


def _item_state(row: ActionItemRow, today: date) -> str:
    if row.item.done_on:
        return QCoreApplication.translate("ActionItemsTab", "Done %1").replace("%1", row.item.done_on.isoformat())
    if row.item.overdue(today):
        late = (today - row.item.due_on).days
        return QCoreApplication.translate("ActionItemsTab", "Overdue %1 days").replace("%1", str(late))
    return QCoreApplication.translate("ActionItemsTab", "Open")


class ActionItemsTab(QWidget):
    agent_activated = Signal(int)
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        today = ctx.today()
        columns: list[Column[ActionItemRow]] = [
            Column(QT_TRANSLATE_NOOP("ActionItemsTab", "Due"), lambda r: r.item.due_on.isoformat(),
                   lambda r: r.item.due_on, key="due"),
            Column(QT_TRANSLATE_NOOP("ActionItemsTab", "Agent"), lambda r: r.agent_name, lambda r: r.agent_name,
                   key="agent"),
            Column(QT_TRANSLATE_NOOP("ActionItemsTab", "Action item"), lambda r: r.item.text, lambda r: r.item.text,
                   key="action_item"),
            Column(QT_TRANSLATE_NOOP("ActionItemsTab", "Owner"), lambda r: r.item.owner, lambda r: r.item.owner,
                   key="owner"),
            Column(QT_TRANSLATE_NOOP("ActionItemsTab", "From"),
                   lambda r: f"{label(r.session_kind)} · {r.held_on.isoformat()}", lambda r: r.held_on, key="from"),
            Column(QT_TRANSLATE_NOOP("ActionItemsTab", "Status"), lambda r: _item_state(r, today),
                   lambda r: (r.item.done_on is not None, r.item.due_on), key="status"),
        ]
        self.model: ListTableModel[ActionItemRow] = ListTableModel(
            "ActionItemsTab", columns,
            lambda r: MUTED if r.item.done_on else OVERDUE if r.item.overdue(today) else None, self)
        self.show_done = QCheckBox(self.tr("Show done items"))
        self.summary = QLabel()
        self.done_button = QPushButton(self.tr("Mark done"))
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.table = make_table(self.model, "action_item")
        self.table.sortByColumn(self.model.column("due"), Qt.SortOrder.AscendingOrder)
        bar = QHBoxLayout()
        bar.addWidget(self.summary)
        bar.addStretch()
        bar.addWidget(self.show_done)
        bar.addWidget(self.done_button)
        bar.addWidget(self.reopen_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.show_done.toggled.connect(self.refresh)
        self.done_button.clicked.connect(lambda: self._set_done(True))
        self.reopen_button.clicked.connect(lambda: self._set_done(False))
        self.table.doubleClicked.connect(self._open_profile)
        keyboard_table(self.table, [self.done_button, self.reopen_button, None,
                                    (self.tr("View profile"), self._open_profile)])
        self.table.selectionModel().selectionChanged.connect(self._sync)
        self.refresh()

    def refresh(self) -> None:
        open_only = not self.show_done.isChecked()
        self.ctx.door.query(lambda uow: services.list_action_items(uow, open_only=open_only), self._show, owner=self)

    def _show(self, rows: list[ActionItemRow]) -> None:
        self.model.set_rows(rows)
        today = self.ctx.today()
        open_rows = [r for r in rows if r.item.done_on is None]
        self.summary.setText(self.tr("%1 open · %2 overdue").replace("%1", str(len(open_rows)))
                             .replace("%2", str(sum(r.item.overdue(today) for r in open_rows))))
        self._sync()
        self.loaded.emit()

    def selected(self) -> ActionItemRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _sync(self) -> None:
        row = self.selected()
        self.done_button.setEnabled(row is not None and row.item.done_on is None)
        self.reopen_button.setEnabled(row is not None and row.item.done_on is not None)

    def _set_done(self, done: bool) -> None:
        row = self.selected()
        if row is None or row.item.id is None:
            return
        item_id, done_on = row.item.id, self.ctx.today() if done else None
        self.done_button.setEnabled(False)
        self.reopen_button.setEnabled(False)
        self.ctx.door.change(lambda uow: services.set_item_done(uow, item_id, done_on), lambda _: None,
                             touches=Touched.of("coaching", agents=[row.agent_id]), owner=self)

    def _open_profile(self) -> None:
        row = self.selected()
        if row is not None:
            self.agent_activated.emit(row.agent_id)


def _days_text(row: CadenceRow) -> str:
    if row.days_since is None:
        return QCoreApplication.translate("CadenceTab", "never")
    return str(row.days_since)


class CadenceTab(QWidget):
    agent_activated = Signal(int)
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        columns: list[Column[CadenceRow]] = [
            Column(QT_TRANSLATE_NOOP("CadenceTab", "Agent"), lambda r: r.agent_name, lambda r: r.employee_no,
                   key="agent"),
            Column(QT_TRANSLATE_NOOP("CadenceTab", "Team"), lambda r: r.team, lambda r: r.team, key="team"),
            Column(QT_TRANSLATE_NOOP("CadenceTab", "Last 1:1"),
                   lambda r: r.last_one_on_one.isoformat() if r.last_one_on_one else "—",
                   lambda r: r.last_one_on_one or date.min, key="last_one_on_one"),
            Column(QT_TRANSLATE_NOOP("CadenceTab", "Days since"), _days_text,
                   lambda r: r.days_since if r.days_since is not None else 10**6, key="days_since"),
            Column(QT_TRANSLATE_NOOP("CadenceTab", "Next 1:1 due"), lambda r: r.due_on.isoformat(),
                   lambda r: r.due_on, key="next_one_on_one"),
            Column(QT_TRANSLATE_NOOP("CadenceTab", "Status"),
                   lambda r: QCoreApplication.translate("CadenceTab", "Overdue" if r.overdue else "On time"),
                   lambda r: not r.overdue, key="status"),
        ]
        self.model: ListTableModel[CadenceRow] = ListTableModel(
            "CadenceTab", columns, lambda r: OVERDUE if r.overdue else None, self)
        self.summary = QLabel()
        self.record_button = QPushButton(self.tr("Record a 1:1"))
        self.table = make_table(self.model, "status")
        self.table.sortByColumn(self.model.column("next_one_on_one"), Qt.SortOrder.AscendingOrder)
        bar = QHBoxLayout()
        bar.addWidget(self.summary)
        bar.addStretch()
        bar.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.record_button.clicked.connect(self.record)
        self.table.doubleClicked.connect(self._open_profile)
        keyboard_table(self.table, [self.record_button, (self.tr("View profile"), self._open_profile)])
        self.refresh()

    def refresh(self) -> None:
        today = self.ctx.today()
        self.ctx.door.query(lambda uow: services.cadence_view(uow, today), self._show, owner=self)

    def _show(self, view: CadenceView) -> None:
        rows = view.rows
        self.model.set_rows(rows)
        self.summary.setText(
            self.tr("%1 of %2 agents are overdue for a 1:1 (more than %3 days)")
            .replace("%1", str(sum(r.overdue for r in rows))).replace("%2", str(len(rows)))
            .replace("%3", str(view.threshold_days)))
        self.loaded.emit()

    def selected(self) -> CadenceRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def record(self) -> None:
        row = self.selected()
        new_session(self.ctx, self, row.agent_id if row else None, SessionKind.ONE_ON_ONE)  # the notice refreshes

    def _open_profile(self) -> None:
        row = self.selected()
        if row is not None:
            self.agent_activated.emit(row.agent_id)


# Status words used through QCoreApplication.translate above, marked here so lupdate sees them.
_STATUS_WORDS = (QT_TRANSLATE_NOOP("CadenceTab", "Overdue"), QT_TRANSLATE_NOOP("CadenceTab", "On time"),
                 QT_TRANSLATE_NOOP("CadenceTab", "never"))
