"""One business action = one unit of work = one SQLite transaction; nothing persists without commit()."""

from __future__ import annotations

import importlib
from types import TracebackType
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from persistence import scoping

# Each area's repository, by the attribute name the domain uses (`uow.agents`, ...), as "module:Class".
# An area adds one line here (and the attribute to domain.ports.UnitOfWork). Named rather than imported: a
# repository's module (and its area's models and domain) loads the first time a unit of work uses it, so the
# roster's first query does not wait for all twelve areas' imports (~230 ms at start-up).
REPOSITORIES: dict[str, str] = {
    "agents": "persistence.roster.repository:SqlAgentRepository",
    "settings": "persistence.settings_repo:SqlSettingsRepository",
    "log": "persistence.settings_repo:SqlActivityLog",
    "performance": "persistence.performance.repository:SqlPerformanceRepository",
    "mentoring": "persistence.mentoring.repository:SqlMentoringRepository",
    "certifications": "persistence.mentoring.repository:SqlCertificationRepository",
    "coaching": "persistence.coaching.repository:SqlCoachingRepository",
    "dashboard": "persistence.dashboard.repository:SqlDashboardRepository",
    "care": "persistence.care.repository:SqlCareRepository",
    "wellbeing": "persistence.care.wellbeing_repository:SqlWellbeingRepository",
    "recruiting": "persistence.recruiting.repository:SqlRecruitingRepository",
    "training": "persistence.training.repository:SqlTrainingRepository",
}


def repository_class(name: str) -> type:
    module, _, cls = REPOSITORIES[name].partition(":")
    return getattr(importlib.import_module(module), cls)


class SqlUnitOfWork:
    """`user` (a login name) scopes everything the block reads and writes to the teams that user may see
    (persistence/scoping.py); None sees every team (tests, and a file with no team owners in effect)."""

    def __init__(self, session_factory: sessionmaker[Session], user: str | None = None) -> None:
        self._session_factory = session_factory
        self.user = user
        self.session: Session | None = None

    def __getattr__(self, name: str) -> Any:
        """A repository is made the first time this `with` block asks for it, then kept for the block."""
        if name not in REPOSITORIES or self.__dict__.get("session") is None:
            raise AttributeError(f"{name}: use the unit of work inside a `with` block")
        repository = repository_class(name)(self.session)
        setattr(self, name, repository)
        return repository

    def __enter__(self) -> SqlUnitOfWork:
        if self.session is not None:
            raise RuntimeError("unit of work is not re-entrant")
        self.session = self._session_factory()
        scoping.install(self.session, self.user)
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
            for name in REPOSITORIES:  # the next block gets repositories on its own session
                self.__dict__.pop(name, None)

    def commit(self) -> None:
        assert self.session is not None
        self.session.commit()

    def rollback(self) -> None:
        assert self.session is not None
        self.session.rollback()
