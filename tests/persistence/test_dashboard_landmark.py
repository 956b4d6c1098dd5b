"""Mentored vs not mentored retention on a simulated team where mentoring does nothing (issue 15, item 4).

Tenure is drawn from one distribution for everybody; a pairing is planned for a random day of the first
month and happens only if the apprentice is still there. Counting from hire, everybody who left before their
pairing lands in "not mentored" (immortal time), which made mentoring look like it doubled the median.
The landmark analysis (still employed on day 30, curves from day 30) must show no difference."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import insert

from domain.dashboard import services
from domain.dashboard.model import MENTORED_LANDMARK_DAYS, DashboardFilter, SurvivalGrouping
from domain.dashboard.survival import kaplan_meier, log_rank
from domain.roster.model import AgentData, Role, Status
from persistence.mentoring.models import MentorPairingRecord

TODAY = date(2026, 11, 23)


def simulate(db, seed: int = 15, people: int = 500) -> list[tuple[int, bool, bool]]:  # type: ignore[no-untyped-def]
    """Pairings are planned for day 3–30 of tenure. Writes the team; returns (days employed by today, left,
    paired by day 30) per apprentice."""
    rng = random.Random(seed)
    agents, plans, truth = [], [], []
    for k in range(people):
        hired = TODAY - timedelta(days=rng.randint(31, 1000))
        tenure = int(rng.expovariate(1 / 120)) + 1  # the same for everyone: mentoring changes nothing
        left_on = hired + timedelta(days=tenure) if hired + timedelta(days=tenure) <= TODAY else None
        agents.append(AgentData(f"S{k:04d}", f"模拟{k}", Role.HOTLINE, "热线一组", hired,
                                status=Status.LEFT if left_on else Status.ACTIVE, leave_date=left_on))
        plan = rng.randint(3, 30) if rng.random() < 0.7 else None
        paired = plan is not None and plan < tenure and hired + timedelta(days=plan) <= TODAY
        plans.append((hired + timedelta(days=plan), hired + timedelta(days=plan + 90)) if paired else None)
        truth.append((((left_on or TODAY) - hired).days, left_on is not None, paired and plan <= 30))
    with db.uow() as uow:
        mentor = AgentData("M0001", "老师傅", Role.HOTLINE, "热线一组", date(2015, 1, 1))
        ids = uow.agents.add_many([mentor, *agents])
        rows = [{"mentor_id": ids[0], "apprentice_id": agent_id, "start_date": start, "planned_end": end,
                 "allowance_fen": 30000, "status": "completed", "end_date": min(end, TODAY)}
                for agent_id, plan in zip(ids[1:], plans, strict=True) if plan for start, end in [plan]]
        uow.session.execute(insert(MentorPairingRecord.__table__), rows)
        uow.commit()
    return truth


def test_when_mentoring_does_nothing_the_landmark_curves_agree(db) -> None:  # type: ignore[no-untyped-def]
    truth = simulate(db)
    # the bias the landmark removes is really in this data: counted from hire, the groups differ a lot
    naive = {flag: kaplan_meier((min(d, 730), left, 1) for d, left, paired in truth if paired == flag)
             for flag in (True, False)}
    naive_test = log_rank(naive[True], naive[False])
    assert naive_test is not None and naive_test.p_value < 1e-3
    groups = {g.key: g for g in services.survival_groups(db.uow(), TODAY, SurvivalGrouping.MENTORED,
                                                          DashboardFilter())}
    assert set(groups) == {"yes", "no"}
    yes, no = groups["yes"], groups["no"]
    assert yes.landmark_day == no.landmark_day == MENTORED_LANDMARK_DAYS
    still_there = sum(1 for d, left, _ in truth if d > 30 or (d == 30 and not left))
    assert yes.curve.n + no.curve.n == still_there  # only those employed on day 30
    result = log_rank(yes.curve, no.curve)
    assert result is not None and result.p_value > 0.01
    median_yes, median_no = yes.curve.median(), no.curve.median()
    print(f"landmark: n {yes.curve.n}/{no.curve.n}, medians {median_yes}/{median_no} days after day 30, "
          f"log-rank p {result.p_value:.3f}; from hire p {naive_test.p_value:.1e}")
    assert median_yes is not None and median_no is not None
    assert abs(median_yes - median_no) <= 0.25 * max(median_yes, median_no)
