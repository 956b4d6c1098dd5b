"""辅导补贴 statement for one month: who is owed how much, per pairing and per mentor, and export for HQ."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from domain.mentoring import services
from domain.mentoring.allowance import AllowanceLine, AllowanceStatement, LineNote, MentorTotal
from domain.roster.rules import add_months
from persistence.file_ports import allowance_writer
from shared.error_sentences import WRITE, sentence
from shared.words import label
from ui.context import AppContext
from ui.export_links import ExportLinks
from ui.list_table import WARNING, Column, ListTableModel, make_view
from ui.mentoring.dialogs import person

MONTHS_OFFERED = 24


def money(value) -> str:  # type: ignore[no-untyped-def]
    return f"{value:,.2f}"


LINE_COLUMNS: list[Column[AllowanceLine]] = [
    Column(QT_TRANSLATE_NOOP("StatementTab", "Mentor"), lambda ln: person(ln.mentor), lambda ln: ln.mentor.employee_no),
    Column(QT_TRANSLATE_NOOP("StatementTab", "Apprentice"), lambda ln: person(ln.apprentice),
           lambda ln: ln.apprentice.employee_no),
    Column(QT_TRANSLATE_NOOP("StatementTab", "Paid from"), lambda ln: ln.billed_from.isoformat(),
           lambda ln: ln.billed_from),
    Column(QT_TRANSLATE_NOOP("StatementTab", "Paid to"), lambda ln: ln.billed_to.isoformat(), lambda ln: ln.billed_to),
    Column(QT_TRANSLATE_NOOP("StatementTab", "Days"), lambda ln: f"{ln.active_days}/{ln.days_in_month}",
           lambda ln: ln.active_days, numeric=True),
    Column(QT_TRANSLATE_NOOP("StatementTab", "Monthly rate"), lambda ln: money(ln.monthly_amount),
           lambda ln: ln.monthly_amount, numeric=True),
    Column(QT_TRANSLATE_NOOP("StatementTab", "Amount due"), lambda ln: money(ln.amount), lambda ln: ln.amount,
           numeric=True),
    Column(QT_TRANSLATE_NOOP("StatementTab", "Notes"), lambda ln: "；".join(label(n) for n in ln.notes),
           lambda ln: len(ln.notes)),
]

TOTAL_COLUMNS: list[Column[MentorTotal]] = [
    Column(QT_TRANSLATE_NOOP("StatementTab", "Mentor"), lambda t: person(t.mentor), lambda t: t.mentor.employee_no),
    Column(QT_TRANSLATE_NOOP("StatementTab", "Apprentices"), lambda t: str(t.lines), lambda t: t.lines, numeric=True),
    Column(QT_TRANSLATE_NOOP("StatementTab", "Total due"), lambda t: money(t.amount), lambda t: t.amount,
           numeric=True),
]

ATTENTION = {LineNote.APPRENTICE_LEFT, LineNote.MENTOR_LEFT, LineNote.PAST_PLANNED_END}


class StatementTab(QWidget):
    status_message = Signal(str)
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.statement: AllowanceStatement | None = None
        self.month = QComboBox()
        first = ctx.today().replace(day=1)
        for back in range(MONTHS_OFFERED):
            month = add_months(first, -back)
            self.month.addItem(self.tr("%1-%2").replace("%1", str(month.year)).replace("%2", f"{month.month:02d}"),
                               (month.year, month.month))
        self.month.setCurrentIndex(1)  # last month: the one HQ asks for
        self.export_button = QPushButton(self.tr("Export for HQ…"))
        self.links = ExportLinks()  # "open the file" / "show in folder", once the statement is written
        self.total = QLabel()
        self.total.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.rule = QLabel(self.tr(
            "Rule: monthly rate × calendar days active in the month ÷ days in the month, rounded half up to the "
            "fen. Start and end days both count; a leave date ends the payment. A whole month is paid in full."))
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet("color: #666;")
        self.lines_model: ListTableModel[AllowanceLine] = ListTableModel(
            "StatementTab", LINE_COLUMNS, lambda ln: WARNING if ATTENTION & set(ln.notes) else None, parent=self)
        self.lines_view = make_view(self.lines_model, self)
        self.totals_model: ListTableModel[MentorTotal] = ListTableModel("StatementTab", TOTAL_COLUMNS, parent=self)
        self.totals_view = make_view(self.totals_model, self)
        self.empty_hint = QLabel()
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setStyleSheet("color: #666; font-size: 15px; padding: 40px;")

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month")))
        top.addWidget(self.month)
        top.addWidget(self.total, 1)
        top.addWidget(self.links)
        top.addWidget(self.export_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.lines_view)
        splitter.addWidget(self.totals_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([800, 380])
        self._splitter = splitter
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.rule)
        layout.addWidget(self.empty_hint)
        layout.addWidget(splitter, 1)
        self.month.currentIndexChanged.connect(self.refresh)
        self.export_button.clicked.connect(self.export_file)
        self.refresh()

    def year_month(self) -> tuple[int, int]:
        return self.month.currentData()

    def refresh(self) -> None:
        year, month = self.year_month()
        self.ctx.door.query(lambda uow: services.allowance_statement(uow, year, month), self._show, owner=self)

    def _show(self, statement: AllowanceStatement) -> None:
        if (statement.year, statement.month) != self.year_month():  # the user picked another month meanwhile
            return
        self.statement = statement
        lines = list(self.statement.lines)
        self.lines_model.set_rows(lines)
        self.totals_model.set_rows(list(self.statement.mentor_totals))
        for view in (self.lines_view, self.totals_view):
            view.resizeColumnsToContents()
        self.total.setText(self.tr("Total ¥%1 · %2 mentors · %3 lines").replace("%1", money(self.statement.total))
                           .replace("%2", str(len(self.statement.mentor_totals))).replace("%3", str(len(lines))))
        self.empty_hint.setText(self.tr("No pairing was active in %1: nothing is owed.")
                                .replace("%1", self.month.currentText()))
        self.empty_hint.setVisible(not lines)
        self._splitter.setVisible(bool(lines))
        self.export_button.setEnabled(bool(lines))
        self.loaded.emit()

    def export_file(self) -> None:
        year, month = self.year_month()
        folder = self.ctx.settings.value("last_folder", "")
        name = f"辅导补贴_{year}{month:02d}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export allowance statement"),
                                              f"{folder}/{name}" if folder else name,
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        self.ctx.settings.setValue("last_folder", str(Path(path).parent))
        self.export_button.setEnabled(False)
        year, month = self.year_month()

        def done(statement: AllowanceStatement) -> None:
            self.export_button.setEnabled(True)
            self.status_message.emit(self.tr("Allowance statement written to %1 (total ¥%2)").replace("%1", path)
                                     .replace("%2", money(statement.total)))
            self.links.show_for(Path(path))

        def failed(exc: BaseException, trace: str) -> None:
            self.export_button.setEnabled(True)
            QMessageBox.warning(self, self.tr("Export failed"), sentence(exc, path, WRITE, trace))

        write = allowance_writer(Path(path), self.ctx.now())
        # A query: the export writes a file and its log line, nothing another page shows.
        self.ctx.door.query(lambda uow: services.export_allowance_statement(uow, write, path, year, month), done,
                            failed=failed, owner=self)
