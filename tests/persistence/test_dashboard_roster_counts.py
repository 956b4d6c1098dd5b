"""Issue 18, fourth round: the month flows, and the active agents by hire date and by birth year, come from one
read of the agents' dates (`roster_counts`). They equal what the three reads they replaced gave, on a generated
team under every filter combination, edge days and a leave date before its hire date included."""

from __future__ import annotations

import random
from datetime import date, timedelta
from itertools import product

from sqlalchemy import Integer, cast, func, or_, select, update

from domain.dashboard.attrition import MonthFlow, month_starts
from domain.roster.model import AgentData, Generation, LeaveReason, Role, Status
from domain.roster.rules import add_months
from persistence.dashboard.repository import _active_on, _agents, _filtered, _iso

TODAY = date(2026, 11, 23)
FILTERS = list(product([None, "热线一组", "在线组"], [None, Role.HOTLINE, Role.ONLINE], [None, *Generation]))


def _team(db, reversed_pairs: bool = True) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(1804)
    agents = []
    for i in range(160):
        hired = date(2023, 1, 1) + timedelta(days=rng.randrange(1420))
        if rng.random() < 0.2:
            hired = hired.replace(day=1)  # month edges: a hire on the 1st
        left = hired + timedelta(days=rng.randrange(0, 700)) if rng.random() < 0.45 else None
        if left is not None and rng.random() < 0.2:
            left = add_months(left.replace(day=1), 1) - timedelta(days=1)  # a leave on the month's last day
        left = left if left is None or left <= TODAY else None
        agents.append(AgentData(
            employee_no=f"R{i:03}", name=f"员工{i}", role=rng.choice([Role.HOTLINE, Role.ONLINE]),
            team=rng.choice(["热线一组", "热线二组", "在线组"]), hire_date=hired,
            birth_date=rng.choice([None, date(1978, 3, 1), date(1985, 3, 1), date(1994, 6, 1), date(1997, 1, 9),
                                   date(2001, 9, 1)]),
            status=Status.LEFT if left else Status.ACTIVE, leave_date=left,
            leave_reason=LeaveReason.CAREER if left else None, leave_voluntary=True if left else None))
    with db.uow() as uow:
        ids = uow.agents.add_many(agents)
        # Leave dates recorded before the hire date: a data error the roster does not refuse, counted as before.
        # Only one left within its hire month counts anywhere (a month is then between its leave and its hire).
        lefts = [date(2026, 7, 1), date(2026, 7, 14), date(2026, 6, 30), date(2024, 12, 31), date(2026, 7, 10),
                 date(2026, 2, 14)]
        for agent_id, left in zip(ids[:6] if reversed_pairs else [], lefts, strict=False):
            uow.session.execute(update(_agents).where(_agents.c.id == agent_id)
                                .values(hire_date=date(2026, 7, 15), leave_date=left))
        uow.commit()


def _old_month_flows(session, starts, team, role, generation):  # type: ignore[no-untyped-def]
    """The third round's month flows: every pair looked at for every month."""
    first, last = min(starts), add_months(max(starts), 1) - timedelta(days=1)
    a = _agents.c
    query = select(a.hire_date, a.leave_date).where(a.hire_date <= last, or_(a.leave_date.is_(None),
                                                                              a.leave_date >= first),
                                                     *_filtered(team, role, generation))
    pairs = [(_iso(h), _iso(left) if left is not None else "9999-12-31") for h, left in session.execute(query)]
    flows = []
    for start in starts:
        lo, hi = start.isoformat(), (add_months(start, 1) - timedelta(days=1)).isoformat()
        at_start = hires = leavers = at_end = 0
        for hired, left in pairs:
            if hired > hi or left < lo:
                continue
            if hired < lo:
                at_start += 1
            else:
                hires += 1
            if left <= hi:
                leavers += 1
            else:
                at_end += 1
        flows.append(MonthFlow(start, at_start, hires, leavers, at_end))
    return flows


