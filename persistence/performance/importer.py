"""KPI import as the window and the CLI both run it: read, preview, back up, land the month whole."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from domain.performance.importing import (
    KpiPlan,
    MonthAlreadyImported,
    UnknownAgentsInFile,
    apply_kpi_imports,
    check_confirmed,
    plan_kpi_import,
)
from domain.roster.importing import ImportRejected, RowError
from persistence.backup import take_backup
from persistence.database import Database
from persistence.import_mapping import load_mapping, save_mapping
from persistence.performance.kpi_reader import KpiFile, read_kpi_file
from persistence.tabular import Sheet, read_tabular

MAPPING_KEY = "import.kpi.mapping"


@dataclass
class KpiPreview:
    file: KpiFile
    plan: KpiPlan

    @property
    def errors(self) -> list:
        return self.file.errors + self.plan.errors

    @property
    def more_errors(self) -> int:
        return self.file.more_errors


def remembered_mapping(db: Database) -> dict[str, str]:
    return load_mapping(db, MAPPING_KEY)


def remember_mapping(db: Database, mapping: dict[str, str]) -> None:
    save_mapping(db, MAPPING_KEY, mapping)


def preview_kpi_import(db: Database, path: Path, month: str | None = None, mapping: dict[str, str] | None = None,
                       *, today: date | None = None, sheet: str | None = None) -> KpiPreview:
    return preview_kpi_imports(db, [path], month, mapping, today=today, sheet=sheet)[0]


def preview_kpi_imports(db: Database, paths: list[Path], month: str | None = None,
                        mapping: dict[str, str] | None = None, *, today: date | None = None,
                        sheet: str | None = None) -> list[KpiPreview]:
    """Several monthly files against one read of the roster (a centre's is 25,000 agents with leavers).
    `today` refuses months that have not begun yet; `sheet` names the sheet to read (hidden ones only so)."""
    remembered = remembered_mapping(db) if mapping is None else mapping
    files = _read_ahead(paths, lambda path, read: read_kpi_file(path, remembered, sheet=sheet, read=read))
    previews = []
    with db.uow() as uow:
        agents = uow.agents.list_all() if any(kf.candidates for kf in files) else []
        for kf in files:
            if not kf.candidates:  # no header, a missing column, or no rows: nothing to match
                previews.append(KpiPreview(kf, KpiPlan(month=month)))
                continue
            plan = plan_kpi_import(kf.candidates, agents, kf.month_in_title, month, kf.sheet,
                                   name_month=kf.month_in_name, today=today)
            # The domain names a figure by its metric; the supervisor knows the column by its header.
            plan.implausible = [replace(e, column=kf.header_of(e.column)) for e in plan.implausible]
            if plan.month:
                plan.existing = uow.performance.kpi_count(plan.month)
            previews.append(KpiPreview(kf, plan))
    return previews


def _read_ahead(paths: list[Path], parse: Callable[[Path, Callable[[Path], list[Sheet]]], KpiFile]) -> list[KpiFile]:
    """Parse the files in order while the next one is read in its own child process (read_tabular), two
    children at most: the read of one file overlaps the parsing of the one before (about 40 % of a year's
    import was waiting for children, one after the other). Errors come out as they would one file at a time."""
    if len(paths) < 2:
        return [parse(path, read_tabular) for path in paths]
    pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="kpi-read")
    try:
        reads = [pool.submit(read_tabular, Path(path)) for path in paths]
        return [parse(path, _answer(done)) for path, done in zip(paths, reads, strict=True)]
    finally:
        pool.shutdown(wait=False, cancel_futures=True)  # a refused file: the reads after it are not waited for


def _answer(read: Future[list[Sheet]]) -> Callable[[Path], list[Sheet]]:
    return lambda _path: read.result()


def commit_kpi_import(db: Database, preview: KpiPreview, today: date, now: datetime, *,
                      replace_month: bool = False, skip_unknown: bool = False, accept_out_of_tenure: bool = False,
                      accept_implausible: bool = False) -> int:
    return commit_kpi_imports(db, [preview], today, now, replace_month=replace_month, skip_unknown=skip_unknown,
                              accept_out_of_tenure=accept_out_of_tenure, accept_implausible=accept_implausible)


def commit_kpi_imports(db: Database, previews: list[KpiPreview], today: date, now: datetime, *,
                       replace_month: bool = False, skip_unknown: bool = False, accept_out_of_tenure: bool = False,
                       accept_implausible: bool = False) -> int:
    """Back up first (a bad import is then one restore away: one backup for the whole run), then land every
    month in one transaction. What would be refused is refused before the backup, so a refused file leaves
    no trace at all."""
    for preview in previews:
        plan = preview.plan
        if plan.errors or preview.file.errors or not plan.ok:
            raise ImportRejected(preview.errors or [RowError("", 0, "", "kpi_nothing_to_import")])
        if plan.unknown and not skip_unknown:
            raise UnknownAgentsInFile(plan.unknown)
        check_confirmed(plan, accept_out_of_tenure, accept_implausible)
    with db.uow() as uow:
        for preview in previews:
            existing = uow.performance.kpi_count(preview.plan.month or "")
            if existing and not replace_month:
                raise MonthAlreadyImported(preview.plan.month or "", existing)
    if db.path.exists() and db.path.stat().st_size:
        take_backup(db, "pre-import", now)
    return apply_kpi_imports(db.uow(), [(p.plan, str(p.file.path)) for p in previews], today,
                             replace_month=replace_month, skip_unknown=skip_unknown,
                             accept_out_of_tenure=accept_out_of_tenure, accept_implausible=accept_implausible)
