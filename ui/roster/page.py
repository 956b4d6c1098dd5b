"""团队花名册: the roster table with filters, add / edit / mark-left, import and export."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from domain.coaching import services as coaching_services
from domain.errors import DomainError
from domain.roster import services
from domain.roster.model import AgentData, Generation, LeaveReason, Role, Status, TenureStage
from persistence.identity import current_user
from shared.error_sentences import WRITE, sentence
from shared.words import label
from ui.agent.quick_actions import QuickAction
from ui.areas import quick_actions
from ui.context import AppContext
from ui.door import Touched
from ui.export_links import ExportLinks
from ui.list_table import RowAction, keyboard_table
from ui.roster.agent_dialog import AgentDialog, SaveResult
from ui.roster.commands import RosterCommand, refusal_text
from ui.roster.table_model import RosterFilter, RosterTable, RosterTableModel


class RosterPage(QWidget):
    status_message = Signal(str)
    agent_activated = Signal(int)  # later areas open the agent's page from here
    loaded = Signal()  # rows arrived from the door (a full load or a few rows) and are shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = RosterTableModel(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, employee no. or phone"))
        self.search.setClearButtonEnabled(True)
        self.team_filter = QComboBox()
        self.role_filter = self._combo(self.tr("All roles"), list(Role))
        self.stage_filter = self._combo(self.tr("All stages"), list(TenureStage))
        self.generation_filter = self._combo(self.tr("All generations"), list(Generation))
        self.status_filter = self._combo(self.tr("Everyone"), list(Status))
        self.status_filter.setCurrentIndex(1)  # active agents first: what a supervisor looks at daily
        self.add_button = QPushButton(self.tr("Add agent"))
        self.edit_button = QPushButton(self.tr("Edit"))
        self.leave_button = QPushButton(self.tr("Mark as left"))
        self.profile_button = QPushButton(self.tr("View profile"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.links = ExportLinks()  # "open the file" / "show in folder", once an export is written
        self.table = RosterTable()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(self.model.column("employee_no"), Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(96)
        self.empty_hint = QLabel(self.tr("No agents yet. Add one, or import HQ's roster spreadsheet."))
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setStyleSheet("color: #666; font-size: 15px; padding: 40px;")

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for combo in self._filter_combos():
            filters.addWidget(combo)
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.leave_button, self.profile_button):
            actions.addWidget(button)
        actions.addStretch()
        actions.addWidget(self.links)
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)

        self._filter_timer = QTimer(self, singleShot=True, interval=120)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._filter_timer.start)
        for combo in self._filter_combos():
            combo.currentIndexChanged.connect(self.apply_filter)
        self.add_button.clicked.connect(self.add_agent)
        self.edit_button.clicked.connect(self.edit_selected)
        self.leave_button.clicked.connect(self.mark_selected_left)
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_file)
        self.table.doubleClicked.connect(self.edit_selected)
        self.profile_button.clicked.connect(self.open_profile)
        # Enter edits the row (as a double click does); the menu holds every row action and the quick records
        keyboard_table(self.table, self._row_actions)
        self.table.selectionModel().selectionChanged.connect(self._sync_buttons)
        self._partial, self._total, self._request = True, 0, 0
        # A full load on its way, and what waits for its rows to be painted (`after_rows_painted`).
        self._rows_coming = False
        self._after_rows: list[Callable[[], None]] = []
        self._select_after: int | None = None
        ctx.door.changed.connect(self._changed)
        self._sync_buttons()  # nothing is selected while the rows are on their way
        # Start-up may show the rows before the database is open; an import needs its file ports (ui/context.py)
        self.import_button.setEnabled(ctx.is_open)
        first = ctx.take_first_roster()
        if first is not None and self._status_choice() is Status.ACTIVE:
            # Start-up's rows, read before the database opened (ui/app.py). Shown a turn later, so that building
            # this page and filling its table are two pieces of UI-thread work, not one.
            self._request += 1
            request = self._request
            self._rows_coming = True
            QTimer.singleShot(0, self, lambda: self._show_page(first, request))
            self._load_one_on_ones()
        else:
            self.refresh()

    def _filter_combos(self) -> tuple[QComboBox, ...]:
        return self.team_filter, self.role_filter, self.stage_filter, self.generation_filter, self.status_filter

    def _combo(self, everyone: str, members: list) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everyone, "")
        for member in members:
            combo.addItem(label(member), member.value)
        return combo

    # --- loading and filtering ---------------------------------------------------------------
    def _status_choice(self) -> Status | None:
        data = self.status_filter.currentData()
        return Status(data) if data else None

    def refresh(self) -> None:
        """Reload every row (one door query); the table fills when the answer comes."""
        # Most days the supervisor looks at active agents only; leavers (most rows after a few years)
        # are loaded the first time the status filter asks for them.
        self._partial = self._status_choice() is Status.ACTIVE
        self._request += 1
        request, today, status = self._request, self.ctx.today(), Status.ACTIVE if self._partial else None
        user = current_user()  # on a shared database, only the teams this supervisor may see
        self._rows_coming = True
        self.ctx.door.query(lambda uow: services.roster_page(uow, today, status, user=user),
                            lambda page: self._show_page(page, request), owner=self)
        self._load_one_on_ones()

    def reload_agents(self, agent_ids: frozenset[int]) -> None:
        """Reload only these agents' rows: what an edit of one agent costs (one small query)."""
        today = self.ctx.today()
        user = current_user()
        self.ctx.door.query(lambda uow: services.roster_page(uow, today, agent_ids=agent_ids, user=user),
                            lambda page: self._show_page(page, None), owner=self)

    def _changed(self, touched: Touched) -> None:
        if touched.concerns({"agents"}):
            if touched.agent_ids:
                self.reload_agents(touched.agent_ids)
            else:
                self.refresh()
        if touched.concerns({"coaching", "settings"}):  # the days-since-1:1 column and its cadence
            self._load_one_on_ones()

    def _show_page(self, page: services.RosterPage, request: int | None) -> None:
        """`request`: which full load this answers (a newer one supersedes it); None for a few rows, which
        always apply — a full load still on its way reads them again anyway."""
        if request is not None and request != self._request:
            return
        if request is not None:
            self._rows_coming = False
        self._total = page.total
        if page.agent_ids is None:
            # The filter first, then the rows: one reset that filters and sorts them once (twice was ~10 ms).
            self._fill_teams(sorted({r.team for r in page.rows}))
            self.model.filter = self._filter()
            self.model.set_rows(page.rows)
            if self._partial and self._status_choice() is not Status.ACTIVE:
                self.refresh()  # the status filter changed while these rows were on their way
        else:
            self.model.put_rows(page.rows, page.agent_ids)
            self._fill_teams(self.model.teams())
        self._show_counts()
        if self._select_after is not None and self.model.row_index_of(self._select_after) is not None:
            self.select_agent(self._select_after)
            self._select_after = None
        self.loaded.emit()
        if self._after_rows and not self._rows_coming:
            waiting, self._after_rows = self._after_rows, []

            def run_waiting() -> None:
                for fn in waiting:
                    fn()
            self.table.after_paint(run_waiting)

    def _fill_teams(self, teams: list[str]) -> None:
        current = self.team_filter.currentData()
        self.team_filter.blockSignals(True)
        self.team_filter.clear()
        self.team_filter.addItem(self.tr("All teams"), "")
        for team in teams:
            self.team_filter.addItem(team, team)
        self.team_filter.setCurrentIndex(max(0, self.team_filter.findData(current or "")))
        self.team_filter.blockSignals(False)

    def _load_one_on_ones(self) -> None:
        """The days-since-1:1 column fills a moment after the table shows: its aggregate over every 1:1
        would otherwise add a fifth to the time the roster takes to appear."""
        self._one_on_one_request = getattr(self, "_one_on_one_request", 0) + 1
        request, today = self._one_on_one_request, self.ctx.today()

        def arrived(result: tuple) -> None:
            if not isValid(self.model):  # the page was closed while the query ran
                return
            if request == self._one_on_one_request:  # a newer refresh supersedes this answer
                self.model.set_one_on_ones(*result, today)

        def failed(_exc: BaseException, trace: str) -> None:  # the column stays "—"; the table is fine
            logging.getLogger("desk").warning("days since 1:1 not loaded\n%s", trace)

        def ask() -> None:
            self.ctx.door.query(coaching_services.last_one_on_one, arrived, failed, owner=self)

        # Asked once the rows on their way are painted (`_show_page`): asked with them, the worker processed its
        # answer while the UI thread painted them, and the two took turns with the GIL (the rows' first paint,
        # ~20 ms of work, took 80–120 ms).
        self.after_rows_painted(ask)

    def after_rows_painted(self, fn: Callable[[], None]) -> None:
        """`fn` once the rows on their way are painted; with none on their way, behind the current paint. For
        work that would compete with that paint for the GIL (the worker's answers, its imports)."""
        if self._rows_coming:
            self._after_rows.append(fn)
        else:
            QTimer.singleShot(0, self, fn)

    def apply_filter(self) -> None:
        if self._partial and self._status_choice() is not Status.ACTIVE:
            self.refresh()  # calls back here with every agent loaded
            return
        self.model.set_filter(self._filter())
        self._show_counts()

    def _filter(self) -> RosterFilter:
        def pick(combo: QComboBox, enum: type):  # type: ignore[no-untyped-def]
            data = combo.currentData()
            return enum(data) if data else None

        return RosterFilter(
            text=self.search.text().strip(),
            team=self.team_filter.currentData() or None,
            role=pick(self.role_filter, Role),
            stage=pick(self.stage_filter, TenureStage),
            status=pick(self.status_filter, Status),
            generation=pick(self.generation_filter, Generation),
        )

    def _show_counts(self) -> None:
        shown, _loaded, active = self.model.counts()
        total = self._total
        self.empty_hint.setVisible(total == 0)
        self.table.setVisible(total > 0)
        self.status_message.emit(self.tr("Showing %1 of %2 agents · %3 active")
                                 .replace("%1", str(shown)).replace("%2", str(total)).replace("%3", str(active)))
        self._sync_buttons()

    def _selected(self) -> AgentData | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).agent if rows else None

    def _sync_buttons(self) -> None:
        agent = self._selected()
        self.edit_button.setEnabled(agent is not None)
        self.leave_button.setEnabled(agent is not None and agent.status is Status.ACTIVE)
        self.profile_button.setEnabled(agent is not None)

    def open_profile(self) -> None:
        agent = self._selected()
        if agent is not None and agent.id is not None:
            self.agent_activated.emit(agent.id)

    def _row_actions(self) -> list[RowAction]:
        agent = self._selected()
        active = agent is not None and agent.status is Status.ACTIVE
        # Quick records (1:1, coaching note, mentor check-in, whatever areas register) first: the daily use.
        quick: list[RowAction] = [
            (QCoreApplication.translate("AgentQuickActions", action.title),
             lambda a=action: self.run_quick_action(a), lambda: active) for action in quick_actions()]
        return [*quick, None, self.profile_button, self.edit_button, self.leave_button]

    def run_quick_action(self, action: QuickAction) -> None:
        agent = self._selected()
        if agent is not None and agent.id is not None and action.run(self.ctx, self, agent.id):
            self._load_one_on_ones()  # a 1:1 changes the days-since column

    def select_agent(self, agent_id: int) -> None:
        row = self.model.row_index_of(agent_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    # --- actions ------------------------------------------------------------------------------
    # Each edit is one change through the door; its notice makes this page reload that agent's row (and
    # every other page showing the agent refresh).
    def _push(self, text: str, receipt) -> None:  # type: ignore[no-untyped-def]
        self.ctx.undo.push(RosterCommand(text, self.ctx.door, receipt, self.ctx.today(), self._show_domain_error))
        self._select_after = receipt.agent_id
        if self.model.row_index_of(receipt.agent_id) is not None:
            self.select_agent(receipt.agent_id)

    def _show_domain_error(self, exc: DomainError) -> None:
        if isValid(self):
            QMessageBox.warning(self, self.tr("Could not complete"), refusal_text(exc))

    def _change_agent(self, use_case, text: str, agent_id: int | None,  # type: ignore[no-untyped-def]
                      on_result: SaveResult) -> None:
        """Run an edit through the door; `on_result` gets the field errors, or [] once it landed (and the
        receipt is on the undo stack). An added agent has no id yet: every page showing agents refreshes."""
        self.ctx.door.save(use_case, on_result, Touched.of("agents", agents=[agent_id]), owner=self,
                           done=lambda receipt: self._push(text, receipt), box=True)

    def _saver(self, action, text: str):  # type: ignore[no-untyped-def]
        def save(value: AgentData, on_result: SaveResult) -> None:
            today = self.ctx.today()
            self._change_agent(lambda uow: action(uow, value, today), text.replace("%1", value.name), value.id,
                               on_result)
        return save

    def add_agent(self) -> None:
        dialog = AgentDialog(None, self.ctx.today(), self.model.teams(),
                             self._saver(services.add_agent, self.tr("Add %1")), self)
        dialog.exec()

    def edit_selected(self) -> None:
        agent = self._selected()
        if agent is None:
            return
        dialog = AgentDialog(agent, self.ctx.today(), self.model.teams(),
                             self._saver(lambda uow, value, today: services.update_agent(
                                 uow, value, today, current_user()), self.tr("Edit %1")), self)
        dialog.exec()

    def mark_selected_left(self) -> None:
        agent = self._selected()
        if agent is None or agent.id is None:
            return
        agent_id, text = agent.id, self.tr("%1 left").replace("%1", agent.name)

        def save(leave_date: date, reason: LeaveReason, voluntary: bool, on_result: SaveResult) -> None:
            today = self.ctx.today()
            self._change_agent(lambda uow: services.mark_left(uow, agent_id, leave_date, reason, voluntary, today),
                               text, agent_id, on_result)

        from ui.roster.leave_dialog import LeaveDialog  # its exit interview loads the care area: not at start-up

        LeaveDialog(agent, self.ctx.today(), save, self, ctx=self.ctx).exec()

    def import_file(self) -> None:
        from ui.roster.import_dialog import RosterImportDialog  # the reader's modules load when first asked

        dialog = RosterImportDialog(self.ctx, self)
        if dialog.exec():
            self.ctx.undo.clear()  # an import is not undoable step by step; its backup is the way back

    def export_file(self) -> None:
        folder = self.ctx.settings.value("last_folder", "")
        name = f"花名册_{self.ctx.today():%Y%m%d}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export roster"), f"{folder}/{name}" if folder else name,
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        self.ctx.settings.setValue("last_folder", str(Path(path).parent))
        self.export_button.setEnabled(False)

        def done(count: int) -> None:
            self.export_button.setEnabled(True)
            self.status_message.emit(self.tr("%1 agents exported to %2").replace("%1", str(count))
                                     .replace("%2", path))
            self.links.show_for(Path(path))

        def failed(exc: BaseException, trace: str) -> None:
            self.export_button.setEnabled(True)
            QMessageBox.warning(self, self.tr("Export failed"), sentence(exc, path, WRITE, trace))

        today, now = self.ctx.today(), self.ctx.now()
        from domain.roster.export_use_case import export_roster
        from persistence.file_ports import roster_writer  # openpyxl (~200 ms) loads on the worker, when first used

        self.ctx.door.query(lambda uow: export_roster(uow, roster_writer(), Path(path), today, now), done, failed,
                            owner=self)
