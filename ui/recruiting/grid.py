"""A read-only table of already formatted cells, for the small grids of this area (a candidate's rounds,
calibration, retention bands), on the table-model base. Each cell may carry a colour, a tooltip and a sort value."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from ui.table_model import Column, Index, TableModel


@dataclass(frozen=True)
class Cell:
    text: str
    color: str | None = None  # background
    tip: str = ""
    sort: Any = None


def cell(value: Any) -> Cell:
    return value if isinstance(value, Cell) else Cell("" if value is None else str(value))


@dataclass(frozen=True)
class GridRow:
    cells: list[Cell]
    label: str = ""  # the vertical header


def _column(i: int, header: str) -> Column[GridRow]:
    def sort(row: GridRow) -> Any:
        c = row.cells[i]
        return (0, c.sort) if c.sort is not None else (1, c.text)

    return Column(header, lambda r: r.cells[i].text, sort, key=header or str(i),
                  tooltip=lambda r: r.cells[i].tip or None)


class GridModel(TableModel[GridRow]):
    """Columns come with each grid (their headers already in words); rows stay in the order given."""
    extra_roles = (int(Qt.ItemDataRole.BackgroundRole),)

    def __init__(self, parent: Any = None) -> None:
        super().__init__("GridModel", [], row_header=lambda r: r.label, parent=parent)

    def set_grid(self, headers: list[str], rows: list[list[Any]], vertical: list[str] | None = None) -> None:
        labels = list(vertical or [])
        self.set_columns([_column(i, h) for i, h in enumerate(headers)])
        self.set_rows([GridRow([cell(v) for v in row], labels[n] if n < len(labels) else "")
                       for n, row in enumerate(rows)])

    def more_data(self, index: Index, role: int) -> Any:
        c = self._shown[index.row()].cells[index.column()]
        return QBrush(QColor(c.color)) if role == Qt.ItemDataRole.BackgroundRole and c.color else None

    def text(self, row: int, column: int) -> str:
        return self._shown[row].cells[column].text
