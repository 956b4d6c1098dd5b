"""晋升通道: the five tracks' levels with their published criteria, editable, and the 公示 workbook."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from domain.errors import DomainError
from domain.performance.model import GRADES_BEST_FIRST
from domain.roster.model import CertLevel
from domain.training import careers
from domain.training.model import LadderLevel
from ui.context import AppContext
from ui.labels import label
from ui.list_table import Column, ListTableModel, make_table, selected_row
from ui.mentoring.dialogs import error_text
from ui.performance.words import word
from ui.training.words import level_criteria_text
from ui.widgets import EnumCombo, ErrorLabel

COLUMNS: list[Column[LadderLevel]] = [
    Column(QT_TRANSLATE_NOOP("LaddersTab", "Track"), lambda lv: label(lv.track), lambda lv: lv.track),
    Column(QT_TRANSLATE_NOOP("LaddersTab", "Rank"), lambda lv: str(lv.rank), lambda lv: lv.rank, numeric=True),
    Column(QT_TRANSLATE_NOOP("LaddersTab", "Level"), lambda lv: lv.name, lambda lv: lv.name),
    Column(QT_TRANSLATE_NOOP("LaddersTab", "Criteria"), level_criteria_text, lambda lv: lv.rank),
]


class LevelDialog(QDialog):
    def __init__(self, ctx: AppContext, level: LadderLevel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.level = ctx, level
        self.setWindowTitle(self.tr("Career level"))
        self.name = QLineEdit(level.name)
        self.tenure, self.kpi_months, self.floor, self.items, self.apprentices = (QSpinBox() for _ in range(5))
        for spin, value, top in ((self.tenure, level.min_tenure_months, 240), (self.kpi_months, level.kpi_months, 24),
                                 (self.floor, level.no_floor_months, 24), (self.items, level.items_passed, 100),
                                 (self.apprentices, level.apprentices, 50)):
            spin.setRange(0, top)
            spin.setValue(value)
        self.cert = EnumCombo(CertLevel)
        self.cert.set_value(level.min_cert)
        self.grade = QComboBox()
        self.grade.addItem("—", "")
        for g in GRADES_BEST_FIRST:
            self.grade.addItem(word(g), str(g))
        self.grade.setCurrentIndex(max(self.grade.findData(level.kpi_grade), 0))
        self.manual = QPlainTextEdit("\n".join(level.manual))
        self.manual.setFixedHeight(80)
        self.error = ErrorLabel()
        form = QFormLayout(self)
        form.addRow(self.tr("Track"), QLabel(label(level.track)))
        form.addRow(self.tr("Level name"), self.name)
        form.addRow(self.tr("Minimum tenure (months)"), self.tenure)
        form.addRow(self.tr("Certification"), self.cert)
        form.addRow(self.tr("KPI grade at least"), self.grade)
        form.addRow(self.tr("… over the last N months"), self.kpi_months)
        form.addRow(self.tr("No complaint-floor month in the last N months"), self.floor)
        form.addRow(self.tr("Training items complete"), self.items)
        form.addRow(self.tr("Apprentices mentored to completion"), self.apprentices)
        form.addRow(self.tr("Other criteria, one per line (ticked by hand)"), self.manual)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        lv = LadderLevel(self.level.track, self.level.rank, self.name.text(), self.tenure.value(),
                         self.cert.value(), self.grade.currentData() or "",  # type: ignore[arg-type]
                         self.kpi_months.value(), self.floor.value(), self.items.value(), self.apprentices.value(),
                         tuple(self.manual.toPlainText().splitlines()), self.level.id)
        try:
            careers.save_level(self.ctx.uow(), lv)
        except DomainError as exc:
            self.error.show_error(error_text(exc))
            return
        self.accept()


class LaddersTab(QWidget):
    changed = Signal()
    status_message = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model: ListTableModel[LadderLevel] = ListTableModel("LaddersTab", COLUMNS, parent=self)
        self.view = make_table(self.model, 3, sortable=False)
        self.view.setWordWrap(True)
        edit = QPushButton(self.tr("Edit level"))
        export = QPushButton(self.tr("Export for posting…"))
        edit.clicked.connect(self._edit)
        self.view.doubleClicked.connect(lambda _: self._edit())
        export.clicked.connect(lambda: self.export())  # clicked(bool) must not become the path
        bar = QHBoxLayout()
        bar.addWidget(edit)
        bar.addStretch()
        bar.addWidget(export)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(careers.list_levels(self.ctx.uow()))
        self.view.resizeRowsToContents()

    def _edit(self) -> None:
        level = selected_row(self.view)
        if level is not None and LevelDialog(self.ctx, level, self).exec():
            self.refresh()
            self.changed.emit()

    def export(self, path: Path | None = None) -> Path | None:
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export for posting"),
                                                    f"晋升公示_{self.ctx.today().isoformat()}.xlsx", "Excel (*.xlsx)")
            if not chosen:
                return None
            path = Path(chosen)
        from persistence.training.publish_export import write_publish_xlsx

        ready, near = careers.ready_now_and_near(self.ctx.uow(), self.ctx.today())
        try:
            count = write_publish_xlsx(path, self.model.rows(), ready, near,
                                       f"职业发展通道与晋升标准（{self.ctx.today().isoformat()}）")
        except Exception as exc:  # ExportFailed (folder missing, file open in Excel…) told as a sentence
            from ui.error_sentences import WRITE, sentence

            QMessageBox.warning(self, self.tr("Export failed"), sentence(exc, path, WRITE))
            return None
        self.status_message.emit(self.tr("Written to %1: %2 people listed").replace("%1", str(path))
                                 .replace("%2", str(count)))
        return path
