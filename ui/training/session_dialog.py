"""Record a training session for many agents at once, keyboard-first: every active agent is a row; type 1 (or
到) / 0 (or 缺) in the attendance column, type a score and the agent counts as present. Tab moves right, Enter
moves down, so a whole list is entered without the mouse. Rows left blank are not on the session. The plan items
and agents arrive through the door (`loaded`); the page that opened the dialog records the session."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.roster.model import AgentData, TenureStage
from domain.roster.rules import tenure_stage
from domain.training import services
from domain.training.model import Attendance, PlanItem, TrainingSession
from domain.training.services import SessionForm
from shared.words import label
from ui.context import AppContext
from ui.table_model import Column, Index, TableModel
from ui.training.saving import Save, SavingDialog
from ui.widgets import DateField

PRESENT_WORDS = {"1", "y", "yes", "是", "到", "√", "✓", "+"}
ABSENT_WORDS = {"0", "n", "no", "否", "缺", "x", "×", "-"}


@dataclass
class Line:
    agent: AgentData
    stage: TenureStage
    attended: bool | None = None  # None: not on this session
    score: str = ""


def _attended(line: Line) -> str:
    if line.attended is None:
        return ""
    return QCoreApplication.translate("SessionDialog", "Present" if line.attended else "Absent")


COLUMNS: list[Column[Line]] = [
    Column(QT_TRANSLATE_NOOP("SessionDialog", "Employee no."), lambda ln: ln.agent.employee_no,
           lambda ln: ln.agent.employee_no, key="employee_no"),
    Column(QT_TRANSLATE_NOOP("SessionDialog", "Name"), lambda ln: ln.agent.name, lambda ln: ln.agent.name,
           key="name"),
    Column(QT_TRANSLATE_NOOP("SessionDialog", "Stage"), lambda ln: label(ln.stage), lambda ln: ln.stage, key="stage"),
    Column(QT_TRANSLATE_NOOP("SessionDialog", "Present (1/0)"), _attended, lambda ln: ln.attended, key="present"),
    Column(QT_TRANSLATE_NOOP("SessionDialog", "Score"), lambda ln: ln.score, lambda ln: ln.score, key="score"),
]
_WORDS = (QT_TRANSLATE_NOOP("SessionDialog", "Present"), QT_TRANSLATE_NOOP("SessionDialog", "Absent"))
EDITABLE = ("present", "score")


class AttendanceModel(TableModel[Line]):
    """Every active agent, in the order given; the attendance and score columns are typed into."""
    extra_roles = (int(Qt.ItemDataRole.EditRole),)

    def __init__(self, lines: list[Line], parent: Any = None) -> None:
        super().__init__("SessionDialog", COLUMNS, parent=parent)
        self.set_rows(lines)

    @property
    def lines(self) -> list[Line]:
        return self._shown

    def set_lines(self, lines: list[Line]) -> None:
        self.set_rows(lines)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if self.column_key(index.column()) in EDITABLE else base

    def more_data(self, index: Index, role: int) -> Any:
        return self.texts(self._shown[index.row()])[index.column()] if role == Qt.ItemDataRole.EditRole else None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        line, text, key = self._shown[index.row()], str(value).strip(), self.column_key(index.column())
        if key == "present":
            word = text.lower()
            present = QCoreApplication.translate("SessionDialog", "Present")
            absent = QCoreApplication.translate("SessionDialog", "Absent")
            if word in PRESENT_WORDS or text == present:
                line.attended = True
            elif word in ABSENT_WORDS or text == absent:
                line.attended, line.score = False, ""
            elif not text:
                line.attended, line.score = None, ""
            else:
                return False
        elif key == "score":
            if text:
                try:
                    Decimal(text)
                except InvalidOperation:
                    return False
                line.attended = True  # a score means they came
            line.score = text
        else:
            return False
        self.repaint_rows(lambda ln: ln is line, EDITABLE)
        return True

    def attendance(self) -> list[Attendance]:
        return [Attendance(ln.agent.id or 0, bool(ln.attended),
                           Decimal(ln.score) if ln.attended and ln.score else None)
                for ln in self._shown if ln.attended is not None]


class EntryTable(QTableView):
    """Enter commits and moves down a row in the same column (Tab already moves right)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != \
                QAbstractItemView.State.EditingState:
            current = self.currentIndex()
            below = self.model().index(current.row() + 1, current.column())
            if below.isValid():
                self.setCurrentIndex(below)
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor, hint) -> None:  # type: ignore[no-untyped-def]
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter inside the editor: go down
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            current = self.currentIndex()
            below = self.model().index(current.row() + 1, current.column())
            if below.isValid():
                self.setCurrentIndex(below)
            return
        super().closeEditor(editor, hint)


class SessionDialog(SavingDialog):
    loaded = Signal()  # the plan items and agents are in (tests wait on it)

    def __init__(self, ctx: AppContext, save: Save, parent: QWidget | None = None) -> None:
        super().__init__(save, parent)

        self.ctx = ctx
        self.setWindowTitle(self.tr("Record a training session"))
        today = ctx.today()
        self.topic = QLineEdit()
        self.day = DateField(today)
        self.items: list[PlanItem] = []
        self.item = QComboBox()
        self.item.addItem(self.tr("(no plan item)"), None)
        self.trainer = QComboBox()
        self.trainer.setEditable(True)
        self.trainer.addItem("", None)
        self.model = AttendanceModel([], self)
        self.table = EntryTable()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(self.model.column("name"), 110)
        self.table.setColumnWidth(self.model.column("present"), 120)
        form = QFormLayout()
        form.addRow(self.tr("Topic"), self.topic)
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Trainer"), self.trainer)
        form.addRow(self.tr("Plan item"), self.item)
        hint = QLabel(self.tr("Type 1 for present, 0 for absent, or just type a score. Tab moves right, "
                              "Enter moves down. Blank rows are not on this session."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(680, 640)
        self.save_button.setEnabled(False)  # until there is a list to save
        ctx.door.query(services.session_form, self._fill, owner=self)

    def _fill(self, form: SessionForm) -> None:
        today = self.ctx.today()
        self.items = form.items
        for it in self.items:
            self.item.addItem(f"{label(it.stage)} · {it.title}", it.id)
        order = {TenureStage.NEW: 0, TenureStage.GROWING: 1, TenureStage.EXPERT: 2}
        lines = [Line(a, tenure_stage(a.hire_date, today)) for a in form.agents]
        lines.sort(key=lambda ln: (order[ln.stage], ln.agent.employee_no))
        for a in sorted(form.agents, key=lambda a: a.employee_no):
            self.trainer.addItem(a.name, a.id)
        self.model.set_lines(lines)
        self.table.setCurrentIndex(self.model.index(0, self.model.column("present")))
        self.save_button.setEnabled(True)
        self.loaded.emit()

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return  # still loading, or the last Save is on its way
        trainer_id = self.trainer.currentData() if self.trainer.currentText() == \
            self.trainer.itemText(self.trainer.currentIndex()) else None
        session = TrainingSession(self.topic.text(), self.day.value() or self.ctx.today(),
                                  self.trainer.currentText(), trainer_id, self.item.currentData())
        self.submit((session, self.model.attendance()))
