"""Kaplan–Meier and attrition against published worked examples; cohorts and rules against hand counts."""

from __future__ import annotations

from datetime import date

import pytest

from domain.dashboard.attrition import (
    MonthFlow,
    Quarter,
    attrition_rate,
    early_attrition,
    period_attrition,
    quarters_back,
)
from domain.dashboard.survival import kaplan_meier, landmark, log_rank

# Freireich et al. (1963) 6-MP remission times in weeks, as tabulated in Kleinbaum & Klein, "Survival
# Analysis: A Self-Learning Text" (3rd ed., ch. 2, the remission data, group 1): "+" = censored.
SIX_MP = [(6, True), (6, True), (6, True), (6, False), (7, True), (9, False), (10, True), (10, False),
          (11, False), (13, True), (16, True), (17, False), (19, False), (20, False), (22, True), (23, True),
          (25, False), (32, False), (32, False), (34, False), (35, False)]
# time: (at risk, events, S(t), Greenwood SE, log-log 95 % lower, upper) — Kleinbaum & Klein's KM table
# for group 1 and the same figures as R's survfit(Surv(time, status) ~ 1, conf.type = "log-log").
PUBLISHED = {
    6: (21, 3, 0.8571, 0.0764, 0.620, 0.952),
    7: (17, 1, 0.8067, 0.0869, 0.563, 0.923),
    10: (15, 1, 0.7529, 0.0963, 0.503, 0.889),
    13: (12, 1, 0.6902, 0.1068, 0.432, 0.849),
    16: (11, 1, 0.6275, 0.1141, 0.368, 0.805),
    22: (7, 1, 0.5378, 0.1282, 0.268, 0.747),
    23: (6, 1, 0.4482, 0.1346, 0.188, 0.680),
}


def test_kaplan_meier_matches_the_six_mp_worked_example() -> None:
    curve = kaplan_meier((t, event, 1) for t, event in SIX_MP)
    assert (curve.n, curve.events) == (21, 9)
    steps = {s.time: s for s in curve.steps if s.events}
    assert set(steps) == set(PUBLISHED)
    for time, (at_risk, events, survival, std_err, lower, upper) in PUBLISHED.items():
        step = steps[time]
        assert (step.at_risk, step.events) == (at_risk, events)
        assert step.survival == pytest.approx(survival, abs=5e-5)
        assert step.std_err == pytest.approx(std_err, abs=5e-5)
        assert (step.lower, step.upper) == (pytest.approx(lower, abs=5e-4), pytest.approx(upper, abs=5e-4))
    assert curve.median() == 23  # Kleinbaum & Klein: median remission time of group 1 is 23 weeks
    assert curve.at(12) == pytest.approx(0.7529, abs=5e-5)
    assert curve.at(5) == 1.0


# Freireich's placebo group (group 2 of the same table): every remission ended, weeks.
PLACEBO = [1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23]
# Reference values computed once with lifelines 0.30.3 (KaplanMeierFitter().fit(PLACEBO).survival_function_ and
# .confidence_interval_, whose default is the same log(−log) Greenwood interval; and
# lifelines.statistics.logrank_test(group 1, group 2)); lifelines is not needed to run these tests.
PLACEBO_LIFELINES = {  # week: (S, lower, upper)
    1: (0.9047619047619045, 0.6700458822350337, 0.9752941490381123),
    4: (0.6666666666666665, 0.42535043556524715, 0.82504400879734),
    8: (0.3809523809523809, 0.1830665488203943, 0.5777886777458309),
    12: (0.19047619047619047, 0.059481701361175233, 0.37743489058515),
    17: (0.09523809523809525, 0.01625926021224702, 0.2612499819686869),
}
LOG_RANK_6MP = (16.792940989216547, 4.168809109334511e-05)  # Kleinbaum & Klein print 16.79
SMALL_A = [(2, True), (3, False), (3, True), (5, True), (8, False), (9, True), (12, False)]
SMALL_B = [(1, True), (3, True), (4, False), (6, True), (6, True), (10, False)]
LOG_RANK_SMALL = (0.1125886202662127, 0.7372160581042018)  # lifelines, the same way


def test_greenwood_log_log_intervals_match_lifelines() -> None:
    curve = kaplan_meier((t, True, 1) for t in PLACEBO)
    for week, (survival, lower, upper) in PLACEBO_LIFELINES.items():
        step = next(s for s in curve.steps if s.time == week)
        assert (step.survival, step.lower, step.upper) == pytest.approx((survival, lower, upper), abs=1e-9)


def test_log_rank_matches_lifelines() -> None:
    six_mp = kaplan_meier((t, e, 1) for t, e in SIX_MP)
    placebo = kaplan_meier((t, True, 1) for t in PLACEBO)
    result = log_rank(six_mp, placebo)
    assert (result.statistic, result.p_value) == pytest.approx(LOG_RANK_6MP, rel=1e-9)
    assert result.observed == (9, 21)
    small = log_rank(kaplan_meier((t, e, 1) for t, e in SMALL_A), kaplan_meier((t, e, 1) for t, e in SMALL_B))
    assert (small.statistic, small.p_value) == pytest.approx(LOG_RANK_SMALL, rel=1e-9)
    assert log_rank(kaplan_meier([(5, False, 3)]), kaplan_meier([(7, False, 2)])) is None  # no events


