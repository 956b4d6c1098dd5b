"""Read the platform's monthly KPI export into candidates, every cell problem located: title rows above
the header, two-level merged headers, headers by meaning, and units decided per column from the header
(投诉率(%) holding 0.3 is 0.3 %, never 30 %)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from domain.performance.importing import KpiCandidate
from domain.performance.model import STORED_METRICS, Metric
from domain.performance.months import find_month, month_of
from domain.roster.importing import RowError
from persistence.cells import (
    CellError,
    HeaderMatcher,
    clean_text,
    duration_factor,
    is_blank,
    is_blank_or_total_row,
    merge_two_level_header,
    parse_duration_in,
    parse_float,
    parse_int,
    parse_rate,
    percent_unit,
    pick_header_row,
    short,
)
from persistence.roster.import_reader import MAX_ERRORS, choose_sheet
from persistence.tabular import Sheet, read_tabular

EMPLOYEE_NO, NAME, MONTH = "employee_no", "name", "month"
IGNORE = ""  # a mapping value meaning "do not import this column"
SYNONYMS: dict[str, tuple[str, ...]] = {
    EMPLOYEE_NO: ("工号", "坐席工号", "员工工号", "员工编号", "坐席编号", "人员编号", "客服工号", "坐席id",
                  "employee_no", "agentid"),
    NAME: ("姓名", "坐席姓名", "员工姓名", "客服姓名", "坐席", "坐席名称", "name", "agentname"),
    MONTH: ("月份", "统计月份", "考核月份", "绩效月份", "月度", "账期", "统计周期", "日期", "统计日期", "month"),
    Metric.HANDLED: ("接通量", "工单量", "接待量", "处理量", "会话量", "接听量", "呼入接通量", "接起量", "服务量",
                     "接通数", "接待数", "通话量", "应答量", "应答数", "接听数", "接起数", "人工接通量", "handled"),
    Metric.INBOUND: ("呼入量", "来电量", "呼入数", "来电数", "呼入总量", "进线量", "呼入话务量", "来电总量",
                     "人工呼入量", "转人工量", "inbound", "offered"),
    Metric.ANSWER_RATE: ("接通率", "应答率", "接起率", "接听率", "呼入接通率", "人工接通率", "来电接通率",
                         "answer_rate"),
    Metric.AHT: ("平均处理时长", "平均通话时长", "平均处理时间", "平均话务时长", "aht", "aht_seconds", "平均通话时间"),
    Metric.RESPONSE: ("首次响应时长", "平均响应时长", "首响时长", "响应时长", "平均首响", "平均应答时长",
                      "平均接起时长", "首次响应时间", "平均响应时间", "response_seconds"),
    Metric.CSAT: ("满意度", "客户满意度", "满意率", "csat"),
    Metric.FCR: ("一次解决率", "首次解决率", "一次性解决率", "fcr"),
    Metric.COMPLAINTS: ("投诉量", "投诉数", "投诉次数", "投诉", "complaints"),
    Metric.COMPLAINT_RATE: ("投诉率", "complaint_rate"),
    Metric.QA: ("质检分", "质检得分", "质检成绩", "质检", "qa", "qa_score"),
    Metric.ADHERENCE: ("出勤率", "排班遵从率", "遵从率", "班表遵从率", "出勤", "adherence"),
}
FIELDS = tuple(SYNONYMS)
MATCHER = HeaderMatcher(SYNONYMS)
RATES = (Metric.CSAT, Metric.FCR, Metric.COMPLAINT_RATE, Metric.ADHERENCE, Metric.ANSWER_RATE)
_METRIC = {m.value: m for m in STORED_METRICS}  # growth figures are counted, never imported
_NOT_THE_MONTH = ("导出", "打印", "生成", "更新")  # "导出时间：2026-11-02" is not the KPI month
_NO_FIGURE = ("", "-", "--", "—", "/")  # blank or a dash: the platform had no figure for the agent


def field_for(header: str, remembered: dict[str, str]) -> str | None:
    """The field a header names: the supervisor's remembered choice first, then the synonyms by meaning."""
    if header in remembered:
        return remembered[header]
    return MATCHER.field(header)


