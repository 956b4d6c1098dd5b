"""晋升准备: for each agent, their track's next level and every criterion met or not with its evidence; the
ready and one-away lists; ticks for hand-checked criteria; promotions and dated positions."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from domain.errors import DomainError
from domain.training import careers
from domain.training.ladder import Check, Readiness
from domain.training.model import Criterion, Position
from ui.context import AppContext
from ui.labels import label
from ui.list_table import MUTED, WARNING, Column, ListTableModel, make_table, selected_row
from ui.mentoring.dialogs import error_text
from ui.training.words import evidence_text, required_text
from ui.widgets import DateField, ErrorLabel

OK = QColor("#1e8449")
COLUMNS: list[Column[Readiness]] = [
    Column(QT_TRANSLATE_NOOP("ReadinessTab", "No."), lambda r: r.agent.employee_no, lambda r: r.agent.employee_no),
    Column(QT_TRANSLATE_NOOP("ReadinessTab", "Name"), lambda r: r.agent.name, lambda r: r.agent.name),
    Column(QT_TRANSLATE_NOOP("ReadinessTab", "Track"), lambda r: label(r.track), lambda r: r.track),
    Column(QT_TRANSLATE_NOOP("ReadinessTab", "Now"), lambda r: r.current.name if r.current else "",
           lambda r: r.current.rank if r.current else 0),
    Column(QT_TRANSLATE_NOOP("ReadinessTab", "Next"), lambda r: r.target.name if r.target else "—",
           lambda r: r.target.rank if r.target else 99),
    Column(QT_TRANSLATE_NOOP("ReadinessTab", "Criteria not met"), lambda r: str(r.missing) if r.target else "",
           lambda r: (r.target is None, r.missing), numeric=True),
]
CHECK_COLUMNS: list[Column[Check]] = [
    Column(QT_TRANSLATE_NOOP("ReadinessTab", "Criterion"), lambda c: label(c.criterion), lambda c: c.criterion),
    Column(QT_TRANSLATE_NOOP("ReadinessTab", "Required"), required_text, lambda c: c.required),
    Column(QT_TRANSLATE_NOOP("ReadinessTab", "Met"), lambda c: "✓" if c.met else "✗", lambda c: c.met),
    Column(QT_TRANSLATE_NOOP("ReadinessTab", "Evidence"), evidence_text, lambda c: c.evidence),
]
POSITION_COLUMNS: list[Column[Position]] = [
    Column(QT_TRANSLATE_NOOP("ReadinessTab", "Position"), lambda p: p.title, lambda p: p.title),
    Column(QT_TRANSLATE_NOOP("ReadinessTab", "From"), lambda p: p.start.isoformat(), lambda p: p.start),
    Column(QT_TRANSLATE_NOOP("ReadinessTab", "To"), lambda p: p.end.isoformat() if p.end else "", lambda p: p.end),
]
VIEWS = (QT_TRANSLATE_NOOP("ReadinessTab", "Everyone on a track"), QT_TRANSLATE_NOOP("ReadinessTab", "Ready now"),
         QT_TRANSLATE_NOOP("ReadinessTab", "One criterion away"))


class PromotionDialog(QDialog):
    def __init__(self, ctx: AppContext, r: Readiness, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.readiness = ctx, r
        self.setWindowTitle(self.tr("Record a promotion"))
        self.level = QComboBox()
        current = r.current.rank if r.current else -1
        for lv in careers.list_levels(ctx.uow()):
            if lv.track is r.track and lv.rank > current:
                self.level.addItem(lv.name, lv.id)
        self.day = DateField(ctx.today())
        self.note = QLineEdit()
        unmet = [required_text(c) for c in r.checks if not c.met]
        summary = QLabel(self.tr("All criteria met.") if not unmet else
                         self.tr("Not met yet: %1").replace("%1", "；".join(unmet)))
        summary.setWordWrap(True)
        self.error = ErrorLabel()
        form = QFormLayout(self)
        form.addRow(self.tr("Agent"), QLabel(f"{r.agent.name}（{r.agent.employee_no}）· {label(r.track)}"))
        form.addRow(self.tr("To level"), self.level)
        form.addRow(self.tr("Effective date"), self.day)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(summary)
        form.addRow(QLabel(self.tr("The criteria and evidence as they stand are kept with the promotion.")))
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        try:
            careers.record_promotion(self.ctx.uow(), self.readiness.agent.id or 0, self.level.currentData(),
                                     self.day.value() or self.ctx.today(), self.ctx.today(), self.note.text())
        except (DomainError, TypeError) as exc:
            self.error.show_error(error_text(exc) if isinstance(exc, DomainError) else "")
            return
        self.accept()


class PositionDialog(QDialog):
    def __init__(self, ctx: AppContext, agent_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.agent_id = ctx, agent_id
        self.setWindowTitle(self.tr("Add a position"))
        self.title = QComboBox()
        self.title.setEditable(True)
        self.title.addItems(["组长", "质检", "培训师", "带教师傅", "排班", "知识库管理员"])
        self.start = DateField(ctx.today())
        self.error = ErrorLabel()
        form = QFormLayout(self)
        form.addRow(self.tr("Position"), self.title)
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        try:
            careers.start_position(self.ctx.uow(), self.agent_id, self.title.currentText(),
                                   self.start.value() or self.ctx.today(), self.ctx.today())
        except DomainError as exc:
            self.error.show_error(error_text(exc))
            return
        self.accept()


class ReadinessTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[Readiness] = []
        self.view_choice = QComboBox()
        for text in VIEWS:
            self.view_choice.addItem(self.tr(text))
        self.model: ListTableModel[Readiness] = ListTableModel(
            "ReadinessTab", COLUMNS, lambda r: OK if r.ready else (MUTED if r.target is None else None), parent=self)
        self.view = make_table(self.model, 5)
        self.checks: ListTableModel[Check] = ListTableModel(
            "ReadinessTab", CHECK_COLUMNS, lambda c: OK if c.met else WARNING, parent=self)
        self.checks_view = make_table(self.checks, 3, sortable=False)
        self.positions: ListTableModel[Position] = ListTableModel("ReadinessTab", POSITION_COLUMNS, parent=self)
        self.positions_view = make_table(self.positions, 0, sortable=False)
        for column in (1, 2):
            self.positions_view.setColumnWidth(column, 100)
        self.detail_title = QLabel()
        self.detail_title.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.error = ErrorLabel()
        self.tick = QPushButton(self.tr("Tick the selected criterion"))
        self.promote = QPushButton(self.tr("Record promotion…"))
        self.add_position = QPushButton(self.tr("Add position…"))
        self.end_position = QPushButton(self.tr("End position today"))
        self.tick.clicked.connect(self._tick)
        self.promote.clicked.connect(self.record_promotion)
        self.add_position.clicked.connect(self._add_position)
        self.end_position.clicked.connect(self._end_position)
        self.view_choice.currentIndexChanged.connect(self._filter)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show_detail())

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.view_choice)
        top.addStretch()
        detail = QWidget()
        d = QVBoxLayout(detail)
        d.addWidget(self.detail_title)
        d.addWidget(self.checks_view, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.tick)
        buttons.addWidget(self.promote)
        buttons.addStretch()
        d.addLayout(buttons)
        d.addWidget(self.error)
        d.addWidget(QLabel("<b>" + self.tr("Positions (separate from the channel role)") + "</b>"))
        d.addWidget(self.positions_view, 1)
        pos_buttons = QHBoxLayout()
        pos_buttons.addWidget(self.add_position)
        pos_buttons.addWidget(self.end_position)
        pos_buttons.addStretch()
        d.addLayout(pos_buttons)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.view)
        split.addWidget(detail)
        split.setSizes([520, 560])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.refresh()

    def refresh(self) -> None:
        self.rows = careers.everyone_readiness(self.ctx.uow(), self.ctx.today())
        self._filter()

    def _filter(self) -> None:
        choice = self.view_choice.currentIndex()
        keep = [r for r in self.rows if choice == 0 or (r.target is not None and r.missing == choice - 1)]
        chosen = self.selected()
        self.model.set_rows(keep)
        if chosen is not None:
            self.select_agent(chosen.agent.id or 0)
        self._show_detail()

    def selected(self) -> Readiness | None:
        return selected_row(self.view)

    def select_agent(self, agent_id: int) -> None:
        for i, r in enumerate(self.model.rows()):
            if r.agent.id == agent_id:
                self.view.selectRow(i)
                return

    def _show_detail(self) -> None:
        r = self.selected()
        self.error.show_error("")
        for b in (self.tick, self.promote, self.add_position, self.end_position):
            b.setEnabled(r is not None)
        if r is None:
            self.detail_title.setText(self.tr("Choose an agent on the left"))
            self.checks.set_rows([])
            self.positions.set_rows([])
            return
        target = r.target.name if r.target else self.tr("top of the track")
        self.detail_title.setText(f"{r.agent.name} · {label(r.track)}：{r.current.name if r.current else ''}"
                                  f" → {target}")
        self.checks.set_rows(list(r.checks))
        self.positions.set_rows(careers.list_positions(self.ctx.uow(), r.agent.id))
        self.promote.setEnabled(r.target is not None)

    def _tick(self) -> None:
        r, check = self.selected(), selected_row(self.checks_view)
        if r is None or check is None or check.criterion is not Criterion.MANUAL or r.target is None:
            self.error.show_error(self.tr("Select a criterion checked by hand first"))
            return
        careers.tick_criterion(self.ctx.uow(), r.agent.id or 0, r.target.id or 0, check.required, self.ctx.today())
        self._reload()

    def record_promotion(self) -> PromotionDialog | None:
        r = self.selected()
        if r is None or r.target is None:
            return None
        dialog = PromotionDialog(self.ctx, r, self)
        if dialog.exec():
            self._reload()
        return dialog

    def _add_position(self) -> None:
        r = self.selected()
        if r is not None and PositionDialog(self.ctx, r.agent.id or 0, self).exec():
            self._show_detail()

    def _end_position(self) -> None:
        p = selected_row(self.positions_view)
        if p is None or p.end is not None:
            return
        try:
            careers.end_position(self.ctx.uow(), p.id or 0, self.ctx.today(), self.ctx.today())
        except DomainError as exc:
            self.error.show_error(error_text(exc))
            return
        self._show_detail()

    def _reload(self) -> None:
        self.refresh()
        self.changed.emit()
