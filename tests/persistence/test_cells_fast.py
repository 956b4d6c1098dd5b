"""Two per-row helpers of the KPI reader were made cheaper (issue 18): `is_blank_or_total_row` cleans the first
cell's text once, `percent_unit` looks at each distinct value of a column once. Both must answer exactly as
before on generated rows and columns; the versions before (56828ed) are kept here as the reference."""

from __future__ import annotations

import math
import random
from datetime import date

import pytest

from persistence.cells import (
    _NUMBER,
    _PERCENT_HEADER,
    _TOTALS,
    FRACTION,
    POINTS,
    clean_text,
    header_key,
    is_blank,
    is_blank_or_total_row,
    percent_unit,
)

CELLS: list[object] = [None, "", " ", "\u3000", "\xa0", "合计", " 合计 ", "合 计", "合计：", "总计:", "小计",
                       "TOTAL", "Grand Total", "subtotal：", "KF00001", "张三", 0, 0.0, 1, True, False, "0",
                       date(2026, 3, 1), "合计合计", "ｔｏｔａｌ", "\t", "-", float("nan")]
VALUES: list[object] = [None, "", "0.95", "0.95", "95", "95%", "1", "1.0", 1, 1.0, True, False, 0.5, 0.5, 2, 1.5,
                        "1,200", " 0.8 ", "０.９", "abc", float("nan"), float("inf"), -3, "-0.5", "1e3", ".5",
                        date(2026, 1, 1), "1.00001", 1.0000001, "  0.7", "0.7 "]


def old_is_blank_or_total_row(cells: list[object]) -> bool:
    first = next((header_key(c) for c in cells if not is_blank(c)), None)
    return first is None or first.rstrip(":：") in _TOTALS


def old_percent_unit(header: object, values: list[object]) -> str:
    import unicodedata

    if _PERCENT_HEADER.search(unicodedata.normalize("NFKC", clean_text(header))):
        return POINTS
    for v in values:
        if isinstance(v, bool):
            continue
        if isinstance(v, int | float):
            x = float(v)
        elif isinstance(v, str) and _NUMBER.fullmatch(s := v.strip() if type(v) is str and v.isascii() and
                                                      v.isprintable() and "  " not in v else clean_text(v)):
            x = float(s.replace(",", ""))
        else:
            continue
        if math.isfinite(x) and x > 1:
            return POINTS
    return FRACTION


@pytest.mark.parametrize("seed", range(5))
def test_blank_or_total_rows_as_before(seed: int) -> None:
    rng = random.Random(seed)
    rows = [[rng.choice(CELLS) for _ in range(rng.randrange(0, 5))] for _ in range(5000)]
    assert [is_blank_or_total_row(r) for r in rows] == [old_is_blank_or_total_row(r) for r in rows]
    assert any(is_blank_or_total_row(r) and any(not is_blank(c) for c in r) for r in rows)  # a total row seen


@pytest.mark.parametrize("seed", range(30))
def test_percent_unit_of_distinct_values_as_of_every_value(seed: int) -> None:
    rng = random.Random(seed)
    small = [v for v in VALUES if old_percent_unit("满意度", [v]) == FRACTION]
    pool = VALUES if seed % 2 else small  # half the columns: fractions only, so every value is looked at
    values = [rng.choice(pool) for _ in range(rng.randrange(0, 300))]
    for header in ("满意度", "满意度(%)", "一次解决率"):
        assert percent_unit(header, values) == old_percent_unit(header, values)
    assert percent_unit("满意度", values + [[1, 2]]) == old_percent_unit("满意度", values + [[1, 2]])  # unhashable
