"""关怀 page: the care list (locked: date, agent, category only), the record form, totals, the lock,
the passphrase, the access log and the supervisor's own export."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
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
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from domain.care import services
from domain.care.crypto import CareKey
from domain.care.errors import CareLocked, KeyOutdated
from domain.care.export_use_case import export_care
from domain.care.model import CareCategory, CareRow, CareStatus
from domain.errors import DomainError
from persistence.file_ports import care_writer
from shared.error_sentences import WRITE, sentence
from shared.messages import describe
from shared.words import label
from ui.care.access_log_dialog import AccessLogDialog
from ui.care.actions import ask_to_unlock, open_record_form
from ui.care.labels import money
from ui.care.passphrase_dialog import Mode, PassphraseDialog
from ui.care.session import care_session
from ui.care.table_model import CareFilter, CareTableModel
from ui.care.totals_view import TotalsView
from ui.context import AppContext
from ui.door import Touched, out_of_sight, show_failure
from ui.export_links import ExportLinks
from ui.list_table import SizedTable, keyboard_table, sample_sizes


class CarePage(QWidget):
    status_message = Signal(str)
    agent_activated = Signal(int)
    loaded = Signal()  # the door answered a refresh (tests wait for it)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session = care_session(ctx)
        self.model = CareTableModel(self)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._setup_panel())
        self.pages.addWidget(self._main_panel())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._select_after: int | None = None
        self._stale = False
        self.session.locked.connect(self._forget_details)
        self.session.changed.connect(self.refresh)
        ctx.door.changed.connect(self._changed)
        self.refresh()

    # --- building ----------------------------------------------------------------------------
    def _setup_panel(self) -> QWidget:
        panel = QWidget()
        title = self.tr("Care records are protected by a passphrase")
        text = self.tr(
            "Health, pregnancy and family matters are sensitive personal information. Before the first record, "
            "set a care passphrase: what happened, the support given and notes are encrypted with it, and "
            "without it nobody can read them — not even you, if you forget it.")
        intro = QLabel(f"<h2>{html.escape(title)}</h2><p style='font-size:14px'>{html.escape(text)}</p>")
        intro.setWordWrap(True)
        intro.setFixedWidth(560)  # a readable measure for the paragraph, centred on the page
        intro.setMinimumHeight(intro.heightForWidth(560))
        self.setup_button = QPushButton(self.tr("Set the care passphrase…"))
        self.setup_button.setMinimumHeight(36)
        self.setup_button.clicked.connect(self.set_up_passphrase)
        box = QVBoxLayout(panel)
        box.addStretch(1)
        box.addWidget(intro, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addSpacing(12)
        box.addWidget(self.setup_button, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(2)
        return panel

    def _main_panel(self) -> QWidget:
        panel = QWidget()
        self.state_label = QLabel()
        self.lock_button = QPushButton()
        self.change_button = QPushButton(self.tr("Change passphrase…"))
        self.log_button = QPushButton(self.tr("Access log"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search agent name"))
        self.search.setClearButtonEnabled(True)
        self.category_filter = QComboBox()
        self.category_filter.addItem(self.tr("All categories"), "")
        for c in CareCategory:
            self.category_filter.addItem(label(c), c.value)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Open and closed"), "")
        for s in CareStatus:
            self.status_filter.addItem(label(s), s.value)
        self.add_button = QPushButton(self.tr("New record"))
        self.edit_button = QPushButton(self.tr("Edit"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.table = SizedTable()
        self.table.setModel(self.model)
        sample_sizes(self.table)  # columns sized from a sample of rows: a centre's records measured whole took ~0.1 s
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.details = QTextBrowser()
        self.empty_hint = QLabel(self.tr("No care records yet. Record a hospital visit, a birthday or a home "
                                         "visit with “New record”."))
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setStyleSheet("color: #666; font-size: 15px; padding: 40px;")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        records = QWidget()
        records_box = QVBoxLayout(records)
        records_box.setContentsMargins(0, 0, 0, 0)
        records_box.addWidget(self.empty_hint)
        records_box.addWidget(split, 1)
        self.totals = TotalsView(self.ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(records, self.tr("Records"))
        self.tabs.addTab(self.totals, self.tr("Totals"))

        header = QHBoxLayout()
        header.addWidget(self.state_label, 1)
        self.links = ExportLinks()  # "open the file" / "show in folder", once an export is written
        header.addWidget(self.links)
        for button in (self.lock_button, self.change_button, self.log_button, self.export_button):
            header.addWidget(button)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.category_filter)
        filters.addWidget(self.status_filter)
        filters.addSpacing(24)
        for button in (self.add_button, self.edit_button, self.delete_button):
            filters.addWidget(button)
        box = QVBoxLayout(panel)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(header)
        box.addLayout(filters)
        box.addWidget(self.tabs, 1)

        self._filter_timer = QTimer(self, singleShot=True, interval=120)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._filter_timer.start)
        self.category_filter.currentIndexChanged.connect(self.apply_filter)
        self.status_filter.currentIndexChanged.connect(self.apply_filter)
        self.lock_button.clicked.connect(self.toggle_lock)
        self.change_button.clicked.connect(self.change_passphrase)
        self.log_button.clicked.connect(self.show_access_log)
        self.export_button.clicked.connect(self.export_file)
        self.add_button.clicked.connect(self.add_record)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(self.edit_selected)
        keyboard_table(self.table, [self.edit_button, self.delete_button])  # the row menu (issue 24)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.tabs.currentChanged.connect(lambda _i: self.session.touch())
        return panel

    # --- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        self.pages.setVisible(self.session.known)  # neither panel until the door says which one applies
        if not self.session.known:
            return  # the session's own answer (passphrase set or not) calls this again
        if not self.session.has_passphrase():
            self.model.clear()
            self.pages.setCurrentIndex(0)
            self.loaded.emit()
            return
        self.pages.setCurrentIndex(1)
        key = self.session.key

        def failed(exc: BaseException, trace: str) -> None:
            if isinstance(exc, KeyOutdated | CareLocked):
                self.session.lock()  # emits changed → refresh again, locked
            else:
                show_failure(exc, trace)

        self.ctx.door.query(lambda uow: services.list_records(uow, key), lambda rows: self._show_rows(key, rows),
                            failed, owner=self)

    def _forget_details(self) -> None:
        self.model.forget_details()
        self._show_lock_state(False)
        self.apply_filter()

    def _changed(self, touched: Touched) -> None:
        if touched.concerns({"care", "agents"}):
            if out_of_sight(self):
                self._stale = True  # caught up in showEvent
            else:
                self.refresh()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def _show_rows(self, key: CareKey | None, rows: list[CareRow]) -> None:
        if key is not self.session.key:
            return  # locked or unlocked while this was read: the refresh that followed brings the right rows
        unlocked = self.session.unlocked
        self.model.set_rows(rows, unlocked)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        if unlocked:
            self.totals.refresh()
        self._show_lock_state(unlocked)
        self.apply_filter()
        if self._select_after is not None:
            self.select_record(self._select_after)
            self._select_after = None
        self.loaded.emit()

    def _show_lock_state(self, unlocked: bool) -> None:
        if not unlocked:
            self.totals.clear()
        self.tabs.setTabEnabled(1, unlocked)
        if not unlocked:
            self.tabs.setCurrentIndex(0)
        self.state_label.setText(
            self.tr("Unlocked · locks after %1 minutes without use").replace("%1", str(self.session.idle_minutes))
            if unlocked else self.tr("Locked · only date, agent and category are shown"))
        self.state_label.setStyleSheet("color: #1e7b34;" if unlocked else "color: #a04000;")
        self.lock_button.setText(self.tr("Lock now") if unlocked else self.tr("Unlock…"))
        for widget in (self.change_button, self.export_button, self.status_filter):
            widget.setEnabled(unlocked)
        # 新增记录 stays clickable while locked: it asks for the passphrase, then opens the form.
        self.add_button.setToolTip("" if unlocked else self.tr("Asks for the care passphrase first"))

    def apply_filter(self) -> None:
        category, status = self.category_filter.currentData(), self.status_filter.currentData()
        self.model.set_filter(CareFilter(
            text=self.search.text().strip(),
            category=CareCategory(category) if category else None,
            status=CareStatus(status) if status and self.session.unlocked else None,
        ))
        shown, total = self.model.counts()
        self.empty_hint.setVisible(total == 0)
        self.table.parentWidget().setVisible(total > 0)
        self.status_message.emit(self.tr("Showing %1 of %2 care records").replace("%1", str(shown))
                                 .replace("%2", str(total)))
        self.session.touch()
        self._on_selection()

    def _selected(self) -> CareRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _on_selection(self) -> None:
        row = self._selected()
        can_change = row is not None and self.session.unlocked
        self.edit_button.setEnabled(can_change and not row.damaged)  # type: ignore[union-attr]
        self.delete_button.setEnabled(can_change)
        self.session.touch()
        self.details.setHtml(self._details_html(row))

    def _details_html(self, row: CareRow | None) -> str:
        if row is None:
            return ""
        h = row.header
        title = f"<h3>{html.escape(h.agent_name)} · {html.escape(label(h.category))} · {h.day}</h3>"
        if row.facts is None:
            hint = self.tr("Unlock to see the details.")
            return title + f"<p style='color:#a04000'>{html.escape(hint)}</p>"
        if row.damaged or row.details is None:
            return title + f"<p style='color:#c0392b'>{html.escape(describe('care_record_damaged'))}</p>"
        f, d = row.facts, row.details
        facts = [label(f.status)]
        if f.follow_up:
            facts.append(self.tr("follow up on %1").replace("%1", f.follow_up.isoformat()))
        if f.aid_fen:
            facts.append(self.tr("aid %1").replace("%1", money(f.aid_fen)))
        parts = [title, f"<p>{html.escape(' · '.join(facts))}</p>"]
        if d.eap is not None:
            accepted = {None: self.tr("acceptance not known"), True: self.tr("accepted"),
                        False: self.tr("declined")}[d.eap.accepted]
            eap = self.tr("Referred to EAP on %1, %2").replace("%1", d.eap.referred_on.isoformat()) \
                .replace("%2", accepted)
            parts.append(f"<p><b>EAP</b><br>{html.escape(eap)}"
                         + (f"<br>{html.escape(d.eap.follow_up)}" if d.eap.follow_up else "") + "</p>")
        for heading, text in ((self.tr("What happened"), d.what_happened),
                              (self.tr("Support given"), d.support_given), (self.tr("Notes"), d.notes)):
            if text:
                parts.append(f"<p><b>{html.escape(heading)}</b><br>{html.escape(text).replace(chr(10), '<br>')}</p>")
        return "".join(parts)

    def select_record(self, record_id: int) -> None:
        index = self.model.row_index_of(record_id)
        if index is not None:
            self.table.selectRow(index)
            self.table.scrollTo(self.model.index(index, 0))

    # --- the lock and the passphrase ---------------------------------------------------------
    def toggle_lock(self) -> None:
        if self.session.unlocked:
            self.session.lock()
        else:
            self.ask_to_unlock()

    def set_up_passphrase(self) -> None:
        PassphraseDialog(Mode.CREATE, lambda _current, new, answer: self.session.set_up(new, answer), self).exec()

    def change_passphrase(self) -> None:
        def submit(current: str, new: str, answer: Callable[[str], None]) -> None:
            self.session.change_passphrase(current, new, answer, changed)

        def changed(result: services.RekeyResult) -> None:
            message = self.tr("Passphrase changed; %1 records re-encrypted.").replace("%1", str(result.records))
            if result.damaged:
                message += " " + self.tr("%1 damaged records could not be read and were left as they were.") \
                    .replace("%1", str(result.damaged))
            self.status_message.emit(message)

        PassphraseDialog(Mode.CHANGE, submit, self).exec()

    def show_access_log(self) -> None:
        self.ctx.door.query(services.access_log, lambda entries: AccessLogDialog(entries, self).exec(), owner=self)

    # --- records -----------------------------------------------------------------------------
    def _warn(self, exc: DomainError) -> None:
        if isinstance(exc, KeyOutdated | CareLocked):
            self.session.lock()
        QMessageBox.warning(self, self.tr("Could not complete"), describe(exc.code))

    def _open_form(self, row: CareRow | None) -> None:
        saved = open_record_form(self.ctx, self, row)
        if saved is not None:  # the door's notice reloads the list; the saved record is selected then
            self._select_after = saved
            self.status_message.emit(self.tr("Care record saved"))

    def add_record(self) -> None:
        if self.session.unlocked or self.ask_to_unlock():
            self._open_form(None)

    def ask_to_unlock(self) -> bool:
        return ask_to_unlock(self.ctx, self)

    def edit_selected(self) -> None:
        row = self._selected()
        if row is not None and self.session.unlocked and not row.damaged:
            self._open_form(row)

    def delete_selected(self) -> None:
        row = self._selected()
        if row is None or not self.session.unlocked:
            return
        answer = QMessageBox.question(self, self.tr("Delete care record"), self.tr(
            "Delete the %1 record of %2 from %3? This cannot be undone.")
            .replace("%1", label(row.header.category)).replace("%2", row.header.agent_name)
            .replace("%3", row.header.day.isoformat()))
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_record(row.header.id)

    def delete_record(self, record_id: int) -> None:
        key = self.session.key
        row = self.model.row_index_of(record_id)
        agent = self.model.row_at(row).header.agent_id if row is not None else None

        def failed(exc: BaseException, trace: str) -> None:
            if isinstance(exc, DomainError):
                self._warn(exc)
            else:
                show_failure(exc, trace)
            self.refresh()

        self.ctx.door.change(lambda uow: services.delete_record(uow, key, record_id), lambda _r: None,
                             Touched.of("care", agents=[agent]), failed=failed, owner=self)

    # --- export ------------------------------------------------------------------------------
    def export_file(self) -> None:
        if not self.session.unlocked:
            return
        confirm = QMessageBox.question(self, self.tr("Export care records"), self.tr(
            "The exported workbook is NOT encrypted and holds sensitive personal information. Keep it only as "
            "long as needed and never send it to HQ. The export is recorded in the access log. Continue?"))
        if confirm != QMessageBox.StandardButton.Yes:
            return
        folder = self.ctx.settings.value("last_folder", "")
        name = f"关怀记录_{self.ctx.today():%Y%m%d}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export care records"),
                                              f"{folder}/{name}" if folder else name,
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        """The rows the page shows now (filters applied)."""
        self.ctx.settings.setValue("last_folder", str(Path(path).parent))
        key, ids = self.session.key, {r.header.id for r in self.model.rows()}
        self.export_button.setEnabled(False)

        def done(count: int) -> None:
            self.export_button.setEnabled(self.session.unlocked)
            self.status_message.emit(self.tr("%1 care records exported to %2").replace("%1", str(count))
                                     .replace("%2", path))
            self.links.show_for(Path(path))

        def failed(exc: BaseException, trace: str) -> None:
            self.export_button.setEnabled(self.session.unlocked)
            QMessageBox.warning(self, self.tr("Export failed"), sentence(exc, path, WRITE, trace))

        now = self.ctx.now()
        # Writes the access log's export line too, which no page shows live: a query, no notice.
        self.ctx.door.query(lambda uow: export_care(uow, key, care_writer(), Path(path), now, ids), done, failed,
                            owner=self)
