"""Pure tests of the cell parsers, with the messy values HQ and call-center platforms really send."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from persistence.cells import (
    CellError,
    clean_text,
    find_header_row,
    header_key,
    is_blank,
    is_blank_or_total_row,
    merge_two_level_header,
    parse_bool,
    parse_date,
    parse_duration_seconds,
    parse_float,
    parse_int,
    parse_percent,
)


def _code(parse, value, **kw) -> str:
    with pytest.raises(CellError) as caught:
        parse(value, **kw)
    return caught.value.code


@pytest.mark.parametrize(("raw", "text"), [
    (None, ""), (123.0, "123"), (1001, "1001"), (1.5, "1.5"), (1e20, "100000000000000000000"),
    ("１００１", "1001"), ("ＡＢＣ（一组）", "ABC(一组)"), ("\u3000张\u00a0三 ", "张 三"),
    ("  a \t\n  b  ", "a b"), ("张\x00三\x07", "张三"), ("\u200b1001\ufeff", "1001"), ("\u202e工号", "工号"),
    (date(2024, 3, 5), "2024-03-05"), (datetime(2024, 3, 5), "2024-03-05"),
    (datetime(2024, 3, 5, 8, 30), "2024-03-05 08:30:00"), ("=HYPERLINK(\"x\")", "=HYPERLINK(\"x\")"),
])
def test_clean_text(raw, text) -> None:
    assert clean_text(raw) == text


def test_blank_and_header_key() -> None:
    assert is_blank(None) and is_blank("\u3000 ") and not is_blank(0)
    assert header_key("姓　 名") == "姓名" and header_key("ＡＨＴ") == "aht"


@pytest.mark.parametrize(("raw", "expected"), [
    (date(2024, 3, 5), date(2024, 3, 5)), (datetime(2024, 3, 5, 23, 59), date(2024, 3, 5)),
    (45356, date(2024, 3, 5)), (45356.75, date(2024, 3, 5)), (1, date(1900, 1, 1)), (59, date(1900, 2, 28)),
    (61, date(1900, 3, 1)), (2958465, date(9999, 12, 31)),
    ("2024-03-05", date(2024, 3, 5)), ("2024/3/5", date(2024, 3, 5)), ("2024.3.5", date(2024, 3, 5)),
    ("20240305", date(2024, 3, 5)), ("2024年3月5日", date(2024, 3, 5)), ("2024-03-05 00:00:00", date(2024, 3, 5)),
    ("2024/3/5 8:30", date(2024, 3, 5)), ("2024-03-05T08:30:00", date(2024, 3, 5)),
    ("２０２４－０３－０５", date(2024, 3, 5)), (" 2024 - 3 - 5 ", date(2024, 3, 5)),
    ("2024年 3月 5日", date(2024, 3, 5)), (None, None), ("", None), ("\u3000", None),
])
def test_parse_date(raw, expected) -> None:
    assert parse_date(raw) == expected


def test_parse_date_1904_epoch() -> None:
    assert parse_date(43894, epoch1904=True) == date(2024, 3, 5)
    assert parse_date(0, epoch1904=True) == date(1904, 1, 1)
    assert parse_date(43894) == date(2020, 3, 4)  # the same serial read in the 1900 system: 4 years off


@pytest.mark.parametrize("raw", [
    "2026-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "20241301", "0", 0, -1, 60, 2958466,
    float("nan"), True, "昨天", "24-3-5", "45356", time(8, 30), timedelta(days=1), "2024年3月", "2024\u30003\u30005",
])
def test_parse_date_rejects(raw) -> None:
    assert _code(parse_date, raw) == "bad_date"


def test_leap_day_1900_only_exists_in_excel() -> None:
    assert parse_date(61) == date(1900, 3, 1)
    assert _code(parse_date, 60) == "bad_date"
    assert parse_date("2024-02-29") == date(2024, 2, 29)


@pytest.mark.parametrize(("raw", "expected"), [
    (12, 12), (12.0, 12), ("12", 12), ("1,234", 1234), ("１，２３４", 1234), (" -7 ", -7), ("12.0", 12),
    ("+3", 3), (10**15, 10**15),
])
def test_parse_int(raw, expected) -> None:
    value = parse_int(raw)
    assert value == expected and type(value) is int


@pytest.mark.parametrize(("raw", "code"), [
    ("abc", "not_a_number"), ("12a", "not_a_number"), ("1,23", "not_a_number"), ("-", "not_a_number"),
    ("#DIV/0!", "not_a_number"), (True, "not_a_number"), (date(2024, 1, 1), "not_a_number"),
    (12.5, "not_an_integer"), ("12.5", "not_an_integer"), (None, "blank"), ("", "blank"), ("\u3000", "blank"),
    (float("inf"), "not_a_number"), ("1e3", "not_a_number"),
])
def test_parse_int_rejects(raw, code) -> None:
    assert _code(parse_int, raw) == code


@pytest.mark.parametrize(("raw", "expected"), [
    (1.5, 1.5), (3, 3.0), ("1,234.5", 1234.5), ("０.５", 0.5), (".5", 0.5), ("-2.25", -2.25),
])
def test_parse_float(raw, expected) -> None:
    assert parse_float(raw) == expected


@pytest.mark.parametrize(("raw", "code"), [
    ("1.2.3", "not_a_number"), ("95%", "not_a_number"), (float("nan"), "not_a_number"), (None, "blank"),
    (False, "not_a_number"),
])
def test_parse_float_rejects(raw, code) -> None:
    assert _code(parse_float, raw) == code


@pytest.mark.parametrize(("raw", "expected"), [
    (0.95, 0.95), (95, 0.95), ("95%", 0.95), ("95.2%", 0.952), ("0.95", 0.95), ("95", 0.95), (1, 1.0),
    (100, 1.0), ("100%", 1.0), (0, 0.0), ("0%", 0.0), ("９５．２％", 0.952), (" 95 % ", 0.95), ("0.5%", 0.005),
    (95.2, 0.952),
])
def test_parse_percent(raw, expected) -> None:
    assert parse_percent(raw) == pytest.approx(expected, abs=1e-12)


def test_percent_text_is_exact() -> None:
    assert parse_percent("95.2%") == 0.952  # decimal arithmetic: not 0.9520000000000001


@pytest.mark.parametrize(("raw", "code"), [
    (101, "bad_percent"), ("101%", "bad_percent"), (-0.1, "bad_percent"), ("-5%", "bad_percent"),
    ("abc", "bad_percent"), ("%", "bad_percent"), (True, "bad_percent"), ("", "blank"), (None, "blank"),
    ("95%%", "bad_percent"),
])
def test_parse_percent_rejects(raw, code) -> None:
    assert _code(parse_percent, raw) == code


@pytest.mark.parametrize(("raw", "expected"), [
    (90, 90.0), (12.5, 12.5), ("90", 90.0), ("03:00", 180.0), ("1:30", 90.0), ("125:30", 7530.0),
    ("01:02:03", 3723.0), ("1分30秒", 90.0), ("90秒", 90.0), ("2分钟", 120.0), ("1小时2分3秒", 3723.0),
    ("1时", 3600.0), ("１分３０秒", 90.0), ("1 分 30 秒", 90.0), ("1m30s", 90.0),
    (time(0, 3, 0), 180.0), (time(1, 2, 3, 500_000), 3723.5), (timedelta(days=1, hours=6), 108000.0),
    (datetime(1900, 1, 1, 12, 0), 129600.0), (datetime(1904, 1, 2, 12, 0), 129600.0),
])
def test_parse_duration_seconds(raw, expected) -> None:
    assert parse_duration_seconds(raw) == pytest.approx(expected)


@pytest.mark.parametrize(("raw", "code"), [
    ("03:75", "bad_duration"), ("1:60:00", "bad_duration"), ("abc", "bad_duration"), ("分秒", "bad_duration"),
    (-5, "bad_duration"), ("-5", "bad_duration"), (True, "bad_duration"), (datetime(2024, 3, 5, 8, 0), "bad_duration"),
    (date(2024, 3, 5), "bad_duration"), (float("inf"), "bad_duration"), ("", "blank"), (None, "blank"),
])
def test_parse_duration_rejects(raw, code) -> None:
    assert _code(parse_duration_seconds, raw) == code


@pytest.mark.parametrize(("raw", "expected"), [
    ("是", True), ("否", False), ("Y", True), ("n", False), ("YES", True), ("no", False), ("True", True),
    ("false", False), ("1", True), ("0", False), (1, True), (0.0, False), ("√", True), ("×", False),
    (True, True), (False, False), ("", None), (None, None), (" 是 ", True), ("Ｙ", True),
])
def test_parse_bool(raw, expected) -> None:
    assert parse_bool(raw) is expected


@pytest.mark.parametrize("raw", ["也许", "2", 2, "yes!", "是的吧", float("nan")])
def test_parse_bool_rejects(raw) -> None:
    assert _code(parse_bool, raw) == "bad_bool"


def test_cell_error_carries_code_and_text() -> None:
    with pytest.raises(CellError) as caught:
        parse_date("2026-02-30")
    assert (caught.value.code, caught.value.value) == ("bad_date", "2026-02-30")
    assert isinstance(caught.value, ValueError)


KNOWN = {"工号", "姓名", "班组", "接通量", "AHT"}


def test_find_header_row_skips_title_rows() -> None:
    rows = [["2024年3月 KPI 报表"], [None, None], ["制表人：张三", "日期"],
            ["工号", "姓 名", "ａｈｔ", "其他"], ["1001"]]
    assert find_header_row(rows, KNOWN) == 3


def test_find_header_row_prefers_the_best_row_and_needs_two_matches() -> None:
    rows = [["工号", "说明"], ["工号", "姓名", "班组"], ["工号", "姓名"]]
    assert find_header_row(rows, KNOWN) == 1
    assert find_header_row([["工号", "x"], ["姓名"]], KNOWN) is None
    assert find_header_row([], KNOWN) is None
    assert find_header_row([["工号", "工号"]], KNOWN) is None  # one header twice is still one match


def test_find_header_row_only_scans_the_first_rows() -> None:
    rows = [[None]] * 20 + [["工号", "姓名"]]
    assert find_header_row(rows, KNOWN) is None
    assert find_header_row(rows, KNOWN, scan=21) == 20


def test_merge_two_level_header() -> None:
    upper = ["工号", "姓名", "效率指标", None, "质量指标", None, None]
    lower = [None, None, "接通量", "平均处理时长", "满意度", "质检分"]
    merged = merge_two_level_header(upper, lower)
    assert merged == ["工号", "姓名", "接通量", "平均处理时长", "满意度", "质检分", "质量指标"]
    assert merge_two_level_header(["A"], ["x", "y", None]) == ["x", "y", "A"]
    assert merge_two_level_header([], []) == []


@pytest.mark.parametrize(("cells", "expected"), [
    ([None, "", "\u3000"], True), ([], True), (["合计", None, 1200], True), ([None, "总计", 5], True),
    (["小计："], True), (["Total", 3], True), (["grand total"], True), (["合 计"], True),
    (["1001", "合计"], False), (["合计人数说明"], False), ([0, None], False), (["张三"], False),
])
def test_is_blank_or_total_row(cells, expected) -> None:
    assert is_blank_or_total_row(cells) is expected
