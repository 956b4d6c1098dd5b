"""Small table models and widgets for the import previews: the rows that would land, every row error, how
each column is read, the words to decide, and which sheet is read."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QWidget

from domain.roster.importing import ImportPlan, RowError
from shared.messages import describe
from ui.table_model import Column, TableModel


def _field(i: int, key: str, title: str, **kw: Any) -> Column[tuple[str, ...]]:
    return Column(title, lambda r: r[i], lambda r: r[i], key=key, **kw)


NEW, CHANGED, SAME = (
    QT_TRANSLATE_NOOP("PreviewModel", "New"),
    QT_TRANSLATE_NOOP("PreviewModel", "Changed"),
    QT_TRANSLATE_NOOP("PreviewModel", "Unchanged"),
)
_OUTCOME_COLOURS = {NEW: QColor("#1e7b34"), CHANGED: QColor("#b35c00")}

# A preview row: (outcome, employee no., name, team, what changes); the outcome is the English source word.
PREVIEW_COLUMNS: list[Column[tuple[str, ...]]] = [
    Column(QT_TRANSLATE_NOOP("PreviewModel", "Outcome"), lambda r: QCoreApplication.translate("PreviewModel", r[0]),
           lambda r: (NEW, CHANGED, SAME).index(r[0]) if r[0] in (NEW, CHANGED, SAME) else 3, key="outcome",
           colour=lambda r: _OUTCOME_COLOURS.get(r[0])),
    _field(1, "employee_no", QT_TRANSLATE_NOOP("PreviewModel", "Employee no.")),
    _field(2, "name", QT_TRANSLATE_NOOP("PreviewModel", "Name")),
    _field(3, "team", QT_TRANSLATE_NOOP("PreviewModel", "Team")),
    _field(4, "changes", QT_TRANSLATE_NOOP("PreviewModel", "What changes")),
]
# An error row: (sheet, row, column, problem, value), as texts.
ERROR_COLUMNS: list[Column[tuple[str, ...]]] = [
    _field(0, "sheet", QT_TRANSLATE_NOOP("ErrorModel", "Sheet")),
    _field(1, "row", QT_TRANSLATE_NOOP("ErrorModel", "Row")),
    _field(2, "column", QT_TRANSLATE_NOOP("ErrorModel", "Column")),
    _field(3, "problem", QT_TRANSLATE_NOOP("ErrorModel", "Problem")),
    _field(4, "value", QT_TRANSLATE_NOOP("ErrorModel", "Value")),
]


class PreviewModel(TableModel[tuple[str, ...]]):
    """The rows that would land, in the plan's order: new, changed, unchanged."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__("PreviewModel", PREVIEW_COLUMNS, parent=parent)

    def set_plan(self, plan: ImportPlan, field_label: Any) -> None:
        rows = [(NEW, a.employee_no, a.name, a.team, "") for a in plan.new]
        rows += [(CHANGED, c.after.employee_no, c.after.name, c.after.team, "、".join(field_label(f) for f in c.fields))
                 for c in plan.changed]
        rows += [(SAME, a.employee_no, a.name, a.team, "") for a in plan.unchanged]
        self.set_rows(rows)


