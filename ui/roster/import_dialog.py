"""Roster import: choose a file, map unknown columns, see every new / changed row and every error,
then land it whole. Reading and writing run off the UI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from domain.roster.import_use_case import RosterPreview, import_roster, preview_roster_import, remembered_mapping
from persistence.roster.import_reader import CHOICE_FIELDS, SYNONYMS
from shared.error_sentences import sentence
from shared.words import label
from ui.context import AppContext
from ui.door import Touched
from ui.roster.import_models import (
    ColumnMappingGrid,
    ErrorModel,
    PreviewModel,
    SheetPicker,
    ValueChoiceBox,
    capped,
)

FIELD_LABELS = {
    "employee_no": QT_TRANSLATE_NOOP("Fields", "Employee no."),
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "gender": QT_TRANSLATE_NOOP("Fields", "Gender"),
    "birth_date": QT_TRANSLATE_NOOP("Fields", "Birth date"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "hometown": QT_TRANSLATE_NOOP("Fields", "Hometown"),
    "out_of_town": QT_TRANSLATE_NOOP("Fields", "From out of town"),
    "role": QT_TRANSLATE_NOOP("Fields", "Role"),
    "team": QT_TRANSLATE_NOOP("Fields", "Team"),
    "hire_date": QT_TRANSLATE_NOOP("Fields", "Hire date"),
    "cert_level": QT_TRANSLATE_NOOP("Fields", "Certification"),
    "career_track": QT_TRANSLATE_NOOP("Fields", "Career track"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "leave_date": QT_TRANSLATE_NOOP("Fields", "Leave date"),
    "leave_reason": QT_TRANSLATE_NOOP("Fields", "Leave reason"),
    "leave_voluntary": QT_TRANSLATE_NOOP("Fields", "Left voluntarily"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
}


def field_label(name: str) -> str:
    return QCoreApplication.translate("Fields", FIELD_LABELS.get(name, name))


class RosterImportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = path
        self.preview: RosterPreview | None = None
        self.imported: tuple[int, int] = (0, 0)
        self._mapping: dict[str, str] | None = None  # the remembered one, read with the first preview
        self._values: dict[str, dict[str, str]] = {}  # words decided in this dialog, remembered on import
        self._sheet: str | None = None
        self.setWindowTitle(self.tr("Import roster"))
        self.resize(940, 640)
        self.file_label = QLabel(self.tr("Choose an .xlsx, .xls, .csv or .txt file from HQ."))
        self.file_label.setWordWrap(True)
        choose = QPushButton(self.tr("Choose file…"))
        choose.clicked.connect(self.choose_file)
        self.sheet_picker = SheetPicker()
        self.sheet_picker.picked.connect(self._pick_sheet)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: reading a file has no meaningful percentage
        self.progress.hide()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: bold;")
        self.mapping_box = ColumnMappingGrid()
        self.mapping_box.changed.connect(self._remap)
        self.mapping_box.hide()
        self.values_box = ValueChoiceBox()
        self.values_box.chosen.connect(self._choose_value)
        self.preview_model, self.error_model = PreviewModel(self), ErrorModel(self)
        self.tabs = QTabWidget()
        self.preview_view, self.error_view = QTableView(), QTableView()
        for view, model in ((self.preview_view, self.preview_model), (self.error_view, self.error_model)):
            view.setModel(model)
            view.verticalHeader().setVisible(False)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.horizontalHeader().setStretchLastSection(True)
        self.tabs.addTab(self.preview_view, self.tr("Preview"))
        self.tabs.addTab(self.error_view, self.tr("Errors"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.commit)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.sheet_picker)
        top.addWidget(choose)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.values_box)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        if path is not None:
            self.load(path)

    def choose_file(self) -> None:
        folder = str(self.ctx.settings.value("last_folder", ""))
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import roster"), folder, self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.csv *.txt)")
        )
        if name:
            self.ctx.settings.setValue("last_folder", str(Path(name).parent))
            self._sheet = None
            self.load(Path(name))

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.import_button.setEnabled(False)

    def load(self, path: Path) -> None:
        self.path = path
        self.file_label.setText(str(path))
        self._busy(True)
        mapping = None if self._mapping is None else dict(self._mapping)
        values, sheet, today, reader = {k: dict(v) for k, v in self._values.items()}, self._sheet, self.ctx.today(), \
            self.ctx.files.roster_reader

        # The use case reads the remembered words, the file, then the roster: transactions in turn on the door's
        # unit of work (never one inside another), on the worker like every other change.
        def work(uow) -> tuple[dict[str, str], RosterPreview]:  # type: ignore[no-untyped-def]
            used = remembered_mapping(uow) if mapping is None else mapping
            return used, preview_roster_import(lambda: uow, reader, path, today, used, values=values, sheet=sheet)

        self.ctx.door.query(work, self._previewed, self._show_failure, owner=self)

    def _previewed(self, answer: tuple[dict[str, str], RosterPreview]) -> None:
        self._mapping, preview = answer
        self._show_preview(preview)

    def _show_failure(self, exc: BaseException, _trace: str) -> None:
        self._busy(False)
        self.preview = None
        self.preview_model.set_rows([])
        self.error_model.set_rows([])
        text = sentence(exc, self.path, trace=_trace)
        self.summary.setText(self.tr("The file could not be read: %1").replace("%1", text))
        self.summary.setStyleSheet("font-weight: bold; color: #c0392b;")

    def _show_preview(self, preview: RosterPreview) -> None:
        self._busy(False)
        self.preview = preview
        rf, plan = preview.file, preview.plan
        self.sheet_picker.set_sheets(rf.sheets, rf.sheet, bool(rf.sheet_choices) or not rf.sheet)
        self.sheet_picker.select(self._sheet)
        fields = [(name, field_label(name)) for name in SYNONYMS]
        self.mapping_box.set_columns(rf.headers, rf.mapping, fields, set(rf.unknown_headers))
        options = {name: [(m.value, label(m)) for m in enum] for name, enum in CHOICE_FIELDS.items()}
        self.values_box.set_choices(
            [(c.field, next((h for h, f in rf.mapping.items() if f == c.field), c.field), c.text, c.rows)
             for c in rf.pending], options, self._values)
        where = self.tr("Sheet %1, header on row %2").replace("%1", rf.sheet).replace("%2", str(rf.header_row))
        self.file_label.setText(f"{self.path}\n{where}" if rf.sheet else str(self.path))
        self.preview_model.set_plan(plan, field_label)
        shown, more = capped(preview.errors, preview.more_errors)
        self.error_model.set_errors(shown)
        errors = len(preview.errors) + preview.more_errors
        text = (self.tr("%1 new · %2 changed · %3 unchanged · %4 errors")
                .replace("%1", str(len(plan.new))).replace("%2", str(len(plan.changed)))
                .replace("%3", str(len(plan.unchanged))).replace("%4", str(errors)))
        if more:
            text += "  " + self.tr("(the first %1 are listed)").replace("%1", str(len(shown)))
        if rf.sheet_choices:
            text += "  " + self.tr("Several sheets look like a roster: choose one above.")
        elif errors:
            text += "  " + self.tr(
                "Fix the errors in the file and choose it again: nothing is imported while any remain.")
        elif rf.pending:
            text += "  " + self.tr("Decide what the words above mean, then import.")
        self.summary.setText(text)
        self.summary.setStyleSheet("font-weight: bold;" + (" color: #c0392b;" if errors else ""))
        self.tabs.setCurrentIndex(1 if errors else 0)
        self.tabs.setTabText(1, self.tr("Errors (%1)").replace("%1", str(errors)))
        self.import_button.setEnabled(preview.ready)

    def _pick_sheet(self, name: str | None) -> None:
        self._sheet = name
        if self.path is not None:
            self.load(self.path)

    def _remap(self, header: str, target: str) -> None:
        if self._mapping is None:
            self._mapping = {}
        self._mapping[header] = target
        if self.path is not None:
            self.load(self.path)

    def _choose_value(self, name: str, word: str, code: str) -> None:
        self._values.setdefault(name, {})[word] = code
        if self.path is not None:
            self.load(self.path)

    def commit(self) -> None:
        if self.preview is None:
            return
        preview, mapping, values = self.preview, dict(self._mapping or {}), dict(self._values)
        backup, today, now = self.ctx.files.backup, self.ctx.today(), self.ctx.now()
        self._busy(True)

        def work(uow) -> tuple[int, int]:  # type: ignore[no-untyped-def]
            return import_roster(lambda: uow, backup, preview, today, now, mapping, values)

        self.ctx.door.change(work, self._committed, touches=Touched.of("agents"), failed=self._show_failure,
                             owner=self)

    def _committed(self, counts: tuple[int, int]) -> None:
        self._busy(False)
        self.imported = counts
        self.accept()
