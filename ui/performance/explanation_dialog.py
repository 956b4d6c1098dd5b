"""Why this grade: each metric's value, target, points, weight and contribution, the floor rules that
applied, and what would have changed the grade. Exportable as a one-page sheet for the agent."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from domain.performance.handouts import export_explanation
from domain.performance.services import AgentExplanation
from domain.ports import UnitOfWork
from persistence.file_ports import explanation_writer
from shared.error_sentences import WRITE, sentence
from ui.context import AppContext
from ui.door import Touched
from ui.performance.colors import grade_color
from ui.performance.explanation_text import ExplanationText
from ui.table_model import TableModel, text_columns

Index = QModelIndex | QPersistentModelIndex


class ExplanationDialog(QDialog):
    exported = Signal(Path)

    def __init__(self, ctx: AppContext, item: AgentExplanation, team_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.item, self.team_name = ctx, item, team_name
        self.words = ExplanationText(self)
        self.sheet = self.words.sheet(item, self.team_name)
        self.setWindowTitle(self.tr("Why %1 got this grade").replace("%1", item.agent.name))
        self.resize(820, 600)
        facts = QFormLayout()
        for name, value in self.sheet.facts:
            facts.addRow(f"<b>{name}</b>", QLabel(value))
        self.result_label = QLabel(self.words.summary(item.explanation))
        color = grade_color(item.explanation.result.grade)
        self.result_label.setStyleSheet(f"font-size: 18px; font-weight: bold; color: {color.name() if color else ''};")
        columns = text_columns(list(self.sheet.headers), right_from=1)  # the metric, then its figures
        self.model: TableModel[Any] = TableModel("ExplanationDialog", columns, parent=self)
        self.model.set_rows(self.sheet.rows)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(40 + 32 * max(1, len(self.sheet.rows)))
        self.notes = QLabel("<br>".join(self.sheet.notes))
        self.notes.setWordWrap(True)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.notes.setStyleSheet("font-size: 13px; line-height: 150%; padding: 6px; background: #f6f8fa;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(self.tr("Export sheet…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.choose_export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(facts)
        layout.addWidget(self.result_label)
        layout.addWidget(self.table)
        layout.addWidget(QLabel(f"<b>{self.sheet.notes_title}</b>"))
        layout.addWidget(self.notes, 1)
        layout.addWidget(buttons)

    def default_name(self) -> str:
        return f"绩效说明_{self.item.agent.name}_{self.item.explanation.result.month}.xlsx"

    def choose_export(self) -> None:
        folder = str(self.ctx.settings.value("last_folder", ""))
        name = f"{folder}/{self.default_name()}" if folder else self.default_name()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export explanation"), name,
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Writes the sheet and logs it on the worker; the button says so when both are done."""
        self.ctx.settings.setValue("last_folder", str(path.parent))
        sheet, no, month = self.sheet, self.item.agent.employee_no, self.item.explanation.result.month
        self.export_button.setEnabled(False)

        def write(uow: UnitOfWork) -> None:
            export_explanation(uow, explanation_writer(), sheet, path, no, month)

        def done(_: None) -> None:
            self.export_button.setEnabled(True)
            self.export_button.setText(self.tr("Exported ✓"))
            self.exported.emit(path)

        def failed(exc: BaseException, trace: str) -> None:
            self.export_button.setEnabled(True)
            QMessageBox.warning(self, self.tr("Export failed"), sentence(exc, path, WRITE, trace))

        self.ctx.door.change(write, done, Touched.of("exports"), failed, owner=self)
