"""The one-page explanation sheet handed to an agent. It takes words already translated and values,
never queries (HOUSE-STYLE: Excel writers take rows and translated headers)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from domain.performance.handouts import ExplanationSheet
from persistence.excel_writer import save_workbook, set_value, write_table


def export_explanation(sheet: ExplanationSheet, path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = sheet.sheet_name[:31]
    set_value(ws.cell(row=1, column=1), sheet.title).font = Font(bold=True, size=14)
    row = 2
    for label, value in sheet.facts:
        set_value(ws.cell(row=row, column=1), label).font = Font(bold=True)
        set_value(ws.cell(row=row, column=2), value)
        row += 1
    last = write_table(ws, sheet.headers, sheet.rows, start_row=row + 1)
    row = last + 2
    if sheet.notes:
        set_value(ws.cell(row=row, column=1), sheet.notes_title).font = Font(bold=True)
        for note in sheet.notes:
            row += 1
            cell = set_value(ws.cell(row=row, column=1), note)
            cell.alignment = Alignment(wrap_text=False)
    if sheet.footer:
        set_value(ws.cell(row=row + 2, column=1), sheet.footer)
    ws.freeze_panes = None  # a handout, not a list to scroll
    ws.auto_filter.ref = None
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1  # one page, whatever the number of metrics and notes
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    return save_workbook(wb, path)  # temp name, then rename: never a partial file
