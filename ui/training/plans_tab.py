"""培训计划: each tenure stage's plan as an editable list, and the sessions held, newest first. Read and changed
through the door; both lists reload on any training notice."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from domain.errors import DomainError
from domain.roster.model import TenureStage
from domain.training import services
from domain.training.model import Attendance, CheckMethod, ItemKind, PlanItem, TrainingSession
from domain.training.services import PlansPage, SessionRow
from shared.words import label
from ui.context import AppContext
from ui.door import Touched, show_failure
from ui.list_table import Column, ListTableModel, make_table, selected_row
from ui.mentoring.dialogs import error_text
from ui.training.saving import Answer, Save, SavingDialog
from ui.widgets import EnumCombo, ErrorLabel

ITEM_COLUMNS: list[Column[PlanItem]] = [
    Column(QT_TRANSLATE_NOOP("PlansTab", "Stage"), lambda i: label(i.stage), lambda i: i.stage, key="stage"),
    Column(QT_TRANSLATE_NOOP("PlansTab", "Weeks"), lambda i: f"{i.week_from}–{i.week_to}", lambda i: i.week_from,
           key="weeks"),
    Column(QT_TRANSLATE_NOOP("PlansTab", "Kind"), lambda i: label(i.kind), lambda i: i.kind, key="kind"),
    Column(QT_TRANSLATE_NOOP("PlansTab", "Checked by"), lambda i: label(i.check)
           + (f" ≥{i.pass_mark}" if i.pass_mark is not None else ""), lambda i: i.check, key="checked_by"),
    Column(QT_TRANSLATE_NOOP("PlansTab", "Item"), lambda i: i.title, lambda i: i.title, key="item"),
]

SESSION_COLUMNS: list[Column[SessionRow]] = [
    Column(QT_TRANSLATE_NOOP("PlansTab", "Date"), lambda r: r.session.day.isoformat(), lambda r: r.session.day,
           key="date"),
    Column(QT_TRANSLATE_NOOP("PlansTab", "Topic"), lambda r: r.session.topic, lambda r: r.session.topic, key="topic"),
    Column(QT_TRANSLATE_NOOP("PlansTab", "Trainer"), lambda r: r.session.trainer_name,
           lambda r: r.session.trainer_name, key="trainer"),
    Column(QT_TRANSLATE_NOOP("PlansTab", "Present"), lambda r: f"{r.attended}/{r.invited}", lambda r: r.attended,
           numeric=True, key="present"),
    Column(QT_TRANSLATE_NOOP("PlansTab", "Passed / failed"),
           lambda r: f"{r.passed} / {r.failed}" if r.passed or r.failed else "—", lambda r: r.passed,
           key="passed_failed"),
    Column(QT_TRANSLATE_NOOP("PlansTab", "Plan item"), lambda r: r.item_title, lambda r: r.item_title, key="plan_item"),
]


STAGE_ORDER = {TenureStage.NEW: 0, TenureStage.GROWING: 1, TenureStage.EXPERT: 2}


class ItemDialog(SavingDialog):
    def __init__(self, ctx: AppContext, item: PlanItem | None, save: Save, parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.ctx, self.item = ctx, item
        self.setWindowTitle(self.tr("Plan item"))
        self.stage = EnumCombo(TenureStage)
        self.title = QLineEdit()
        self.kind = EnumCombo(ItemKind)
        self.week_from, self.week_to = QSpinBox(), QSpinBox()
        for spin in (self.week_from, self.week_to):
            spin.setRange(1, services.MAX_WEEK)
        self.check = EnumCombo(CheckMethod)
        self.pass_mark = QDoubleSpinBox()
        self.pass_mark.setRange(0, 100)
        self.pass_mark.setDecimals(1)
        self.pass_mark.setValue(80)
        if item is not None:
            self.stage.set_value(item.stage)
            self.title.setText(item.title)
            self.kind.set_value(item.kind)
            self.week_from.setValue(item.week_from)
            self.week_to.setValue(item.week_to)
            self.check.set_value(item.check)
            if item.pass_mark is not None:
                self.pass_mark.setValue(float(item.pass_mark))
        self.check.currentIndexChanged.connect(self._check_changed)
        self._check_changed()
        weeks = QHBoxLayout()
        weeks.addWidget(self.week_from)
        weeks.addWidget(self.week_to)
        form = QFormLayout(self)
        form.addRow(self.tr("Stage"), self.stage)
        form.addRow(self.tr("Item"), self.title)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Weeks after hire (from – to)"), weeks)
        form.addRow(self.tr("Checked by"), self.check)
        form.addRow(self.tr("Pass mark"), self.pass_mark)
        form.addRow(self.error)
        form.addRow(self.buttons)

    def _check_changed(self) -> None:
        self.pass_mark.setEnabled(self.check.value() is CheckMethod.TEST)

    def save(self) -> None:
        check = self.check.value()
        item = PlanItem(self.stage.value(), self.title.text(), self.kind.value(), self.week_from.value(),  # type: ignore[arg-type]
                        self.week_to.value(), check,  # type: ignore[arg-type]
                        Decimal(str(self.pass_mark.value())) if check is CheckMethod.TEST else None,
                        self.item.position if self.item else 999, self.item.id if self.item else None)
        self.submit(item)


class PlansTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items: ListTableModel[PlanItem] = ListTableModel("PlansTab", ITEM_COLUMNS, parent=self)
        self.items_view = make_table(self.items, "item", sortable=False)
        self.sessions: ListTableModel[SessionRow] = ListTableModel("PlansTab", SESSION_COLUMNS, parent=self)
        self.sessions_view = make_table(self.sessions, "plan_item", sortable=False)
        self.error = ErrorLabel()
        add, edit, remove = (QPushButton(self.tr("Add item")), QPushButton(self.tr("Edit item")),
                             QPushButton(self.tr("Remove item")))
        self.record = QPushButton(self.tr("Record a session…"))
        add.clicked.connect(lambda: self._edit(None))
        edit.clicked.connect(lambda: self._edit(selected_row(self.items_view)))
        remove.clicked.connect(self._remove)
        self.record.clicked.connect(self.record_session)
        self.items_view.doubleClicked.connect(lambda _: self._edit(selected_row(self.items_view)))
        bar = QHBoxLayout()
        for b in (add, edit, remove):
            bar.addWidget(b)
        bar.addStretch()
        bar.addWidget(self.record)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        layout.addWidget(self.items_view, 3)
        layout.addWidget(self.sessions_view, 2)
        self.loaded_once = False
        self._stale = False
        ctx.door.changed.connect(self._data_changed)
        self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self.ctx.door.query(services.plans_page, self._show, owner=self)

    def _show(self, page: PlansPage) -> None:
        self.items.set_rows(sorted(page.items, key=lambda i: (STAGE_ORDER[i.stage], i.week_from, i.position)))
        self.sessions.set_rows(page.sessions)
        self.loaded_once = True

    def _data_changed(self, touched: Touched) -> None:
        if not isValid(self):  # notices can outlive a closed page's wrapper
            return
        if not touched.concerns({"training"}):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def save_item(self, item: PlanItem, on_result: Answer) -> None:
        self.ctx.door.save(lambda uow: services.save_plan_item(uow, item), on_result,
                           Touched.of("training"), owner=self, words=error_text)

    def save_session(self, value: tuple[TrainingSession, list[Attendance]], on_result: Answer) -> None:
        session, rows = value
        today = self.ctx.today()
        attendees = [a.agent_id for a in rows] + ([session.trainer_id] if session.trainer_id else [])
        self.ctx.door.save(lambda uow: services.record_session(uow, session, rows, today), on_result,
                           Touched.of("training", agents=attendees), owner=self, words=error_text)

    def _edit(self, item: PlanItem | None) -> None:
        ItemDialog(self.ctx, item, self.save_item, self).exec()

    def _remove(self) -> None:
        item = selected_row(self.items_view)
        if item is None or item.id is None:
            return
        item_id = item.id

        def refused(exc: BaseException, trace: str) -> None:
            if isinstance(exc, DomainError):
                self.error.show_error(error_text(exc))
            else:
                show_failure(exc, trace)

        self.ctx.door.change(lambda uow: services.remove_plan_item(uow, item_id),
                             lambda _none: self.error.show_error(""), touches=Touched.of("training"),
                             failed=refused, owner=self)

    def record_session(self) -> None:
        from ui.training.session_dialog import SessionDialog

        SessionDialog(self.ctx, self.save_session, self).exec()
