"""The report's rows written straight into the sheet XML (persistence/reports/xlsx_rows.py) must be the very
bytes openpyxl's write-only mode writes for the same sheet, whatever the cells hold."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook

from persistence.excel_writer import clean_for_excel
from persistence.reports import hq_workbook
from persistence.reports.sheets import DATE, DECIMAL, INTEGER, PERCENT, ChartSpec, SheetSpec, Table
from persistence.reports.xlsx_rows import stream_rows

AWKWARD_TEXT = ["普通文字", " leading space", "trailing space ", "   ", "a & b < c > d", "=1+2", "+86 138", "-3",
                "@x", "#N/A", "#DIV/0!", "tab\tinside", "line\nbreak", "引号\"和'单引号", "", "x" * 40_000,
                "控制\x01字符", "1e5", "KF000123"]
NUMBERS = [0, 1, -1, 7, 2**53 + 1, 10**20, 0.1, 1 / 3, -2.5e-12, 1e300, 123456789.123456789, float("nan"),
           float("inf"), True, False]
WHEN = [date(2026, 11, 1), datetime(2026, 11, 23, 9, 30, 15), date(1900, 2, 28), date(1900, 3, 1)]


def _spec() -> SheetSpec:
    mixed = [[t, n, w] for t, n, w in zip(AWKWARD_TEXT, NUMBERS * 2, WHEN * 5, strict=False)]
    plain = [[f"KF{i:06d}", "热线一组", i, i / 7, None, date(2020, 1, 1)] for i in range(300)]
    formatted = [[f"{i}月", i * 3, i / 100, "<3" if i % 5 == 0 else i / 50, None, date(2026, 1, 1 + i % 28)]
                 for i in range(1, 40)]
    return SheetSpec(
        name="测试", title="标题 & <special>",
        facts=[("人数", 12, None), ("比例", 0.25, PERCENT), ("生成", datetime(2026, 11, 23, 9, 0), None),
               ("说明", " 前后空格 ", None), ("空", None, None)],
        tables=[Table("混合", ["文字", "数字", "日期"], mixed),
                Table("明细", ["工号", "班组", "数", "比", "空", "日期"], plain),
                Table("格式", ["月份", "人数", "比例", "说明", "空", "日期"], formatted,
                      formats={2: PERCENT, 3: PERCENT, 5: DATE},
                      chart=ChartSpec("bar", "图", 0, [1], "人数", secondary_cols=[2])),
                Table("空表", ["a", "b"], []),
                # styled cells of every kind: a date under a number format (the Cell changes the format), a
                # datetime under a date format, Decimal, bool, non-finite floats, a formula-like and an empty text
                Table("样式", list("abcdefgh"), [
                    [date(2026, 1, 5 + i), datetime(2026, 1, 5, 8, i), Decimal("1.5") + i, i % 2 == 0,
                     [float("nan"), float("inf"), 0.5][i % 3], 3 - i, ["=SUM(A1)", "", "文字", "#N/A"][i % 4],
                     datetime(2026, 2, 1 + i)] for i in range(8)],
                      formats={0: INTEGER, 1: DATE, 2: DECIMAL, 3: INTEGER, 4: PERCENT, 5: PERCENT, 6: INTEGER,
                               7: DATE})],
        notes=["注：& 与 <>"],
    )


def _sheet_xml(path: Path) -> bytes:
    with zipfile.ZipFile(path) as zf:
        return zf.read("xl/worksheets/sheet1.xml")


def _write(path: Path, fast: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    if not fast:
        monkeypatch.setattr(hq_workbook, "stream_rows", lambda ws: False)
    hq_workbook.write_workbook(path, [_spec()], "t", "a", datetime(2026, 11, 23, 9, 0))
    monkeypatch.undo()


def test_raw_rows_are_the_bytes_openpyxl_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(tmp_path / "openpyxl.xlsx", False, monkeypatch)
    _write(tmp_path / "raw.xlsx", True, monkeypatch)
    slow, fast = _sheet_xml(tmp_path / "openpyxl.xlsx"), _sheet_xml(tmp_path / "raw.xlsx")
    assert b"<sheetData><row r=\"1\">" in fast  # the rows really were streamed, and the file has them all
    assert fast.count(b"<row ") == slow.count(b"<row ") > 350
    assert fast == slow


def test_the_raw_sheet_reads_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(tmp_path / "raw.xlsx", True, monkeypatch)
    ws = openpyxl.load_workbook(tmp_path / "raw.xlsx")["测试"]
    values = [row for row in ws.iter_rows(values_only=True)]
    texts = {v for row in values for v in row if isinstance(v, str)}
    assert {"=1+2", "#N/A", "a & b < c > d", " leading space", "KF000299", "<3"} <= texts
    assert ws["A1"].value == "标题 & <special>"
    assert ws["A1"].data_type == "s"
    assert any(isinstance(v, datetime) and v == datetime(2026, 11, 23, 9, 30, 15) for row in values for v in row)


def test_not_streamed_after_rows_were_appended(tmp_path: Path) -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append(["x"])
    assert stream_rows(ws) is False
    ws.append(["y"])
    wb.save(tmp_path / "plain.xlsx")
    assert [r for r in openpyxl.load_workbook(tmp_path / "plain.xlsx").active.iter_rows(values_only=True)] == [
        ("x",), ("y",)]


def test_text_is_cleaned_as_the_excel_writer_cleans_it() -> None:
    """The writer skips the cleaning pass for printable text of an allowed length: the same text either way."""
    ws = Workbook(write_only=True).create_sheet()
    out = hq_workbook._SheetWriter(ws)
    for text in [*AWKWARD_TEXT, "\x0b\x0c\x1f", "换行\r\n", "\u2028", "x" * 32_767, "y" * 32_768]:
        written = out.cell(text)
        assert getattr(written, "value", written) == clean_for_excel(text)  # "=1+2" comes as a text Cell
