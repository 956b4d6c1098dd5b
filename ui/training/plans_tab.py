"""培训计划: each tenure stage's plan as an editable list, and the sessions held, newest first."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from domain.errors import DomainError
from domain.roster.model import TenureStage
from domain.training import services
from domain.training.model import CheckMethod, ItemKind, PlanItem
from domain.training.services import SessionRow
from ui.context import AppContext
from ui.labels import label
from ui.list_table import Column, ListTableModel, make_table, selected_row
from ui.mentoring.dialogs import error_text
from ui.widgets import DateField, EnumCombo, ErrorLabel  # noqa: F401

ITEM_COLUMNS: list[Column[PlanItem]] = [
    Column(QT_TRANSLATE_NOOP("PlansTab", "Stage"), lambda i: label(i.stage), lambda i: i.stage),
    Column(QT_TRANSLATE_NOOP("PlansTab", "Weeks"), lambda i: f"{i.week_from}–{i.week_to}", lambda i: i.week_from),
    Column(QT_TRANSLATE_NOOP("PlansTab", "Kind"), lambda i: label(i.kind), lambda i: i.kind),
    Column(QT_TRANSLATE_NOOP("PlansTab", "Checked by"), lambda i: label(i.check)
           + (f" ≥{i.pass_mark}" if i.pass_mark is not None else ""), lambda i: i.check),
    Column(QT_TRANSLATE_NOOP("PlansTab", "Item"), lambda i: i.title, lambda i: i.title),
]

SESSION_COLUMNS: list[Column[SessionRow]] = [
    Column(QT_TRANSLATE_NOOP("PlansTab", "Date"), lambda r: r.session.day.isoformat(), lambda r: r.session.day),
    Column(QT_TRANSLATE_NOOP("PlansTab", "Topic"), lambda r: r.session.topic, lambda r: r.session.topic),
    Column(QT_TRANSLATE_NOOP("PlansTab", "Trainer"), lambda r: r.session.trainer_name,
           lambda r: r.session.trainer_name),
    Column(QT_TRANSLATE_NOOP("PlansTab", "Present"), lambda r: f"{r.attended}/{r.invited}", lambda r: r.attended,
           numeric=True),
    Column(QT_TRANSLATE_NOOP("PlansTab", "Passed / failed"),
           lambda r: f"{r.passed} / {r.failed}" if r.passed or r.failed else "—", lambda r: r.passed),
    Column(QT_TRANSLATE_NOOP("PlansTab", "Plan item"), lambda r: r.item_title, lambda r: r.item_title),
]


class ItemDialog(QDialog):
    def __init__(self, ctx: AppContext, item: PlanItem | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.error = ErrorLabel()
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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _check_changed(self) -> None:
        self.pass_mark.setEnabled(self.check.value() is CheckMethod.TEST)

    def save(self) -> None:
        check = self.check.value()
        item = PlanItem(self.stage.value(), self.title.text(), self.kind.value(), self.week_from.value(),  # type: ignore[arg-type]
                        self.week_to.value(), check,  # type: ignore[arg-type]
                        Decimal(str(self.pass_mark.value())) if check is CheckMethod.TEST else None,
                        self.item.position if self.item else 999, self.item.id if self.item else None)
        try:
            services.save_plan_item(self.ctx.uow(), item)
        except DomainError as exc:
            self.error.show_error(error_text(exc))
            return
        self.accept()


class PlansTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items: ListTableModel[PlanItem] = ListTableModel("PlansTab", ITEM_COLUMNS, parent=self)
        self.items_view = make_table(self.items, 4, sortable=False)
        self.sessions: ListTableModel[SessionRow] = ListTableModel("PlansTab", SESSION_COLUMNS, parent=self)
        self.sessions_view = make_table(self.sessions, 5, sortable=False)
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
        self.refresh()

    def refresh(self) -> None:
        order = {TenureStage.NEW: 0, TenureStage.GROWING: 1, TenureStage.EXPERT: 2}
        items = services.list_plan(self.ctx.uow())
        self.items.set_rows(sorted(items, key=lambda i: (order[i.stage], i.week_from, i.position)))
        self.sessions.set_rows(services.list_sessions(self.ctx.uow()))

    def _edit(self, item: PlanItem | None) -> None:
        if ItemDialog(self.ctx, item, self).exec():
            self.refresh()
            self.changed.emit()

    def _remove(self) -> None:
        item = selected_row(self.items_view)
        if item is None:
            return
        try:
            services.remove_plan_item(self.ctx.uow(), item.id)
        except DomainError as exc:
            self.error.show_error(error_text(exc))
            return
        self.error.show_error("")
        self.refresh()
        self.changed.emit()

    def record_session(self) -> None:
        from ui.training.session_dialog import SessionDialog

        if SessionDialog(self.ctx, self).exec():
            self.refresh()
            self.changed.emit()
