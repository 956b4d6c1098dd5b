"""KPI import: choose the platform's export, map unknown columns (remembered), see every row and every
error, decide about 工号 not in the roster, then land the month whole. Opened without a file, the dialog asks
for one at once; the month comes from the file; the one Import button is the confirmation (it says so when
it replaces a month already there). Issue 24: the month's file in three actions. Reads and writes go through
the door."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from domain.performance.kpi_import_use_case import KpiPreview, commit_job, preview_job
from domain.performance.model import Metric
from domain.performance.months import parse_month
from domain.ports import Job
from persistence.cells import FRACTION, POINTS
from persistence.performance.kpi_reader import EMPLOYEE_NO, FIELDS, MONTH, NAME
from shared.error_sentences import sentence
from shared.messages import describe
from shared.performance_figures import fmt
from shared.words import label
from ui.context import AppContext
from ui.door import Touched
from ui.list_table import SizedTable, sample_sizes
from ui.roster.import_models import ColumnMappingGrid, SheetPicker, capped
from ui.table_model import Column, TableModel, text_columns

Index = QModelIndex | QPersistentModelIndex
PREVIEW_METRICS = (Metric.HANDLED, Metric.AHT, Metric.RESPONSE, Metric.CSAT, Metric.FCR, Metric.COMPLAINTS,
                   Metric.COMPLAINT_RATE, Metric.QA, Metric.ADHERENCE)


PREVIEW_SAMPLE_ROWS = 20


def shown_metrics(preview: KpiPreview) -> list[Metric]:
    """The preview's figure columns: the metrics any line holds (a scan of every line: done on the worker)."""
    lines = preview.plan.lines
    return [m for m in PREVIEW_METRICS if any(line.record.value(m) is not None for line in lines)]


class RowsModel(TableModel[Any]):
    """A preview list on the one table base. Its columns come with each file (the metrics it holds), and a row's
    texts are made when the row is first shown: a month's 5,000 lines formatted whole on arrival, with every
    column sized to all of them, held the UI thread ~1 s (benchmarks/ui_stalls.py, "import a KPI month")."""

    def __init__(self, parent: Any = None, color: str | None = None) -> None:
        tint = QColor(color) if color else None
        super().__init__("KpiImportDialog", [], colour=(lambda _row: tint) if tint else None, parent=parent)

    def set_table(self, columns: list[Column[Any]], rows: list[Any]) -> None:
        self.set_columns(columns)
        self.set_rows(rows)

    @property
    def headers(self) -> list[str]:
        return [c.title for c in self.columns]

    def row_texts(self) -> list[list[str]]:
        return [self.texts(row) for row in self.rows()]


class KpiImportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = path
        self.preview: KpiPreview | None = None
        self.tables_for: KpiPreview | None = None  # the preview the tables show (filled a turn after it arrives)
        self.imported = 0
        self._mapping: dict[str, str] | None = None  # the remembered one, read with the first preview
        self._sheet: str | None = None
        self.setWindowTitle(self.tr("Import monthly KPIs"))
        self.resize(980, 620)
        self.file_label = QLabel(self.tr("Choose the platform's monthly export (.xlsx, .xls, .csv or .txt)."))
        self.file_label.setWordWrap(True)
        choose = QPushButton(self.tr("Choose file…"))
        choose.clicked.connect(self.choose_file)
        self.month_edit = QLineEdit()
        self.month_edit.setPlaceholderText(self.tr("from the file"))
        self.month_edit.setMaximumWidth(120)
        self.month_edit.editingFinished.connect(self.reload)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.sheet_picker = SheetPicker()
        self.sheet_picker.picked.connect(self._pick_sheet)
        self.mapping_box = ColumnMappingGrid()
        self.mapping_box.changed.connect(self._remap)
        self.mapping_box.hide()
        self.accept_tenure = QCheckBox(self.tr("Import the rows of agents not employed in that month"))
        self.accept_odd = QCheckBox(self.tr("Import the implausible figures as they are (I checked them)"))
        for box in (self.accept_tenure, self.accept_odd):
            box.hide()
            box.toggled.connect(self._sync_button)
        self.skip_unknown = QCheckBox(self.tr("Skip the rows whose 工号 is not in the roster"))
        self.skip_unknown.hide()
        self.skip_unknown.toggled.connect(self._sync_button)
        self.preview_model, self.unknown_model = RowsModel(self), RowsModel(self, "#b35c00")
        self.error_model = RowsModel(self, "#c0392b")
        self.confirm_model = RowsModel(self, "#b35c00")
        self.tabs = QTabWidget()
        for model, title in ((self.preview_model, self.tr("Preview")), (self.unknown_model, self.tr("Not in roster")),
                             (self.confirm_model, self.tr("To confirm")), (self.error_model, self.tr("Errors"))):
            view = SizedTable()  # measured once per answer, not once per layout pass
            view.setModel(model)
            sample_sizes(view)  # sized from a sample of rows, not all 5,000 of a month
            # and a smaller one than other lists': its columns hold figures, employee numbers and names of like
            # widths, and measuring 60 rows × 9 columns when the month arrives was ~30 ms of the UI thread
            view.horizontalHeader().setResizeContentsPrecision(PREVIEW_SAMPLE_ROWS)
            view.verticalHeader().setVisible(False)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.horizontalHeader().setStretchLastSection(True)
            self.tabs.addTab(view, title)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.commit)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(QLabel(self.tr("Month")))
        top.addWidget(self.month_edit)
        top.addWidget(self.sheet_picker)
        top.addWidget(choose)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.summary)
        layout.addWidget(self.skip_unknown)
        layout.addWidget(self.accept_tenure)
        layout.addWidget(self.accept_odd)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        if path is not None:
            self.load(path)
        else:  # the file chooser at once, once the dialog is up (cancelling it closes the dialog)
            QTimer.singleShot(0, self._choose_at_once)

    def _choose_at_once(self) -> None:
        if not self.choose_file():
            self.reject()

    # --- reading -----------------------------------------------------------------------------------
    def choose_file(self) -> bool:
        folder = str(self.ctx.settings.value("last_folder", ""))
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import monthly KPIs"), folder,
                                              self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.csv *.txt)"))
        if name:
            self._sheet = None
            self.ctx.settings.setValue("last_folder", str(Path(name).parent))
            self.load(Path(name))
        return bool(name)

    def chosen_month(self) -> str | None:
        typed = self.month_edit.text().strip()
        if not typed:
            return None
        try:
            return parse_month(typed)
        except ValueError:
            return None

    def reload(self) -> None:
        if self.path is not None:
            self.load(self.path)

    def load(self, path: Path) -> None:
        self.path = path
        self.file_label.setText(str(path))
        self.progress.show()
        self.import_button.setEnabled(False)
        mapping = None if self._mapping is None else dict(self._mapping)
        month, sheet, today = self.chosen_month(), self._sheet, self.ctx.today()

        # The remembered words, the file, then the roster (in the second process when it is up); the columns to
        # show found on the worker thread.
        def columns(answer: tuple[dict[str, str], KpiPreview]) -> tuple[dict[str, str], KpiPreview, list[Metric]]:
            return (*answer, shown_metrics(answer[1]))

        self.ctx.door.apart(Job(preview_job, (path, month, mapping, today, sheet), keep=True), self._previewed,
                            then=columns,
                            failed=self._show_failure, owner=self)

    def _previewed(self, answer: tuple[dict[str, str], KpiPreview, list[Metric]]) -> None:
        self._mapping, preview, metrics = answer
        self._show_preview(preview, metrics)

    def _show_failure(self, exc: BaseException, _trace: str) -> None:
        self.progress.hide()
        self.preview = None
        for model in (self.preview_model, self.unknown_model, self.confirm_model, self.error_model):
            model.set_table([], [])
        reason = sentence(exc, self.path, trace=_trace)
        self.summary.setText(self.tr("Nothing was imported: %1").replace("%1", reason))
        self.summary.setStyleSheet("font-weight: bold; color: #c0392b;")
        self._sync_button()

    def _show_preview(self, preview: KpiPreview, metrics: list[Metric] | None = None) -> None:
        self.progress.hide()
        self.preview = preview
        kf, plan = preview.file, preview.plan
        self._build_mapping(preview)
        self.sheet_picker.set_sheets(kf.sheets, kf.sheet, bool(kf.sheet_choices) or not kf.sheet)
        self.sheet_picker.select(self._sheet)
        if kf.sheet:
            self.file_label.setText(f"{self.path}\n" + self.tr("Sheet %1, header on row %2")
                                    .replace("%1", kf.sheet).replace("%2", str(kf.header_row)))
        errors, more = capped(preview.errors, preview.more_errors)
        tenure_word = describe("kpi_out_of_tenure")
        confirm = [[str(t.row), t.agent.employee_no, t.agent.name, self.tr("Employment"),
                    tenure_word + f" ({t.agent.hire_date} – {t.agent.leave_date or ''})"] for t in plan.out_of_tenure]
        confirm += [[str(e.row), "", "", e.column, f"{describe(e.code)}: {e.value}"] for e in plan.implausible]
        total_errors = len(preview.errors) + preview.more_errors
        # Everything that moves the layout (the boxes, the summary's lines, the tab shown) before the tables are
        # filled: each layout change measured the shown table's sampled rows again, five passes over a month's
        # preview (~60 ms). Filled last, the tables are measured once, on the next turn of the event loop.
        for model in (self.preview_model, self.unknown_model, self.confirm_model, self.error_model):
            model.set_rows([])
        self.tabs.setTabText(1, self.tr("Not in roster (%1)").replace("%1", str(len(plan.unknown))))
        self.tabs.setTabText(2, self.tr("To confirm (%1)").replace("%1", str(len(confirm))))
        self.tabs.setTabText(3, self.tr("Errors (%1)").replace("%1", str(total_errors)))
        self.skip_unknown.setVisible(bool(plan.unknown) and not errors)
        self.accept_tenure.setVisible(bool(plan.out_of_tenure) and not errors)
        self.accept_odd.setVisible(bool(plan.implausible) and not errors)
        parts = [self.tr("Month %1: %2 agents").replace("%1", plan.month or "?").replace("%2", str(len(plan.lines)))]
        if plan.unknown:
            parts.append(self.tr("%1 not in the roster").replace("%1", str(len(plan.unknown))))
        if plan.existing:
            parts.append(self.tr("replaces the %1 agents' figures already imported for this month")
                         .replace("%1", str(plan.existing)))
        if confirm:
            parts.append(self.tr("%1 rows to confirm").replace("%1", str(len(confirm))))
        if kf.sheet_choices:
            parts.append(self.tr("several sheets look like KPIs: choose one"))
        elif errors:
            parts.append(self.tr("%1 errors: fix them in the file (or choose the month) and load it again; "
                                 "nothing is imported while any remain").replace("%1", str(total_errors)))
        if more:
            parts.append(self.tr("(the first %1 are listed)").replace("%1", str(len(errors))))
        self.summary.setText(" · ".join(parts))
        self.summary.setStyleSheet("font-weight: bold;" + (" color: #c0392b;" if errors else ""))
        self.tabs.setCurrentIndex(3 if errors else 1 if plan.unknown else 2 if confirm else 0)
        self.import_button.setText(self.tr("Replace %1 and import").replace("%1", plan.month or "")
                                   if plan.existing else self.tr("Import"))
        self._sync_button()
        if self.import_button.isEnabled():
            self.import_button.setFocus()  # Enter (or one click) lands the month
        # The tables a turn later (a 1 ms timer, so the event loop runs between): filled, measured and painted in
        # the same turn as the summary, a month's preview held the UI thread 50–60 ms (benchmarks/ui_stalls.py).
        QTimer.singleShot(1, self, lambda: self._fill_tables(preview, metrics, errors, confirm))

    def _fill_tables(self, preview: KpiPreview, metrics: list[Metric] | None, errors: list[Any],
                     confirm: list[list[str]]) -> None:
        if self.preview is not preview:  # a newer preview (or none) is shown meanwhile
            return
        self.tables_for = preview
        plan = preview.plan
        fixed: list[Column[Any]] = [
            Column(self.tr("Row"), lambda line: str(line.row), lambda line: line.row, key="row"),
            Column(self.tr("Employee no."), lambda line: line.agent.employee_no, lambda line: line.agent.employee_no,
                   key="employee_no"),
            Column(self.tr("Name"), lambda line: line.agent.name, lambda line: line.agent.name, key="name")]
        figures = [Column(label(m), lambda line, m=m: fmt(m, line.record.value(m)),
                          lambda line, m=m: line.record.value(m), numeric=True, key=m.value)
                   for m in (shown_metrics(preview) if metrics is None else metrics)]
        self.preview_model.set_table(fixed + figures, plan.lines)
        self.unknown_model.set_table(text_columns([self.tr("Row"), self.tr("Employee no."), self.tr("Name in file")]),
                                     [[str(u.row), u.employee_no, u.name] for u in plan.unknown])
        self.error_model.set_table(
            text_columns([self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Problem"), self.tr("Value")]),
            [[e.sheet, str(e.row) if e.row else "", e.column, describe(e.code), e.value] for e in errors])
        self.confirm_model.set_table(text_columns([self.tr("Row"), self.tr("Employee no."), self.tr("Name"),
                                                    self.tr("Column"), self.tr("Why it needs a look")]), confirm)

    def _sync_button(self) -> None:
        p = self.preview
        ready = (p is not None and not p.errors and p.plan.ok and (not p.plan.unknown or self.skip_unknown.isChecked())
                 and (not p.plan.out_of_tenure or self.accept_tenure.isChecked())
                 and (not p.plan.implausible or self.accept_odd.isChecked()))
        self.import_button.setEnabled(bool(ready))

    def _field_words(self) -> list[tuple[str, str]]:
        fixed = {EMPLOYEE_NO: self.tr("Employee no."), NAME: self.tr("Name"), MONTH: self.tr("Month")}
        return [(f, fixed.get(f) or label(Metric(f))) for f in FIELDS]

    def _build_mapping(self, preview: KpiPreview) -> None:
        kf = preview.file
        unit_words = {POINTS: self.tr("percentage points"), FRACTION: self.tr("fractions"),
                      "60": self.tr("minutes"), "3600": self.tr("hours"), "1": self.tr("seconds")}
        units = {h: unit_words.get(u, "") for h, u in kf.units.items()}
        self.mapping_box.set_columns(kf.headers, kf.mapping, self._field_words(), set(kf.unknown_headers), units)

    def _pick_sheet(self, name: str | None) -> None:
        self._sheet = name
        self.reload()

    def _remap(self, header: str, target: str) -> None:
        self._mapping = {**(self._mapping or {}), header: target}
        self.reload()

    # --- landing -----------------------------------------------------------------------------------
    def commit(self) -> None:
        """The Import button is the one confirmation: when the month is there already it reads "replace", the
        summary says how many agents' figures go, and a backup is taken first."""
        p = self.preview
        if p is None or not p.plan.ok:
            return
        skip = self.skip_unknown.isChecked()
        tenure, odd = self.accept_tenure.isChecked(), self.accept_odd.isChecked()
        self.progress.show()
        self.import_button.setEnabled(False)
        mapping, today, now = dict(self._mapping or {}), self.ctx.today(), self.ctx.now()
        # Checked, backed up, landed, the mapping remembered (in the second process when it is up).
        self.ctx.door.apart(Job(commit_job, (p, today, now, mapping, skip, tenure, odd)), self._committed,
                            touches=Touched.of("kpi"), failed=self._show_failure, owner=self)

    def _committed(self, count: int) -> None:
        self.progress.hide()
        self.imported = count
        self.accept()
