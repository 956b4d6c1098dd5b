"""晋升通道: the five tracks' levels with their published criteria, editable, and the 公示 workbook. Read, changed
and exported through the door (the workbook is written on the worker, beside the read it comes from)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QComboBox,
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
from shiboken6 import isValid

from domain.performance.model import GRADES_BEST_FIRST
from domain.ports import UnitOfWork
from domain.roster.model import CertLevel
from domain.training import careers
from domain.training.model import LadderLevel
from shared.words import label
from ui.context import AppContext
from ui.door import Touched
from ui.export_links import ExportLinks
from ui.list_table import Column, ListTableModel, make_table, selected_row
from ui.mentoring.dialogs import error_text
from ui.training.saving import Answer, Save, SavingDialog
from ui.training.words import level_criteria_text
from ui.widgets import EnumCombo

COLUMNS: list[Column[LadderLevel]] = [
    Column(QT_TRANSLATE_NOOP("LaddersTab", "Track"), lambda lv: label(lv.track), lambda lv: lv.track),
    Column(QT_TRANSLATE_NOOP("LaddersTab", "Rank"), lambda lv: str(lv.rank), lambda lv: lv.rank, numeric=True),
    Column(QT_TRANSLATE_NOOP("LaddersTab", "Level"), lambda lv: lv.name, lambda lv: lv.name),
    Column(QT_TRANSLATE_NOOP("LaddersTab", "Criteria"), level_criteria_text, lambda lv: lv.rank),
]


class LevelDialog(SavingDialog):
    def __init__(self, ctx: AppContext, level: LadderLevel, save: Save, parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
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
            self.grade.addItem(label(g), str(g))
        self.grade.setCurrentIndex(max(self.grade.findData(level.kpi_grade), 0))
        self.manual = QPlainTextEdit("\n".join(level.manual))
        self.manual.setFixedHeight(80)
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
        form.addRow(self.buttons)

    def save(self) -> None:
        lv = LadderLevel(self.level.track, self.level.rank, self.name.text(), self.tenure.value(),
                         self.cert.value(), self.grade.currentData() or "",  # type: ignore[arg-type]
                         self.kpi_months.value(), self.floor.value(), self.items.value(), self.apprentices.value(),
                         tuple(self.manual.toPlainText().splitlines()), self.level.id)
        self.submit(lv)


class LaddersTab(QWidget):
    status_message = Signal(str)
    exported = Signal(object)  # the workbook's Path once written

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
        self.links = ExportLinks()  # "open the file" / "show in folder", once the posting is written
        bar.addWidget(self.links)
        bar.addWidget(export)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        ctx.door.changed.connect(self._data_changed)
        self.refresh()

    def refresh(self) -> None:
        self.ctx.door.query(careers.list_levels, self._show, owner=self)

    def _show(self, levels: list[LadderLevel]) -> None:
        self.model.set_rows(levels)
        self.view.resizeRowsToContents()

    def _data_changed(self, touched: Touched) -> None:
        if not isValid(self):  # notices can outlive a closed page's wrapper
            return
        if touched.concerns({"training"}) and not touched.agent_ids:  # one agent's training leaves ladders alone
            self.refresh()

    def save_level(self, level: LadderLevel, on_result: Answer) -> None:
        self.ctx.door.save(lambda uow: careers.save_level(uow, level), on_result,
                           Touched.of("training"), owner=self, words=error_text)

    def _edit(self) -> None:
        level = selected_row(self.view)
        if level is not None:
            LevelDialog(self.ctx, level, self.save_level, self).exec()

    def export(self, path: Path | None = None) -> None:
        """Reads who is ready and writes the workbook on the worker; `exported` tells when it is there."""
        today = self.ctx.today()
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export for posting"),
                                                    f"晋升公示_{today.isoformat()}.xlsx", "Excel (*.xlsx)")
            if not chosen:
                return
            path = Path(chosen)
        target = path

        def write(uow: UnitOfWork) -> int:
            from domain.training.posting_use_case import export_posting
            from persistence.file_ports import posting_writer  # openpyxl loads here, on the worker

            return export_posting(uow, posting_writer(), target, today)

        def written(count: int) -> None:
            self.status_message.emit(self.tr("Written to %1: %2 people listed").replace("%1", str(target))
                                     .replace("%2", str(count)))
            self.links.show_for(target)
            self.exported.emit(target)

        def failed(exc: BaseException, trace: str) -> None:  # ExportFailed (folder missing, file open in Excel…)
            from shared.error_sentences import WRITE, sentence

            QMessageBox.warning(self, self.tr("Export failed"), sentence(exc, target, WRITE, trace=trace))

        self.ctx.door.query(write, written, failed, owner=self)
