"""One business action = one unit of work = one SQLite transaction; nothing persists without commit()."""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from persistence.care.repository import SqlCareRepository
from persistence.care.wellbeing_repository import SqlWellbeingRepository
from persistence.coaching.repository import SqlCoachingRepository
from persistence.dashboard.repository import SqlDashboardRepository
from persistence.mentoring.repository import SqlCertificationRepository, SqlMentoringRepository
from persistence.performance.repository import SqlPerformanceRepository
from persistence.recruiting.repository import SqlRecruitingRepository
from persistence.roster.repository import SqlAgentRepository
from persistence.settings_repo import SqlActivityLog, SqlSettingsRepository
from persistence.training.repository import SqlTrainingRepository

# Each area's repository, by the attribute name the domain uses (`uow.agents`, ...).
# An area adds one line here (and the attribute to domain.ports.UnitOfWork).
REPOSITORIES: dict[str, Callable[[Session], object]] = {
    "agents": SqlAgentRepository,
    "settings": SqlSettingsRepository,
    "log": SqlActivityLog,
    "performance": SqlPerformanceRepository,
    "mentoring": SqlMentoringRepository,
    "certifications": SqlCertificationRepository,
    "coaching": SqlCoachingRepository,
    "dashboard": SqlDashboardRepository,
    "care": SqlCareRepository,
    "wellbeing": SqlWellbeingRepository,
    "recruiting": SqlRecruitingRepository,
    "training": SqlTrainingRepository,
}


class SqlUnitOfWork:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory
        self.session: Session | None = None

    def __getattr__(self, name: str) -> Any:  # repositories exist only inside `with uow:`
        raise AttributeError(f"{name}: use the unit of work inside a `with` block")

    def __enter__(self) -> SqlUnitOfWork:
        if self.session is not None:
            raise RuntimeError("unit of work is not re-entrant")
        self.session = self._session_factory()
        for name, factory in REPOSITORIES.items():
            setattr(self, name, factory(self.session))
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        assert self.session is not None
        try:
            self.session.rollback()  # a no-op after commit(); discards anything uncommitted
        finally:
            self.session.close()
            self.session = None

    def commit(self) -> None:
        assert self.session is not None
        self.session.commit()

    def rollback(self) -> None:
        assert self.session is not None
        self.session.rollback()
