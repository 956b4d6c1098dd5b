"""Roster import: choose a file, map unknown columns, see every new / changed row and every error,
then land it whole. Reading and writing run off the UI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
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

from persistence.roster.import_reader import SYNONYMS
from persistence.roster.importer import (
    RosterPreview,
    commit_roster_import,
    preview_roster_import,
    remember_mapping,
    remembered_mapping,
)
from persistence.tabular import UnreadableFile
from ui.context import AppContext
from ui.messages import describe
from ui.roster.import_models import ErrorModel, PreviewModel

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
        self._mapping: dict[str, str] = remembered_mapping(ctx.db)
        self.setWindowTitle(self.tr("Import roster"))
        self.resize(860, 560)
        self.file_label = QLabel(self.tr("Choose an .xlsx or .csv file from HQ."))
        self.file_label.setWordWrap(True)
        choose = QPushButton(self.tr("Choose file…"))
        choose.clicked.connect(self.choose_file)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: reading a file has no meaningful percentage
        self.progress.hide()
        self.summary = QLabel()
        self.summary.setStyleSheet("font-weight: bold;")
        self.mapping_box = QGroupBox(self.tr("Columns this app does not recognise"))
        self.mapping_form = QFormLayout(self.mapping_box)
        self.mapping_box.hide()
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
        top.addWidget(choose)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        if path is not None:
            self.load(path)

    def choose_file(self) -> None:
        folder = str(self.ctx.settings.value("last_folder", ""))
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import roster"), folder, self.tr("Spreadsheets (*.xlsx *.xlsm *.csv)")
        )
        if name:
            self.ctx.settings.setValue("last_folder", str(Path(name).parent))
            self.load(Path(name))

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.import_button.setEnabled(False)

    def load(self, path: Path) -> None:
        self.path = path
        self.file_label.setText(str(path))
        self._busy(True)
        mapping = dict(self._mapping)
        self.ctx.runner.run(
            lambda: preview_roster_import(self.ctx.db, path, self.ctx.today(), mapping),
            self._show_preview,
            self._show_failure,
        )

    def _show_failure(self, exc: BaseException, _trace: str) -> None:
        self._busy(False)
        self.preview = None
        self.preview_model.set_rows([])
        self.error_model.set_rows([])
        if isinstance(exc, UnreadableFile):
            text = describe(exc.code)
        elif isinstance(exc, OSError):
            text = exc.strerror or str(exc)
        else:
            text = describe(getattr(exc, "code", "unexpected"))
        self.summary.setText(self.tr("The file could not be read: %1").replace("%1", text))
        self.summary.setStyleSheet("font-weight: bold; color: #c0392b;")

    def _show_preview(self, preview: RosterPreview) -> None:
        self._busy(False)
        self.preview = preview
        self._build_mapping(preview)
        rf, plan = preview.file, preview.plan
        where = self.tr("Sheet %1, header on row %2").replace("%1", rf.sheet).replace("%2", str(rf.header_row))
        self.file_label.setText(f"{self.path}\n{where}" if rf.sheet else str(self.path))
        self.preview_model.set_plan(plan, field_label)
        self.error_model.set_errors(preview.errors)
        errors = len(preview.errors)
        self.summary.setText(
            self.tr("%1 new · %2 changed · %3 unchanged · %4 errors")
            .replace("%1", str(len(plan.new)))
            .replace("%2", str(len(plan.changed)))
            .replace("%3", str(len(plan.unchanged)))
            .replace("%4", str(errors))
            + (
                "  " + self.tr("Fix the errors in the file and choose it again: nothing is imported while any remain.")
                if errors
                else ""
            )
        )
        self.summary.setStyleSheet("font-weight: bold;" + (" color: #c0392b;" if errors else ""))
        self.tabs.setCurrentIndex(1 if errors else 0)
        self.tabs.setTabText(1, self.tr("Errors (%1)").replace("%1", str(errors)))
        self.import_button.setEnabled(errors == 0 and bool(plan.new or plan.changed))

    def _build_mapping(self, preview: RosterPreview) -> None:
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        headers = [h for h in preview.file.headers if h and (h in preview.file.unknown_headers or h in self._mapping)]
        for header in headers:
            combo = QComboBox()
            combo.addItem(self.tr("(do not import)"), "")
            for name in SYNONYMS:
                combo.addItem(field_label(name), name)
            combo.setCurrentIndex(max(0, combo.findData(self._mapping.get(header, ""))))
            combo.currentIndexChanged.connect(lambda _i, h=header, c=combo: self._remap(h, c.currentData()))
            self.mapping_form.addRow(header, combo)
        self.mapping_box.setVisible(bool(headers))

    def _remap(self, header: str, target: str) -> None:
        self._mapping[header] = target
        if self.path is not None:
            self.load(self.path)

    def commit(self) -> None:
        if self.preview is None:
            return
        preview = self.preview
        self._busy(True)

        def work() -> tuple[int, int]:
            result = commit_roster_import(self.ctx.db, preview, self.ctx.today(), self.ctx.now())
            remember_mapping(self.ctx.db, self._mapping)
            return result

        self.ctx.runner.run(work, self._committed, self._show_failure)

    def _committed(self, counts: tuple[int, int]) -> None:
        self._busy(False)
        self.imported = counts
        self.accept()
