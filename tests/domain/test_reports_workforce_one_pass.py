"""The one-pass monthly figures agree with the definitions counted one by one, on a random history."""

import random
from datetime import date, timedelta

from domain.reports.workforce import (
    Month,
    complete_cohort,
    early_attrition,
    employed_on,
    headcount,
    hires_in,
    leavers_in,
    workforce_month,
    workforce_trend,
)
from domain.roster.model import AgentData, LeaveReason, Role, Status, TenureStage
from domain.roster.rules import tenure_stage


def history(seed: int, size: int) -> list[AgentData]:
    rng, agents = random.Random(seed), []
    for i in range(size):
        hired = date(2020, 1, 1) + timedelta(days=rng.randrange(2500))
        left = hired + timedelta(days=rng.randrange(0, 700)) if rng.random() < 0.6 else None
        agents.append(AgentData(f"KF{i:04d}", f"坐席{i}", rng.choice(list(Role)), "一组", hired,
                                status=Status.LEFT if left else Status.ACTIVE, leave_date=left,
                                leave_reason=LeaveReason.PAY if left else None,
                                leave_voluntary=rng.choice([True, False, None]) if left else None))
    return agents


def test_the_trend_matches_the_definitions_month_by_month() -> None:
    agents = history(7, 1500)
    trend = workforce_trend(agents, Month(2026, 10), 12)
    assert [str(m.month) for m in trend][::11] == ["2025-11", "2026-10"]
    assert trend[-1] == workforce_month(agents, Month(2026, 10))  # the report's month is the trend's last
    for figures in trend:
        month = figures.month
        leavers = leavers_in(agents, month)
        on_books = [a for a in agents if employed_on(a, month.last)]
        assert figures.headcount_start == headcount(agents, month.first - timedelta(days=1))
        assert figures.headcount_end == headcount(agents, month.last) == len(on_books)
        assert figures.hires == len(hires_in(agents, month))
        assert (figures.leavers, figures.voluntary, figures.involuntary) == (
            len(leavers), sum(a.leave_voluntary is True for a in leavers),
            sum(a.leave_voluntary is False for a in leavers))
        assert figures.early == early_attrition(agents, complete_cohort(month))
        assert figures.stage_mix == {s: sum(tenure_stage(a.hire_date, month.last) is s for a in on_books)
                                     for s in TenureStage}
        assert figures.role_mix == {r: sum(a.role is r for a in on_books) for r in Role}
    assert sum(f.leavers for f in trend) > 0 and sum(f.early.left_within_90 for f in trend) > 0
