"""Render report sheets into one .xlsx: styled headers, number formats, native (editable) Excel charts,
frozen panes, autofilter, widths that fit Chinese, landscape print one page wide, document properties."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from persistence.excel_writer import HEADER_BORDER, HEADER_FILL, HEADER_FONT, display_width, set_value
from persistence.reports.sheets import SheetSpec, Table

TITLE_FONT = Font(bold=True, size=14, color="1F4E79")
SECTION_FONT = Font(bold=True, size=11, color="1F4E79")
NOTE_FONT = Font(italic=True, color="666666")
CHART_ROWS = 17  # rows a 7.5 cm chart covers at the default 15 pt row height, plus a gap


def _table(ws: Worksheet, table: Table, top: int, widths: dict[int, int], filtered: bool) -> int:
    """Write one table at row `top`; returns the next free row."""
    ws.cell(row=top, column=1, value=table.title).font = SECTION_FONT
    header_row = top + 1
    for col, header in enumerate(table.headers, start=1):
        cell = set_value(ws.cell(row=header_row, column=col), header)
        cell.fill, cell.font, cell.border = HEADER_FILL, HEADER_FONT, HEADER_BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        widths[col] = max(widths.get(col, 0), display_width(header))
    if not table.rows:
        ws.cell(row=header_row + 1, column=1, value=table.empty_note).font = NOTE_FONT
        return header_row + 3
    for r, row in enumerate(table.rows, start=header_row + 1):
        for c, value in enumerate(row, start=1):
            if value is None:
                continue
            cell = set_value(ws.cell(row=r, column=c), value, table.formats.get(c - 1))
            if isinstance(value, str) and c - 1 in table.formats:  # "<3" or "不公布" lined up with the numbers
                cell.alignment = Alignment(horizontal="right")
            widths[c] = max(widths.get(c, 0), min(display_width(value), 40))
    last = header_row + len(table.rows)
    if filtered:
        ws.auto_filter.ref = f"A{header_row}:{get_column_letter(len(table.headers))}{last}"
    if table.chart is not None:
        _chart(ws, table, header_row, last)
        return max(last + 2, header_row + CHART_ROWS)  # the next table starts below the chart, not under it
    return last + 2


def _chart(ws: Worksheet, table: Table, header_row: int, last: int) -> None:
    spec = table.chart
    assert spec is not None
    chart = BarChart() if spec.kind == "bar" else LineChart()
    chart.title = spec.title
    chart.y_axis.title = spec.y_title
    chart.height, chart.width = 7.5, 16
    for col in spec.value_cols:
        chart.add_data(Reference(ws, min_col=col + 1, min_row=header_row, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=spec.category_col + 1, min_row=header_row + 1, max_row=last))
    if spec.percent:
        chart.y_axis.numFmt = "0%"
    if spec.secondary_cols:
        line = LineChart()
        for col in spec.secondary_cols:
            line.add_data(Reference(ws, min_col=col + 1, min_row=header_row, max_row=last), titles_from_data=True)
        line.y_axis.axId = 200
        line.y_axis.numFmt = "0%"
        line.y_axis.title = table.headers[spec.secondary_cols[0]]
        line.y_axis.crosses = "max"
        chart += line
    anchor_col = get_column_letter(len(table.headers) + 2)
    ws.add_chart(chart, f"{anchor_col}{header_row}")


def write_sheet(ws: Worksheet, spec: SheetSpec) -> None:
    ws.title = spec.name
    ws.cell(row=1, column=1, value=spec.title).font = TITLE_FONT
    row = 3
    widths: dict[int, int] = {1: 12}
    for label, value, fmt in spec.facts:
        set_value(ws.cell(row=row, column=1), label).font = Font(bold=True)
        if value is not None:
            set_value(ws.cell(row=row, column=2), value, fmt)
            widths[2] = max(widths.get(2, 0), min(display_width(value), 40))
        widths[1] = max(widths[1], display_width(label))
        row += 1
    if spec.facts:
        row += 1
    biggest = max(range(len(spec.tables)), key=lambda i: len(spec.tables[i].rows), default=None)
    first_header = None
    for i, table in enumerate(spec.tables):
        first_header = first_header or row + 1
        row = _table(ws, table, row, widths, filtered=i == biggest and len(spec.tables[i].rows) > 1)
    for note in spec.notes:
        ws.cell(row=row, column=1, value=note).font = NOTE_FONT
        row += 1
    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = min(max(width + 2, 8), 42)
    if first_header and len(spec.tables) == 1:
        ws.freeze_panes = ws.cell(row=first_header + 1, column=1)
    else:
        ws.freeze_panes = "A3"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.center.text = "&P / &N"


def write_workbook(
    path: Path,
    sheets: list[SheetSpec],
    title: str,
    author: str,
    now: datetime,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    wb = Workbook()
    wb.remove(wb.active)
    for i, spec in enumerate(sheets, start=1):
        write_sheet(wb.create_sheet(), spec)
        if progress:
            progress(i, len(sheets))
    wb.properties.title = title
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = wb.properties.modified = now
    wb.properties.subject = "客服中心月度报告"
    tmp = Path(path).with_name(Path(path).name + ".tmp")
    wb.save(tmp)
    tmp.replace(path)  # never a half-written file under the real name
