"""Issue 14: every file of the hostile corpus through `read_tabular` (the child process), and the child's
own failures (abort, out of memory, hang) turned into refusals while the parent lives on."""

from __future__ import annotations

import inspect
import os
import sys
import time
from pathlib import Path

import pytest

from persistence import sandboxed_read
from persistence.tabular import UnreadableFile, read_tabular
from tests.fixtures import hostile_files as hf

NOT_FILE_MAKERS = {"workbook", "rewrite", "simple", "with_sheet_xml", "text_file", "rows"}
OK = None  # read cleanly
EXPECTED: dict[str, str | None] = {
    "not_a_zip": "not_xlsx", "zero_bytes": "empty_file", "truncated_zip": "truncated",
    "zip_without_workbook": "not_xlsx", "xls_renamed": "corrupt", "encrypted_ole": "encrypted",
    "billion_laughs_sheet": "bad_xml", "billion_laughs_shared_strings": "bad_xml", "quadratic_blowup": "bad_xml",
    "external_entity": "bad_xml", "doctype_after_long_comment": "bad_xml", "zip_bomb_ratio": "zip_bomb",
    "zip_bomb_declared": "zip_bomb", "too_many_members": "too_many_members", "dotdot_member": "unsafe_member_name",
    "corrupt_member": "corrupt", "utf16_worksheet": "bad_xml", "formula_without_value": "formula_without_value",
    "forged_dimension": OK, "far_cell": "too_many_rows", "wide_16384": "too_many_columns",
    "positional_wide": "too_many_columns", "sparse_row_above_default_cap": "too_many_rows",
    "styled_blank_cells_far_below": OK, "title_rows_above_header": OK, "header_on_sheet2": OK, "hidden_sheet": OK,
    "two_level_header": OK, "formula_with_cached_values": OK, "macro_workbook": OK, "empty_sheet": OK,
    "header_only": OK, "epoch_1904": OK, "long_cell": OK, "gbk_csv": OK, "gb18030_only_csv": OK,
    "utf8_bom_csv": OK, "utf16_csv": OK, "semicolon_csv": OK, "embedded_newlines_csv": OK, "ragged_csv": OK,
    "undecodable_csv": "unknown_encoding", "nul_csv": OK, "xlsx_named_csv": "not_text",
    # issue 14
    "duplicate_sheet_names_far_cell": "duplicate_sheet_name", "duplicate_sheet_names_differing_case":
        "duplicate_sheet_name", "sheet_part_named_bin_far_cell": "too_many_rows",
    "sheet_part_without_extension_far_cell": "too_many_rows", "sheet_part_relative_parent_far_cell": "too_many_rows",
    "sheet_part_other_case_far_cell": "too_many_rows", "sheet_part_missing": "corrupt",
    "far_column_only": "too_many_columns", "far_row_positional_cells": "too_many_rows",
    "absurd_column_letters": "too_many_columns", "absurd_row_number": "too_many_rows",
    "far_cell_in_second_member_with_same_name": "corrupt", "rows_100001_xlsx": "too_many_rows",
    "rows_200000_csv": "too_many_rows", "columns_600_csv": "too_many_columns", "deeply_nested_xml": OK,
    "shared_string_amplified": "too_much_text", "shared_string_amplified_behind_formulas": "too_much_text",
    "shared_string_one_megabyte": "cell_too_long", "two_shared_string_tables": "corrupt",
    "inline_string_too_long": "cell_too_long", "rich_text_runs_too_long": "cell_too_long",
    "name_of_one_megabyte_xlsx": "cell_too_long", "csv_cell_too_long": "cell_too_long",
    "csv_cell_over_csv_module_limit": "cell_too_long", "unclosed_quote_csv": "unclosed_quote",
    "unclosed_quote_long_tail_csv": "unclosed_quote", "stray_text_after_quote_csv": OK,
    "shift_jis_csv": "unknown_encoding", "shift_jis_long_csv": "unknown_encoding", "big5_csv": "unknown_encoding",
    "euc_kr_csv": "unknown_encoding", "utf8_invalid_late_csv": "unknown_encoding",
    "utf8_cut_inside_character_csv": "unknown_encoding", "unicode_text_txt": OK, "utf16_be_bom_csv": OK,
    "gbk_tab_txt": OK, "gbk_semicolon_csv": OK, "only_bom_csv": OK, "html_table_named_xls": "html_table",
    "xlsx_named_xls": OK, "xls_renamed_with_xls_extension": "corrupt", "encrypted_ole_named_xls": "encrypted",
    "very_hidden_sheet": OK, "zip_member_encrypted_flag": "encrypted", "absolute_member_name": "unsafe_member_name",
    "backslash_traversal_member": "unsafe_member_name", "drive_letter_member": "unsafe_member_name",
    "truncated_in_central_directory": "truncated", "truncated_first_kilobyte": "truncated",
    "xxe_in_workbook_rels": "bad_xml", "xxe_in_shared_strings": "bad_xml",
}


def file_makers() -> dict[str, object]:
    return {name: fn for name, fn in vars(hf).items()
            if inspect.isfunction(fn) and fn.__module__ == hf.__name__ and not name.startswith("_")
            and name not in NOT_FILE_MAKERS and len(inspect.signature(fn).parameters) == 1}


