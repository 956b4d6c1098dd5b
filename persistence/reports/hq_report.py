"""The monthly report for headquarters: which sheets exist, building them from one snapshot and writing the
workbook — the report port that domain/reports/export_use_case.py runs (and logs)."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, cast

from domain.ports import UnitOfWork
from domain.reports.export_use_case import BuiltReport
from domain.reports.workforce import Month
from persistence.app_version import app_version
from persistence.reports.hq_workbook import write_workbook
from persistence.reports.sections import care, coaching, mentoring, performance, recruiting, training, workforce
from persistence.reports.sheets import SheetSpec
from persistence.reports.snapshot import OneSnapshot


@dataclass(frozen=True)
class Section:
    key: str
    sheet: str  # the sheet's Chinese name, also what the export dialog lists
    build: Callable[[UnitOfWork, Month], SheetSpec]
    # True when `build` calls an area's service that opens the unit of work itself. Such a section reads in the
    # report's one transaction all the same: inside a report, `with uow:` nests (see snapshot.OneSnapshot).
    own_transaction: bool = False


# In the order HQ reads them; the cover is always first. Each area adds its section here.
SECTIONS: list[Section] = [
    Section("workforce", "人员概况", workforce.workforce),
    Section("roster", "人员明细", workforce.roster_detail),
    Section("performance", "绩效", performance.performance),
    Section("recruiting", "招聘", recruiting.recruiting),
    Section("mentoring", "带教", mentoring.mentoring, own_transaction=True),
    Section("coaching", "辅导", coaching.coaching),
    Section("training", "培养与发展", training.training, own_transaction=True),
    Section("care", "关怀", care.care, own_transaction=True),
    Section("leavers", "离职", workforce.leavers),
]


def section_keys() -> list[str]:
    return [s.key for s in SECTIONS]


def build_report(uow: UnitOfWork, month: Month, keys: list[str], now: datetime) -> list[SheetSpec]:
    return list(HQ_REPORT.build(HQ_REPORT.snapshot(uow), month, keys, now).sheets)


@contextmanager
def _no_full_collections() -> Iterator[None]:
    """No automatic pass of the oldest garbage-collector generation while a report builds or writes. A report
    makes a few hundred thousand objects that live until it is written; each full pass walks them all again, and
    nine of them were ~0.7 s of a centre report's 3.5 s of CPU (benchmarks/README.md, fourth round). The window
    already leaves full passes for idle time (ui/idle_gc.py); this does the same for the CLI and any other
    caller, and puts back whatever thresholds were set. Young collections stay automatic."""
    before = gc.get_threshold()
    gc.set_threshold(before[0], before[1], max(before[2], 1_000_000))
    try:
        yield
    finally:
        gc.set_threshold(*before)


class HqReport:
    """The report port (domain.ports.ReportPort): the sections' sheets from one snapshot, the workbook."""

    def snapshot(self, uow: UnitOfWork) -> UnitOfWork:
        snapshot: Any = OneSnapshot(uow)
        return cast(UnitOfWork, snapshot)

    def build(self, snapshot: UnitOfWork, month: Month, keys: list[str], now: datetime) -> BuiltReport:
        """Every sheet, the title and the author. `with snapshot:` here opens the one transaction, or nests in the
        one the use case opened (OneSnapshot is re-entrant for its report)."""
        chosen = [s for s in SECTIONS if s.key in keys]
        unknown = set(keys) - {s.key for s in SECTIONS}
        if unknown:
            raise ValueError(f"unknown sections: {sorted(unknown)}")
        with snapshot, _no_full_collections():
            shared: Any = snapshot
            sheets = [workforce.cover(shared, month, now, app_version(), [s.sheet for s in chosen])]
            for section in chosen:
                sheets.append(section.build(shared, month))
            title = f"{snapshot.settings.get('team_name', '')} {month} 月度报告".strip()
            author = snapshot.settings.get("supervisor_name", "") or "客服主管工作台"
        return BuiltReport(sheets, title, author, rows=sum(len(t.rows) for s in sheets for t in s.tables),
                           sensitive=any(s.sensitive for s in sheets))

    def write(self, path: Path, report: BuiltReport, now: datetime,
              progress: Callable[[int, int], None] | None) -> None:
        with _no_full_collections():
            write_workbook(path, list(report.sheets), report.title, report.author, now, progress)


HQ_REPORT = HqReport()
