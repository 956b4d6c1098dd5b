"""read_tabular on hostile and malformed files (RELIABILITY.md D): each one a clear code, or a clean read."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from persistence import tabular
from persistence.cells import find_header_row, merge_two_level_header
from persistence.tabular import UnreadableFile
from persistence.tabular import read_tabular_in_process as read_tabular
from tests.fixtures import hostile_files as hf

ROOT = Path(__file__).resolve().parents[2]


def _csv(name: str, text: str) -> object:
    return lambda d: hf.text_file(d, name, text, "utf-8")


REFUSED = [
    (hf.not_a_zip, "not_xlsx", {}),
    (hf.zero_bytes, "empty_file", {}),
    (hf.truncated_zip, "truncated", {}),
    (hf.zip_without_workbook, "not_xlsx", {}),
    (hf.encrypted_ole, "encrypted", {}),
    (hf.billion_laughs_sheet, "bad_xml", {}),
    (hf.billion_laughs_shared_strings, "bad_xml", {}),
    (hf.quadratic_blowup, "bad_xml", {}),
    (hf.external_entity, "bad_xml", {}),
    (hf.doctype_after_long_comment, "bad_xml", {}),
    (hf.zip_bomb_ratio, "zip_bomb", {}),
    (hf.zip_bomb_declared, "zip_bomb", {}),
    (hf.too_many_members, "too_many_members", {}),
    (hf.dotdot_member, "unsafe_member_name", {}),
    (hf.formula_without_value, "formula_without_value", {}),
    (hf.corrupt_member, "corrupt", {}),
    (hf.utf16_worksheet, "bad_xml", {}),
    (hf.wide_16384, "too_many_columns", {}),
    (hf.positional_wide, "too_many_columns", {}),
    (hf.sparse_row_above_default_cap, "too_many_rows", {}),
    (lambda d: hf.rows(d, 100), "too_many_rows", {"max_rows": 100}),  # 101 rows with the header
    (lambda d: hf.rows(d, 30), "too_many_cells", {"max_cells": 100}),
    (hf.undecodable_csv, "unknown_encoding", {}),
    (hf.xlsx_named_csv, "not_text", {}),
    (lambda d: hf.text_file(d, "old.doc", "x", "utf-8"), "unsupported_extension", {}),
    (lambda d: hf.text_file(d, "roster", "x", "utf-8"), "unsupported_extension", {}),
    (lambda d: d / "missing.xlsx", "io_error", {}),
    (_csv("rows.csv", "a,b\n" * 11), "too_many_rows", {"max_rows": 10}),
    (_csv("cols.csv", ",".join("x" * 13) + "\n"), "too_many_columns", {"max_cols": 12}),
    (_csv("cells.csv", "a\n" * 20 + "a,b,c,d,e,f\n"), "too_many_cells", {"max_cells": 100}),
]


@pytest.mark.parametrize(("make", "code", "limits"), REFUSED,
                         ids=[f"{getattr(m, '__name__', 'x')}-{c}-{i}" for i, (m, c, _) in enumerate(REFUSED)])
def test_hostile_file_is_refused_with_its_code(tmp_path: Path, monkeypatch, make, code: str, limits: dict) -> None:
    def calamine_reached(*_args: object) -> None:
        raise AssertionError("refused only after python-calamine had parsed the file")

    monkeypatch.setattr(tabular, "_load_with_calamine", calamine_reached)  # every refusal here comes first
    path = make(tmp_path)
    started = time.perf_counter()
    with pytest.raises(UnreadableFile) as caught:
        read_tabular(path, **limits)
    elapsed = time.perf_counter() - started
    print(f"hostile: {path.name} -> {caught.value.code} ({caught.value.detail[:60]}) in {elapsed:.2f} s")
    assert caught.value.code == code
    assert elapsed < 5


@pytest.mark.parametrize(("constant", "make", "code"), [
    ("MAX_FILE_TEXT_BYTES", hf.gbk_csv, "too_large"),
    ("MAX_TEXT_BYTES", hf.gbk_csv, "too_much_text"),
    ("MAX_TEXT_BYTES", hf.simple, "too_much_text"),
    ("MAX_DIRECTORY_BYTES", hf.simple, "too_many_members"),  # a central directory too big to index
    ("MAX_PART_BYTES", hf.simple, "bad_xml"),  # workbook.xml too big to parse whole
])
def test_size_limits(tmp_path: Path, monkeypatch, constant: str, make, code: str) -> None:
    monkeypatch.setattr(tabular, constant, 10)
    with pytest.raises(UnreadableFile) as caught:
        read_tabular(make(tmp_path))
    assert caught.value.code == code


def test_far_cell_is_refused_before_calamine_allocates_the_grid(tmp_path: Path) -> None:
    # In a child process: if the cap ever regressed, calamine would abort the interpreter, not raise.
    path = hf.far_cell(tmp_path)
    code = ("import sys\nfrom persistence.tabular import read_tabular, UnreadableFile\n"
            "try:\n    read_tabular(sys.argv[1])\nexcept UnreadableFile as e:\n    print(e.code)\n")
    done = subprocess.run([sys.executable, "-c", code, str(path)], cwd=ROOT, capture_output=True, text=True,
                          timeout=60)
    assert (done.returncode, done.stdout.strip()) == (0, "too_many_rows"), done.stderr[-2000:]


def test_forged_dimension_costs_nothing(tmp_path: Path) -> None:
    resource = pytest.importorskip("resource")
    path = hf.forged_dimension(tmp_path)
    assert b"XFD1048576" in zipfile.ZipFile(path).read(hf.SHEET1)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    sheets = read_tabular(path)
    elapsed = time.perf_counter() - started
    per_mb = 1024 * 1024 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / per_mb
    print(f"forged dimension: {elapsed:.3f} s, peak RSS grew {grown_mb:.1f} MB")
    assert sheets[0].rows == [hf.HEADER, hf.ROW]
    assert grown_mb < 50 and elapsed < 1


def test_valueless_styled_cells_beyond_the_cap_are_not_data(tmp_path: Path) -> None:
    sheets = read_tabular(hf.styled_blank_cells_far_below(tmp_path), max_rows=100)
    assert sheets[0].rows == [[1.0]]


def test_title_rows_above_the_header_are_skipped(tmp_path: Path) -> None:
    rows = read_tabular(hf.title_rows_above_header(tmp_path))[0].rows
    index = find_header_row(rows, set(hf.HEADER))
    assert index == 3
    assert rows[index] == hf.HEADER and rows[index + 1] == hf.ROW


def test_header_on_sheet_2_with_sheet_1_empty(tmp_path: Path) -> None:
    first, second = read_tabular(hf.header_on_sheet2(tmp_path))
    assert (first.name, first.rows) == ("说明", [])
    assert second.name == "名单" and find_header_row(second.rows, set(hf.HEADER)) == 0


def test_hidden_sheets_are_read_and_flagged(tmp_path: Path) -> None:
    sheets = read_tabular(hf.hidden_sheet(tmp_path))
    assert [(s.name, s.hidden) for s in sheets] == [("封面", False), ("数据", True)]
    assert sheets[1].rows == [hf.HEADER, hf.ROW]


def test_two_level_merged_header(tmp_path: Path) -> None:
    rows = read_tabular(hf.two_level_header(tmp_path))[0].rows
    assert rows[0] == ["工号", "姓名", "效率指标", None, "质量指标"]
    assert merge_two_level_header(rows[0], rows[1]) == ["工号", "姓名", "接通量", "平均处理时长", "满意度"]
    assert rows[2] == ["1001", "张三", 120.0, "03:00", "95%"]


def test_cached_formula_values_and_error_cells(tmp_path: Path) -> None:
    rows = read_tabular(hf.formula_with_cached_values(tmp_path))[0].rows
    assert rows == [[2.0, 4.0, None, "#DIV/0!"]]  # "" result is blank; #DIV/0! is not mistaken for blank


def test_macro_workbook_values_are_read_and_vba_ignored(tmp_path: Path) -> None:
    sheets = read_tabular(hf.macro_workbook(tmp_path))
    assert [s.rows for s in sheets] == [[hf.HEADER, hf.ROW]]


def test_empty_sheet_and_header_only(tmp_path: Path) -> None:
    assert [(s.name, s.rows) for s in read_tabular(hf.empty_sheet(tmp_path))] == [("空", [])]
    assert read_tabular(hf.header_only(tmp_path))[0].rows == [hf.HEADER]


def test_1904_epoch_workbook(tmp_path: Path) -> None:
    path = hf.epoch_1904(tmp_path)
    xml = zipfile.ZipFile(path).read(hf.SHEET1)
    assert b"<v>43894</v>" in xml  # the serial of 2024-03-05 counted from 1904, not 45356
    sheet = read_tabular(path)[0]
    assert sheet.epoch1904 is True
    assert sheet.rows[1] == ["1001", dt.datetime(2024, 3, 5)] or sheet.rows[1] == ["1001", dt.date(2024, 3, 5)]


def test_32767_character_cell(tmp_path: Path) -> None:
    assert len(read_tabular(hf.long_cell(tmp_path))[0].rows[1][1]) == 32_767


@pytest.mark.parametrize(("make", "expected"), [
    (hf.gbk_csv, [["工号", "姓名", "班组"], ["1001", "张三", "一组"]]),
    (hf.gb18030_only_csv, [["工号", "姓名"], ["1001", "𠀀明"]]),
    (hf.utf8_bom_csv, [["工号", "姓名"], ["1001", "张三"]]),
    (hf.utf16_csv, [["工号", "姓名"], ["1001", "张三"]]),
    (hf.semicolon_csv, [["工号", "姓名", "满意度"], ["1001", "张三", "95,2%"], ["1002", "李四", "90%"]]),
    (hf.embedded_newlines_csv, [["工号", "姓名", "备注"], ["1001", "张三", "第一行\n第二行, 含逗号"],
                                ["1002", "李四", None]]),
    (hf.ragged_csv, [["工号", "姓名", "班组", "备注", None], ["1001", "张三", None, None, None],
                     ["1002", "李四", "一组", "x", "多余"]]),
    (hf.nul_csv, [["工号", "姓名"], ["1001", "张三"]]),
], ids=lambda x: getattr(x, "__name__", ""))
def test_text_files(tmp_path: Path, make, expected: list) -> None:
    path = make(tmp_path)
    sheets = read_tabular(path)
    assert [(s.name, s.rows) for s in sheets] == [(path.stem, expected)]


def test_utf16_without_bom_and_txt_extension(tmp_path: Path) -> None:
    path = hf.text_file(tmp_path, "export.txt", "工号\t姓名\r\n1001\t张三\r\n", "utf-16-le")
    assert read_tabular(path)[0].rows == [["工号", "姓名"], ["1001", "张三"]]


def test_single_column_csv_falls_back_to_comma(tmp_path: Path) -> None:
    path = hf.text_file(tmp_path, "one.csv", "工号\n1001\n1002\n", "utf-8")
    assert read_tabular(path)[0].rows == [["工号"], ["1001"], ["1002"]]


def test_sniffer_is_not_fooled_by_a_title_line(tmp_path: Path) -> None:
    path = hf.text_file(tmp_path, "titled.csv", "2024年3月KPI\n工号|姓名|接通量\n1001|张三|12\n", "gb18030")
    assert read_tabular(path)[0].rows[1:] == [["工号", "姓名", "接通量"], ["1001", "张三", "12"]]
