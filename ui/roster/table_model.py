"""The roster table, on the table-model base: sorting and filtering over Python lists (on 5,000 agents a
QSortFilterProxyModel calling back into data() was 40× slower, HOUSE-STYLE)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer, Signal
from PySide6.QtGui import QColor, QPaintEvent
from PySide6.QtWidgets import QTableView

from domain.coaching.rules import DEFAULT_CADENCE_DAYS, days_since, one_on_one_overdue
from domain.roster.model import CertLevel, Generation, Role, Status, TenureStage
from domain.roster.services import RosterRow
from shared.words import label, yes_no
from ui.table_model import Column, TableModel

GREY, RED = QColor("#888888"), QColor("#c0392b")
PAINT_WAIT_MS = 250  # how long `RosterTable.after_paint` waits for a paint at most
_CERT_ORDER = {level: i for i, level in enumerate(CertLevel)}


def _date(d: date | None) -> str:
    return d.isoformat() if d else ""


def _out_of_town(row: RosterRow) -> str | None:
    return QCoreApplication.translate("RosterTableModel", "From out of town") if row.out_of_town else None


def _left(row: RosterRow) -> QColor | None:
    return GREY if row.status is Status.LEFT else None


COLUMNS: list[Column[RosterRow]] = [
    Column(QT_TRANSLATE_NOOP("RosterTableModel", "Employee no."),
           lambda r: r.employee_no, lambda r: r.employee_no, key="employee_no"),
    Column(QT_TRANSLATE_NOOP("RosterTableModel", "Name"), lambda r: r.name, lambda r: r.name, key="name"),
    Column(QT_TRANSLATE_NOOP("RosterTableModel", "Gender"),
           lambda r: label(r.gender), lambda r: str(r.gender or ""), key="gender"),
    Column(QT_TRANSLATE_NOOP("RosterTableModel", "Generation"),
           lambda r: label(r.generation), lambda r: r.birth_date or date.min,
           key="generation"),
    Column(QT_TRANSLATE_NOOP("RosterTableModel", "Phone"),
           lambda r: r.phone, lambda r: r.phone, key="phone"),
    Column(QT_TRANSLATE_NOOP("RosterTableModel", "Hometown"),
           lambda r: r.hometown + (" ★" if r.out_of_town else ""),
           lambda r: r.hometown, key="hometown", tooltip=_out_of_town),
    Column(QT_TRANSLATE_NOOP("RosterTableModel", "Role"),
           lambda r: label(r.role), lambda r: str(r.role), key="role"),
    Column(QT_TRANSLATE_NOOP("RosterTableModel", "Team"), lambda r: r.team, lambda r: r.team, key="team"),
    Column(QT_TRANSLATE_NOOP("RosterTableModel", "Hire date"),
           lambda r: _date(r.hire_date), lambda r: r.hire_date, key="hire_date"),
    Column(QT_TRANSLATE_NOOP("RosterTableModel", "Stage"),
           lambda r: label(r.stage), lambda r: r.tenure_days, key="stage"),
    Column(QT_TRANSLATE_NOOP("RosterTableModel", "Tenure (days)"),
           lambda r: str(r.tenure_days), lambda r: r.tenure_days, key="tenure_days"),
    Column(QT_TRANSLATE_NOOP("RosterTableModel", "Certification"), lambda r: label(r.cert_level),
           lambda r: _CERT_ORDER[r.cert_level], key="cert_level"),
    Column(QT_TRANSLATE_NOOP("RosterTableModel", "Career track"),
           lambda r: label(r.career_track), lambda r: str(r.career_track),
           key="career_track"),
    Column(QT_TRANSLATE_NOOP("RosterTableModel", "Status"),
           lambda r: label(r.status), lambda r: str(r.status), key="status"),
    Column(QT_TRANSLATE_NOOP("RosterTableModel", "Leave date"),
           lambda r: _date(r.leave_date), lambda r: r.leave_date or date.min,
           key="leave_date"),
    Column(QT_TRANSLATE_NOOP("RosterTableModel", "Leave reason"),
           lambda r: label(r.leave_reason), lambda r: str(r.leave_reason or ""),
           key="leave_reason"),
    Column(QT_TRANSLATE_NOOP("RosterTableModel", "Voluntary"), lambda r: yes_no(r.leave_voluntary),
           lambda r: -1 if r.leave_voluntary is None else int(r.leave_voluntary), key="voluntary"),
    Column(QT_TRANSLATE_NOOP("RosterTableModel", "Notes"),
           lambda r: r.notes, lambda r: r.notes, key="notes"),
]


ONE_ON_ONE_TITLE = QT_TRANSLATE_NOOP("RosterTableModel", "Days since 1:1")
ONE_ON_ONE_AFTER = "tenure_days"  # the coaching column sits next to tenure


@dataclass
class RosterFilter:
    text: str = ""
    team: str | None = None
    role: Role | None = None
    stage: TenureStage | None = None
    status: Status | None = Status.ACTIVE
    generation: Generation | None = None

    def accepts(self, row: RosterRow) -> bool:
        # The row's own fields: asking `row.agent` would make an AgentData for every agent on each keystroke.
        if self.status is not None and row.status is not self.status:
            return False
        if self.role is not None and row.role is not self.role:
            return False
        if self.team is not None and row.team != self.team:
            return False
        if self.stage is not None and row.stage is not self.stage:
            return False
        if self.generation is not None and row.generation is not self.generation:
            return False
        if self.text:
            needle = self.text.casefold()
            return needle in row.name.casefold() or needle in row.employee_no.casefold() or needle in row.phone
        return True


class RosterTableModel(TableModel[RosterRow]):
    def __init__(self, parent: Any = None) -> None:
        at = next(i for i, c in enumerate(COLUMNS) if c.key == ONE_ON_ONE_AFTER) + 1
        columns = [*COLUMNS[:at], Column(ONE_ON_ONE_TITLE, self._one_on_one_text, self._one_on_one_key,
                                         key="one_on_one", colour=self._overdue_colour), *COLUMNS[at:]]
        super().__init__("RosterTableModel", columns, sort="employee_no", flt=RosterFilter(), colour=_left,
                         parent=parent)
        self.one_on_one_column = at
        # Fed by coaching's one-aggregate query (last 1:1 per agent), never a query per row.
        self._last_one_on_one: dict[int, date] = {}
        self._one_on_ones_known = False  # until the background query answers, the column is blank, not "overdue"
        self._cadence_days, self._today = DEFAULT_CADENCE_DAYS, date.today()

    # --- data in ---------------------------------------------------------------------------
    def set_one_on_ones(self, last: dict[int, date], cadence_days: int, today: date) -> None:
        """Arrives from a background query after the rows are shown; repaints (or re-sorts by) that column."""
        self._last_one_on_one, self._cadence_days, self._today = last, cadence_days, today
        self._one_on_ones_known = True
        self.forget_texts()
        key, order = self.sort_order()
        if key == "one_on_one":
            self.sort_by(key, order)
        elif self._shown:
            column = self.one_on_one_column
            self.dataChanged.emit(self.index(0, column), self.index(len(self._shown) - 1, column))

    def _one_on_one_text(self, row: RosterRow) -> str:
        if not self._one_on_ones_known:
            return ""
        days = days_since(self._last_one_on_one.get(row.id or 0), self._today)
        return "—" if days is None else str(days)

    def _one_on_one_key(self, row: RosterRow) -> int:
        days = days_since(self._last_one_on_one.get(row.id or 0), self._today)
        return 10**6 if days is None else days

    def _overdue_colour(self, row: RosterRow) -> QColor | None:
        return RED if self.one_on_one_overdue(row) else None

    def one_on_one_overdue(self, row: RosterRow) -> bool:
        return self._one_on_ones_known and row.status is Status.ACTIVE and one_on_one_overdue(
            self._last_one_on_one.get(row.id or 0), row.hire_date, self._today, self._cadence_days)

    def put_rows(self, rows: list[RosterRow], agent_ids: frozenset[int]) -> None:
        """Replace (or add) the rows of `agent_ids`; an id without a row in `rows` no longer exists. When the
        shown order stays the same only those rows repaint, so the selection and scroll position stay."""
        fresh = {r.id: r for r in rows}
        before = [r.id for r in self._shown]
        kept: list[RosterRow] = []
        for row in self._all:
            if row.id in agent_ids:
                self._cells.pop(id(row), None)
                if row.id in fresh:
                    kept.append(fresh.pop(row.id))
            else:
                kept.append(row)
        kept.extend(fresh.values())  # agents not loaded before (added, or a leaver under the active filter)
        shown = self._arrange(kept)
        if [r.id for r in shown] != before:
            self.beginResetModel()
            self._all, self._shown = kept, shown
            self.endResetModel()
            return
        self._all, self._shown = kept, shown
        last = self.columnCount() - 1
        for i, row in enumerate(shown):
            if row.id in agent_ids:
                self.dataChanged.emit(self.index(i, 0), self.index(i, last))

    # --- helpers for the page ----------------------------------------------------------------
    def row_index_of(self, agent_id: int) -> int | None:
        return self.find(lambda r: r.id == agent_id)

    def teams(self) -> list[str]:
        return sorted({r.team for r in self._all})

    def counts(self) -> tuple[int, int, int]:  # type: ignore[override]
        """(shown, all, active)"""
        return len(self._shown), len(self._all), sum(r.status is Status.ACTIVE for r in self._all)


class RosterTable(QTableView):
    """The roster's view; says when it has painted. Its paints arrive here from its viewport (a filter on the
    viewport would have PySide6 wrap that Qt-made widget, resolving ~65 Qt types, ~10 ms, on the first rows)."""

    painted = Signal()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        self.painted.emit()

    def after_paint(self, fn: Callable[[], None]) -> None:
        """`fn` a turn after the table has painted what it now holds (a timer of 0 may run before that paint), or
        after PAINT_WAIT_MS at most: a window not on screen (minimised, hidden) paints nothing."""
        pending = [fn]

        def run() -> None:
            if pending:
                self.painted.disconnect(run)
                QTimer.singleShot(0, self, pending.pop())

        self.painted.connect(run)
        QTimer.singleShot(PAINT_WAIT_MS, self, run)
