"""What the domain needs from storage, files and backups. persistence/ implements these; tests may fake them.

The use cases (domain/<area>/services.py for database work, domain/<area>/*_use_case.py for imports and exports)
take a unit of work — or `UnitsOfWork`, a factory, where they need a transaction before and another after a file
is read or written — and the ports below for everything that is not the database."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol

from domain.care.ports import CareRepository, WellbeingRepository
from domain.coaching.ports import CoachingRepository
from domain.dashboard.ports import DashboardRepository
from domain.mentoring.ports import CertificationRepository, MentoringRepository
from domain.performance.ports import PerformanceRepository
from domain.recruiting.ports import RecruitingRepository
from domain.roster.model import AgentData, HistoryEntry, Status
from domain.training.ports import TrainingRepository

if TYPE_CHECKING:
    from domain.performance.importing import KpiCandidate
    from domain.reports.export_use_case import BuiltReport
    from domain.reports.workforce import Month
    from domain.roster.importing import ImportCandidate, RowError


class AgentRepository(Protocol):
    def get(self, agent_id: int) -> AgentData | None: ...
    def by_employee_no(self, employee_no: str) -> AgentData | None: ...
    def list_all(self, status: Status | None = None) -> list[AgentData]: ...
    # The same agents' stored values in roster_rows.AGENT_VALUES order: the roster's rows without an AgentData each
    def roster_values(self, status: Status | None = None) -> Sequence[Sequence[Any]]: ...
    def count(self) -> int: ...
    def add(self, agent: AgentData) -> int: ...
    def add_many(self, agents: Iterable[AgentData]) -> list[int]: ...
    def update(self, agent: AgentData) -> None: ...  # raises EditedElsewhere when agent.version is stale
    def last_change(self, agent_id: int) -> tuple[str, datetime | None]: ...  # who saved it last, and when
    def team_owners(self) -> dict[str, str]: ...  # team → the supervisor's login name it belongs to
    def set_team_owner(self, team: str, owner: str | None) -> None: ...
    def remove(self, agent_id: int) -> None: ...
    def add_history(self, entry: HistoryEntry) -> int: ...
    def remove_history(self, ids: Iterable[int]) -> None: ...
    def history(self, agent_id: int) -> list[HistoryEntry]: ...


class SettingsRepository(Protocol):
    def get(self, key: str, default: str = "") -> str: ...
    def set(self, key: str, value: str) -> None: ...
    def all(self) -> dict[str, str]: ...


class ActivityLog(Protocol):
    def record(self, kind: str, detail: str, row_count: int = 0, sensitive_included: bool = False) -> None: ...

    def recent(self, limit: int = 200) -> list[tuple[Any, ...]]: ...


class UnitOfWork(Protocol):
    agents: AgentRepository
    settings: SettingsRepository
    log: ActivityLog
    performance: PerformanceRepository
    mentoring: MentoringRepository
    certifications: CertificationRepository
    coaching: CoachingRepository
    dashboard: DashboardRepository
    care: CareRepository
    wellbeing: WellbeingRepository
    recruiting: RecruitingRepository
    training: TrainingRepository

    def __enter__(self) -> UnitOfWork: ...
    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None: ...
    def commit(self) -> None: ...
    def rollback(self) -> None: ...


UnitsOfWork = Callable[[], UnitOfWork]
Progress = Callable[[int, int], None]  # (done, total)


class Store(Protocol):
    """An open store as a `Job` sees it: its units of work, and its file ports (persistence/file_ports.py)."""

    files: Any

    def uow(self) -> UnitOfWork: ...


@dataclass(frozen=True)
class Job:
    """A use case that may run in another process (ui/door.py `Door.apart`): `fn(store, report, *args)`, with
    `fn` a module-level function and `args` plain values, so that the job can be pickled and run there."""

    fn: Callable[..., Any]
    args: tuple[Any, ...] = ()
    # Its answer will be sent back in a later job's args (a KPI preview, to the commit): another process keeps it
    # and takes it back by reference instead of a copy (persistence/worker_process.py). Whoever holds the answer
    # must not change it meanwhile.
    keep: bool = False

    def __call__(self, store: Store, report: Progress) -> Any:
        return self.fn(store, report, *self.args)

    @classmethod
    def query(cls, use_case: Callable[..., Any], *args: Any) -> Job:
        """`use_case(uow, *args)`, the form of every query in domain/<area>/services.py."""
        return cls(_query, (use_case, *args))


def _query(store: Store, _report: Progress, use_case: Callable[..., Any], *args: Any) -> Any:
    return use_case(store.uow(), *args)


# --- files and backups: ports that persistence implements (persistence/file_ports.py composes them) ---

class BackupPort(Protocol):
    def before_import(self, label: str, now: datetime) -> None:
        """A checked copy of the database before an import lands (nothing for a store that is not a file, or an
        empty one): a bad import is then one restore away."""
        ...


class SafetyPort(Protocol):
    """The store itself for the safety area: its copies, its check, a restore (persistence/safety_port.py).
    Results are persistence's records of files (a backup and what it holds, a health report), shown as they are."""

    @property
    def folder(self) -> Path: ...

    def backups(self) -> list[Any]:
        """Every copy in the backup folder, newest first, with what each holds (None: unreadable)."""
        ...

    def manual(self, now: datetime, folder: Path | None = None) -> Any:
        """A checked copy now, by hand, with what it holds: into the backup folder (thinned by the keeping rule
        like every copy) or a folder of the supervisor's for a one-off copy."""
        ...

    def last_automatic(self) -> datetime | None: ...

    def daily(self, now: datetime) -> Any:
        """Today's automatic copy, when due; a damaged live file is reported, not copied."""
        ...

    def restore(self, path: Path, now: datetime) -> Any:
        """The backup at `path` replaces the data, after a copy of the current state; refused untouched when the
        file is not a sound backup of ours."""
        ...

    def check(self) -> Any: ...

    def can_dump(self) -> bool: ...

    def dump(self, now: datetime) -> Path: ...


