"""The KPI reader parses each distinct value of a figure column once (kpi_reader._read_row's memo). Every
candidate, figure (and its type), error and error order must be what parsing every cell gave: the old per-cell
reader is kept here as the reference and both read the same generated, partly hostile sheets."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest

from domain.performance.importing import KpiCandidate
from domain.performance.model import Metric
from domain.roster.importing import RowError
from persistence.cells import CellError, clean_text, is_blank, short
from persistence.performance import kpi_reader
from persistence.performance.kpi_reader import EMPLOYEE_NO, MONTH, NAME, KpiFile, read_kpi_file
from persistence.tabular import Sheet

HEADERS = ["工号", "姓名", "月份", "接通量", "呼入量", "平均处理时长", "满意度", "一次解决率", "投诉量", "投诉率(%)",
           "质检分", "出勤率", "首次响应时长(秒)"]
# Cells a figure column meets: good values repeated, blanks and dashes, text numbers, units, junk, floats that
# hash like ints (1 / 1.0 / True), NaN and infinities, dates, full-width digits, long text.
FIGURE_CELLS: list[object] = [
    "300", "301", "300", " 300 ", "3:05", "03:05", "3分5秒", "95%", "95.5%", "0.95", "0.950", "95", "1", "0",
    "-3", "", "-", "--", "—", "/", None, 300, 300.0, 1, 1.0, True, False, 0.5, 2.5, float("nan"), float("inf"),
    "abc", "1,200", "１２０", "95 %", "%", "12.5.3", "1e3", " ", "\u3000", "\xa0300", "x" * 300,
    datetime(2026, 3, 1, 8, 0), date(2026, 3, 1), -0.0, 101, "101", "100.0001", "4:00:00", "99999999999999999999",
]
MONTH_CELLS: list[object] = ["2026-03", "2026年3月", "", None, "三月", date(2026, 3, 1), "2026-13", "x"]


def _old_read_row(result: KpiFile, sheet: str, row_no: int, cells: list[object],
                  columns: dict[int, tuple[str, Callable[[object], object] | None]], _memo: object = None) -> None:
    """kpi_reader._read_row before the memo (56828ed), word for word: every cell parsed on its own."""
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
            month = kpi_reader.parse_month_cell(raw)
            if month is None and not is_blank(raw):
                result.error(RowError(sheet, row_no, result.headers[col], "kpi_bad_month", short(clean_text(raw))))
        elif parse is not None and (isinstance(raw, int | float) or (
                raw.strip() if type(raw) is str and raw.isascii() and raw.isprintable() and "  " not in raw
                else clean_text(raw)) not in kpi_reader._NO_FIGURE):
            try:
                values[kpi_reader._METRIC[target]] = parse(raw)  # type: ignore[assignment]
            except CellError as exc:
                result.error(RowError(sheet, row_no, result.headers[col], exc.code, short(exc.value)))
    result.candidates.append(KpiCandidate(sheet, row_no, employee_no, name, month, values))


def _sheet(seed: int, rows: int, headers: list[str]) -> Sheet:
    rng = random.Random(seed)
    body: list[list[object]] = [["2026年03月坐席绩效"], list[object](headers)]
    for i in range(rows):
        row: list[object] = []
        for header in headers:
            if header == "工号":
                row.append(f"kf{i:05d}" if rng.random() > 0.02 else rng.choice(["", " KF00001 ", "ＫＦ９"]))
            elif header == "姓名":
                row.append(rng.choice(["张三", "李 四", " 王五", None]))
            elif header == "月份":
                row.append(rng.choice(MONTH_CELLS))
            else:
                row.append(rng.choice(FIGURE_CELLS))
        if rng.random() < 0.05:
            row = row[: rng.randrange(len(row))]  # ragged
        body.append(row)
    return Sheet("绩效", body)


def _read(sheet: Sheet, old: bool, monkeypatch: pytest.MonkeyPatch) -> KpiFile:
    if old:
        monkeypatch.setattr(kpi_reader, "_read_row", _old_read_row)
    try:
        return read_kpi_file(Path("2026-03.xlsx"), {}, read=lambda _path: [sheet])
    finally:
        monkeypatch.undo()


def _typed(candidates: list[KpiCandidate]) -> list[tuple[object, ...]]:
    # 1 == 1.0 == True: compare the figures' types as well, and NaN by its text.
    return [(c.sheet, c.row, c.employee_no, c.name, c.month,
             [(m, type(v).__name__, repr(v)) for m, v in c.values.items()]) for c in candidates]


@pytest.mark.parametrize("seed", range(12))
def test_memoised_cells_read_as_each_cell_alone(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(seed)
    headers = HEADERS[:2] + rng.sample(HEADERS[2:], rng.randrange(3, len(HEADERS) - 1))
    sheet = _sheet(seed, rows=rng.choice([50, 400, 2500]), headers=headers)
    new, old = _read(sheet, False, monkeypatch), _read(sheet, True, monkeypatch)
    assert old.errors or seed, "the generated cells must include errors"
    assert _typed(new.candidates) == _typed(old.candidates)
    assert new.errors == old.errors  # same messages, same order
    assert new.more_errors == old.more_errors
    assert (new.units, new.mapping, new.month_in_title) == (old.units, old.mapping, old.month_in_title)
    print(f"seed {seed}: {len(new.candidates)} rows, {len(new.errors)} errors (+{new.more_errors}) equal")


def test_errors_past_the_cap_are_counted_in_row_order(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every row wrong in the same way: the memo hands back one CellError, reported for every row.
    body: list[list[object]] = [["工号", "姓名", "接通量", "满意度"]]
    body += [[f"KF{i:05d}", "张三", "abc", "95%" if i % 2 else "x%"] for i in range(1500)]
    sheet = Sheet("绩效", body)
    new, old = _read(sheet, False, monkeypatch), _read(sheet, True, monkeypatch)
    assert len(new.errors) == 1000 and new.more_errors == 1250
    assert new.errors == old.errors and new.more_errors == old.more_errors
    assert [e.row for e in new.errors[:3]] == [2, 2, 3]
