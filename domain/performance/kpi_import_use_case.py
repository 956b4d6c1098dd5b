"""KPI import as the window and the CLI both run it: read the files (the reader port), preview them against one
read of the roster, back up (the backup port), land every month whole (one transaction)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Protocol, runtime_checkable

from domain import remembered
from domain.performance.importing import (
    KpiPlan,
    MonthAlreadyImported,
    UnknownAgentsInFile,
    agents_by_no,
    apply_kpi_imports,
    check_confirmed,
    plan_kpi_import,
)
from domain.ports import BackupPort, KpiFileRead, KpiReader, Progress, Store, UnitOfWork, UnitsOfWork
from domain.roster.importing import ImportRejected, RowError

MAPPING_KEY = "import.kpi.mapping"


class PendingBackup(Protocol):
    def finish(self, uow: UnitOfWork) -> None:
        """Wait for the copy (raising if it failed) and log it in `uow`, the import's transaction."""
        ...

    def settle(self) -> None:
        """After a failed import: wait for the copy (raising if it failed) and log it on its own."""
        ...


@runtime_checkable
class OverlappingBackup(Protocol):
    """A BackupPort that can also copy while the import works (persistence/backup_port.py)."""

    def begin_before_import(self, label: str, now: datetime) -> PendingBackup | None: ...
BACKUP_LABEL = "pre-import"


@dataclass
class KpiPreview:
    file: KpiFileRead
    plan: KpiPlan

    @property
    def errors(self) -> list[RowError]:
        return self.file.errors + self.plan.errors

    @property
    def more_errors(self) -> int:
        return self.file.more_errors


def remembered_mapping(uow: UnitOfWork) -> dict[str, str]:
    return remembered.mapping(uow, MAPPING_KEY)


def remember_mapping(uow: UnitOfWork, mapping: dict[str, str]) -> None:
    remembered.remember_mapping(uow, MAPPING_KEY, mapping)


def preview_kpi_import(uows: UnitsOfWork, reader: KpiReader, path: Path, month: str | None = None,
                       mapping: dict[str, str] | None = None, *, today: date | None = None,
                       sheet: str | None = None) -> KpiPreview:
    return preview_kpi_imports(uows, reader, [path], month, mapping, today=today, sheet=sheet)[0]


def preview_kpi_imports(uows: UnitsOfWork, reader: KpiReader, paths: list[Path], month: str | None = None,
                        mapping: dict[str, str] | None = None, *, today: date | None = None,
                        sheet: str | None = None) -> list[KpiPreview]:
    """Several monthly files against one read of the roster (a centre's is 25,000 agents with leavers), in one
    transaction after the files were read. `today` refuses months that have not begun yet; `sheet` names the
    sheet to read (hidden ones only so)."""
    used = remembered_mapping(uows()) if mapping is None else mapping
    files = reader.read_all(paths, used, sheet=sheet)
    previews = []
    uow = uows()
    with uow:
        agents = uow.agents.list_all() if any(kf.candidates for kf in files) else []
        by_no = agents_by_no(agents)
        for kf in files:
            if not kf.candidates:  # no header, a missing column, or no rows: nothing to match
                previews.append(KpiPreview(kf, KpiPlan(month=month)))
                continue
            plan = plan_kpi_import(kf.candidates, agents, kf.month_in_title, month, kf.sheet,
                                   name_month=kf.month_in_name, today=today, by_no=by_no)
            # The domain names a figure by its metric; the supervisor knows the column by its header.
            plan.implausible = [replace(e, column=kf.header_of(e.column)) for e in plan.implausible]
            if plan.month:
                plan.existing = uow.performance.kpi_count(plan.month)
            previews.append(KpiPreview(kf, plan))
    return previews


def commit_kpi_import(uows: UnitsOfWork, backup: BackupPort, preview: KpiPreview, today: date, now: datetime, *,
                      replace_month: bool = False, skip_unknown: bool = False, accept_out_of_tenure: bool = False,
                      accept_implausible: bool = False) -> int:
    return commit_kpi_imports(uows, backup, [preview], today, now, replace_month=replace_month,
                              skip_unknown=skip_unknown, accept_out_of_tenure=accept_out_of_tenure,
                              accept_implausible=accept_implausible)


def commit_kpi_imports(uows: UnitsOfWork, backup: BackupPort, previews: list[KpiPreview], today: date,
                       now: datetime, *, replace_month: bool = False, skip_unknown: bool = False,
                       accept_out_of_tenure: bool = False, accept_implausible: bool = False) -> int:
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
    uow = uows()
    with uow:
        for preview in previews:
            existing = uow.performance.kpi_count(preview.plan.month or "")
            if existing and not replace_month:
                raise MonthAlreadyImported(preview.plan.month or "", existing)
    plans = [(p.plan, str(p.file.path)) for p in previews]

    def land(before_commit: Callable[[UnitOfWork], None] | None = None) -> int:
        return apply_kpi_imports(uows(), plans, today, replace_month=replace_month, skip_unknown=skip_unknown,
                                 accept_out_of_tenure=accept_out_of_tenure, accept_implausible=accept_implausible,
                                 before_commit=before_commit)

    if not isinstance(backup, OverlappingBackup):
        backup.before_import(BACKUP_LABEL, now)
        return land()
    # The copy is written while the months are replaced and scored (it sees the database as before the import)
    # and the import commits only once the copy is checked: a failed copy still means nothing lands.
    pending = backup.begin_before_import(BACKUP_LABEL, now)
    if pending is None:
        return land()
    try:
        return land(pending.finish)
    except BaseException:
        pending.settle()  # the import failed: its backup stays, logged, as when the copy was taken first
        raise


# --- the import dialog's two steps as `Job`s (the window runs them apart from its own interpreter, ui/door.py
# `Door.apart`): each on one unit of work, its transactions in turn, never nested.

def preview_job(store: Store, _progress: Progress, path: Path, month: str | None, mapping: dict[str, str] | None,
                today: date, sheet: str | None) -> tuple[dict[str, str], KpiPreview]:
    """The words remembered from the last import (unless the dialog chose some), then the file and the roster."""
    uow = store.uow()
    used = remembered_mapping(uow) if mapping is None else mapping
    return used, preview_kpi_import(lambda: uow, store.files.kpi_reader, path, month, used, today=today, sheet=sheet)


def commit_job(store: Store, _progress: Progress, preview: KpiPreview, today: date, now: datetime,
               mapping: dict[str, str], skip_unknown: bool, accept_out_of_tenure: bool,
               accept_implausible: bool) -> int:
    """Checked, backed up, landed, then the words remembered for the next import."""
    uow = store.uow()
    count = commit_kpi_import(lambda: uow, store.files.backup, preview, today, now,
                              replace_month=bool(preview.plan.existing), skip_unknown=skip_unknown,
                              accept_out_of_tenure=accept_out_of_tenure, accept_implausible=accept_implausible)
    remember_mapping(uow, mapping)
    return count