def test_landmark_keeps_those_still_here_and_counts_from_the_landmark() -> None:
    observations = [(10, True, 2), (30, True, 1), (30, False, 1), (45, True, 3), (400, False, 4)]
    assert landmark(observations, 30) == [(0, False, 1), (15, True, 3), (370, False, 4)]


def test_aggregated_counts_give_the_same_curve_as_one_row_per_person() -> None:
    grouped: dict[tuple[int, bool], int] = {}
    for t, event in SIX_MP:
        grouped[(t, event)] = grouped.get((t, event), 0) + 1
    one_by_one = kaplan_meier((t, e, 1) for t, e in SIX_MP)
    aggregated = kaplan_meier((t, e, n) for (t, e), n in grouped.items())
    assert one_by_one == aggregated


def test_censoring_only_never_drops_the_curve_and_everyone_leaving_ends_at_zero() -> None:
    assert [s.survival for s in kaplan_meier([(10, False, 5)]).steps] == [1.0]
    everyone = kaplan_meier([(3, True, 2), (5, True, 2)])
    assert [s.survival for s in everyone.steps] == [0.5, 0.0]
    assert everyone.steps[-1].lower == 0.0 and everyone.median() == 3


def test_monthly_attrition_is_leavers_over_average_headcount() -> None:
    # Worked example (qries.com, "What is employee turnover rate"; the US DOL formula quoted by HR Village):
    # average = (start + end) / 2; rate = leavers / average. Lose 5 with 200 on average: 2.5 % for the month.
    assert attrition_rate(leavers=5, start=205, end=195) == pytest.approx(0.025)
    flow = MonthFlow(date(2026, 3, 1), start=205, hires=0, leavers=5, end=200)
    assert flow.average_headcount == 202.5 and flow.attrition_rate == pytest.approx(5 / 202.5)
    assert attrition_rate(0, 0, 0) is None
    year = [MonthFlow(date(2026, m, 1), 50, 3, 3, 50) for m in range(1, 13)]
    assert period_attrition(year) == pytest.approx(36 / 50)  # 3 a month from 50: 72 % a year


def test_early_attrition_marks_cohorts_whose_90_days_are_not_over() -> None:
    today = date(2026, 11, 23)
    quarters = quarters_back(today, 3)
    assert [q.key() for q in quarters] == ["2026Q2", "2026Q3", "2026Q4"]
    rows = early_attrition([(Quarter(2026, 3), 4, 1), (Quarter(2026, 2), 10, 5), (Quarter(2026, 4), 2, 0)], today)
    assert [(r.cohort.key(), r.rate, r.complete) for r in rows] == [
        ("2026Q2", 0.5, True),  # Q2 ends 30 June; +90 days = 28 Sept, before today
        ("2026Q3", 0.25, False),  # Q3 ends 30 Sept; +90 days = 29 Dec
        ("2026Q4", 0.0, False),
    ]
    assert Quarter.of(date(2026, 12, 31)).last_day == date(2026, 12, 31)


def test_funnel_counts_everyone_at_or_beyond_a_step() -> None:
    from domain.dashboard.activity import CadenceBucket, cadence_bucket, funnel

    steps = funnel({"applied": 4, "hr_screen": 2, "supervisor": 1, "hired": 3})
    assert [(s.stage, s.reached) for s in steps] == [("applied", 10), ("hr_screen", 6), ("supervisor", 4),
                                                      ("veteran", 3), ("offer", 3), ("hired", 3)]
    assert steps[0].pass_rate is None and steps[1].pass_rate == 0.6 and steps[3].pass_rate == 0.75
    assert [cadence_bucket(d) for d in (None, 0, 7, 8, 30, 31, 61)] == [
        CadenceBucket.NEVER, CadenceBucket.WEEK, CadenceBucket.WEEK, CadenceBucket.TWO_WEEKS, CadenceBucket.MONTH,
        CadenceBucket.TWO_MONTHS, CadenceBucket.LONGER]


def test_a_leave_before_the_hire_counts_as_leaving_on_the_first_day_not_an_error() -> None:
    from domain.dashboard import services
    from domain.dashboard.model import DashboardFilter, SurvivalGrouping
    from tests.domain.fakes import FakeUnitOfWork

    class Observations:
        def tenure_observations(self, *_args, **_kw):  # type: ignore[no-untyped-def]
            return {"hotline": [(-12, True, 1), (30, True, 1), (400, False, 2)]}

    uow = FakeUnitOfWork()
    uow.dashboard = Observations()  # type: ignore[attr-defined]
    [group] = services.survival_groups(uow, date(2026, 11, 23), SurvivalGrouping.ROLE, DashboardFilter())
    assert group.curve.n == 4 and group.curve.steps[0].time == 0
    assert group.curve.at(0) == 0.75 and group.curve.at(30) == 0.5
