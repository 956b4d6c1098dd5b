"""An in-memory unit of work for domain service tests: dict repositories, a commit count, and the real
one's transaction rules (no re-entry; rollback on leaving without commit)."""

from __future__ import annotations

import copy
from dataclasses import replace
from typing import Any

from domain.roster.model import AgentData, HistoryEntry


class FakeAgents:
    def __init__(self) -> None:
        self.rows: dict[int, AgentData] = {}
        self.history_rows: dict[int, HistoryEntry] = {}
        self._next = 1

    def get(self, agent_id: int) -> AgentData | None:
        return self.rows.get(agent_id)

    def by_employee_no(self, employee_no: str) -> AgentData | None:
        return next((a for a in self.rows.values() if a.employee_no == employee_no), None)

    def list_all(self, status=None) -> list[AgentData]:  # type: ignore[no-untyped-def]
        rows = [a for a in self.rows.values() if status is None or a.status is status]
        return sorted(rows, key=lambda a: a.employee_no)

    def roster_values(self, status=None) -> list[tuple]:  # type: ignore[no-untyped-def]
        from domain.roster.roster_rows import AGENT_VALUES

        return [tuple(getattr(a, name) for name in AGENT_VALUES) for a in self.list_all(status)]

    def count(self) -> int:
        return len(self.rows)

    def add(self, agent: AgentData) -> int:
        agent_id, self._next = self._next, self._next + 1
        self.rows[agent_id] = replace(agent, id=agent_id)
        return agent_id

    def add_many(self, agents) -> list[int]:  # type: ignore[no-untyped-def]
        return [self.add(a) for a in agents]

    def update(self, agent: AgentData) -> None:
        assert agent.id in self.rows
        self.rows[agent.id] = agent

    def last_change(self, agent_id: int):  # type: ignore[no-untyped-def]
        return "", None  # the fake keeps no versions: every save is of the current one

    owners: dict[str, str] = {}

    def team_owners(self) -> dict[str, str]:
        return dict(self.owners)

    def set_team_owner(self, team: str, owner: str | None) -> None:
        self.owners = {**self.owners, team: owner} if owner else {k: v for k, v in self.owners.items() if k != team}

    def remove(self, agent_id: int) -> None:
        if any(h.agent_id == agent_id for h in self.history_rows.values()):
            raise RuntimeError("FOREIGN KEY constraint failed")
        del self.rows[agent_id]

    def add_history(self, entry: HistoryEntry) -> int:
        entry_id, self._next = self._next, self._next + 1
        self.history_rows[entry_id] = replace(entry, id=entry_id)
        return entry_id

    def remove_history(self, ids) -> None:  # type: ignore[no-untyped-def]
        for i in ids:
            self.history_rows.pop(i)

    def history(self, agent_id: int) -> list[HistoryEntry]:
        return [h for h in self.history_rows.values() if h.agent_id == agent_id]


class FakeSettings:
    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get(self, key: str, default: str = "") -> str:
        return self.values.get(key, default)

    def set(self, key: str, value: str) -> None:
        self.values[key] = value

    def all(self) -> dict[str, str]:
        return dict(self.values)


class FakeLog:
    def __init__(self) -> None:
        self.entries: list[tuple] = []

    def record(self, kind: str, detail: str, row_count: int = 0, sensitive_included: bool = False) -> None:
        self.entries.append((kind, detail, row_count, sensitive_included))


class FakeUnitOfWork:
    """Transactional like SqlUnitOfWork: not re-entrant (a nested `with` raises, so a service that opens the
    unit of work inside another's transaction fails here too), and leaving `with` without commit() puts every
    repository back as it was at the last commit, or at entry.

    The snapshot is taken generically: every public attribute but `commits` is a repository, including those
    that area tests add (uow.care, uow.coaching, ...)."""

    def __init__(self) -> None:
        self.agents, self.settings, self.log = FakeAgents(), FakeSettings(), FakeLog()
        self.commits = 0
        self._snapshot: dict[str, dict[str, Any]] | None = None

    def _repositories(self) -> dict[str, Any]:
        return {name: value for name, value in vars(self).items() if not name.startswith("_") and name != "commits"}

    def _copy(self, state: dict[str, Any]) -> dict[str, Any]:
        # Repositories may point at each other or at this unit of work; those links stay the live objects.
        memo: dict[int, Any] = {id(self): self, **{id(r): r for r in self._repositories().values()}}
        return copy.deepcopy(state, memo)

    def _take_snapshot(self) -> None:
        self._snapshot = {name: self._copy(vars(r)) for name, r in self._repositories().items()}

    def __enter__(self) -> FakeUnitOfWork:
        if self._snapshot is not None:
            raise RuntimeError("unit of work is not re-entrant")
        self._take_snapshot()
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            self.rollback()  # a no-op after commit(), as in the real one
        finally:
            self._snapshot = None

    def commit(self) -> None:
        assert self._snapshot is not None, "commit() outside `with`"
        self.commits += 1
        self._take_snapshot()

    def rollback(self) -> None:
        assert self._snapshot is not None, "rollback() outside `with`"
        for name, repository in self._repositories().items():
            state = self._snapshot.get(name)
            if state is None:  # a repository attached inside the transaction: nothing of it was committed
                continue
            vars(repository).clear()
            vars(repository).update(self._copy(state))  # a copy: the snapshot must survive a second rollback


class CountingUnitOfWork(FakeUnitOfWork):
    """Counts transactions: a use case promised to run in one must enter exactly once."""

    def __init__(self) -> None:
        super().__init__()
        self.entered = 0

    def _repositories(self) -> dict[str, Any]:
        return {k: v for k, v in super()._repositories().items() if k != "entered"}

    def __enter__(self) -> FakeUnitOfWork:
        self.entered += 1
        return super().__enter__()
