"""Rows of a write-only sheet written straight into its XML stream.

openpyxl's write-only mode builds an ElementTree element for every cell and serialises it on its own (about
8 µs a cell, most of a centre report's writing time). Here a row is one formatted string with the same bytes
openpyxl would write (tests/persistence/test_hq_report_rows.py compares the two); any cell outside the
common kinds — formulas, error codes, rich text, booleans, non-finite or exotic numbers — is handed to
openpyxl's own cell writer, in place.

It needs the standard-library serialiser that openpyxl uses when lxml is absent (`et_xmlfile`, whose writer
takes raw text); with lxml installed, `stream_rows` says no and the caller appends as usual.
"""

from __future__ import annotations

from collections.abc import Generator
from datetime import date, datetime
from typing import Any
from xml.etree.ElementTree import _escape_cdata  # type: ignore[attr-defined]  # the escaping et_xmlfile uses

from openpyxl.cell._writer import write_cell
from openpyxl.cell.cell import ERROR_CODES, Cell
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

_ERRORS = frozenset(ERROR_CODES)
_LETTERS = [get_column_letter(c) for c in range(1, 16_385)]


def stream_rows(ws: WriteOnlyWorksheet) -> bool:
    """From now on `ws.append` renders rows here. Call it once everything before the rows (widths, panes)
    is set; False (nothing changed) when the sheet's XML writer is not one that takes raw text."""
    if ws._rows is not None:
        return False
    ws._get_writer()
    rows = _rows(ws)
    try:
        next(rows)
    except _NotRaw:
        return False
    ws._rows = rows
    return True


class _NotRaw(Exception):
    pass


class Styled:
    """A styled value the raw rows render without an openpyxl Cell (a centre report has 54k styled cells;
    building a Cell for each was a fifth of the writing). Only kinds whose Cell would keep the style as given
    and be rendered here anyway: text, int, finite float, and a date or naive datetime under a date format
    (`hq_workbook._SheetWriter.cell` decides; anything else stays a Cell)."""

    __slots__ = ("style", "value")

    def __init__(self, value: object, style: Any) -> None:
        self.value, self.style = value, style


def _rows(ws: WriteOnlyWorksheet) -> Generator[None, list[Any], None]:
    writer = ws._writer
    xf = writer.xf.send(True)
    out = getattr(xf, "_file", None)  # et_xmlfile's raw writer; lxml's xmlfile has none
    if not callable(out):
        writer.xf.send(None)
        raise _NotRaw
    epoch = ws.parent.epoch
    iso = ws.parent.iso_dates
    styles = ws.parent._cell_styles
    style_ids: dict[int, str] = {}  # id of a writer's template style (kept alive by it) -> ' s="n"'
    with xf.element("sheetData"):
        r = 1
        try:
            while True:
                values = yield
                out(f'<row r="{r}">')
                for c, value in enumerate(values):
                    if value is None:
                        continue
                    kind = type(value)
                    if kind is str:
                        if value in _ERRORS or value.startswith("="):
                            _fallback(xf, ws, value, r, c)
                        elif not value:
                            out(f'<c r="{_LETTERS[c]}{r}" t="inlineStr" />')
                        else:
                            out(f'<c r="{_LETTERS[c]}{r}" t="inlineStr"><is>{_text(value)}</is></c>')
                    elif kind is int or (kind is float and value - value == 0):  # finite
                        out(f'<c r="{_LETTERS[c]}{r}" t="n"><v>{value:.16g}</v></c>')
                    elif kind is Styled:
                        s = style_ids.get(id(value.style))
                        if s is None:
                            styled = value.style is not None and any(value.style)  # Cell.has_style
                            s = style_ids[id(value.style)] = f' s="{styles.add(value.style)}"' if styled else ""
                        _styled_value(out, value.value, f"{_LETTERS[c]}{r}", s, epoch)
                    elif kind is Cell:
                        _styled(out, xf, ws, value, r, c, styles, epoch, iso)
                    else:
                        _fallback(xf, ws, value, r, c)
                out("</row>")
                r += 1
        except GeneratorExit:
            pass
    writer.xf.send(None)


def _text(value: str) -> str:
    stripped = value.strip()
    if stripped and stripped != value:
        return f'<t xml:space="preserve">{_escape_cdata(value)}</t>'
    return f"<t>{_escape_cdata(value)}</t>"


def _styled(out: Any, xf: Any, ws: WriteOnlyWorksheet, cell: Cell, r: int, c: int, styles: Any, epoch: Any,
            iso: bool) -> None:
    value, kind = cell._value, cell.data_type
    if cell.hyperlink is not None or cell._comment is not None or value is None:
        cell.column, cell.row = c + 1, r
        write_cell(xf, ws, cell, cell.has_style)
        return
    s = f' s="{styles.add(cell._style)}"' if cell.has_style else ""
    where = f"{_LETTERS[c]}{r}"
    if kind == "s" and type(value) is str and not value:
        out(f'<c r="{where}"{s} t="inlineStr" />')
    elif kind == "s" and type(value) is str:
        out(f'<c r="{where}"{s} t="inlineStr"><is>{_text(value)}</is></c>')
    elif kind == "n" and (type(value) is int or (type(value) is float and value - value == 0)):
        out(f'<c r="{where}"{s} t="n"><v>{value:.16g}</v></c>')
    elif kind == "d" and type(value) in (date, datetime) and not iso and getattr(value, "tzinfo", None) is None:
        serial = to_excel(value, epoch)
        out(f'<c r="{where}"{s} t="n"><v>{serial:.16g}</v></c>')
    else:
        cell.column, cell.row = c + 1, r
        write_cell(xf, ws, cell, cell.has_style)


def _styled_value(out: Any, value: Any, where: str, s: str, epoch: Any) -> None:
    """What `_styled` writes for the Cell that `Styled` stands for (its kinds only)."""
    kind = type(value)
    if kind is str:
        out(f'<c r="{where}"{s} t="inlineStr"><is>{_text(value)}</is></c>' if value else
            f'<c r="{where}"{s} t="inlineStr" />')
    elif kind is int or kind is float:
        out(f'<c r="{where}"{s} t="n"><v>{value:.16g}</v></c>')
    else:
        out(f'<c r="{where}"{s} t="n"><v>{to_excel(value, epoch):.16g}</v></c>')


def _fallback(xf: Any, ws: WriteOnlyWorksheet, value: object, r: int, c: int) -> None:
    """openpyxl's own conversion and writer, for a cell of a kind not rendered above."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(ws, value)
    cell.column, cell.row = c + 1, r
    write_cell(xf, ws, cell, cell.has_style)
