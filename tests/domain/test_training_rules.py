"""Training and career-ladder rules on hand-worked examples: no database, plain values."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from domain.roster.model import AgentData, CareerTrack, CertLevel, Role, Status, TenureStage
from domain.training.growth import growth_by_month, last_months
from domain.training.hq_sheet import development_sheet
from domain.training.ladder import AgentEvidence, MonthGrade, full_months, previous_months, readiness, ready_lists
from domain.training.model import (
    CheckMethod,
    Criterion,
    ItemKind,
    LadderLevel,
    PlanItem,
    Promotion,
    ResultStatus,
    TrainingResult,
)
from domain.training.progress import ItemState, complete_items, due_by, item_window, plan_progress, status_for_score

HIRE = date(2026, 3, 2)  # a Monday
SHADOW = PlanItem(TenureStage.NEW, "跟听", ItemKind.SHADOWING, 1, 2, CheckMethod.ATTENDANCE, id=1)
QUIZ = PlanItem(TenureStage.NEW, "产品知识考试", ItemKind.KNOWLEDGE, 2, 4, CheckMethod.TEST, Decimal(80), id=2)
ROLE = PlanItem(TenureStage.NEW, "角色扮演", ItemKind.ROLE_PLAY, 5, 6, CheckMethod.SIGN_OFF, id=3)
CASES = PlanItem(TenureStage.GROWING, "案例复盘", ItemKind.CASE_REVIEW, 14, 26, CheckMethod.ATTENDANCE, id=4)
PLAN = [SHADOW, QUIZ, ROLE, CASES]


def result(item: int | None, day: date, status: ResultStatus, score: str | None = None, agent: int = 7,
           rid: int = 0) -> TrainingResult:
    return TrainingResult(agent, day, status, item, None, Decimal(score) if score else None, "", rid or None)


def test_week_n_runs_from_day_7n_minus_7_to_7n_minus_1_after_hire() -> None:
    # weeks 1–2: 2026-03-02 … 2026-03-15; weeks 2–4: 2026-03-09 … 2026-03-29
    assert item_window(HIRE, SHADOW) == (date(2026, 3, 2), date(2026, 3, 15))
    assert item_window(HIRE, QUIZ) == (date(2026, 3, 9), date(2026, 3, 29))


def test_score_against_pass_mark_is_exact() -> None:
    assert status_for_score(Decimal("80"), Decimal(80)) is ResultStatus.PASSED
    assert status_for_score(Decimal("79.9"), Decimal(80)) is ResultStatus.FAILED
    assert status_for_score(Decimal("50"), None) is ResultStatus.DONE


def test_progress_of_a_new_hire_on_day_20() -> None:
    today = date(2026, 3, 21)  # day 20: 跟听 due 03-15, quiz due 03-29, role-play starts 03-30
    results = [result(2, date(2026, 3, 18), ResultStatus.FAILED, "72", rid=1)]
    rows = plan_progress(HIRE, TenureStage.NEW, PLAN, results, today)
    assert [(p.item.id, p.state) for p in rows] == [
        (1, ItemState.OVERDUE), (2, ItemState.RETAKE), (3, ItemState.NOT_YET)]  # growing stage not reached
    # 本周待办 (Sunday 03-22): the overdue 跟听 only; the quiz is due the week after
    assert [p.item.id for p in due_by(rows, TenureStage.NEW, date(2026, 3, 22))] == [1]
    assert [p.item.id for p in due_by(rows, TenureStage.NEW, date(2026, 3, 29))] == [1, 2]


def test_latest_result_counts_and_an_absence_does_not_undo_a_pass() -> None:
    results = [result(2, date(2026, 3, 18), ResultStatus.FAILED, "72", rid=1),
               result(2, date(2026, 3, 25), ResultStatus.PASSED, "86", rid=2),
               result(2, date(2026, 3, 27), ResultStatus.ABSENT, rid=3),
               result(1, date(2026, 3, 10), ResultStatus.DONE, rid=4)]
    rows = plan_progress(HIRE, TenureStage.NEW, PLAN, results, date(2026, 4, 1))
    assert [p.state for p in rows][:2] == [ItemState.COMPLETE, ItemState.COMPLETE]
    assert rows[1].latest is not None and rows[1].latest.score == Decimal("86")


def test_earlier_stage_leftovers_show_but_do_not_nag() -> None:
    today = date(2026, 7, 1)  # 4 months in: growing stage
    rows = plan_progress(HIRE, TenureStage.GROWING, PLAN, [], today)
    assert len(rows) == 4 and rows[0].state is ItemState.OVERDUE
    assert due_by(rows, TenureStage.GROWING, date(2026, 7, 5)) == []  # 案例复盘 is due 2026-08-30


def test_growth_pass_rate_and_peer_help_by_month() -> None:
    results = [result(2, date(2026, 9, 3), ResultStatus.FAILED, "70"),
               result(2, date(2026, 9, 20), ResultStatus.PASSED, "85"),
               result(None, date(2026, 9, 21), ResultStatus.PASSED, "90"),
               result(1, date(2026, 9, 5), ResultStatus.DONE),  # attendance is not a test
               result(2, date(2026, 10, 2), ResultStatus.PASSED, "88")]
    rows = growth_by_month(["2026-09", "2026-10", "2026-11"], results,
                           check_ins_given=[date(2026, 9, 1), date(2026, 9, 15), date(2026, 10, 1)],
                           cases_written=[date(2026, 9, 9)], sessions_taught=[date(2026, 9, 30)])
    sep, oct_, nov = rows
    assert (sep.tests_taken, sep.tests_passed, sep.pass_rate) == (3, 2, Decimal("66.7"))  # 2 ÷ 3
    assert sep.peer_help == 2 + 1 + 1
    assert (oct_.pass_rate, oct_.peer_help) == (Decimal("100.0"), 1)
    assert (nov.pass_rate, nov.peer_help) == (None, 0)
    assert last_months(date(2026, 2, 10), 3) == ["2025-12", "2026-01", "2026-02"]


LEAD = LadderLevel(CareerTrack.MANAGEMENT, 1, "组长", 12, CertLevel.INTERMEDIATE, "good", 3, 6, 5, 1,
                   ("能带班排班",), id=11)
LEVELS = [LadderLevel(CareerTrack.MANAGEMENT, 0, "客服专员", id=10), LEAD,
          LadderLevel(CareerTrack.MANAGEMENT, 2, "主管", 30, id=12)]
TODAY = date(2026, 11, 20)


def agent(track: CareerTrack = CareerTrack.MANAGEMENT, cert: CertLevel = CertLevel.INTERMEDIATE,
          hired: date = date(2025, 6, 1)) -> AgentData:
    return AgentData("KF001", "林静", Role.HOTLINE, "一组", hired, cert_level=cert, career_track=track, id=7)


def evidence(a: AgentData, grades: dict[str, tuple[str, bool]], items: int = 5, apprentices: int = 1,
             ticks: frozenset = frozenset({(11, "能带班排班")})) -> AgentEvidence:
    return AgentEvidence(a, {m: MonthGrade(m, g, f) for m, (g, f) in grades.items()}, date(2026, 5, 12), items,
                         apprentices, ticks)


GOOD_MONTHS = {"2026-05": ("pass", False), "2026-06": ("good", False), "2026-07": ("good", False),
               "2026-08": ("good", False), "2026-09": ("excellent", False), "2026-10": ("good", False)}


def test_months_are_counted_as_full_months() -> None:
    assert full_months(date(2025, 6, 1), TODAY) == 17
    assert full_months(date(2025, 11, 21), TODAY) == 11  # one day short of a year
    assert previous_months(TODAY, 3) == ["2026-08", "2026-09", "2026-10"]


def test_an_agent_meeting_every_criterion_is_ready() -> None:
    r = readiness(evidence(agent(), GOOD_MONTHS), LEVELS, [], TODAY)
    assert r is not None and r.current is not None and r.target is LEAD
    assert r.current.name == "客服专员" and r.ready
    kpi = next(c for c in r.checks if c.criterion is Criterion.KPI_GRADE)
    assert kpi.evidence == "2026-08:good 2026-09:excellent 2026-10:good"  # May's 合格 is outside the 3 months


def test_one_floor_month_and_a_missing_tick_are_two_criteria_short() -> None:
    months = dict(GOOD_MONTHS, **{"2026-06": ("pass", True)})  # a complaint floor in June (within 6 months)
    r = readiness(evidence(agent(), months, ticks=frozenset()), LEVELS, [], TODAY)
    assert r is not None and r.missing == 2
    unmet = {c.criterion for c in r.checks if not c.met}
    assert unmet == {Criterion.NO_FLOOR, Criterion.MANUAL}
    floor = next(c for c in r.checks if c.criterion is Criterion.NO_FLOOR)
    assert floor.evidence == "2026-06"


def test_a_missing_month_fails_the_kpi_criterion_and_lists_it() -> None:
    months = {k: v for k, v in GOOD_MONTHS.items() if k != "2026-09"}
    r = readiness(evidence(agent(), months), LEVELS, [], TODAY)
    assert r is not None and r.missing == 1
    kpi = next(c for c in r.checks if c.criterion is Criterion.KPI_GRADE)
    assert not kpi.met and "2026-09:-" in kpi.evidence


def test_after_a_promotion_the_next_level_is_the_target() -> None:
    promoted = [Promotion(7, 11, CareerTrack.MANAGEMENT, "组长", date(2026, 10, 1), "{}")]
    r = readiness(evidence(agent(), GOOD_MONTHS), LEVELS, promoted, TODAY)
    assert r is not None and r.current == LEAD and r.target is not None and r.target.name == "主管"
    assert [c.criterion for c in r.checks] == [Criterion.TENURE_MONTHS] and not r.ready  # 17 < 30 months


def test_no_track_no_readiness_and_the_ready_lists() -> None:
    assert readiness(evidence(agent(CareerTrack.UNDECIDED), GOOD_MONTHS), LEVELS, [], TODAY) is None
    ready = readiness(evidence(agent(), GOOD_MONTHS), LEVELS, [], TODAY)
    near = readiness(evidence(agent(cert=CertLevel.JUNIOR), GOOD_MONTHS), LEVELS, [], TODAY)
    far = readiness(evidence(agent(cert=CertLevel.JUNIOR), GOOD_MONTHS, items=0), LEVELS, [], TODAY)
    assert ready_lists([ready, near, far, None]) == ([ready], [near])


def test_hq_sheet_counts_by_stage_and_track() -> None:
    first, last = date(2026, 3, 1), date(2026, 3, 31)
    new = AgentData("KF010", "新人", Role.HOTLINE, "一组", HIRE, id=1)
    left = AgentData("KF011", "已离职", Role.HOTLINE, "一组", HIRE, status=Status.LEFT,
                     leave_date=date(2026, 3, 20), id=2)
    results = [result(1, date(2026, 3, 10), ResultStatus.DONE, agent=1),
               result(2, date(2026, 3, 20), ResultStatus.FAILED, "60", agent=1),
               result(2, date(2026, 3, 27), ResultStatus.PASSED, "82", agent=1)]
    ready = readiness(evidence(agent(), GOOD_MONTHS), LEVELS, [], TODAY)
    assert ready is not None
    promoted = [Promotion(9, 11, CareerTrack.MANAGEMENT, "组长", date(2026, 3, 5), "{}"),
                Promotion(9, 11, CareerTrack.MANAGEMENT, "组长", date(2026, 2, 5), "{}")]
    sheet = development_sheet([new, left], PLAN, complete_items(results, last), results, promoted, [ready], first, last)
    new_line = sheet.stages[0]
    # by 03-31 跟听 (due 03-15) and the quiz (due 03-29) are due, both complete; role-play is due 04-12
    assert (new_line.agents, new_line.items_due, new_line.items_complete) == (1, 2, 2)
    assert (new_line.tests_taken, new_line.tests_passed, new_line.pass_rate) == (2, 1, Decimal("50.0"))
    management = sheet.tracks[0]
    assert (management.track, management.promotions, management.ready, management.one_away) == (
        CareerTrack.MANAGEMENT, 1, 1, 0)
