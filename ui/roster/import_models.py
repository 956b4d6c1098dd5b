"""Small table models and widgets for the import previews: the rows that would land, every row error, how
each column is read, the words to decide, and which sheet is read."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QWidget

from domain.roster.importing import ImportPlan, RowError
from shared.messages import describe

Index = QModelIndex | QPersistentModelIndex


class _ListModel(QAbstractTableModel):
    HEADERS: tuple[str, ...] = ()
    CONTEXT = ""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, ...]] = []

    def set_rows(self, rows: list[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None


class PreviewModel(_ListModel):
    CONTEXT = "PreviewModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("PreviewModel", "Outcome"),
        QT_TRANSLATE_NOOP("PreviewModel", "Employee no."),
        QT_TRANSLATE_NOOP("PreviewModel", "Name"),
        QT_TRANSLATE_NOOP("PreviewModel", "Team"),
        QT_TRANSLATE_NOOP("PreviewModel", "What changes"),
    )
    NEW, CHANGED, SAME = (
        QT_TRANSLATE_NOOP("PreviewModel", "New"),
        QT_TRANSLATE_NOOP("PreviewModel", "Changed"),
        QT_TRANSLATE_NOOP("PreviewModel", "Unchanged"),
    )

    def set_plan(self, plan: ImportPlan, field_label: Any) -> None:
        def t(text: str) -> str:
            return QCoreApplication.translate("PreviewModel", text)

        rows = [(t(self.NEW), a.employee_no, a.name, a.team, "") for a in plan.new]
        rows += [
            (
                t(self.CHANGED),
                c.after.employee_no,
                c.after.name,
                c.after.team,
                "、".join(field_label(f) for f in c.fields),
            )
            for c in plan.changed
        ]
        rows += [(t(self.SAME), a.employee_no, a.name, a.team, "") for a in plan.unchanged]
        self.set_rows(rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole and index.column() == 0:
            outcome = self._rows[index.row()][0]
            if outcome == QCoreApplication.translate("PreviewModel", self.NEW):
                return QColor("#1e7b34")
            if outcome == QCoreApplication.translate("PreviewModel", self.CHANGED):
                return QColor("#b35c00")
        return super().data(index, role)


class ErrorModel(_ListModel):
    CONTEXT = "ErrorModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ErrorModel", "Sheet"),
        QT_TRANSLATE_NOOP("ErrorModel", "Row"),
        QT_TRANSLATE_NOOP("ErrorModel", "Column"),
        QT_TRANSLATE_NOOP("ErrorModel", "Problem"),
        QT_TRANSLATE_NOOP("ErrorModel", "Value"),
    )

    def set_errors(self, errors: list[RowError]) -> None:
        self.set_rows([(e.sheet, str(e.row) if e.row else "", e.column, describe(e.code), e.value) for e in errors])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#c0392b")
        return super().data(index, role)


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
