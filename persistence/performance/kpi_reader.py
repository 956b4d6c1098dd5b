"""Read the platform's monthly KPI export (.xlsx/.csv, UTF-8 or GBK) into candidates, every cell problem
located: title rows above the header, two-level merged headers, Chinese synonyms, mm:ss, "95%"."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from domain.performance.importing import KpiCandidate
from domain.performance.model import Metric
from domain.performance.months import find_month, month_of
from domain.roster.importing import RowError
from persistence.cells import (
    CellError,
    clean_text,
    find_header_row,
    header_key,
    is_blank,
    is_blank_or_total_row,
    merge_two_level_header,
    parse_duration_seconds,
    parse_float,
    parse_int,
    parse_percent,
)
from persistence.tabular import Sheet, read_tabular

EMPLOYEE_NO, NAME, MONTH = "employee_no", "name", "month"
IGNORE = ""  # a mapping value meaning "do not import this column"
SYNONYMS: dict[str, tuple[str, ...]] = {
    EMPLOYEE_NO: ("工号", "坐席工号", "员工工号", "员工编号", "坐席编号", "人员编号", "客服工号", "employee_no"),
    NAME: ("姓名", "坐席姓名", "员工姓名", "客服姓名", "坐席", "name"),
    MONTH: ("月份", "统计月份", "考核月份", "绩效月份", "月度", "账期", "month"),
    Metric.HANDLED: ("接通量", "工单量", "接待量", "处理量", "会话量", "接听量", "呼入接通量", "接起量", "服务量",
                     "handled"),
    Metric.AHT: ("平均处理时长", "平均通话时长", "平均处理时间", "平均话务时长", "aht", "aht_seconds"),
    Metric.RESPONSE: ("首次响应时长", "平均响应时长", "首响时长", "响应时长", "平均首响", "平均应答时长",
                      "平均接起时长", "response_seconds"),
    Metric.CSAT: ("满意度", "客户满意度", "满意率", "csat"),
    Metric.FCR: ("一次解决率", "首次解决率", "一次性解决率", "fcr"),
    Metric.COMPLAINTS: ("投诉量", "投诉数", "投诉次数", "投诉", "complaints"),
    Metric.COMPLAINT_RATE: ("投诉率", "complaint_rate"),
    Metric.QA: ("质检分", "质检得分", "质检成绩", "质检", "qa", "qa_score"),
    Metric.ADHERENCE: ("出勤率", "排班遵从率", "遵从率", "班表遵从率", "出勤", "adherence"),
}
FIELDS = tuple(SYNONYMS)
_METRIC = {m.value: m for m in Metric}
_UNIT = re.compile(r"[（(][^()（）]*[)）]$")
_NOT_THE_MONTH = ("导出", "打印", "生成", "更新")  # "导出时间：2026-11-02" is not the KPI month
KEY_TO_FIELD = {header_key(h): f for f, hs in SYNONYMS.items() for h in hs}


def field_for(header: str, remembered: dict[str, str]) -> str | None:
    """The field a header names: the supervisor's remembered choice first, then the synonyms (a unit in
    brackets, as in 平均处理时长(秒), does not hide the name). None when unknown."""
    if header in remembered:
        return remembered[header]
    key = header_key(header)
    return KEY_TO_FIELD.get(key, KEY_TO_FIELD.get(_UNIT.sub("", key)))


def _count(v: object) -> float:
    n = parse_int(v)
    if n < 0:
        raise CellError("kpi_out_of_range", v)
    return float(n)


def _points(v: object) -> float:
    x = parse_float(v)
    if not 0 <= x <= 100:
        raise CellError("kpi_out_of_range", v)
    return x


def _seconds(header: str) -> Callable[[object], float]:
    minutes = "分钟" in header or "(分)" in header or "（分）" in header or "min" in header.casefold()

    def parse(v: object) -> float:
        seconds = parse_duration_seconds(v)
        plain_number = isinstance(v, int | float) or (isinstance(v, str) and ":" not in v and
                                                      not re.search(r"[时分秒hms]", v))
        return seconds * 60 if minutes and plain_number else seconds

    return parse


def parser_for(target: str, header: str) -> Callable[[object], float]:
    if target in (Metric.HANDLED, Metric.COMPLAINTS):
        return _count
    if target in (Metric.AHT, Metric.RESPONSE):
        return _seconds(header)
    if target == Metric.QA:
        return _points
    return parse_percent


def parse_month_cell(v: object) -> str | None:
    if isinstance(v, datetime | date):
        return month_of(v)
    text = clean_text(v)
    return find_month(text) if text else None


@dataclass
class KpiFile:
    path: Path
    sheet: str = ""
    header_row: int = 0  # 1-based, the lower row of a two-level header
    headers: list[str] = field(default_factory=list)
    mapping: dict[str, str] = field(default_factory=dict)  # header text -> field ("" = ignored)
    unknown_headers: list[str] = field(default_factory=list)
    month_in_title: str | None = None
    candidates: list[KpiCandidate] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


def _hits(names: list[str], known: set[str]) -> int:
    return len({header_key(n) for n in names} & known)


def locate_header(rows: list[list[object]], known: set[str]) -> tuple[int, list[str]] | None:
    """(index of the header's last row, one name per column), joining a two-level header when that
    names more known columns than either row alone."""
    index = find_header_row(rows, known)
    if index is None:
        return None
    keys = {header_key(k) for k in known}
    best = (_hits([clean_text(c) for c in rows[index]], keys), index, [clean_text(c) for c in rows[index]])
    if index > 0:
        merged = merge_two_level_header(rows[index - 1], rows[index])
        best = max(best, (_hits(merged, keys), index, merged), key=lambda b: b[0])
    if index + 1 < len(rows):
        merged = merge_two_level_header(rows[index], rows[index + 1])
        best = max(best, (_hits(merged, keys), index + 1, merged), key=lambda b: b[0])
    return best[1], best[2]


def _title_month(sheet: Sheet, upto: int) -> str | None:
    for row in sheet.rows[:upto]:
        for cell in row:
            if is_blank(cell) or any(word in clean_text(cell) for word in _NOT_THE_MONTH):
                continue
            found = parse_month_cell(cell)
            if found:
                return found
    return find_month(sheet.name)


def read_kpi_file(path: Path, remembered: dict[str, str] | None = None) -> KpiFile:
    remembered = remembered or {}
    result = KpiFile(path=Path(path))
    known = {h for hs in SYNONYMS.values() for h in hs} | {h for h, f in remembered.items() if f}
    sheets = read_tabular(Path(path))
    for sheet in sheets:
        found = locate_header(sheet.rows, known) if sheet.rows else None
        if found is not None:
            break
    else:
        result.errors.append(RowError(sheets[0].name if sheets else "", 0, "", "no_header_row"))
        return result
    index, result.headers = found
    result.sheet, result.header_row = sheet.name, index + 1
    columns: dict[int, tuple[str, Callable[[object], object] | None]] = {}
    for col, header in enumerate(result.headers):
        if not header:
            continue
        target = field_for(header, remembered)
        if target is None:
            result.unknown_headers.append(header)
            result.mapping[header] = IGNORE
            continue
        result.mapping[header] = target
        if target and target not in {t for t, _ in columns.values()}:
            columns[col] = (target, parser_for(target, header) if target in list(Metric) else None)
    targets = {t for t, _ in columns.values()}
    if EMPLOYEE_NO not in targets:
        result.errors.append(RowError(sheet.name, result.header_row, SYNONYMS[EMPLOYEE_NO][0], "missing_column"))
    if not targets & set(Metric):
        result.errors.append(RowError(sheet.name, result.header_row, "", "kpi_no_metric_columns"))
    if result.errors:
        return result
    result.month_in_title = _title_month(sheet, index - (1 if result.headers != [clean_text(c) for c in
                                                                                   sheet.rows[index]] else 0))
    for row_no, cells in enumerate(sheet.rows[index + 1:], start=index + 2):
        if is_blank_or_total_row(cells):
            continue
        _read_row(result, sheet.name, row_no, cells, columns)
    return result


_NO_FIGURE = ("", "-", "--", "—", "/")  # blank or a dash: the platform had no figure for the agent


def _read_row(result: KpiFile, sheet: str, row_no: int, cells: list[object],
              columns: dict[int, tuple[str, Callable[[object], object] | None]]) -> None:
    employee_no = name = ""
    month: str | None = None
    values: dict[Metric, float] = {}
    width = len(cells)
    for col, (target, parse) in columns.items():
        raw = cells[col] if col < width else None
        if target == EMPLOYEE_NO:
            employee_no = clean_text(raw).upper()
        elif target == NAME:
            name = clean_text(raw)
        elif target == MONTH:
            month = parse_month_cell(raw)
            if month is None and not is_blank(raw):
                result.errors.append(RowError(sheet, row_no, result.headers[col], "kpi_bad_month", clean_text(raw)))
        elif parse is not None and (isinstance(raw, int | float) or clean_text(raw) not in _NO_FIGURE):
            try:
                values[_METRIC[target]] = parse(raw)  # type: ignore[assignment]
            except CellError as exc:
                result.errors.append(RowError(sheet, row_no, result.headers[col], exc.code, exc.value))
    result.candidates.append(KpiCandidate(sheet, row_no, employee_no, name, month, values))