def _old_by_hire_date(session, today, team, role, generation):  # type: ignore[no-untyped-def]
    a = _agents.c
    query = select(a.hire_date, func.count()).where(_active_on(today), *_filtered(team, role, generation)).group_by(
        a.hire_date)
    return sorted((hired, int(n)) for hired, n in session.execute(query))


def _old_by_birth_year(session, today, team, role, generation):  # type: ignore[no-untyped-def]
    year = cast(func.strftime("%Y", _agents.c.birth_date), Integer)
    query = select(year, func.count()).where(_active_on(today), *_filtered(team, role, generation)).group_by(year)
    return sorted(((None if y is None else int(y), int(n)) for y, n in session.execute(query)),
                  key=lambda r: (r[0] is None, r[0] or 0))


def test_roster_counts_match_the_three_reads_they_replaced(db) -> None:  # type: ignore[no-untyped-def]
    _team(db)
    seen = 0
    with db.uow() as uow:
        repo = uow.dashboard
        for (team, role, generation), (today, months) in product(
                FILTERS, [(TODAY, 12), (TODAY, 24), (date(2026, 3, 31), 12), (date(2025, 6, 1), 24)]):
            starts = month_starts(today, months)
            counts = repo.roster_counts(starts, today, team, role, generation)
            where = (team, role, generation, today)
            assert counts.flows == _old_month_flows(uow.session, starts, team, role, generation), where
            assert repo.month_flows(starts, team, role, generation) == counts.flows, where
            assert sorted(counts.active_by_hire_date) == _old_by_hire_date(uow.session, today, team, role,
                                                                           generation), where
            assert sorted(counts.active_by_birth_year, key=lambda r: (r[0] is None, r[0] or 0)) == \
                _old_by_birth_year(uow.session, today, team, role, generation), where
            seen += sum(f.hires + f.leavers for f in counts.flows) + sum(n for _, n in counts.active_by_hire_date)
    assert seen > 2000  # the generated team exercises the counts


def test_a_leave_before_the_hire_is_counted_as_before(db) -> None:  # type: ignore[no-untyped-def]
    """The sorted-positions count assumes hired ≤ left; the pairs recorded the other way are counted one by one."""
    _team(db)
    with db.uow() as uow:
        starts = month_starts(TODAY, 24)
        reversed_only = uow.dashboard.roster_counts(starts, TODAY, None, None, None).flows
        expected = _old_month_flows(uow.session, starts, None, None, None)
    july = next(f for f in reversed_only if f.month == date(2026, 7, 1))
    assert july == next(f for f in expected if f.month == date(2026, 7, 1))
    assert july.hires >= 3 and july.leavers >= 3  # the three hired in July and "left" earlier in July count there


def test_the_parts_read_first_are_handed_over_and_the_whole_is_the_same(db) -> None:  # type: ignore[no-untyped-def]
    """dashboard_data reads the parts the shown charts need first and hands them to `ready` (the page draws them
    while the rest is read); the data is the same whichever parts come first."""
    from domain.dashboard import services
    from domain.dashboard.model import DashboardFilter, SurvivalGrouping

    _team(db, reversed_pairs=False)  # survival curves refuse a leave before the hire
    chosen = DashboardFilter(months=12, team="热线一组")
    whole = services.dashboard_data(db.uow(), TODAY, chosen, SurvivalGrouping.ROLE)
    for first in [("overview",), ("survival",), ("activity", "people"), services.PARTS]:
        handed: list[dict] = []  # type: ignore[type-arg]
        data = services.dashboard_data(db.uow(), TODAY, chosen, SurvivalGrouping.ROLE, first=first,
                                       ready=handed.append)
        assert data == whole, first
        expected = {"survival": {"groupings", "grouping", "survival"}}
        assert len(handed) == 1 and set(handed[0]) == set().union(*(expected.get(p, {p}) for p in first)), first
        assert all(getattr(whole, name) == value for name, value in handed[0].items())
    assert sum(f.hires for f in whole.overview.flows) > 0
