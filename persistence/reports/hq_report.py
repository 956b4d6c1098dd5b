"""The monthly report for headquarters: which sheets exist, building them, writing and logging the export."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from domain.ports import UnitOfWork
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
    return _read_report(uow, month, keys, now)[0]


def _read_report(uow: UnitOfWork, month: Month, keys: list[str],
                 now: datetime) -> tuple[list[SheetSpec], str, str]:
    """Every sheet, the title and the author, read in ONE transaction: the supervisor may keep working while the
    report builds, and HQ must not get a roster from before an edit beside figures from after it."""
    chosen = [s for s in SECTIONS if s.key in keys]
    unknown = set(keys) - {s.key for s in SECTIONS}
    if unknown:
        raise ValueError(f"unknown sections: {sorted(unknown)}")
    snapshot = OneSnapshot(uow)
    with snapshot:
        shared: Any = snapshot
        sheets = [workforce.cover(shared, month, now, app_version(), [s.sheet for s in chosen])]
        for section in chosen:
            sheets.append(section.build(shared, month))
        title = f"{snapshot.settings.get('team_name', '')} {month} 月度报告".strip()
        author = snapshot.settings.get("supervisor_name", "") or "客服主管工作台"
    return sheets, title, author


def export_report(uow_factory: Callable[[], UnitOfWork], month: Month, path: Path, keys: list[str], now: datetime,
                  progress: Callable[[int, int], None] | None = None) -> list[SheetSpec]:
    """Read (one transaction), write the file, then log the export (kind, month, path, sections) in a second."""
    sheets, title, author = _read_report(uow_factory(), month, keys, now)
    write_workbook(path, sheets, title, author, now, progress)
    uow = uow_factory()
    with uow:
        detail = f"month={month}; path={path}; sections={','.join(keys)}"
        uow.log.record("export_report", detail, sum(len(t.rows) for s in sheets for t in s.tables),
                       sensitive_included=any(s.sensitive for s in sheets))
        uow.commit()
    return sheets


def export_history(uow: UnitOfWork, limit: int = 200) -> list[Any]:
    """The activity log's latest entries, newest first: what the report page lists under "Export history"."""
    with uow:
        return list(uow.log.recent(limit))
