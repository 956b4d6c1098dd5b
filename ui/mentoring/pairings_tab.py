"""师徒结对: every pairing with its check-in rhythm; start, check in, end; the selected pairing's goals
and check-ins below."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from domain.mentoring import services
from domain.mentoring.model import CheckIn, PairingStatus
from domain.mentoring.services import PairingRow
from shared.words import label
from ui.context import AppContext
from ui.list_table import MUTED, WARNING, Column, ListTableModel, keyboard_table, make_view, selected_row
from ui.mentoring.dialogs import CheckInDialog, EndPairingDialog, PairingDialog, person


def _date(d) -> str:  # type: ignore[no-untyped-def]
    return d.isoformat() if d else ""


PAIRING_COLUMNS: list[Column[PairingRow]] = [
    Column(QT_TRANSLATE_NOOP("PairingsTab", "Mentor"), lambda r: person(r.mentor), lambda r: r.mentor.employee_no,
           key="mentor"),
    Column(QT_TRANSLATE_NOOP("PairingsTab", "Apprentice"), lambda r: person(r.apprentice),
           lambda r: r.apprentice.employee_no, key="apprentice"),
    Column(QT_TRANSLATE_NOOP("PairingsTab", "Start"), lambda r: _date(r.pairing.start_date),
           lambda r: r.pairing.start_date, key="start"),
    Column(QT_TRANSLATE_NOOP("PairingsTab", "Planned end"), lambda r: _date(r.pairing.planned_end),
           lambda r: r.pairing.planned_end, key="planned_end"),
    Column(QT_TRANSLATE_NOOP("PairingsTab", "Status"), lambda r: label(r.pairing.status),
           lambda r: list(PairingStatus).index(r.pairing.status), key="status"),
    Column(QT_TRANSLATE_NOOP("PairingsTab", "Allowance/month"), lambda r: f"{r.pairing.monthly_allowance:,.2f}",
           lambda r: r.pairing.monthly_allowance, numeric=True, key="allowance_month"),
    Column(QT_TRANSLATE_NOOP("PairingsTab", "Check-ins"), lambda r: str(r.check_ins.count),
           lambda r: r.check_ins.count, numeric=True, key="check_ins"),
    Column(QT_TRANSLATE_NOOP("PairingsTab", "Last progress"),
           lambda r: f"{r.check_ins.last_progress}/5" if r.check_ins.last_progress else "",
           lambda r: r.check_ins.last_progress or 0, numeric=True, key="last_progress"),
    Column(QT_TRANSLATE_NOOP("PairingsTab", "Last check-in"), lambda r: _date(r.check_ins.last_day),
           lambda r: _date(r.check_ins.last_day), key="last_check_in"),
    Column(QT_TRANSLATE_NOOP("PairingsTab", "Next check-in"), lambda r: _date(r.next_check_in),
           lambda r: _date(r.next_check_in), key="next_check_in"),
    Column(QT_TRANSLATE_NOOP("PairingsTab", "Ended"), lambda r: _date(r.pairing.end_date),
           lambda r: _date(r.pairing.end_date), key="ended"),
    Column(QT_TRANSLATE_NOOP("PairingsTab", "Reason"), lambda r: r.pairing.end_reason, lambda r: r.pairing.end_reason,
           key="reason"),
]

CHECK_IN_COLUMNS: list[Column[CheckIn]] = [
    Column(QT_TRANSLATE_NOOP("PairingsTab", "Date"), lambda c: c.day.isoformat(), lambda c: c.day, key="date"),
    Column(QT_TRANSLATE_NOOP("PairingsTab", "Progress"), lambda c: "●" * c.progress + "○" * (5 - c.progress),
           lambda c: c.progress, key="progress"),
    Column(QT_TRANSLATE_NOOP("PairingsTab", "Note"), lambda c: c.note, lambda c: c.note, key="note"),
]


class PairingsTab(QWidget):
    agent_activated = Signal(int)
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.show_filter = QComboBox()
        self.show_filter.addItem(self.tr("In progress"), True)
        self.show_filter.addItem(self.tr("All pairings"), False)
        self.new_button = QPushButton(self.tr("New pairing…"))
        self.check_in_button = QPushButton(self.tr("Check-in…"))
        self.end_button = QPushButton(self.tr("End pairing…"))
        self.model: ListTableModel[PairingRow] = ListTableModel(
            "PairingsTab", PAIRING_COLUMNS, self._colour, parent=self)
        self.table = make_view(self.model, self)
        self.table.sortByColumn(self.model.column("start"), Qt.SortOrder.DescendingOrder)
        keyboard_table(self.table, [self.check_in_button, self.end_button])  # the row menu (issue 24)
        self.empty_hint = QLabel(self.tr("No pairings yet. Pair a new agent with an experienced mentor: "
                                         "“New pairing…”."))
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setStyleSheet("color: #666; font-size: 15px; padding: 40px;")
        self.detail_title = QLabel()
        self.detail_title.setStyleSheet("font-weight: bold;")
        self.goals = QLabel()
        self.goals.setWordWrap(True)
        self.check_in_model: ListTableModel[CheckIn] = ListTableModel("PairingsTab", CHECK_IN_COLUMNS, parent=self)
        self.check_in_table = make_view(self.check_in_model, self)
        self.check_in_table.setColumnWidth(self.check_in_model.column("progress"), 90)

        actions = QHBoxLayout()
        actions.addWidget(self.show_filter)
        actions.addStretch()
        for button in (self.new_button, self.check_in_button, self.end_button):
            actions.addWidget(button)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.goals)
        detail_layout.addWidget(self.check_in_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.empty_hint)
        layout.addWidget(splitter, 1)
        self._splitter = splitter

        self.show_filter.currentIndexChanged.connect(self.refresh)
        self.new_button.clicked.connect(self.new_pairing)
        self.check_in_button.clicked.connect(self.check_in_selected)
        self.end_button.clicked.connect(self.end_selected)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(self._activate)
        self._rows: list[PairingRow] = []
        self._select_next: int | None = None  # a pairing just started: select it once the list has it
        self.refresh()

    def _colour(self, row: PairingRow) -> QColor | None:
        if row.pairing.status is not PairingStatus.ACTIVE:
            return MUTED
        if row.next_check_in is not None and row.next_check_in < self.ctx.today():
            return WARNING
        return None

    def refresh(self) -> None:
        self.ctx.door.query(services.list_pairings, self._show, owner=self)

    def _show(self, rows: list[PairingRow]) -> None:
        selected = self.selected()
        self._rows = rows
        active_only = self.show_filter.currentData()
        shown = [r for r in self._rows if not active_only or r.pairing.status is PairingStatus.ACTIVE]
        self.model.set_rows(shown)
        self.table.resizeColumnsToContents()
        self.empty_hint.setVisible(not self._rows)
        self._splitter.setVisible(bool(self._rows))
        wanted = self._select_next if self._select_next is not None else selected.pairing.id if selected else None
        self._select_next = None
        if wanted is not None:
            self.select_pairing(wanted)
        self._selection_changed()
        self.loaded.emit()

    def counts(self) -> tuple[int, int]:
        """(active pairings, check-ins overdue)"""
        active = [r for r in self._rows if r.pairing.status is PairingStatus.ACTIVE]
        overdue = sum(r.next_check_in is not None and r.next_check_in < self.ctx.today() for r in active)
        return len(active), overdue

    def selected(self) -> PairingRow | None:
        return selected_row(self.table)

    def select_pairing(self, pairing_id: int) -> None:
        for i, row in enumerate(self.model.rows()):
            if row.pairing.id == pairing_id:
                self.table.selectRow(i)
                return

    def _selection_changed(self) -> None:
        row = self.selected()
        active = row is not None and row.pairing.status is PairingStatus.ACTIVE
        self.check_in_button.setEnabled(active)
        self.end_button.setEnabled(active)
        if row is None:
            self.detail_title.setText(self.tr("Select a pairing to see its goals and check-ins."))
            self.goals.setText("")
            self.check_in_model.set_rows([])
            return
        self.detail_title.setText(self.tr("%1 → %2").replace("%1", row.mentor.name).replace("%2", row.apprentice.name))
        self.goals.setText(self.tr("Goals: %1").replace("%1", row.pairing.goals or "—"))
        pairing_id = row.pairing.id

        def show(check_ins: list[CheckIn]) -> None:
            current = self.selected()
            if current is None or current.pairing.id != pairing_id:  # the user moved on while this was read
                return
            self.check_in_model.set_rows(check_ins)
            if not check_ins:
                self.goals.setText(self.goals.text() + "\n" + self.tr("No check-ins yet."))

        self.ctx.door.query(lambda uow: services.pairing_check_ins(uow, pairing_id), show, owner=self)

    def _activate(self) -> None:
        row = self.selected()
        if row is not None and row.apprentice.id is not None:
            self.agent_activated.emit(row.apprentice.id)

    # The dialogs save through the door; its notice ("mentoring") refreshes this tab and the others.
    def new_pairing(self) -> None:
        dialog = PairingDialog(self.ctx, parent=self)
        if dialog.exec():
            self._select_next = dialog.pairing_id

    def check_in_selected(self) -> None:
        row = self.selected()
        if row is not None:
            CheckInDialog(self.ctx, row, self).exec()

    def end_selected(self) -> None:
        row = self.selected()
        if row is not None:
            EndPairingDialog(self.ctx, row, self).exec()
