"""The unit of work a report's sections share: one read snapshot, and reads that sections repeat per agent
served from one read of everyone's.

The 培养与发展 section once asked each active agent's scores, certification attempts, training results,
mentoring pairings, ticks and promotions one agent at a time: six queries × 5,000 agents took most of a
centre report's time (21 s of 32 s, profiled). Everyone's readiness now reads read models instead
(persistence/training/readiness_reads.py); a per-agent read a section still makes inside a report comes from
one query per table, grouped by agent in the order the per-agent query returns them; an agent outside the
preloaded set still gets the repository's own query.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from typing import Any

from domain.mentoring.model import CertAttempt
from domain.performance.model import Grade, Metric, StoredScore
from domain.ports import UnitOfWork
from domain.roster.model import CertLevel, Role
from domain.training.model import ResultStatus, TrainingResult
from persistence.db import driver_date
from persistence.scoping import hidden_agents


class OneSnapshot:
    """The unit of work a report's sections share, so every sheet comes from one read snapshot (issue 17).

    - Re-entrant, for this report only: the outermost `with` opens the one transaction; the `with uow:` of an
      area service a section calls (mentoring's statement, care's totals, training's readiness) just nests in it.
    - A report persists nothing: a nested `commit()` is not a commit (it would end the snapshot); whatever a read
      service sets up on first use (training's default ladders) is seen by the report and rolled back with it.
    - Most sections need the whole roster — on a centre 25,000 agents with their history — so it is read once.
    """

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow
        self._depth = 0
        self._roster: list[Any] | None = None
        self._wrapped: dict[str, Any] = {}

    def __enter__(self) -> OneSnapshot:
        if self._depth == 0:
            self._uow.__enter__()
        self._depth += 1
        return self

    def __exit__(self, *exc: Any) -> None:
        self._depth -= 1
        if self._depth == 0:
            self._uow.__exit__(*exc)

    def commit(self) -> None:
        if self._depth == 0:
            raise RuntimeError("commit outside the report's transaction")

    def __getattr__(self, name: str) -> Any:
        if name == "agents":
            return _Agents(self._uow.agents, self)
        if name in _PER_AGENT:
            if name not in self._wrapped:
                self._wrapped[name] = _PerAgent(getattr(self._uow, name), self._uow, _PER_AGENT[name])
            return self._wrapped[name]
        return getattr(self._uow, name)


class _Agents:
    def __init__(self, repository: Any, owner: OneSnapshot) -> None:
        self._repository, self._owner = repository, owner

    def list_all(self, status: Any = None) -> list[Any]:
        if self._owner._roster is None:
            self._owner._roster = self._repository.list_all()
        if status is not None:  # the repository's filtered read: the same rows, in the same order (工号)
            return [a for a in self._owner._roster if a.status is status]
        return list(self._owner._roster)  # a copy: a section may sort or trim its own

    def __getattr__(self, name: str) -> Any:
        return getattr(self._repository, name)


def _grouped(items: Iterable[Any], *keys: Callable[[Any], int]) -> dict[Any, list[Any]]:
    """Items by agent, each agent's in the order given (an item under two agents, such as a pairing under its
    mentor and its apprentice, is listed under both)."""
    groups: dict[Any, list[Any]] = {}
    if len(keys) == 1:  # most are one agent's: no set per item (240k training results)
        key = keys[0]
        for item in items:
            groups.setdefault(key(item), []).append(item)
        return groups
    for item in items:
        for agent_id in {key(item) for key in keys}:
            groups.setdefault(agent_id, []).append(item)
    return groups


class _PerAgent:
    """A repository whose per-agent reads (`method(agent_id)`) answer from one read of every agent's, made on
    the first such call. The read of everyone (`all_results()`, `ticks()`…) is made once and shared with
    whoever asks for it (records are frozen; each caller gets its own list)."""

    def __init__(self, repository: Any, uow: Any, spec: dict[str, Any]) -> None:
        self._repository, self._uow, self._spec = repository, uow, spec
        self._everyone: dict[str, list[Any]] = {}
        self._groups: dict[str, dict[Any, Any]] = {}

    def _all(self, method: str) -> list[Any]:
        if method not in self._everyone:
            fast = self._spec.get("fast", {}).get(method)
            self._everyone[method] = fast(self._uow) if fast else getattr(self._repository, method)()
        return self._everyone[method]

    def __getattr__(self, name: str) -> Any:
        if name in self._spec.get("everyone", ()):
            return lambda: list(self._all(name))
        direct = self._spec.get("direct", {}).get(name)
        if direct is not None:  # the repository's own read, made faster (same arguments, same records)
            return lambda *args: direct(self._uow, *args)
        how = self._spec.get(name)
        if how is None:
            return getattr(self._repository, name)

        def per_agent(agent_id: int | None = None) -> list[Any]:
            if agent_id is None:  # `ticks()`, `promotions()`: everyone's
                return list(self._all(name))
            if name not in self._groups:
                self._groups[name] = how(self._uow) if callable(how) else _grouped(self._all(how[0]), *how[1:])
            groups = self._groups[name]
            if None in groups and agent_id not in groups[None]:  # not preloaded: ask as usual
                return getattr(self._repository, name)(agent_id)
            return list(groups.get(agent_id, ()))

        return per_agent


# --- one read of every agent's ----------------------------------------------------------------------------

_ROLES = {r.value: r for r in Role}
_GRADES = {g.value: g for g in Grade}
_METRICS = {m.value: m for m in Metric}
_ACTIVE_SCORES = ("SELECT agent_id, month, role, team, scheme_id, score, raw_grade, grade, floor_metrics, computed_on "
                  "FROM performance_scores WHERE agent_id IN (SELECT id FROM agents WHERE status = 'active') "
                  "ORDER BY agent_id, month")


def _streamed(uow: Any, sql: str) -> Iterator[Any]:
    """Rows in batches: never 200k row tuples alive beside the records made from them (peak memory)."""
    hidden = hidden_agents(uow.session)  # driver SQL passes by the session's team filter; column 0 is the agent
    for batch in uow.session.connection().exec_driver_sql(sql).partitions(5_000):
        yield from (row for row in batch if row[0] not in hidden) if hidden else batch


def _stored_score(agent_id: int, month: str, role: str, team: str, scheme_id: int | None, score: float, raw: str,
                  grade: str, floors: str, computed: Any) -> StoredScore:
    """A score row read through the driver as a StoredScore: the same values as the repository's `_stored`."""
    if computed is not None:
        computed = driver_date(computed)
    metrics = tuple(_METRICS[m] for m in floors.split(",") if m) if floors else ()
    return StoredScore(agent_id, month, _ROLES[role], team, scheme_id, score, _GRADES[raw], _GRADES[grade], metrics,
                       computed)


def _scores(uow: Any) -> dict[Any, Any]:
    """Active agents' scores (a centre's leavers add 400k rows nobody asks for here), read through the driver
    as the roster is: SQLAlchemy's per-column processing doubled the cost. Same values as `_stored`."""
    groups: dict[Any, Any] = {}
    for row in _streamed(uow, _ACTIVE_SCORES):
        groups.setdefault(row[0], []).append(_stored_score(*row))
    active = uow.session.connection().exec_driver_sql("SELECT id FROM agents WHERE status = 'active'")
    hidden = hidden_agents(uow.session)
    groups[None] = {agent_id for (agent_id,) in active if agent_id not in hidden}
    return groups


# The repository's `scores_for_month` statement as SQL, without an ORDER BY as there: the same plan, the same order.
_MONTH_SCORES = ("SELECT agent_id, month, role, team, scheme_id, score, raw_grade, grade, floor_metrics, computed_on "
                 "FROM performance_scores WHERE performance_scores.month = ?")


def _month_scores(uow: Any, month: str) -> list[StoredScore]:
    """A month's scores through the driver (everyone's readiness reads the last 12 months: 60k rows)."""
    rows = uow.session.connection().exec_driver_sql(_MONTH_SCORES, (month,)).fetchall()
    hidden = hidden_agents(uow.session)
    return [_stored_score(*row) for row in rows if row[0] not in hidden]


_UNSEEN = object()
_RESULTS = ("SELECT agent_id, day, status, item_id, session_id, score, checked_by, id FROM training_results "
            "ORDER BY day, id")


def _all_results(uow: Any) -> list[TrainingResult]:
    """Every training result (a centre has 240k), through the driver: the same records as the training
    repository's `all_results`, in its order, at a third of the cost. A few thousand distinct days and scores
    among them: each is parsed once (dates and Decimals are immutable, so records may share them)."""
    statuses = {s.value: s for s in ResultStatus}
    days: dict[Any, Any] = {}
    scores: dict[Any, Any] = {None: None}
    found = []
    for agent_id, day, status, item_id, session_id, score, checked_by, id_ in _streamed(uow, _RESULTS):
        when = days.get(day)
        if when is None:
            when = days[day] = driver_date(day)
        points = scores.get(score, _UNSEEN)
        if points is _UNSEEN:
            points = scores[score] = Decimal(score)
        found.append(TrainingResult(agent_id, when, statuses[status], item_id, session_id, points, checked_by or "",
                                    id_))
    return found


_ATTEMPTS = "SELECT agent_id, level, day, score, passed, note, id FROM certification_attempts ORDER BY day, id"


def _all_attempts(uow: Any) -> list[CertAttempt]:
    """Every certification attempt (45k at centre scale) through the driver: the certification repository's
    `list_all`, the same records in its order."""
    levels = {c.value: c for c in CertLevel}
    return [CertAttempt(agent_id=agent_id, level=levels[level], day=driver_date(day),
                        score=Decimal(score) if score is not None else None, passed=bool(passed), note=note or "",
                        id=id_)
            for agent_id, level, day, score, passed, note, id_ in _streamed(uow, _ATTEMPTS)]


# Per repository: each per-agent method, as (the read of everyone it groups, what makes an item an agent's)
# or a loader of its own; "everyone" lists the reads of everyone served once, "fast" how some are read, "direct"
# per-call reads answered a faster way (same arguments, same records).
_PER_AGENT: dict[str, dict[str, Any]] = {
    "performance": {"scores_for_agent": _scores, "direct": {"scores_for_month": _month_scores}},
    "certifications": {"for_agent": ("list_all", lambda a: a.agent_id), "everyone": ("list_all",),
                       "fast": {"list_all": _all_attempts}},
    "training": {
        "results_for_agent": ("all_results", lambda r: r.agent_id),
        "ticks": ("ticks", lambda t: t.agent_id),
        "promotions": ("promotions", lambda p: p.agent_id),
        "everyone": ("all_results",),
        "fast": {"all_results": _all_results},
    },
    "mentoring": {"pairings_of_agent": ("list_pairings", lambda p: p.mentor_id, lambda p: p.apprentice_id),
                  "everyone": ("list_pairings",)},
}