def test_every_file_of_the_corpus_has_an_expectation() -> None:
    assert set(file_makers()) == set(EXPECTED)
    assert sum(code is not None for code in EXPECTED.values()) >= 60


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_hostile_file_through_the_child_reader(tmp_path: Path, name: str) -> None:
    path = file_makers()[name](tmp_path)
    started = time.perf_counter()
    try:
        sheets, code, detail = read_tabular(path), None, ""
    except UnreadableFile as exc:
        sheets, code, detail = None, exc.code, exc.detail
    elapsed = time.perf_counter() - started
    print(f"{name}: {code or 'read'} {detail[:60]} in {elapsed:.2f} s")
    assert code == EXPECTED[name], detail
    assert elapsed < 5
    assert len(detail) <= 500
    if sheets is not None:
        assert all(isinstance(s.rows, list) for s in sheets)


def test_hidden_and_very_hidden_sheets_are_flagged(tmp_path: Path) -> None:
    sheets = read_tabular(hf.very_hidden_sheet(tmp_path))
    assert [(s.name, s.state, s.hidden, s.visible) for s in sheets] == [
        ("封面", "visible", False, True), ("隐藏", "hidden", True, False), ("数据", "veryHidden", True, False)]
    assert sheets[2].rows == [hf.HEADER, hf.ROW]


def test_shift_jis_is_refused_with_a_garbled_sample_and_read_when_the_user_names_it(tmp_path: Path) -> None:
    path = hf.shift_jis_csv(tmp_path)
    with pytest.raises(UnreadableFile) as caught:
        read_tabular(path)
    assert caught.value.code == "unknown_encoding" and "幮堳斣崋" in caught.value.detail
    assert read_tabular(path, encoding="shift_jis")[0].rows[1] == ["1001", "山田太郎"]
    with pytest.raises(UnreadableFile) as caught:
        read_tabular(path, encoding="no-such-codec")
    assert caught.value.code == "unknown_encoding"


def test_encoding_named_by_the_user_that_does_not_fit_is_located(tmp_path: Path) -> None:
    path = hf.gbk_csv(tmp_path)
    with pytest.raises(UnreadableFile) as caught:
        read_tabular(path, encoding="utf-8")
    assert caught.value.code == "unknown_encoding" and "line 1" in caught.value.detail


@pytest.mark.parametrize(("make", "rows"), [
    (hf.unicode_text_txt, [["工号", "姓名", "班组"], ["1001", "张三", "一组"]]),
    (hf.utf16_be_bom_csv, [["工号", "姓名"], ["1001", "张三"]]),
    (hf.gbk_tab_txt, [["工号", "姓名", "班组"], ["1001", "张三", "一组"], ["1002", "李四", "二组"]]),
    (hf.gbk_semicolon_csv, [["工号", "姓名", "班组"], ["1001", "张三", "一组"]]),
    (hf.xlsx_named_xls, [hf.HEADER, hf.ROW]),
    (hf.stray_text_after_quote_csv, [["工号", "姓名"], ["1001", "张三"]]),
], ids=lambda x: getattr(x, "__name__", ""))
def test_formats_and_encodings_read_cleanly(tmp_path: Path, make, rows: list) -> None:
    assert read_tabular(make(tmp_path))[0].rows == rows


def test_unclosed_quote_names_the_row_where_it_starts(tmp_path: Path) -> None:
    for make in (hf.unclosed_quote_csv, hf.unclosed_quote_long_tail_csv):
        with pytest.raises(UnreadableFile) as caught:
            read_tabular(make(tmp_path))
        assert caught.value.code == "unclosed_quote" and "row 2, line 2" in caught.value.detail


# --- the child's own failures ----------------------------------------------------------------------

def _abort(path: str) -> None:
    os.abort()


def _rust_allocation_failure(path: str) -> None:
    os.write(2, b"memory allocation of 549755813888 bytes failed\n")
    os.abort()


def _allocate(path: str) -> None:
    hog = bytearray(2 * 1024 ** 3)
    print(len(hog))


def _hang(path: str) -> None:
    time.sleep(60)


def _modules(path: str) -> list[str]:
    from persistence.tabular import read_tabular_in_process

    read_tabular_in_process(path)
    return sorted(sys.modules)


THIS = "tests.persistence.test_hostile_reader"


@pytest.mark.parametrize(("target", "code", "limits"), [
    ("_abort", "reader_crashed", {}),
    ("_rust_allocation_failure", "reader_out_of_memory", {}),
    ("_hang", "reader_timeout", {"timeout": 2}),
] + ([("_allocate", "reader_out_of_memory", {"memory_limit": 1024 ** 3})] if sys.platform != "win32" else []))
def test_a_failing_child_is_a_refusal_and_the_parent_lives(tmp_path: Path, target: str, code: str,
                                                           limits: dict) -> None:
    started = time.perf_counter()
    with pytest.raises(UnreadableFile) as caught:
        sandboxed_read.read_in_child(tmp_path / "x.xlsx", reader=f"{THIS}:{target}", **limits)
    assert caught.value.code == code, caught.value.detail
    assert time.perf_counter() - started < 20


def test_the_child_imports_neither_qt_nor_sqlalchemy(tmp_path: Path) -> None:
    modules = sandboxed_read.read_in_child(hf.gbk_csv(tmp_path), reader=f"{THIS}:_modules")
    assert "charset_normalizer" in modules
    assert not [m for m in modules if m.startswith(("PySide6", "sqlalchemy", "matplotlib"))]
