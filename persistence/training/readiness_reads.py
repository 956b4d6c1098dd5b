"""Read models for everyone's readiness and the HQ report's 培养与发展 sheet: what the ladder checks of each
agent, answered for every agent at once in SQL instead of from every record of theirs.

Everyone's readiness read each active agent's scores, certification attempts, training results and pairings
(six queries per agent on the training page; inside an HQ report, 240k training results and 45k attempts as
records). Each method here equals what `careers._evidence` computes from one agent's records (tested on a
generated centre: tests/persistence/test_report_reads.py, test_readiness_recent.py). Every statement's FROM is a
table with an agent, so the session's team scope reaches it; the one subquery carries the scope itself."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select, union_all
from sqlalchemy.orm import Session

from domain.mentoring.model import PairingStatus
from domain.roster.model import CertLevel
from domain.training.ladder import MonthGrade
from domain.training.model import COMPLETE, ResultStatus
from persistence.mentoring.models import CertificationAttemptRecord, MentorPairingRecord
from persistence.models import AgentRow
from persistence.performance.models import PerformanceScoreRow
from persistence.scoping import hidden_conditions
from persistence.training.models import TrainingResultRow

AGENTS = AgentRow.__table__
RESULTS = TrainingResultRow.__table__
SCORES = PerformanceScoreRow.__table__
ATTEMPTS = CertificationAttemptRecord.__table__
PAIRINGS = MentorPairingRecord.__table__


class ReadinessReads:
    _session: Session

    def complete_items(self, until: date | None = None) -> dict[int, set[int]]:
        """`progress.complete_items` in SQL: per agent, the plan items whose latest result (by day, then id; an
        absence never counts as one) is complete. With `until`, only results on or before it count and only
        agents employed that day are asked (hired on or before it, not left by then); without, every result of
        the active agents."""
        hidden = hidden_conditions(self._session, AGENTS)  # the team scope does not reach a subquery
        active = select(AGENTS.c.id).where(AGENTS.c.status == "active", *hidden)
        if until is None:
            asked: Any = active
        else:  # the agents' ids first, so that SQLite seeks their results rather than scans the day index
            left_after = or_(AGENTS.c.leave_date.is_(None), AGENTS.c.leave_date > until)
            asked = union_all(active.where(AGENTS.c.hire_date <= until),
                              select(AGENTS.c.id).where(AGENTS.c.status == "left", left_after,
                                                        AGENTS.c.hire_date <= until, *hidden))
        newest_first = func.row_number().over(partition_by=(RESULTS.c.agent_id, RESULTS.c.item_id),
                                              order_by=(RESULTS.c.day.desc(), RESULTS.c.id.desc()))
        latest = (select(RESULTS.c.agent_id, RESULTS.c.item_id, RESULTS.c.status, newest_first.label("n"))
                  .where(RESULTS.c.agent_id.in_(asked), RESULTS.c.item_id.is_not(None),
                         RESULTS.c.status != str(ResultStatus.ABSENT),
                         *([] if until is None else [RESULTS.c.day <= until]))
                  .subquery())
        stmt = select(latest.c.agent_id, latest.c.item_id).where(
            latest.c.n == 1, latest.c.status.in_([str(s) for s in COMPLETE]))
        found: dict[int, set[int]] = {}
        for agent_id, item_id in self._session.execute(stmt).all():
            found.setdefault(agent_id, set()).add(item_id)
        return found

    def month_grades(self, months: Iterable[str]) -> dict[int, dict[str, MonthGrade]]:
        """Every active agent's grade in these months, and whether a complaint floor capped it: the MonthGrade that
        `_evidence` makes of each stored score, without the score records (60k for a year of a centre)."""
        months = list(months)
        if not months:
            return {}
        active = select(AGENTS.c.id).where(AGENTS.c.status == "active")  # a year's leavers add a sixth
        stmt = select(SCORES.c.agent_id, SCORES.c.month, SCORES.c.grade, SCORES.c.floor_metrics).where(
            SCORES.c.month.in_(months), SCORES.c.agent_id.in_(active))
        made: dict[tuple[str, str, str], MonthGrade] = {}  # a few dozen distinct values: one object each
        found: dict[int, dict[str, MonthGrade]] = {}
        for agent_id, month, grade, floors in self._session.execute(stmt).all():
            key = (month, grade, floors or "")
            value = made.get(key)
            if value is None:  # a floored score lists its metrics; the repository drops empty parts
                value = made[key] = MonthGrade(month, grade, any(floors.split(","))) if floors else MonthGrade(
                    month, grade, False)
            found.setdefault(agent_id, {})[month] = value
        return found

    def certified_on(self) -> dict[tuple[int, CertLevel], date]:
        """The latest day each active agent passed each certification level."""
        active = select(AGENTS.c.id).where(AGENTS.c.status == "active")
        stmt = (select(ATTEMPTS.c.agent_id, ATTEMPTS.c.level, func.max(ATTEMPTS.c.day))
                .where(ATTEMPTS.c.agent_id.in_(active), ATTEMPTS.c.passed.is_(True))
                .group_by(ATTEMPTS.c.agent_id, ATTEMPTS.c.level))
        return {(agent_id, CertLevel(level)): day for agent_id, level, day in self._session.execute(stmt).all()}

    def apprentices_completed(self) -> dict[int, int]:
        """Per mentor, how many of their pairings completed."""
        stmt = (select(PAIRINGS.c.mentor_id, func.count()).where(PAIRINGS.c.status == str(PairingStatus.COMPLETED))
                .group_by(PAIRINGS.c.mentor_id))
        return {mentor_id: count for mentor_id, count in self._session.execute(stmt).all()}
