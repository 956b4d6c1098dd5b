"""Several import files read in one child process (issue 18: a child per file cost as much CPU as reading a
month's KPI export): each file comes back as read_tabular gives it alone, its sheets or its refusal, and a
child that fails as a whole falls back to a child per file."""

from __future__ import annotations

import os
from pathlib import Path

import openpyxl
import pytest

from persistence import tabular
from persistence.tabular import UnreadableFile, read_tabular, read_tabular_many


def _files(folder: Path) -> list[Path]:
    csv = folder / "kpi_2026-08.csv"
    csv.write_text("2026年08月坐席绩效导出\n工号,姓名,接通量\nKF001,王婷,300\nKF002,李强,301\n", encoding="gbk")
    xlsx = folder / "kpi_2026-09.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "绩效"
    for row in (["工号", "姓名", "接通量", "满意度"], ["KF001", "王婷", 310, 0.95], ["KF002", "李强", 311, "91%"]):
        wb.active.append(row)
    wb.create_sheet("说明").append(["口径", None, 3.5])
    wb.save(xlsx)
    empty = folder / "kpi_2026-10.csv"
    empty.write_bytes(b"")
    fake = folder / "kpi_2026-11.xlsx"
    fake.write_bytes(b"PK\x03\x04 not really a workbook")
    return [csv, xlsx, empty, folder / "missing.csv", fake, csv]


def _one_at_a_time(paths: list[Path]) -> list[object]:
    out: list[object] = []
    for path in paths:
        try:
            out.append(read_tabular(path))
        except UnreadableFile as exc:
            out.append(("refused", exc.code))
    return out


def _as_compared(outcomes: list[object]) -> list[object]:
    return [("refused", o.code) if isinstance(o, UnreadableFile) else o for o in outcomes]


def test_each_file_reads_as_it_does_alone(tmp_path: Path) -> None:
    paths = _files(tmp_path)
    expected = _one_at_a_time(paths)
    assert [e[1] for e in expected if isinstance(e, tuple)] == ["empty_file", "io_error", "truncated"]
    assert _as_compared(read_tabular_many(paths)) == expected


def _die(_first: str, **_options: object) -> None:
    os._exit(3)  # as a reader abort would: no answer at all


def test_a_child_that_dies_falls_back_to_one_child_per_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = _files(tmp_path)
    expected = _one_at_a_time(paths)
    monkeypatch.setattr(tabular, "_MANY", f"{__name__}:_die")
    assert _as_compared(read_tabular_many(paths)) == expected
