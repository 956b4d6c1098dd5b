"""Cells read by meaning: units per column, phones, headers; and property tests that no input makes a
parser raise anything but a located CellError."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from persistence.cells import (
    FRACTION,
    POINTS,
    CellError,
    duration_factor,
    parse_date,
    parse_duration_in,
    parse_phone,
    parse_rate,
    percent_unit,
    short,
)
from persistence.performance.kpi_reader import MATCHER as KPI
from persistence.roster.import_reader import MATCHER as ROSTER


@pytest.mark.parametrize(
    ("header", "values", "unit"),
    [
        ("投诉率(%)", [0.3, 1.2], POINTS),  # the grades bug: 0.3 here is 0.3 %, not 30 %
        ("投诉率（%）", [0.3], POINTS),
        ("满意度%", [0.9], POINTS),
        ("满意度百分比", [0.95], POINTS),
        ("满意度", [0.95, 0.87, 1], FRACTION),  # bare, every value ≤ 1: fractions
        ("满意度", [0.95, 93], POINTS),  # one value above 1: the whole column is points
        ("满意度", ["95%", 0.9], FRACTION),  # text with % decides nothing for the others
    ],
)
def test_percent_unit_is_decided_per_column(header: str, values: list[object], unit: str) -> None:
    assert percent_unit(header, values) == unit


def test_a_points_column_keeps_small_rates_small() -> None:
    unit = percent_unit("投诉率(%)", [0.3, 1.2])
    assert [parse_rate(v, unit) for v in (0.3, 1.2)] == [pytest.approx(0.003), pytest.approx(0.012)]
    assert parse_rate("0.3%", FRACTION) == pytest.approx(0.003)  # a % sign is points, whatever the column
    assert parse_rate(0.95, FRACTION) == 0.95
    with pytest.raises(CellError):
        parse_rate(-1, POINTS)


@pytest.mark.parametrize(
    ("header", "factor"),
    [
        ("平均处理时长(秒)", 1),
        ("平均处理时长(s)", 1),
        ("平均处理时长", 1),
        ("平均处理时长(分钟)", 60),
        ("平均处理时长(分)", 60),
        ("AHT(min)", 60),
        ("平均处理时长（分）", 60),
        ("处理时长(小时)", 3600),
    ],
)
def test_duration_unit_from_the_header(header: str, factor: int) -> None:
    assert duration_factor(header) == factor


def test_duration_text_carries_its_own_unit() -> None:
    assert parse_duration_in("05:30", 60) == 330
    assert parse_duration_in("1:02:03", 60) == 3723
    assert parse_duration_in(5.5, 60) == 330
    assert parse_duration_in("5.5", 60) == 330
    assert parse_duration_in("3分25秒", 60) == 205


@pytest.mark.parametrize(
    ("raw", "stored"),
    [
        ("+86 138 0000 0001", "13800000001"),
        ("0086 13800000001", "13800000001"),
        ("138-0000-0001", "13800000001"),
        ("86-138-0000-0001", "13800000001"),
        (13800000001, "13800000001"),
        (13800000001.0, "13800000001"),
        ("１３８００００００01", "13800000001"),
        ("010-12345678", "010-12345678"),
        ("(0571) 8888 8888", "0571-88888888"),
        ("+86 10 1234 5678", "010-12345678"),
        ("+86-571-88888888", "0571-88888888"),
        ("", ""),
        (None, ""),
    ],
)
def test_phones_are_stored_in_one_form(raw: object, stored: str) -> None:
    assert parse_phone(raw) == stored


@pytest.mark.parametrize("raw", ["12345", "+1 415 555 0100", "138000000011", "电话", "0571-1234", True, 1.5])
def test_what_is_not_a_phone_is_a_located_error(raw: object) -> None:
    with pytest.raises(CellError) as info:
        parse_phone(raw)
    assert info.value.code == "bad_phone"


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("所属班组", "team"),
        ("所在班组", "team"),
        ("班组名称", "team"),
        ("员工编号", "employee_no"),
        ("工 号", "employee_no"),
        ("入职时间", "hire_date"),
        ("入职 日期", "hire_date"),
        ("员工姓名", "name"),
        ("岗位名称", "role"),
        ("【手机号码】", "phone"),
        ("离职原因说明", "leave_reason"),
        ("人员状态", "status"),
        ("ＮＡＭＥ", "name"),
    ],
)
def test_roster_headers_by_meaning(header: str, field: str) -> None:
    assert ROSTER.field(header) == field


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("投诉率(%)", "complaint_rate"),
        ("平均处理时长(秒)", "aht_seconds"),
        ("坐席工号", "employee_no"),
        ("满意度（%）", "csat"),
        ("客服姓名", "name"),
        ("接通数", "handled"),
    ],
)
def test_kpi_headers_by_meaning(header: str, field: str) -> None:
    assert KPI.field(header) == field


def test_messages_quote_at_most_forty_characters() -> None:
    assert short("长" * 1_000_000).startswith("长" * 40) and len(short("长" * 1_000_000)) < 60


# --- property tests: any input gives a value or a located CellError, never another exception ---------
CELLS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.text(alphabet="0123456789:-/.年月日%分秒时 +()０１２３", max_size=24),
    st.dates(),
    st.datetimes(),
    st.times(),
    st.timedeltas(min_value=timedelta(days=-3), max_value=timedelta(days=3)),
)


def _value_or_cell_error(fn, v: object) -> None:  # type: ignore[no-untyped-def]
    try:
        fn(v)
    except CellError as exc:
        assert exc.code  # located by the caller (row, column); the code says what is wrong


@settings(max_examples=300, deadline=None)
@given(CELLS)
def test_date_parser_never_raises_anything_else(v: object) -> None:
    _value_or_cell_error(parse_date, v)
    _value_or_cell_error(lambda x: parse_date(x, epoch1904=True), v)


@settings(max_examples=300, deadline=None)
@given(CELLS, st.sampled_from([POINTS, FRACTION]))
def test_percent_parser_never_raises_anything_else(v: object, unit: str) -> None:
    _value_or_cell_error(lambda x: parse_rate(x, unit), v)


@settings(max_examples=300, deadline=None)
@given(CELLS, st.sampled_from([1.0, 60.0, 3600.0]))
def test_duration_parser_never_raises_anything_else(v: object, factor: float) -> None:
    _value_or_cell_error(lambda x: parse_duration_in(x, factor), v)


@settings(max_examples=300, deadline=None)
@given(st.one_of(CELLS, st.text(alphabet="+0123456789 -()", max_size=20)))
def test_phone_parser_never_raises_anything_else(v: object) -> None:
    _value_or_cell_error(parse_phone, v)


@settings(max_examples=200, deadline=None)
@given(
    st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True),
    st.sampled_from(["", "+86", "0086", "+86 ", "86-"]),
    st.sampled_from(["", " ", "-"]),
)
def test_any_dressing_of_a_mobile_stores_its_eleven_digits(mobile: str, prefix: str, sep: str) -> None:
    dressed = prefix + sep.join([mobile[:3], mobile[3:7], mobile[7:]])
    assert parse_phone(dressed) == mobile


def test_dates_of_every_shape() -> None:
    for v in (
        "2025-03-05",
        "2025/3/5",
        "2025.3.5",
        "2025年3月5日",
        "20250305",
        45721,
        datetime(2025, 3, 5, 8),
        date(2025, 3, 5),
        "２０２５－０３－０５",
        "2025-03-05 00:00:00",
    ):
        assert parse_date(v) == date(2025, 3, 5), v
    with pytest.raises(CellError):
        parse_date(time(8, 0))
