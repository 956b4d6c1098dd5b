"""The monthly HQ report as the window and the CLI both export it: every sheet from one read snapshot (one
transaction), the workbook written after it closed, the export logged in a second transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from domain.ports import Progress, ReportPort, Store, UnitOfWork, UnitsOfWork
from domain.reports.workforce import Month


@dataclass(frozen=True)
class BuiltReport:
    sheets: Sequence[Any]  # persistence's sheet specs, in the order HQ reads them; the domain only passes them on
    title: str
    author: str
    rows: int  # table rows over all sheets, for the activity log
    sensitive: bool  # a sheet carries sensitive personal details


def export_report(uows: UnitsOfWork, report: ReportPort, month: Month, path: Path, keys: list[str], now: datetime,
                  progress: Progress | None = None) -> list[Any]:
    """Read in ONE transaction — the supervisor may keep working while the report builds, and HQ must not get a
    roster from before an edit beside figures from after it — then write the file, then log the export (kind,
    month, path, sections). A file that could not be written is not logged."""
    snapshot = report.snapshot(uows())
    with snapshot:
        built = report.build(snapshot, month, keys, now)
    report.write(path, built, now, progress)
    uow = uows()
    with uow:
        detail = f"month={month}; path={path}; sections={','.join(keys)}"
        uow.log.record("export_report", detail, built.rows, sensitive_included=built.sensitive)
        uow.commit()
    return list(built.sheets)


def export_report_job(store: Store, progress: Progress, month: Month, path: Path, keys: list[str],
                      now: datetime) -> list[Any]:
    """`export_report` as a `Job` (the window runs it apart from its own interpreter, ui/door.py `Door.apart`):
    one unit of work, used for the snapshot and then for the log line, in turn."""
    uow = store.uow()
    return export_report(lambda: uow, store.files.report, month, path, keys, now, progress)


def export_history(uow: UnitOfWork, limit: int = 200) -> list[Any]:
    """The activity log's latest entries, newest first: what the report page lists under "Export history"."""
    with uow:
        return list(uow.log.recent(limit))
