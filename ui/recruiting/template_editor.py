"""标准化评估表: edit a round's dimensions, weights, anchored 1–5 scale, knock-out floors and scenarios.
Saving makes a new version; scorecards already entered keep the version they were scored with."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from domain.errors import ValidationFailed
from domain.recruiting import services
from domain.recruiting.model import SCALE, Dimension, Round, Template
from domain.recruiting.rules import new_dimension_key
from shared.messages import describe
from shared.words import label
from ui.context import AppContext
from ui.door import Touched, show_failure
from ui.widgets import ErrorLabel


class DimensionEditor(QGroupBox):
    remove_requested = Signal(object)

    def __init__(self, dimension: Dimension, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = dimension.key
        self.name = QLineEdit(dimension.name)
        self.weight = QSpinBox()
        self.weight.setRange(0, 100)
        self.weight.setValue(dimension.weight)
        self.knockout = QSpinBox()
        self.knockout.setRange(1, 5)
        self.knockout.setSpecialValueText(self.tr("none"))
        self.knockout.setValue(dimension.knockout_below or 1)
        self.description = QLineEdit(dimension.description)
        self.anchors = [QLineEdit(text) for text in dimension.anchors]
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda: self.remove_requested.emit(self))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Name")))
        top.addWidget(self.name, 2)
        top.addWidget(QLabel(self.tr("Weight")))
        top.addWidget(self.weight)
        top.addWidget(QLabel(self.tr("Knock-out below")))
        top.addWidget(self.knockout)
        top.addWidget(remove)
        form = QFormLayout()
        form.addRow(self.tr("What it means"), self.description)
        for level, edit in zip(SCALE, self.anchors, strict=True):
            form.addRow(self.tr("%1 points").replace("%1", str(level)), edit)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)

    def value(self) -> Dimension:
        floor = self.knockout.value()
        return Dimension(key=self.key, name=self.name.text().strip(), description=self.description.text().strip(),
                         weight=self.weight.value(), anchors=tuple(a.text().strip() for a in self.anchors),
                         knockout_below=floor if floor > 1 else None)


class TemplateEditor(QWidget):
    saved = Signal()
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.round = QComboBox()
        for r in Round:
            self.round.addItem(label(r), r.value)
        self.version = QLabel()
        self.version.setStyleSheet("color: #555;")
        self.editors: list[DimensionEditor] = []
        self.holder = QWidget()
        self.holder_layout = QVBoxLayout(self.holder)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.holder)
        self.scenarios = QPlainTextEdit()
        self.scenarios.setFixedHeight(90)
        self.scenarios.setPlaceholderText(self.tr("One scenario per line, e.g. a refund asked after the deadline"))
        self.add_button = QPushButton(self.tr("Add dimension"))
        self.save_button = QPushButton(self.tr("Save as new version"))
        self.revert_button = QPushButton(self.tr("Discard changes"))
        self.error = ErrorLabel()
        self.weights = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Round")))
        top.addWidget(self.round)
        top.addWidget(self.version, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_button)
        bottom.addWidget(self.weights, 1)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(QLabel(self.tr("Scenarios for role-play")))
        layout.addWidget(self.scenarios)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        self.round.currentIndexChanged.connect(self.load)
        self.add_button.clicked.connect(self.add_dimension)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.load)
        ctx.door.changed.connect(self._data_changed)
        self.load()

    def current_round(self) -> Round:
        return Round(self.round.currentData())

    def load(self) -> None:
        self.ctx.door.query(services.all_templates, self._show_templates, owner=self)

    def _data_changed(self, touched: Touched) -> None:
        if touched.concerns({"recruiting"}):
            self.load()

    def _show_templates(self, templates: list[Template]) -> None:
        self._known_keys = {d.key for t in templates for d in t.dimensions}
        mine = [t for t in templates if t.round is self.current_round()]
        current: Template | None = mine[-1] if mine else None
        for editor in self.editors:
            editor.setParent(None)
            editor.deleteLater()
        self.editors = []
        while self.holder_layout.count():
            self.holder_layout.takeAt(0)
        for d in current.dimensions if current else ():
            self._add_editor(d)
        self.holder_layout.addStretch()
        self.scenarios.setPlainText("\n".join(current.scenarios) if current else "")
        if current:
            self.version.setText(self.tr("Version %1, saved %2 · %3 versions kept; past scorecards keep theirs")
                                 .replace("%1", str(current.version))
                                 .replace("%2", current.created_on.isoformat() if current.created_on else "—")
                                 .replace("%3", str(len(mine))))
        self.error.show_error("")
        self._show_weights()
        self.loaded.emit()

    def _add_editor(self, d: Dimension) -> DimensionEditor:
        editor = DimensionEditor(d)
        editor.remove_requested.connect(self._remove)
        editor.weight.valueChanged.connect(self._show_weights)
        self.editors.append(editor)
        self.holder_layout.insertWidget(len(self.editors) - 1, editor)
        return editor

    def add_dimension(self) -> None:
        key = new_dimension_key(self._known_keys | {e.key for e in self.editors})
        editor = self._add_editor(Dimension(key=key, name="", weight=10))
        editor.name.setFocus()

    def _remove(self, editor: DimensionEditor) -> None:
        self.editors.remove(editor)
        editor.setParent(None)
        editor.deleteLater()
        self._show_weights()

    def _show_weights(self) -> None:
        total = sum(e.weight.value() for e in self.editors) or 1
        parts = [f"{e.name.text() or '?'} {round(100 * e.weight.value() / total)}%" for e in self.editors]
        self.weights.setText(self.tr("Share of the total: %1").replace("%1", " · ".join(parts)))

    def save(self) -> None:
        dims = tuple(e.value() for e in self.editors)
        scenarios = tuple(self.scenarios.toPlainText().splitlines())
        round_, today = self.current_round(), self.ctx.today()
        self.save_button.setEnabled(False)

        def done(_: object) -> None:
            self.save_button.setEnabled(True)
            self.saved.emit()  # the notice ("recruiting") reloads the editor with the new version

        def refused(exc: BaseException, trace: str) -> None:
            self.save_button.setEnabled(True)
            if not isinstance(exc, ValidationFailed):
                show_failure(exc, trace)
                return
            self.error.show_error("; ".join(dict.fromkeys(
                describe(e.code) + (f" ({e.value})" if e.value else "") for e in exc.errors)))

        self.ctx.door.change(lambda uow: services.save_template(uow, round_, dims, scenarios, today), done,
                             Touched.of("recruiting"), refused, owner=self)
