"""What the domain needs from storage. persistence/ implements these; tests may fake them."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from types import TracebackType
from typing import Any, Protocol

from domain.care.ports import CareRepository, WellbeingRepository
from domain.coaching.ports import CoachingRepository
from domain.dashboard.ports import DashboardRepository
from domain.mentoring.ports import CertificationRepository, MentoringRepository
from domain.performance.ports import PerformanceRepository
from domain.recruiting.ports import RecruitingRepository
from domain.roster.model import AgentData, HistoryEntry, Status
from domain.training.ports import TrainingRepository


class AgentRepository(Protocol):
    def get(self, agent_id: int) -> AgentData | None: ...
    def by_employee_no(self, employee_no: str) -> AgentData | None: ...
    def list_all(self, status: Status | None = None) -> list[AgentData]: ...
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
