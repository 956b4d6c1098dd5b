"""The 公示 workbook: one sheet per part (schemes, grades), each a title, a table and notes. It takes words
already translated and values, never queries (HOUSE-STYLE: Excel writers take rows and translated headers)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from domain.performance.handouts import PublishSheet
from persistence.excel_writer import save_workbook, set_value, write_table


def export_publication(sheets: list[PublishSheet], path: Path) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for sheet in sheets:
        ws = wb.create_sheet(sheet.name[:31])
        set_value(ws.cell(row=1, column=1), sheet.title).font = Font(bold=True, size=14)
        last = write_table(ws, sheet.headers, sheet.rows, start_row=3)
        for i, note in enumerate(sheet.notes):
            set_value(ws.cell(row=last + 2 + i, column=1), note)
    return save_workbook(wb, path)  # temp name, then rename: never a partial file
