"""The dashboard's generation filter (80后…00后) and its 情绪与离职 counts, on a real SQLite file, against a
small team counted by hand — including the birth dates on each generation's edge."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import insert

from domain.care.exit_interview import Answer, Destination, ExitInterview
from domain.dashboard import services
from domain.dashboard.model import DashboardFilter
from domain.roster.model import AgentData, Generation, LeaveReason, Role, Status
from domain.roster.rules import GENERATION_YEARS, generation
from persistence.coaching.models import CoachingSessionRecord

TODAY = date(2026, 11, 23)


def person(no: str, born: date | None, hired: date, left: date | None = None, team: str = "热线一组") -> AgentData:
    return AgentData(employee_no=no, name=f"员工{no}", role=Role.HOTLINE, team=team, hire_date=hired, birth_date=born,
                     status=Status.LEFT if left else Status.ACTIVE, leave_date=left,
                     leave_reason=LeaveReason.CAREER if left else None, leave_voluntary=True if left else None)


PEOPLE = [
    person("P1", date(1999, 12, 31), date(2025, 3, 1)),  # 95后 on its last day
    person("P2", date(2000, 1, 1), date(2026, 4, 1)),  # 00后 on its first day
    person("P3", date(1989, 6, 1), date(2024, 1, 1), team="在线组"),  # 80后
    person("P4", None, date(2023, 1, 1)),  # no birth date: in no generation
    person("P5", date(2001, 2, 2), date(2026, 1, 10), date(2026, 6, 30)),  # 00后 who left
    person("P6", date(2001, 2, 2), date(2026, 9, 1)),  # P5 came back: the same person, a second employment
]


@pytest.fixture
def people(db):  # type: ignore[no-untyped-def]
    with db.uow() as uow:
        ids = dict(zip(["P1", "P2", "P3", "P4", "P5", "P6"], uow.agents.add_many(PEOPLE), strict=True))
        uow.session.execute(insert(CoachingSessionRecord.__table__), [
            {"agent_id": ids[no], "kind": "one_on_one", "held_on": day, "mood": mood}
            for no, day, mood in (("P1", date(2026, 10, 5), 4), ("P2", date(2026, 10, 6), 2),
                                  ("P2", date(2026, 11, 3), 2), ("P3", date(2026, 11, 4), 5),
                                  ("P1", date(2025, 1, 5), 1))])  # before the period: not counted
        uow.wellbeing.save_exit_interview(ExitInterview(
            ids["P5"], date(2026, 6, 30), LeaveReason.CAREER, "想回老家", Destination.HOMETOWN, "", Answer.YES,
            Answer.MAYBE))
        uow.wellbeing.link_rehire(ids["P6"], ids["P5"])
        uow.commit()
    return ids


def test_generation_years_invert_the_rule() -> None:
    for g, (first, last) in GENERATION_YEARS.items():
        for year in (first, last):
            if year is not None:
                assert generation(date(year, 6, 1)) is g
    assert generation(date(1999, 12, 31)) is Generation.POST_95 and generation(date(2000, 1, 1)) is Generation.POST_00


def test_generation_filter_narrows_every_roster_count(db, people) -> None:  # type: ignore[no-untyped-def]
    post_00 = services.load_overview(db.uow(), TODAY, DashboardFilter(generation=Generation.POST_00))
    assert dict(post_00.generation_mix) == {Generation.POST_00: 2}  # P2 and P6 active; P4 (unknown) left out
    assert [(r.reason, r.total) for r in post_00.reasons] == [(LeaveReason.CAREER, 1)]  # P5
    assert post_00.flows[-1].end == 2
    post_95 = services.load_overview(db.uow(), TODAY, DashboardFilter(generation=Generation.POST_95))
    assert dict(post_95.generation_mix) == {Generation.POST_95: 1} and post_95.reasons == ()
    everyone = services.load_overview(db.uow(), TODAY, DashboardFilter())
    assert sum(n for _, n in everyone.generation_mix) == 5  # P1 P2 P3 P4 P6


def test_people_view_counts_moods_exits_and_rehires(db, people) -> None:  # type: ignore[no-untyped-def]
    data = services.dashboard_data(db.uow(), TODAY, DashboardFilter(months=12), services.SurvivalGrouping.ROLE)
    moods = {(m.month, m.mood): m.count for m in data.people.moods if m.count}
    assert moods == {("2026-10", 4): 1, ("2026-10", 2): 1, ("2026-11", 2): 1, ("2026-11", 5): 1}
    assert len(data.people.moods) == 12 * 5  # every month and mood present, zeros included
    assert data.people.exits.interviews == 1 and data.people.exits.by_destination == (("hometown", 1),)
    assert data.people.exits.would_rehire == 1 and data.people.exits.would_return == 1
    assert data.people.rehires == 1  # P6 began again on 2026-09-01, inside the period


def test_people_view_follows_the_filter(db, people) -> None:  # type: ignore[no-untyped-def]
    online = services.dashboard_data(db.uow(), TODAY, DashboardFilter(team="在线组"), services.SurvivalGrouping.ROLE)
    assert {(m.month, m.mood): m.count for m in online.people.moods if m.count} == {("2026-11", 5): 1}
    assert online.people.exits.interviews == 0 and online.people.rehires == 0
    post_95 = services.dashboard_data(db.uow(), TODAY, DashboardFilter(generation=Generation.POST_95),
                                      services.SurvivalGrouping.ROLE)
    assert {(m.month, m.mood): m.count for m in post_95.people.moods if m.count} == {("2026-10", 4): 1}
    nobody = services.dashboard_data(db.uow(), TODAY, DashboardFilter(team="热线二组"), services.SurvivalGrouping.ROLE)
    assert not nobody.people.has_moods and online.people.has_moods


def test_month_flows_on_the_month_edges(db) -> None:  # type: ignore[no-untyped-def]
    """Counted by hand for March 2026: a leave on the 1st is on the roster at the start and a leaver; a hire on
    the 31st is a hire and on the roster at the end; hired and gone within the month is a hire and a leaver."""
    from domain.dashboard.attrition import MonthFlow

    with db.uow() as uow:
        uow.agents.add_many([
            person("E1", None, date(2025, 1, 1), date(2026, 3, 1)),
            person("E2", None, date(2026, 3, 31)),
            person("E3", None, date(2026, 3, 5), date(2026, 3, 20)),
            person("E4", None, date(2025, 6, 1), date(2026, 2, 28)),  # gone before March
            person("E5", None, date(2026, 4, 1)),  # not yet hired
            person("E6", None, date(2024, 1, 1), date(2026, 4, 1)),  # through March, leaves in April
        ])
        uow.commit()
    with db.uow() as uow:
        march, april = uow.dashboard.month_flows([date(2026, 3, 1), date(2026, 4, 1)], None, None)
    assert march == MonthFlow(date(2026, 3, 1), start=2, hires=2, leavers=2, end=2)  # E1 E6 in; E2 E3 hired
    assert april == MonthFlow(date(2026, 4, 1), start=2, hires=1, leavers=1, end=2)  # E2 E6 in; E5 hired; E6 left
