"""Render report sheets into one .xlsx: styled headers, number formats, native (editable) Excel charts,
frozen panes, autofilter, widths that fit Chinese, landscape print one page wide, document properties.

Written in openpyxl's write-only mode: rows stream to the file instead of living as Cell objects, each row
formatted straight into the sheet's XML (xlsx_rows.py), which keeps a centre-scale report (a quarter of a
million cells) below the cost of a plain openpyxl write. Streaming means
the sheet's layout — column widths, frozen panes — is worked out from the spec before the first row."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Alignment, Font
from openpyxl.styles.numbers import is_date_format
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from persistence.excel_writer import (
    EXCEL_MAX_CELL,
    HEADER_BORDER,
    HEADER_FILL,
    HEADER_FONT,
    clean_for_excel,
    display_width,
    save_workbook,
)
from persistence.reports.sheets import SheetSpec, Table
from persistence.reports.xlsx_rows import Styled, stream_rows

TITLE_FONT = Font(bold=True, size=14, color="1F4E79")
SECTION_FONT = Font(bold=True, size=11, color="1F4E79")
NOTE_FONT = Font(italic=True, color="666666")
FACT_FONT = Font(bold=True)
CENTERED = Alignment(horizontal="center", vertical="center", wrap_text=True)
RIGHT = Alignment(horizontal="right")
CHART_ROWS = 17  # rows a 7.5 cm chart covers at the default 15 pt row height, plus a gap
WIDTH_SAMPLE = 500  # rows per table measured for column widths; a long table's rows look alike
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
DATE_FORMAT = "yyyy-mm-dd"


class _SheetWriter:
    """Appends rows in order; keeps one styled template cell per (format, font, alignment) so each styled cell
    copies a style array instead of looking the style up again."""

    def __init__(self, ws: WriteOnlyWorksheet, raw: bool = False) -> None:
        self.ws = ws
        self.row = 0  # the last row written
        self._styles: dict[tuple[Any, ...], Any] = {}
        self._dated: dict[tuple[Any, ...], bool] = {}  # the style's number format shows a date
        self._raw = raw  # rows go through xlsx_rows, which renders a Styled value as the Cell's bytes

    def _style(self, number_format: str | None, font: Font | None = None, alignment: Alignment | None = None,
               header: bool = False) -> Any:
        key = (number_format, font, alignment, header)
        style = self._styles.get(key)
        if style is None:
            template = Cell(self.ws, row=1, column=1)
            if number_format:
                template.number_format = number_format
            if font is not None:
                template.font = font
            if alignment is not None:
                template.alignment = alignment
            if header:
                template.fill, template.font, template.border = HEADER_FILL, HEADER_FONT, HEADER_BORDER
                template.alignment = CENTERED
            style = self._styles[key] = template._style
        return style

    def _date_format(self, *key: Any) -> bool:
        found = self._dated.get(key)
        if found is None:
            found = self._dated[key] = is_date_format(key[0] or "General")
        return found

    def cell(self, value: object, number_format: str | None = None, font: Font | None = None,
             alignment: Alignment | None = None, header: bool = False) -> object:
        """A value ready to append: plain when it needs no style, a styled cell otherwise. User text is
        always text: `=1+2` stays the string "=1+2" (OWASP), never a formula."""
        if isinstance(value, str):
            if not value.isprintable() or len(value) > EXCEL_MAX_CELL:  # what cleaning removes is unprintable
                value = clean_for_excel(value)
            if not (number_format or font or alignment or header or value.startswith("=")):
                return value  # openpyxl stores any other string as text
        elif number_format is None and font is None and not header:
            if isinstance(value, datetime):
                number_format = DATETIME_FORMAT
            elif isinstance(value, date):
                number_format = DATE_FORMAT
            else:
                return value
        style = self._style(number_format, font, alignment, header)
        if self._raw:
            kind = type(value)
            if kind is str or kind is int or (kind is float and value - value == 0):  # type: ignore[operator]
                return Styled(value, style)
            naive = kind is date or (kind is datetime and value.tzinfo is None)  # type: ignore[attr-defined]
            if naive and not self.ws.parent.iso_dates and self._date_format(number_format, font, alignment, header):
                return Styled(value, style)  # a Cell would keep the format: it is a date format
        styled = Cell(self.ws, row=1, column=1, value=value, style_array=style)
        if isinstance(value, str):
            styled.data_type = "s"
        return styled

    def append(self, values: list[object]) -> None:
        self.ws.append(values)
        self.row += 1

    def skip_to(self, row: int) -> None:
        """Leave rows empty until the next append lands on `row`."""
        while self.row < row - 1:
            self.append([])


def _layout(spec: SheetSpec) -> tuple[dict[int, int], int | None]:
    """Column widths (from every fact and header and a sample of each table's rows) and the first table's
    header row, known before anything is streamed."""
    widths: dict[int, int] = {1: 12}
    for label, value, _ in spec.facts:
        widths[1] = max(widths[1], display_width(label))
        if value is not None:
            widths[2] = max(widths.get(2, 0), min(display_width(value), 40))
    for table in spec.tables:
        for col, header in enumerate(table.headers, start=1):
            widths[col] = max(widths.get(col, 0), display_width(header))
        for row in table.rows[:WIDTH_SAMPLE]:
            for col, value in enumerate(row, start=1):
                if value is not None:
                    widths[col] = max(widths.get(col, 0), min(display_width(value), 40))
    first_header = 3 + len(spec.facts) + (1 if spec.facts else 0) + 1 if spec.tables else None
    return widths, first_header


def _table(out: _SheetWriter, table: Table, filtered: bool) -> None:
    top = out.row + 1
    out.append([out.cell(table.title, font=SECTION_FONT)])
    header_row = top + 1
    out.append([out.cell(h, header=True) for h in table.headers])
    if not table.rows:
        out.append([out.cell(table.empty_note, font=NOTE_FONT)])
        out.skip_to(header_row + 3)
        return
    formats = table.formats
    plain = not formats
    for row in table.rows:
        if plain:
            out.append([out.cell(v) if v is not None else None for v in row])
            continue
        values: list[object] = []
        for c, value in enumerate(row):
            fmt = formats.get(c)
            if value is None:
                values.append(None)
            elif isinstance(value, str) and fmt is not None:  # "<3" or "不公布" lined up with the numbers
                values.append(out.cell(value, alignment=RIGHT))
            else:
                values.append(out.cell(value, fmt))
        out.append(values)
    last = header_row + len(table.rows)
    if filtered:
        out.ws.auto_filter.ref = f"A{header_row}:{get_column_letter(len(table.headers))}{last}"
    if table.chart is not None:
        _chart(out.ws, table, header_row, last)
        out.skip_to(max(last + 2, header_row + CHART_ROWS))  # the next table starts below the chart, not under it
    else:
        out.skip_to(last + 2)


def _chart(ws: WriteOnlyWorksheet, table: Table, header_row: int, last: int) -> None:
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
    # Spreadsheet programs pick their own axis floor (LibreOffice started headcount bars at 52, so 61 → 59
    # looked like a collapse) and curve a line without an explicit smooth="0" (inventing values between
    # months). So: every value axis from zero, every line series straight.
    chart.y_axis.scaling.min = 0
    if spec.secondary_cols:
        line = LineChart()
        for col in spec.secondary_cols:
            line.add_data(Reference(ws, min_col=col + 1, min_row=header_row, max_row=last), titles_from_data=True)
        line.y_axis.scaling.min = 0
        line.y_axis.axId = 200
        line.y_axis.numFmt = "0%"
        line.y_axis.title = table.headers[spec.secondary_cols[0]]
        line.y_axis.crosses = "max"
        chart += line
    for part in [chart, *chart._charts[1:]]:
        if isinstance(part, LineChart):
            part.smooth = False  # openpyxl writes the chart-level <c:smooth>; each series needs its own too
            for series in part.series:
                series.smooth = False
    anchor_col = get_column_letter(len(table.headers) + 2)
    ws.add_chart(chart, f"{anchor_col}{header_row}")


def write_sheet(ws: WriteOnlyWorksheet, spec: SheetSpec) -> None:
    ws.title = spec.name
    widths, first_header = _layout(spec)
    # Everything the sheet's XML holds before its rows must be set before the first append.
    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = min(max(width + 2, 8), 42)
    if first_header and len(spec.tables) == 1:
        ws.freeze_panes = f"A{first_header + 1}"
    else:
        ws.freeze_panes = "A3"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.center.text = "&P / &N"

    raw = stream_rows(ws)  # rows straight into the sheet's XML, the bytes openpyxl would write, 3× faster
    out = _SheetWriter(ws, raw)
    out.append([out.cell(spec.title, font=TITLE_FONT)])
    out.append([])
    for label, value, fmt in spec.facts:
        out.append([out.cell(label, font=FACT_FONT), None if value is None else out.cell(value, fmt)])
    if spec.facts:
        out.append([])
    biggest = max(range(len(spec.tables)), key=lambda i: len(spec.tables[i].rows), default=None)
    for i, table in enumerate(spec.tables):
        _table(out, table, filtered=i == biggest and len(table.rows) > 1)
    for note in spec.notes:
        out.append([out.cell(note, font=NOTE_FONT)])


def write_workbook(
    path: Path,
    sheets: list[SheetSpec],
    title: str,
    author: str,
    now: datetime,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    wb = Workbook(write_only=True)
    for i, spec in enumerate(sheets, start=1):
        write_sheet(wb.create_sheet(), spec)
        if progress:
            progress(i, len(sheets))
    wb.properties.title = title
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = wb.properties.modified = now
    wb.properties.subject = "客服中心月度报告"
    save_workbook(wb, path)  # temp name, then rename: never a partial file
