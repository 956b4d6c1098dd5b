"""Recruiting's KPI question is fed by performance scores: the three full months after the hire month."""

from datetime import date

from domain.performance.first_quarter import first_quarter_scores
from domain.roster import services
from domain.roster.model import AgentData, Role
from persistence.performance.repository import SCORES

TODAY = date(2026, 11, 23)


def test_mean_of_the_three_full_months_after_hire(db) -> None:
    hired = services.add_agent(db.uow(), AgentData("KF1", "林夕", Role.HOTLINE, "一组", date(2026, 3, 15)), TODAY)
    unscored = services.add_agent(db.uow(), AgentData("KF2", "周雪", Role.HOTLINE, "一组", date(2026, 3, 1)), TODAY)
    with db.uow() as uow:
        for month, score in {"2026-03": 40.0, "2026-04": 70.0, "2026-05": 80.0, "2026-06": 90.0,
                             "2026-07": 10.0}.items():
            uow.session.execute(SCORES.insert().values(
                month=month, agent_id=hired.agent_id, role="hotline", team="一组", scheme_id=None, score=score,
                raw_grade="good", grade="good", floor_metrics="", computed_on=TODAY))
        uow.commit()
    with db.uow() as uow:
        got = first_quarter_scores(uow, [(hired.agent_id, date(2026, 3, 15)), (unscored.agent_id, date(2026, 3, 1))])
    # April–June count; March (the partial hire month) and July do not; no scores, no entry.
    assert got == {hired.agent_id: 80.0}


def test_an_incomplete_first_quarter_is_not_averaged(db) -> None:
    """Issue 15 item 6: one or two scored months used to pass for the quarter's KPI."""
    two = services.add_agent(db.uow(), AgentData("KF3", "钱多", Role.HOTLINE, "一组", date(2026, 7, 20)), TODAY)
    gap = services.add_agent(db.uow(), AgentData("KF4", "孙少", Role.HOTLINE, "一组", date(2026, 3, 2)), TODAY)
    with db.uow() as uow:
        for agent_id, months in {two.agent_id: ("2026-08", "2026-09"), gap.agent_id: ("2026-04", "2026-06")}.items():
            for month in months:
                uow.session.execute(SCORES.insert().values(
                    month=month, agent_id=agent_id, role="hotline", team="一组", scheme_id=None, score=50.0,
                    raw_grade="pass", grade="pass", floor_metrics="", computed_on=TODAY))
        uow.commit()
    with db.uow() as uow:
        assert first_quarter_scores(uow, [(two.agent_id, date(2026, 7, 20)), (gap.agent_id, date(2026, 3, 2))]) == {}
