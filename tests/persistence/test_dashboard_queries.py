"""The dashboard's SQL aggregates on a real SQLite file, against a six-agent team counted by hand."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import insert

from domain.dashboard import services
from domain.dashboard.activity import CadenceBucket
from domain.dashboard.attrition import MonthFlow, Quarter
from domain.dashboard.model import DashboardFilter, SurvivalGrouping
from domain.dashboard.risk import RiskRule, RiskSettings
from domain.roster.model import AgentData, Generation, LeaveReason, Role, Status, TenureStage
from persistence.care.models import CareRecordRow
from persistence.coaching.models import CoachingSessionRecord
from persistence.mentoring.models import MentorPairingRecord
from persistence.performance.models import PerformanceAppealRow, PerformanceScoreRow
from persistence.recruiting.models import RecruitingCandidateRow, RecruitingStageChangeRow

TODAY = date(2026, 11, 23)


def agent(no: str, role: Role, team: str, hired: date, left: date | None = None, reason: LeaveReason | None = None,
          voluntary: bool | None = None, born: date | None = None, out_of_town: bool = False) -> AgentData:
    return AgentData(employee_no=no, name=f"员工{no}", role=role, team=team, hire_date=hired, birth_date=born,
                     out_of_town=out_of_town, status=Status.LEFT if left else Status.ACTIVE, leave_date=left,
                     leave_reason=reason, leave_voluntary=voluntary)


TEAM = [
    agent("A", Role.HOTLINE, "热线一组", date(2025, 1, 10), born=date(1998, 3, 1)),
    agent("B", Role.HOTLINE, "热线一组", date(2026, 1, 5), date(2026, 2, 20), LeaveReason.PRESSURE, True,
          born=date(2001, 5, 1)),
    agent("C", Role.ONLINE, "在线组", date(2026, 2, 1), date(2026, 9, 15), LeaveReason.CAREER, True,
          born=date(1992, 7, 1)),
    agent("D", Role.ONLINE, "在线组", date(2026, 9, 1), out_of_town=True),
    agent("E", Role.HOTLINE, "热线二组", date(2026, 10, 20), date(2026, 11, 10), LeaveReason.PERFORMANCE, False),
    agent("F", Role.HOTLINE, "热线一组", date(2020, 5, 1), date(2025, 6, 30), LeaveReason.FAMILY, True),
]


@pytest.fixture
def team(db):  # type: ignore[no-untyped-def]
    with db.uow() as uow:
        ids = dict(zip("ABCDEF", uow.agents.add_many(TEAM), strict=True))
        run = uow.session.execute
        run(insert(CoachingSessionRecord.__table__), [
            {"agent_id": ids["A"], "kind": "one_on_one", "held_on": date(2026, 6, 1)},
            {"agent_id": ids["A"], "kind": "one_on_one", "held_on": date(2026, 11, 1)},
            {"agent_id": ids["D"], "kind": "case_review", "held_on": date(2026, 11, 1)},  # not a 1:1
        ])
        run(insert(CareRecordRow.__table__).values(
            agent_id=ids["D"], day=date(2026, 11, 2), category="housing", status="open",
            follow_up=date(2026, 12, 1), what_happened=b"x", support_given=b"x", notes=b"x"))
        run(insert(MentorPairingRecord.__table__).values(
            mentor_id=ids["A"], apprentice_id=ids["D"], start_date=date(2026, 9, 10), planned_end=date(2026, 12, 10),
            allowance_fen=30000, status="active"))
        run(insert(PerformanceScoreRow.__table__), [
            {"agent_id": ids["A"], "month": month, "role": "hotline", "team": "热线一组", "score": score,
             "raw_grade": "good", "grade": "pass" if floor else "good", "floor_metrics": floor,
             "computed_on": computed}  # a month is scored early the next month
            for month, score, floor, computed in (
                ("2026-08", 90.0, "", date(2026, 9, 2)), ("2026-09", 85.0, "", date(2026, 10, 2)),
                ("2026-10", 80.0, "complaint_rate", date(2026, 11, 2)))])
        run(insert(PerformanceAppealRow.__table__).values(
            agent_id=ids["A"], month="2026-10", metric="csat", filed_on=date(2026, 11, 1), status="rejected",
            decided_on=date(2026, 11, 3)))
        run(insert(RecruitingCandidateRow.__table__).values(
            name="员工C", role="online", source="referral", applied_on=date(2026, 1, 10), stage="hired",
            agent_id=ids["C"]))
        uow.commit()
    return ids


def test_month_flows_count_start_hires_leavers_end(db, team) -> None:  # type: ignore[no-untyped-def]
    starts = [date(2026, 2, 1), date(2026, 9, 1), date(2026, 11, 1), date(2019, 1, 1)]
    with db.uow() as uow:
        flows = uow.dashboard.month_flows(starts, None, None)
        hotline = uow.dashboard.month_flows([date(2026, 11, 1)], None, Role.HOTLINE)
        online_team = uow.dashboard.month_flows([date(2026, 9, 1)], "在线组", None)
    assert flows == [
        MonthFlow(date(2026, 2, 1), start=2, hires=1, leavers=1, end=2),  # A, B in; C hired; B left
        MonthFlow(date(2026, 9, 1), start=2, hires=1, leavers=1, end=2),  # A, C in; D hired; C left
        MonthFlow(date(2026, 11, 1), start=3, hires=0, leavers=1, end=2),  # A, D, E in; E left
        MonthFlow(date(2019, 1, 1), 0, 0, 0, 0),  # nobody yet: still one row
    ]
    assert hotline == [MonthFlow(date(2026, 11, 1), start=2, hires=0, leavers=1, end=1)]
    assert online_team == [MonthFlow(date(2026, 9, 1), start=1, hires=1, leavers=1, end=1)]


def test_overview_by_hand(db, team) -> None:  # type: ignore[no-untyped-def]
    overview = services.load_overview(db.uow(), TODAY, DashboardFilter(months=12))
    assert len(overview.flows) == 12 and overview.flows[-1].month == date(2026, 11, 1)
    cohorts = {c.cohort: (c.hires, c.early_leavers) for c in overview.cohorts}
    assert cohorts[Quarter(2025, 1)] == (1, 0)
    assert cohorts[Quarter(2026, 1)] == (2, 1)  # B left after 46 days, C after 226
    assert cohorts[Quarter(2026, 3)] == (1, 0)
    assert cohorts[Quarter(2026, 4)] == (1, 1)  # E: 21 days
    assert cohorts[Quarter(2025, 2)] == (0, 0)
    assert dict(overview.stage_mix) == {TenureStage.NEW: 1, TenureStage.GROWING: 0, TenureStage.EXPERT: 1}
    assert dict(overview.generation_mix) == {Generation.POST_95: 1, None: 1}
    reasons = {r.reason: (r.voluntary, r.involuntary) for r in overview.reasons}
    assert reasons == {LeaveReason.PRESSURE: (1, 0), LeaveReason.CAREER: (1, 0), LeaveReason.PERFORMANCE: (0, 1)}
    assert overview.teams == ("在线组", "热线一组", "热线二组")


def test_survival_observations_group_in_sql(db, team) -> None:  # type: ignore[no-untyped-def]
    a_days = (TODAY - date(2025, 1, 10)).days
    with db.uow() as uow:
        repo = uow.dashboard
        by_role = repo.tenure_observations(SurvivalGrouping.ROLE, date(2023, 11, 1), TODAY, None, None)
        mentored = repo.tenure_observations(SurvivalGrouping.MENTORED, date(2023, 11, 1), TODAY, None, None)
        source = repo.tenure_observations(SurvivalGrouping.SOURCE_CHANNEL, date(2023, 11, 1), TODAY, None, None)
        groupings = repo.groupings()
    assert sorted(by_role["hotline"]) == [(21, True, 1), (46, True, 1), (a_days, False, 1)]
    assert sorted(by_role["online"]) == [(83, False, 1), (226, True, 1)]
    assert mentored["yes"] == [(83, False, 1)]  # D: paired 9 days after hire
    assert source == {"referral": [(226, True, 1)]}
    assert set(groupings) == set(SurvivalGrouping)
    groups = services.survival_groups(db.uow(), TODAY, SurvivalGrouping.ROLE, DashboardFilter())
    hotline = next(g for g in groups if g.key == "hotline")
    assert hotline.curve.at(30) == pytest.approx(2 / 3) and hotline.curve.at(50) == pytest.approx(1 / 3)


def test_risk_facts_today_and_replayed(db, team) -> None:  # type: ignore[no-untyped-def]
    with db.uow() as uow:
        today = {f.employee_no: f for f in uow.dashboard.risk_facts(TODAY, 3)}
        past = {f.employee_no: f for f in uow.dashboard.risk_facts(date(2026, 9, 5), 3, replay=True)}
        sources = uow.dashboard.risk_sources()
    assert set(today) == {"A", "D"}
    a, d = today["A"], today["D"]
    assert a.last_one_on_one == date(2026, 11, 1) and a.last_rejected_appeal == date(2026, 11, 3)
    assert a.scores == (("2026-08", 90.0), ("2026-09", 85.0), ("2026-10", 80.0)) and a.floor_months == ("2026-10",)
    assert d.mentored and d.open_care_follow_ups == 1 and d.out_of_town and d.last_one_on_one is None
    assert a.leave_date is None
    assert set(past) == {"A", "C", "D"}  # C left on 15 Sept: active on the 5th, with the outcome known
    assert past["C"].leave_date == date(2026, 9, 15) and not past["D"].mentored
    assert past["A"].last_one_on_one == date(2026, 6, 1) and past["A"].last_rejected_appeal is None
    assert past["A"].scores == (("2026-08", 90.0),)  # completed months only: September is not scored yet
    assert sources == {"roster", "coaching", "care", "mentoring", "performance", "appeals"}


def test_at_risk_and_backtest_end_to_end(db, team) -> None:  # type: ignore[no-untyped-def]
    flagged, _sources = services.list_at_risk(db.uow(), TODAY, RiskSettings())
    rules = {r.facts.employee_no: {f.rule for f in r.flags} for r in flagged}
    assert rules == {
        "A": {RiskRule.SCORE_DOWN, RiskRule.COMPLAINT_FLOOR, RiskRule.APPEAL_REJECTED},
        "D": {RiskRule.NO_ONE_ON_ONE, RiskRule.OPEN_CARE_FOLLOW_UP, RiskRule.OUT_OF_TOWN_NEW},
    }
    result = services.run_backtest(db.uow(), TODAY, RiskSettings())
    assert len(result.snapshots) == 10
    assert result.flagged.n + result.unflagged.n > 0
    assert result.flagged.left + result.unflagged.left >= 1  # C left within 90 days of the summer snapshots


def test_activity_funnel_grades_and_cadence(db, team) -> None:  # type: ignore[no-untyped-def]
    with db.uow() as uow:
        run = uow.session.execute
        ids = [run(insert(RecruitingCandidateRow.__table__).values(
            name=f"候选{i}", role="hotline", source="social", applied_on=date(2026, 10, 1), stage=stage)
        ).inserted_primary_key[0] for i, stage in enumerate(["applied", "hr_screen", "rejected", "offer"])]
        # the rejected one had passed HR screening and the supervisor round before being turned down
        run(insert(RecruitingStageChangeRow.__table__), [
            {"candidate_id": ids[2], "stage": "hr_screen", "day": date(2026, 10, 3)},
            {"candidate_id": ids[2], "stage": "supervisor", "day": date(2026, 10, 8)},
            {"candidate_id": ids[2], "stage": "rejected", "day": date(2026, 10, 9)}])
        uow.commit()
    view = services.load_activity(db.uow(), TODAY, DashboardFilter(months=12))
    # window from 1 Dec 2025: C (applied in January, hired) and the four of October, whose furthest stages are
    # applied, hr_screen, supervisor (then rejected) and offer
    assert [(s.stage, s.reached) for s in view.funnel] == [("applied", 5), ("hr_screen", 4), ("supervisor", 3),
                                                           ("veteran", 2), ("offer", 2), ("hired", 1)]
    assert [(g.month, g.counts, g.average_score) for g in view.grades] == [
        ("2026-08", (0, 1, 0, 0), 90.0), ("2026-09", (0, 1, 0, 0), 85.0), ("2026-10", (0, 0, 1, 0), 80.0)]
    cadence = dict(view.cadence)
    assert (cadence[CadenceBucket.MONTH], cadence[CadenceBucket.NEVER]) == (1, 1)  # A: 22 days ago; D: never
    assert view.has_candidates and view.has_scores and view.has_one_on_ones