class ErrorModel(TableModel[tuple[str, ...]]):
    """Every row error, in red."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__("ErrorModel", ERROR_COLUMNS, colour=lambda r: QColor("#c0392b"), parent=parent)

    def set_errors(self, errors: list[RowError]) -> None:
        self.set_rows([(e.sheet, str(e.row) if e.row else "", e.column, describe(e.code), e.value) for e in errors])


class ColumnMappingGrid(QGroupBox):
    """Every column of the file with the field it was read as; the supervisor corrects any of them.
    Columns the app did not recognise are marked, so a wrong guess and a missing one both show."""

    changed = Signal(str, str)  # header text, field ("" = do not import)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ImportWidgets", "Columns: how each one is read"), parent)
        self._grid = QGridLayout(self)
        self._grid.setHorizontalSpacing(10)

    def set_columns(self, headers: list[str], mapping: dict[str, str], fields: list[tuple[str, str]],
                    unknown: set[str], units: dict[str, str] | None = None) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        units = units or {}
        for i, header in enumerate(h for h in dict.fromkeys(headers) if h):
            text = header + (f"  [{units[header]}]" if units.get(header) else "")
            name = QLabel(text)
            name.setToolTip(header)
            if header in unknown and not mapping.get(header):
                name.setStyleSheet("color: #b35c00;")
            combo = QComboBox()
            combo.addItem(QCoreApplication.translate("ImportWidgets", "(do not import)"), "")
            for value, words in fields:
                combo.addItem(words, value)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(header, ""))))
            combo.currentIndexChanged.connect(lambda _i, h=header, c=combo: self.changed.emit(h, c.currentData()))
            row, col = divmod(i, 3)
            self._grid.addWidget(name, row, col * 2)
            self._grid.addWidget(combo, row, col * 2 + 1)
        self.setVisible(bool(headers))


class ValueChoiceBox(QGroupBox):
    """Words in the file that mean none of a field's values: one choice each, remembered after import."""

    chosen = Signal(str, str, str)  # field, word in the file, value code

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ImportWidgets", "Words to decide (remembered for next time)"),
                         parent)
        self._form = QFormLayout(self)
        self.hide()

    def set_choices(self, choices: list[tuple[str, str, str, list[int]]], options: dict[str, list[tuple[str, str]]],
                    decided: dict[str, dict[str, str]]) -> None:
        """choices: (field, column header, word, rows)."""
        while self._form.rowCount():
            self._form.removeRow(0)
        for name, column, word, rows in choices:
            combo = QComboBox()
            combo.addItem(QCoreApplication.translate("ImportWidgets", "(choose…)"), "")
            for code, words in options.get(name, []):
                combo.addItem(words, code)
            combo.setCurrentIndex(max(0, combo.findData(decided.get(name, {}).get(word, ""))))
            combo.currentIndexChanged.connect(
                lambda _i, n=name, w=word, c=combo: c.currentData() and self.chosen.emit(n, w, c.currentData()))
            shown = ", ".join(map(str, rows[:5])) + ("…" if len(rows) > 5 else "")
            self._form.addRow(QCoreApplication.translate("ImportWidgets", "%1 “%2” (rows %3)")
                              .replace("%1", column).replace("%2", word).replace("%3", shown), combo)
        self.setVisible(bool(choices))


class SheetPicker(QWidget):
    """Which sheet to read: automatic (the one visible sheet that looks like data), or one by name —
    the only way a hidden sheet is ever read."""

    picked = Signal(object)  # sheet name, or None for automatic

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(QCoreApplication.translate("ImportWidgets", "Sheet")))
        layout.addWidget(self.combo, 1)
        self.combo.activated.connect(lambda _i: self.picked.emit(self.combo.currentData()))
        self.hide()

    def set_sheets(self, sheets: list[tuple[str, bool]], current: str, asked: bool) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        if not asked:
            self.combo.addItem(QCoreApplication.translate("ImportWidgets", "%1 (chosen automatically)")
                               .replace("%1", current), None)
        else:
            self.combo.addItem(QCoreApplication.translate("ImportWidgets", "(choose a sheet…)"), None)
        for name, hidden in sheets:
            words = QCoreApplication.translate("ImportWidgets", "%1 (hidden)").replace("%1", name) if hidden else name
            self.combo.addItem(words, name)
        self.combo.blockSignals(False)
        self.setVisible(len(sheets) > 1)

    def select(self, name: str | None) -> None:
        index = self.combo.findData(name) if name else 0
        self.combo.setCurrentIndex(max(0, index))


def capped(errors: list[RowError], more: int, limit: int = 500) -> tuple[list[RowError], int]:
    """The first `limit` errors and how many more there are: a broken 200,000-row file stays a list."""
    return errors[:limit], max(0, len(errors) - limit) + more
