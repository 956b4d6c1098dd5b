"""Shared xlsx writing: cells are data, never formulas; headers styled; widths that fit Chinese."""

from __future__ import annotations

import contextlib
import os
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

EXCEL_MAX_CELL = 32_767
TRUNCATION_MARK = "…[截断]"
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
HEADER_FILL = PatternFill("solid", start_color="1F4E79")
HEADER_FONT = Font(bold=True, color="FFFFFF")
THIN = Side(style="thin", color="BFBFBF")
HEADER_BORDER = Border(bottom=THIN)


class ExportFailed(Exception):
    """The file could not be written where the user asked. Carries the target path and the system's reason
    (an OSError) so that ui/error_sentences.py can say what happened and what to do; nothing was left behind."""

    def __init__(self, path: Path, cause: OSError) -> None:
        super().__init__(f"{path}: {cause}")
        self.path, self.cause = Path(path), cause


def save_workbook(wb: Workbook, path: Path | str) -> Path:
    """Write to a temporary name in the target folder, flush it to disk, then rename it over the target.
    A failure at any step (folder missing, no permission, the file open in Excel, disk full, read-only)
    leaves the target as it was and no partial file, and raises ExportFailed. The folder is never created:
    a mistyped folder should be reported, not silently made."""
    path = Path(path)
    tmp = path.with_name(f".~{path.stem}.{os.getpid()}.tmp")
    try:
        if path.is_dir():  # os.replace would say "is a directory" about the temporary name
            raise IsADirectoryError(21, os.strerror(21), str(path))
        with open(tmp, "wb") as fh:
            wb.save(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        _discard(tmp)
        _release(wb)
        raise ExportFailed(path, exc) from exc
    except BaseException:
        _discard(tmp)
        _release(wb)
        raise
    return path


def _release(wb: Workbook) -> None:
    """A write-only sheet that was never saved holds an open generator and a scratch file in the system temp
    folder; finish and remove them here, or the garbage collector prints a traceback at exit."""
    for ws in wb.worksheets:
        if getattr(ws, "closed", True) is False:
            with contextlib.suppress(Exception):
                ws.close()
            with contextlib.suppress(Exception):
                os.remove(ws._writer.out)


def _discard(tmp: Path) -> None:
    # A folder that refuses even this leaves nothing more to do; the real name is untouched either way.
    with contextlib.suppress(OSError):
        tmp.unlink(missing_ok=True)


def clean_for_excel(text: str) -> str:
    text = ILLEGAL_CHARACTERS_RE.sub("", text)
    if len(text) > EXCEL_MAX_CELL:
        text = text[: EXCEL_MAX_CELL - len(TRUNCATION_MARK)] + TRUNCATION_MARK
    return text


def display_width(value: object) -> int:
    text = value.isoformat() if isinstance(value, date | datetime) else str(value)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def set_value(cell: Cell, value: object, number_format: str | None = None) -> Cell:
    """Write one value. User text is always text: `=1+2` stays the string "=1+2" (OWASP)."""
    if isinstance(value, str):
        value = clean_for_excel(value)
        cell.value = value
        cell.data_type = "s"  # openpyxl would otherwise store text starting with "=" as a formula
    else:
        cell.value = value
    if number_format:
        cell.number_format = number_format
    elif isinstance(value, datetime):
        cell.number_format = "yyyy-mm-dd hh:mm"
    elif isinstance(value, date):
        cell.number_format = "yyyy-mm-dd"
    return cell


def write_table(
    ws: Worksheet,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    start_row: int = 1,
    formats: dict[int, str] | None = None,
    max_width: int = 48,
) -> int:
    """Write a header and rows at `start_row`; freeze, filter and size the columns. Returns last row."""
    formats = formats or {}
    widths = [display_width(h) for h in headers]
    for col, header in enumerate(headers, start=1):
        cell = set_value(ws.cell(row=start_row, column=col), header)
        cell.fill, cell.font, cell.border = HEADER_FILL, HEADER_FONT, HEADER_BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    row_index = start_row
    for row_index, row in enumerate(rows, start=start_row + 1):
        for col, value in enumerate(row, start=1):
            if value is None:
                continue
            set_value(ws.cell(row=row_index, column=col), value, formats.get(col - 1))
            if col - 1 < len(widths):
                widths[col - 1] = max(widths[col - 1], min(display_width(value), max_width))
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = min(max(width + 2, 6), max_width + 2)
    ws.freeze_panes = ws.cell(row=start_row + 1, column=1)
    if headers:
        last = get_column_letter(len(headers))
        ws.auto_filter.ref = f"A{start_row}:{last}{max(row_index, start_row)}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{start_row}:{start_row}"
    return row_index