def _count(v: object) -> float:
    return float(parse_int(v))  # a negative count is implausible, not unreadable: the preview lists it


def _points(v: object) -> float:
    x = parse_float(v)
    if not 0 <= x <= 100:
        raise CellError("kpi_out_of_range", v)
    return x


def parser_for(target: str, header: str, values: list[object], unit: str | None = None) -> Callable[[object], float]:
    """The parser of a whole column: its unit comes from the header, or from every value in it (`unit`: that
    of a rate column, when the caller has decided it already)."""
    if target in (Metric.HANDLED, Metric.COMPLAINTS, Metric.INBOUND):
        return _count
    if target in (Metric.AHT, Metric.RESPONSE):
        factor = duration_factor(header)
        return lambda v: parse_duration_in(v, factor)
    if target == Metric.QA:
        return _points
    unit = unit or percent_unit(header, values)
    return lambda v: parse_rate(v, unit)


def parse_month_cell(v: object) -> str | None:
    if isinstance(v, datetime | date):
        return month_of(v)
    text = clean_text(v)
    return find_month(text) if text else None


@dataclass
class KpiFile:
    path: Path
    sheet: str = ""
    sheets: list[tuple[str, bool]] = field(default_factory=list)
    sheet_choices: list[str] = field(default_factory=list)
    header_row: int = 0  # 1-based, the lower row of a two-level header
    headers: list[str] = field(default_factory=list)
    mapping: dict[str, str] = field(default_factory=dict)  # header text -> field ("" = ignored)
    unknown_headers: list[str] = field(default_factory=list)
    units: dict[str, str] = field(default_factory=dict)  # header -> POINTS/FRACTION or seconds per number
    month_in_title: str | None = None
    month_in_name: str | None = None
    candidates: list[KpiCandidate] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    more_errors: int = 0

    def error(self, e: RowError) -> None:
        if len(self.errors) < MAX_ERRORS:
            self.errors.append(e)
        else:
            self.more_errors += 1

    def header_of(self, name: str) -> str:
        return next((h for h, f in self.mapping.items() if f == name), name)


def locate_header(rows: list[list[object]], remembered: dict[str, str]) -> tuple[int, list[str]] | None:
    """(index of the header's last row, one name per column), joining a two-level header when that
    names more known columns than either row alone."""
    index = pick_header_row(rows, MATCHER, extra=remembered)
    if index is None:
        return None

    def hits(names: list[str]) -> int:
        return len({field_for(n, remembered) for n in names if n} - {None, ""})

    plain = [clean_text(c) for c in rows[index]]
    best = (hits(plain), index, plain)
    if index > 0:
        merged = merge_two_level_header(rows[index - 1], rows[index])
        best = max(best, (hits(merged), index, merged), key=lambda b: b[0])
    if index + 1 < len(rows):
        merged = merge_two_level_header(rows[index], rows[index + 1])
        best = max(best, (hits(merged), index + 1, merged), key=lambda b: b[0])
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


