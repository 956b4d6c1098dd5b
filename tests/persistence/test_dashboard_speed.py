"""Issue 18, third round: the dashboard's cheaper 1:1 reads give what the queries they replaced gave, on a generated
team under every filter combination, and the mood counts come from an index alone on SQLite."""

from __future__ import annotations

import random
from datetime import date, timedelta
from itertools import product

from sqlalchemy import Date, func, insert, literal, select, text

from domain.roster.model import AgentData, Generation, LeaveReason, Role, Status
from persistence.coaching.models import CoachingSessionRecord
from persistence.dashboard.repository import (
    ONE_ON_ONE,
    SqlDashboardRepository,
    _active_on,
    _agents,
    _days_between,
    _filtered,
    _sessions,
)

TODAY = date(2026, 11, 23)
KINDS = (ONE_ON_ONE, ONE_ON_ONE, ONE_ON_ONE, "case_review", "qa_feedback")


def _team(db) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(18)
    agents = []
    for i in range(80):
        hired = date(2020, 1, 1) + timedelta(days=rng.randrange(2500))
        left = hired + timedelta(days=rng.randrange(30, 900)) if rng.random() < 0.3 else None
        left = left if left is None or left < TODAY else None
        agents.append(AgentData(
            employee_no=f"G{i:03}", name=f"员工{i}", role=rng.choice([Role.HOTLINE, Role.ONLINE]),
            team=rng.choice(["热线一组", "热线二组", "在线组"]), hire_date=hired,
            birth_date=rng.choice([None, date(1985, 3, 1), date(1994, 6, 1), date(2001, 9, 1)]),
            status=Status.LEFT if left else Status.ACTIVE, leave_date=left,
            leave_reason=LeaveReason.CAREER if left else None, leave_voluntary=True if left else None))
    with db.uow() as uow:
        ids = uow.agents.add_many(agents)
        sessions = []
        for _ in range(900):  # some after TODAY: neither query may count them
            sessions.append({"agent_id": rng.choice(ids), "kind": rng.choice(KINDS),
                             "held_on": TODAY - timedelta(days=rng.randrange(-20, 500)),
                             "mood": rng.choice([None, 1, 2, 3, 4, 5])})
        uow.session.execute(insert(CoachingSessionRecord.__table__), sessions)
        uow.commit()


def _old_one_on_one_days(session, today, team, role, generation):  # type: ignore[no-untyped-def]
    """The query before this round: every agent's sessions grouped first, then joined to the active agents."""
    a = _agents.c
    last = (select(_sessions.c.agent_id, func.max(_sessions.c.held_on).label("held_on"))
            .where(_sessions.c.kind == ONE_ON_ONE, _sessions.c.held_on <= today)
            .group_by(_sessions.c.agent_id).subquery())
    days = _days_between(literal(today, Date), last.c.held_on)
    query = (select(days, func.count()).select_from(_agents.outerjoin(last, last.c.agent_id == a.id))
             .where(_active_on(today), *_filtered(team, role, generation)).group_by(days))
    return sorted(((None if d is None else int(d), int(n)) for d, n in session.execute(query)),
                  key=lambda r: (r[0] is None, r[0] or 0))


def _old_mood_counts(session, first, last, team, role, generation):  # type: ignore[no-untyped-def]
    s = _sessions.c
    query = (select(s.held_on, s.mood, func.count()).join(_agents, _agents.c.id == s.agent_id)
             .where(s.kind == ONE_ON_ONE, s.mood.is_not(None), s.held_on.between(first, last),
                    *_filtered(team, role, generation))
             .group_by(s.held_on, s.mood))
    return sorted((day, int(mood), int(n)) for day, mood, n in session.execute(query))


FILTERS = list(product([None, "热线一组", "在线组"], [None, Role.HOTLINE, Role.ONLINE], [None, *Generation]))


def test_cadence_and_moods_match_the_queries_they_replaced(db) -> None:  # type: ignore[no-untyped-def]
    _team(db)
    with db.uow() as uow:
        repo: SqlDashboardRepository = uow.dashboard
        seen_days = seen_moods = 0
        for team, role, generation in FILTERS:
            days = sorted(repo.one_on_one_days(TODAY, team, role, generation),
                          key=lambda r: (r[0] is None, r[0] or 0))
            assert days == _old_one_on_one_days(uow.session, TODAY, team, role, generation), (team, role, generation)
            first = date(2025, 12, 1)
            moods = sorted(repo.mood_counts(first, TODAY, team, role, generation))
            assert moods == _old_mood_counts(uow.session, first, TODAY, team, role, generation)
            seen_days += sum(n for d, n in days if d is not None)
            seen_moods += sum(n for _, _, n in moods)
        assert seen_days > 50 and seen_moods > 200  # the generated team exercises both


def test_mood_counts_read_the_index_alone_on_sqlite(db) -> None:  # type: ignore[no-untyped-def]
    if db.is_server:
        return  # the plan below is SQLite's; a server plans its own
    _team(db)
    with db.uow() as uow:
        driver = uow.session.connection().connection.driver_connection
        statements: list[str] = []
        driver.set_trace_callback(statements.append)  # the SQL as run, its parameters filled in
        uow.dashboard.mood_counts(date(2025, 12, 1), TODAY, None, None, None)
        driver.set_trace_callback(None)
        asked = next(sql for sql in statements if "mood" in sql)
        plan = " ".join(str(row[-1]) for row in uow.session.execute(text(f"EXPLAIN QUERY PLAN {asked}")))
    assert "COVERING INDEX ix_coaching_sessions_kind_held_mood" in plan, plan
