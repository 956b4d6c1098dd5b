"""总部月报: choose a month and the sections, export the workbook off the UI thread, see past exports."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from domain.ports import Job
from domain.reports.export_use_case import export_history, export_report_job
from domain.reports.workforce import Month
from persistence.file_ports import report_sections
from shared.error_sentences import WRITE, sentence
from ui.context import AppContext
from ui.door import Touched
from ui.export_links import ExportLinks
from ui.list_table import SizedTable, keyboard_table
from ui.reports.log_model import ExportLogModel

SECTION_NAMES = {
    "workforce": QT_TRANSLATE_NOOP("ReportSections", "Workforce"),
    "roster": QT_TRANSLATE_NOOP("ReportSections", "Roster detail"),
    "performance": QT_TRANSLATE_NOOP("ReportSections", "Performance"),
    "recruiting": QT_TRANSLATE_NOOP("ReportSections", "Recruiting"),
    "mentoring": QT_TRANSLATE_NOOP("ReportSections", "Mentoring"),
    "coaching": QT_TRANSLATE_NOOP("ReportSections", "Coaching"),
    "training": QT_TRANSLATE_NOOP("ReportSections", "Training and development"),
    "care": QT_TRANSLATE_NOOP("ReportSections", "Care"),
    "leavers": QT_TRANSLATE_NOOP("ReportSections", "Leavers"),
}


# The sheets the report can hold. Asking for them imports the report's writer (openpyxl, ~0.3 s): done when this
# module is imported, which the app does on the worker in idle time (ui/app.py idle_preload), so building the
# page on the UI thread no longer waits for it (its first opening stalled 136–203 ms, answer 0).
SECTIONS: list[tuple[str, str]] = report_sections()


def recent_months(today: date, count: int = 24) -> list[Month]:
    """Newest first, starting with last month: the month a supervisor reports on."""
    this = Month(today.year, today.month)
    return [this.shift(-i) for i in range(1, count + 1)] + [this]


class ReportsPage(QWidget):
    log_loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.month = QComboBox()
        for month in recent_months(ctx.today()):
            self.month.addItem(self.tr("%1-%2").replace("%1", str(month.year)).replace("%2", f"{month.month:02d}"),
                               str(month))
        self.boxes: dict[str, QCheckBox] = {}
        sections = QGroupBox(self.tr("Sheets"))
        grid = QGridLayout(sections)
        for i, (key, sheet) in enumerate(SECTIONS):
            # The workbook goes to HQ in Chinese whatever the interface language; the box speaks the user's.
            box = QCheckBox(QCoreApplication.translate("ReportSections", SECTION_NAMES.get(key, sheet)))
            box.setChecked(True)
            self.boxes[key] = box
            grid.addWidget(box, i // 4, i % 4)
        note = QLabel(self.tr("The cover sheet is always included. Care data appears only as counts and aid "
                              "totals by category — never a name, an employee no. or a detail."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #666;")
        self.export_button = QPushButton(self.tr("Export report…"))
        self.export_button.setDefault(True)
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel()
        self.links = ExportLinks()
        self.log_model = ExportLogModel(self)
        self.log_view = SizedTable()
        self.log_view.setModel(self.log_model)
        self.log_view.verticalHeader().setVisible(False)
        # Time, kind and rows fit their text; the details (month, file) take the rest of the width.
        header = self.log_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        keyboard_table(self.log_view)

        form = QFormLayout()
        form.addRow(self.tr("Month"), self.month)
        top = QHBoxLayout()
        top.addLayout(form)
        top.addStretch()
        top.addWidget(self.export_button)
        history = QGroupBox(self.tr("Export history"))
        self.empty_log = QLabel(self.tr("No report exported yet. Choose the month and the sheets above, then "
                                        "\"Export report…\": each export is listed here with its file."))
        self.empty_log.setWordWrap(True)
        self.empty_log.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty_log.setStyleSheet("color: #666; padding: 12px;")
        self.empty_log.hide()  # until the history has been read
        column = QVBoxLayout(history)
        column.addWidget(self.empty_log)
        column.addWidget(self.log_view)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(sections)
        layout.addWidget(note)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.links)
        layout.addWidget(history, 1)
        self.export_button.clicked.connect(self.choose_and_export)
        ctx.door.changed.connect(self._data_changed)
        self.refresh_log()

    def refresh_log(self) -> None:
        self.ctx.door.query(export_history, self._show_log, owner=self)

    def _show_log(self, rows: list) -> None:  # type: ignore[type-arg]
        self.log_model.set_rows(rows)
        listed = self.log_model.rowCount() > 0  # the model lists the log's exports only
        self.empty_log.setVisible(not listed)
        self.log_view.setVisible(listed)
        self.log_loaded.emit()

    def _data_changed(self, touched: Touched) -> None:
        if touched.concerns({"exports"}):  # this page's report, or a sheet exported elsewhere
            self.refresh_log()

    def selected_month(self) -> Month:
        return Month.parse(self.month.currentData())

    def selected_sections(self) -> list[str]:
        return [key for key, box in self.boxes.items() if box.isChecked()]

    def choose_and_export(self) -> None:
        folder = str(self.ctx.settings.value("last_folder", ""))
        name = f"月度报告_{self.selected_month()}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export report"), str(Path(folder) / name) if folder
                                              else name, self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.ctx.settings.setValue("last_folder", str(Path(path).parent))
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        month, keys = self.selected_month(), self.selected_sections()
        self.export_button.setEnabled(False)
        self.links.hide()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Building the report…"))
        now = self.ctx.now()

        def step(done: int, total: int) -> None:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.status.setText(self.tr("Writing sheet %1 of %2…").replace("%1", str(done)).replace("%2", str(total)))

        def finished(_sheets: object) -> None:
            self.export_button.setEnabled(True)
            self.progress.hide()
            self.status.setText(self.tr("Saved to %1").replace("%1", str(path)))
            self.links.show_for(path)  # the notice ("exports") reloads the history

        def failed(exc: BaseException, trace: str) -> None:
            self.export_button.setEnabled(True)
            self.progress.hide()
            self.status.setText("")
            QMessageBox.warning(self, self.tr("Export failed"), sentence(exc, path, WRITE, trace))

        # Every sheet read in one transaction, then the export logged; in the second process when it is up.
        self.ctx.door.apart(Job(export_report_job, (month, path, keys, now)), finished, progress=step,
                            touches=Touched.of("exports"), failed=failed, owner=self)