def read_kpi_file(path: Path, remembered: dict[str, str] | None = None, *, sheet: str | None = None,
                  read: Callable[[Path], list[Sheet]] | None = None) -> KpiFile:
    """`read`: how the file's sheets are read (default `read_tabular`; a run of files reads ahead)."""
    remembered = remembered or {}
    result = KpiFile(path=Path(path), month_in_name=find_month(Path(path).stem))
    sheets = (read or read_tabular)(Path(path))
    result.sheets = [(s.name, s.hidden) for s in sheets]
    located: dict[str, tuple[int, list[str]]] = {}

    def found(s: Sheet) -> int | None:
        hit = locate_header(s.rows, remembered) if s.rows else None
        if hit is None:
            return None
        located[s.name] = hit
        return hit[0]

    chosen = choose_sheet(sheets, sheet, found, result)
    if isinstance(chosen, RowError):
        result.errors.append(chosen)
        return result
    data, _ = chosen
    index, result.headers = located[data.name]
    result.sheet, result.header_row = data.name, index + 1
    # Blank and 合计 rows are dropped once: the unit of a column is decided from the same rows that are read.
    body = [(row_no, cells) for row_no, cells in enumerate(data.rows[index + 1:], start=index + 2)
            if not is_blank_or_total_row(cells)]
    columns: dict[int, tuple[str, Callable[[object], object] | None]] = {}
    for col, header in enumerate(result.headers):
        if not header:
            continue
        target = field_for(header, remembered)
        if target is None:
            result.unknown_headers.append(header)
        result.mapping[header] = target or IGNORE
        if not target or target in {t for t, _ in columns.values()}:
            continue
        parse = None
        if target in _METRIC:
            values = [cells[col] for _, cells in body if col < len(cells)]
            unit = percent_unit(header, values) if target in RATES else None  # a pass over the column: once
            parse = parser_for(target, header, values, unit)
            result.units[header] = (unit if unit is not None else
                                    str(int(duration_factor(header))) if target in (Metric.AHT, Metric.RESPONSE)
                                    else "")
        columns[col] = (target, parse)
    targets = {t for t, _ in columns.values()}
    if EMPLOYEE_NO not in targets:
        result.errors.append(RowError(data.name, result.header_row, SYNONYMS[EMPLOYEE_NO][0], "missing_column"))
    if not targets & set(_METRIC):
        result.errors.append(RowError(data.name, result.header_row, "", "kpi_no_metric_columns"))
    if result.errors:
        return result
    title_rows = index - (1 if result.headers != [clean_text(c) for c in data.rows[index]] else 0)
    result.month_in_title = _title_month(data, title_rows)
    memo: dict[int, dict[tuple[type, object], object]] = {col: {} for col in columns}
    for row_no, cells in body:
        _read_row(result, data.name, row_no, cells, columns, memo)
    if not result.candidates and not result.errors:
        result.errors.append(RowError(data.name, result.header_row, "", "no_data_rows"))
    return result


_SKIP = object()  # a blank or dashed figure: the platform had none for the agent


def _parsed(raw: object, parse: Callable[[object], object]) -> object:
    """What a figure cell gives: _SKIP, its value, or the CellError it raised (kept, to be reported per row)."""
    if not isinstance(raw, int | float) and (
            raw.strip() if type(raw) is str and raw.isascii() and raw.isprintable() and "  " not in raw
            else clean_text(raw)) in _NO_FIGURE:  # clean_text's own fast path, inline: 60k rows
        return _SKIP
    try:
        return parse(raw)
    except CellError as exc:
        return exc


def _read_row(result: KpiFile, sheet: str, row_no: int, cells: list[object],
              columns: dict[int, tuple[str, Callable[[object], object] | None]],
              memo: dict[int, dict[tuple[type, object], object]]) -> None:
    """`memo`: per column, what each distinct cell gave. A column's parser depends on its header and unit only,
    so a value seen before gives the same figure or error again; a month's export repeats most of its values
    (counts, 95%, 3:05), and parsing each of the 60k rows' cells was the largest part of reading a year."""
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
                result.error(RowError(sheet, row_no, result.headers[col], "kpi_bad_month", short(clean_text(raw))))
        elif parse is not None:
            seen = memo[col]
            key = (raw.__class__, raw)  # the type too: True, 1 and 1.0 are one dict key, not one cell
            try:
                got = seen[key]
            except KeyError:
                got = seen[key] = _parsed(raw, parse)
            except TypeError:  # an unhashable cell, never from the readers: parsed on its own
                got = _parsed(raw, parse)
            if got is _SKIP:
                continue
            if isinstance(got, CellError):
                result.error(RowError(sheet, row_no, result.headers[col], got.code, short(got.value)))
            else:
                values[_METRIC[target]] = got  # type: ignore[assignment]
    result.candidates.append(KpiCandidate(sheet, row_no, employee_no, name, month, values))