class ValueChoicePending(Protocol):
    """A word in a file that the app could not map to a value, still to be decided by the supervisor."""

    field: str
    text: str
    rows: list[int]


class RosterFileRead(Protocol):
    """A roster file as the reader parsed it: its candidates, and every fault found in it."""

    path: Path
    sheet: str
    mapping: dict[str, str]  # header text -> field ("" = ignored)
    candidates: list[ImportCandidate]
    errors: list[RowError]
    more_errors: int
    pending: list[Any]  # ValueChoicePending


class RosterReader(Protocol):
    def read(self, path: Path, mapping: dict[str, str], *, values: dict[str, dict[str, str]],
             sheet: str | None) -> RosterFileRead: ...

    def usual_header(self, field: str) -> str | None:
        """The header HQ's files use for a field, to name a field the file has no column for."""
        ...


class KpiFileRead(Protocol):
    path: Path
    sheet: str
    month_in_title: str | None
    month_in_name: str | None
    candidates: list[KpiCandidate]
    errors: list[RowError]
    more_errors: int

    def header_of(self, name: str) -> str: ...


class KpiReader(Protocol):
    def read_all(self, paths: Sequence[Path], mapping: dict[str, str], *,
                 sheet: str | None) -> Sequence[KpiFileRead]:
        """The files in order (a fault in one is in its own result)."""
        ...


class ReportPort(Protocol):
    """The HQ report's sheets (persistence knows the tables behind each section) and its workbook."""

    def snapshot(self, uow: UnitOfWork) -> UnitOfWork:
        """The unit of work every section reads through: one read snapshot; an area service that a section calls
        and that opens the unit of work itself nests in it."""
        ...

    def build(self, snapshot: UnitOfWork, month: Month, keys: list[str], now: datetime) -> BuiltReport: ...

    def write(self, path: Path, report: BuiltReport, now: datetime, progress: Progress | None) -> None: ...
