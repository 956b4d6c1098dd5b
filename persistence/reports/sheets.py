"""A small, writer-neutral description of report sheets: key facts, tables and charts.
Section builders fill these; hq_workbook.py renders them with openpyxl."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

PERCENT = "0.0%"
YUAN = '"¥"#,##0.00'
INTEGER = "#,##0"
DECIMAL = "0.0"
DATE = "yyyy-mm-dd"
MMSS = "[mm]:ss"  # durations are written as fractions of a day


@dataclass
class ChartSpec:
    kind: Literal["bar", "line"]
    title: str
    category_col: int  # 0-based column of the table holding the categories
    value_cols: list[int]  # 0-based columns plotted as series
    y_title: str = ""
    percent: bool = False
    secondary_cols: list[int] = field(default_factory=list)  # plotted as a line on a second axis


@dataclass
class Table:
    title: str
    headers: list[str]
    rows: Sequence[Sequence[object]]  # read-only here, so each section's own row types fit
    formats: dict[int, str] = field(default_factory=dict)  # 0-based column -> number format
    chart: ChartSpec | None = None
    empty_note: str = "本月无数据"


@dataclass
class SheetSpec:
    name: str  # Chinese sheet name HQ expects
    title: str
    facts: Sequence[tuple[str, object, str | None]] = field(default_factory=list)  # label, value, number format
    tables: list[Table] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    sensitive: bool = False  # True only for sheets whose aggregates come from care data
