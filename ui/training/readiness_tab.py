"""晋升准备: for each agent, their track's next level and every criterion met or not with its evidence; the
ready and one-away lists; ticks for hand-checked criteria; promotions and dated positions. Read and changed
through the door: a change to a few agents reloads their rows only, a change to the ladders reloads the list."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from domain.errors import DomainError
from domain.training import careers
from domain.training.careers import ReadinessPage
from domain.training.ladder import Check, Readiness
from domain.training.model import Criterion, LadderLevel, Position
from shared.words import label
from ui.context import AppContext
from ui.door import Touched, show_failure
from ui.list_table import MUTED, WARNING, Column, ListTableModel, make_table, selected_row
from ui.mentoring.dialogs import error_text
from ui.training.saving import Answer, Save, SavingDialog
from ui.training.words import evidence_text, required_text
from ui.widgets import DateField, ErrorLabel

# Readiness reads the roster, scores, certifications and apprentices (mentoring) and training results.
WATCHED = frozenset({"agents", "kpi", "mentoring", "training"})

OK = QColor("#1e8449")
COLUMNS: list[Column[Readiness]] = [
    Column(QT_TRANSLATE_NOOP("ReadinessTab", "No."), lambda r: r.agent.employee_no, lambda r: r.agent.employee_no,
           key="no"),
    Column(QT_TRANSLATE_NOOP("ReadinessTab", "Name"), lambda r: r.agent.name, lambda r: r.agent.name, key="name"),
    Column(QT_TRANSLATE_NOOP("ReadinessTab", "Track"), lambda r: label(r.track), lambda r: r.track, key="track"),
    Column(QT_TRANSLATE_NOOP("ReadinessTab", "Now"), lambda r: r.current.name if r.current else "",
           lambda r: r.current.rank if r.current else 0, key="now"),
    Column(QT_TRANSLATE_NOOP("ReadinessTab", "Next"), lambda r: r.target.name if r.target else "—",
           lambda r: r.target.rank if r.target else 99, key="next"),
    Column(QT_TRANSLATE_NOOP("ReadinessTab", "Criteria not met"), lambda r: str(r.missing) if r.target else "",
           lambda r: (r.target is None, r.missing), numeric=True, key="criteria_not_met"),
]
CHECK_COLUMNS: list[Column[Check]] = [
    Column(QT_TRANSLATE_NOOP("ReadinessTab", "Criterion"), lambda c: label(c.criterion), lambda c: c.criterion,
           key="criterion"),
    Column(QT_TRANSLATE_NOOP("ReadinessTab", "Required"), required_text, lambda c: c.required, key="required"),
    Column(QT_TRANSLATE_NOOP("ReadinessTab", "Met"), lambda c: "✓" if c.met else "✗", lambda c: c.met, key="met"),
    Column(QT_TRANSLATE_NOOP("ReadinessTab", "Evidence"), evidence_text, lambda c: c.evidence, key="evidence"),
]
POSITION_COLUMNS: list[Column[Position]] = [
    Column(QT_TRANSLATE_NOOP("ReadinessTab", "Position"), lambda p: p.title, lambda p: p.title, key="position"),
    Column(QT_TRANSLATE_NOOP("ReadinessTab", "From"), lambda p: p.start.isoformat(), lambda p: p.start, key="from"),
    Column(QT_TRANSLATE_NOOP("ReadinessTab", "To"), lambda p: p.end.isoformat() if p.end else "", lambda p: p.end,
           key="to"),
]
VIEWS = (QT_TRANSLATE_NOOP("ReadinessTab", "Everyone on a track"), QT_TRANSLATE_NOOP("ReadinessTab", "Ready now"),
         QT_TRANSLATE_NOOP("ReadinessTab", "One criterion away"))


class PromotionDialog(SavingDialog):
    def __init__(self, ctx: AppContext, r: Readiness, levels: list[LadderLevel], save: Save,
                 parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.ctx, self.readiness = ctx, r
        self.setWindowTitle(self.tr("Record a promotion"))
        self.level = QComboBox()
        current = r.current.rank if r.current else -1
        for lv in levels:
            if lv.track is r.track and lv.rank > current:
                self.level.addItem(lv.name, lv.id)
        self.day = DateField(ctx.today())
        self.note = QLineEdit()
        unmet = [required_text(c) for c in r.checks if not c.met]
        summary = QLabel(self.tr("All criteria met.") if not unmet else
                         self.tr("Not met yet: %1").replace("%1", "；".join(unmet)))
        summary.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Agent"), QLabel(f"{r.agent.name}（{r.agent.employee_no}）· {label(r.track)}"))
        form.addRow(self.tr("To level"), self.level)
        form.addRow(self.tr("Effective date"), self.day)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(summary)
        form.addRow(QLabel(self.tr("The criteria and evidence as they stand are kept with the promotion.")))
        form.addRow(self.error)
        form.addRow(self.buttons)

    def save(self) -> None:
        level_id = self.level.currentData()
        if level_id is None:
            return  # no higher level on the track to choose
        self.submit((level_id, self.day.value() or self.ctx.today(), self.note.text()))


class PositionDialog(SavingDialog):
    def __init__(self, ctx: AppContext, agent_id: int, save: Save, parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.ctx, self.agent_id = ctx, agent_id
        self.setWindowTitle(self.tr("Add a position"))
        self.title = QComboBox()
        self.title.setEditable(True)
        self.title.addItems(["组长", "质检", "培训师", "带教师傅", "排班", "知识库管理员"])
        self.start = DateField(ctx.today())
        form = QFormLayout(self)
        form.addRow(self.tr("Position"), self.title)
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.error)
        form.addRow(self.buttons)

    def save(self) -> None:
        self.submit((self.title.currentText(), self.start.value() or self.ctx.today()))


class ReadinessTab(QWidget):
    loaded = Signal()  # after the list (or some of its rows) was read again; tests wait on it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[Readiness] = []
        self.levels: list[LadderLevel] = []
        self._request = 0
        self._stale = False
        self._positions_for: int | None = None
        self.view_choice = QComboBox()
        for text in VIEWS:
            self.view_choice.addItem(self.tr(text))
        self.model: ListTableModel[Readiness] = ListTableModel(
            "ReadinessTab", COLUMNS, lambda r: OK if r.ready else (MUTED if r.target is None else None), parent=self)
        self.view = make_table(self.model, "criteria_not_met")
        # closest to their next level first, as the list is meant to be read (the shared default sorts by No.)
        self.view.sortByColumn(self.model.column("criteria_not_met"), Qt.SortOrder.AscendingOrder)
        self.checks: ListTableModel[Check] = ListTableModel(
            "ReadinessTab", CHECK_COLUMNS, lambda c: OK if c.met else WARNING, parent=self)
        self.checks_view = make_table(self.checks, "evidence", sortable=False)
        self.positions: ListTableModel[Position] = ListTableModel("ReadinessTab", POSITION_COLUMNS, parent=self)
        self.positions_view = make_table(self.positions, "position", sortable=False)
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
        ctx.door.changed.connect(self._data_changed)
        self.refresh()

    def refresh(self) -> None:
        self._request += 1
        request, today, self._stale = self._request, self.ctx.today(), False
        self.ctx.door.query(lambda uow: careers.readiness_page(uow, today),
                            lambda page: self._show_page(request, page), owner=self)

    def _show_page(self, request: int, page: ReadinessPage) -> None:
        if request != self._request:
            return  # a newer read is on its way
        self.rows, self.levels = page.rows, page.levels
        self._filter()
        self.loaded.emit()

    def _reload_rows(self, agent_ids: frozenset[int]) -> None:
        request, today = self._request, self.ctx.today()
        self.ctx.door.query(lambda uow: careers.readiness_rows(uow, agent_ids, today),
                            lambda found: self._replace_rows(request, found), owner=self)

    def _replace_rows(self, request: int, found: dict[int, Readiness | None]) -> None:
        if request != self._request:
            return  # the whole list is being read again, these rows with it
        kept = [r for r in self.rows if r.agent.id not in found]
        self.rows = careers.sort_readiness(kept + [r for r in found.values() if r is not None])
        self._filter()
        self.loaded.emit()

    def _data_changed(self, touched: Touched) -> None:
        if not isValid(self):  # notices can outlive a closed page's wrapper
            return
        if not touched.concerns(WATCHED):
            return
        if not self.isVisible():
            self._stale = True
        elif touched.agent_ids and self.rows:
            self._reload_rows(touched.agent_ids)
        else:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

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
        self.promote.setEnabled(r.target is not None)
        self._load_positions(r.agent.id or 0)

    def _load_positions(self, agent_id: int) -> None:
        self._positions_for = agent_id

        def show(positions: list[Position]) -> None:
            if self._positions_for == agent_id:  # not an answer for an agent no longer selected
                self.positions.set_rows(positions)

        self.ctx.door.query(lambda uow: careers.list_positions(uow, agent_id), show, owner=self)

    def _refused(self, exc: BaseException, trace: str) -> None:
        if isinstance(exc, DomainError):
            self.error.show_error(error_text(exc))
        else:
            show_failure(exc, trace)

    def _tick(self) -> None:
        r, check = self.selected(), selected_row(self.checks_view)
        if r is None or check is None or check.criterion is not Criterion.MANUAL or r.target is None:
            self.error.show_error(self.tr("Select a criterion checked by hand first"))
            return
        agent_id, level_id, today = r.agent.id or 0, r.target.id or 0, self.ctx.today()
        self.ctx.door.change(lambda uow: careers.tick_criterion(uow, agent_id, level_id, check.required, today),
                             lambda _none: None, touches=Touched.of("training", agents=[agent_id]),
                             failed=self._refused, owner=self)

    def save_promotion(self, agent_id: int, value: tuple[int, date, str], on_result: Answer) -> None:
        level_id, day, note = value
        today = self.ctx.today()
        # the agent's level is roster data too: the roster and the agent page show it
        self.ctx.door.save(lambda uow: careers.record_promotion(uow, agent_id, level_id, day, today, note), on_result,
                           Touched.of("agents", "training", agents=[agent_id]), owner=self, words=error_text)

    def save_position(self, agent_id: int, value: tuple[str, date], on_result: Answer) -> None:
        title, start = value
        today = self.ctx.today()
        self.ctx.door.save(lambda uow: careers.start_position(uow, agent_id, title, start, today), on_result,
                           Touched.of("training", agents=[agent_id]), owner=self, words=error_text)

    def record_promotion(self) -> PromotionDialog | None:
        r = self.selected()
        if r is None or r.target is None:
            return None
        agent_id = r.agent.id or 0
        dialog = PromotionDialog(self.ctx, r, self.levels,
                                 lambda value, answer: self.save_promotion(agent_id, value, answer), self)
        dialog.exec()
        return dialog

    def _add_position(self) -> None:
        r = self.selected()
        if r is not None:
            agent_id = r.agent.id or 0
            PositionDialog(self.ctx, agent_id, lambda value, answer: self.save_position(agent_id, value, answer),
                           self).exec()

    def _end_position(self) -> None:
        p, r = selected_row(self.positions_view), self.selected()
        if p is None or p.end is not None or r is None:
            return
        position_id, agent_id, today = p.id or 0, r.agent.id or 0, self.ctx.today()
        self.ctx.door.change(lambda uow: careers.end_position(uow, position_id, today, today), lambda _none: None,
                             touches=Touched.of("training", agents=[agent_id]), failed=self._refused, owner=self)
