"""Issue 21 item 3 on a real SQLite file: weak results owe an improvement plan within 7 days (本周待办), the
plan's action items name the KPI dimension, the next month shows that figure against the weak month's, and the
weekly 绩效回顾 lists who fell a band, who hit the floor and their open plans."""

from __future__ import annotations

from datetime import date

from domain.coaching import services as coaching
from domain.coaching.model import ActionItem, CoachingSession
from domain.coaching.model import SessionKind as K
from domain.performance.importing import KpiCandidate, apply_kpi_import, plan_kpi_import
from domain.performance.improvement import agent_follow_ups, improved, weekly_review
from domain.performance.model import Grade, Metric
from domain.roster import services as roster
from domain.roster.model import AgentData, Role
from domain.this_week import this_week

OCT_SCORED = date(2026, 11, 5)
H, R, C, CR = Metric.HANDLED, Metric.RESPONSE, Metric.CSAT, Metric.COMPLAINT_RATE
# Default hotline scheme: handled 30 (1200), response 20 (15 s, lower), CSAT 30 (.95), complaint rate 20 (.002,
# lower); complaint rate above .5 % caps the grade at 合格.
OCTOBER = {
    "KF001": {H: 600, R: 30, C: 0.76, CR: 0.004},  # 50×.3 + 50×.2 + 80×.3 + 50×.2 = 59 → 待改进
    "KF002": {H: 1200, R: 15, C: 0.95, CR: 0.006},  # 30 + 20 + 30 + 33.33×.2 = 86.67 → 良好, floor → 合格
    "KF003": {H: 1200, R: 15, C: 0.95, CR: 0.002},  # 100 → 优秀
}
NOVEMBER = {
    "KF001": {H: 600, R: 30, C: 0.855, CR: 0.004},  # CSAT up: 90×.3 → 62 → 合格
    "KF002": {H: 1200, R: 15, C: 0.95, CR: 0.008},  # complaint rate worse; still floored
    "KF003": {H: 1080, R: 20, C: 0.931, CR: 0.004},  # 81.4 → 良好: fell a band
}


def land(db, month: str, figures: dict, today: date) -> None:  # type: ignore[no-untyped-def]
    candidates = [KpiCandidate("s", i + 2, no, "", month, dict(v)) for i, (no, v) in enumerate(figures.items())]
    with db.uow() as uow:
        agents = uow.agents.list_all()
    apply_kpi_import(db.uow(), plan_kpi_import(candidates, agents, None, None), today, "test")


def setup(db) -> dict[str, int]:  # type: ignore[no-untyped-def]
    ids = {}
    for no, name in (("KF001", "王婷"), ("KF002", "李强"), ("KF003", "张敏")):
        ids[no] = roster.add_agent(db.uow(), AgentData(no, name, Role.HOTLINE, "热线一组", date(2025, 1, 6)),
                                   OCT_SCORED).agent_id
    land(db, "2026-10", OCTOBER, OCT_SCORED)
    return ids


def plan_todos(db, today: date) -> list:  # type: ignore[no-untyped-def]
    return [t for t in this_week(db.uow(), today) if (t.area, t.kind) == ("performance", "improvement_plan_due")]


def test_weak_or_floored_agents_owe_a_plan_within_7_days_until_one_is_held(db) -> None:  # type: ignore[no-untyped-def]
    ids = setup(db)
    todos = plan_todos(db, date(2026, 11, 6))
    assert [(t.agent_id, t.due, t.detail) for t in sorted(todos, key=lambda t: t.agent_id)] == [
        (ids["KF001"], date(2026, 11, 12), "2026-10 improve"),
        (ids["KF002"], date(2026, 11, 12), "2026-10 pass,complaint_rate"),
    ]
    # a plan held before the scores came out does not count; one held after does
    coaching.add_session(db.uow(), CoachingSession(ids["KF001"], K.IMPROVEMENT_PLAN, date(2026, 11, 4), "预谈"),
                         [], date(2026, 11, 6))
    assert {t.agent_id for t in plan_todos(db, date(2026, 11, 6))} == {ids["KF001"], ids["KF002"]}
    coaching.add_session(db.uow(), CoachingSession(ids["KF001"], K.IMPROVEMENT_PLAN, date(2026, 11, 6), "改进计划"),
                         [], date(2026, 11, 6))
    assert [t.agent_id for t in plan_todos(db, date(2026, 11, 6))] == [ids["KF002"]]
    # a 1:1 is not an improvement plan
    coaching.add_session(db.uow(), CoachingSession(ids["KF002"], K.ONE_ON_ONE, date(2026, 11, 6), "1:1"),
                         [], date(2026, 11, 6))
    assert [t.agent_id for t in plan_todos(db, date(2026, 11, 9))] == [ids["KF002"]]


def test_the_plan_dimension_is_shown_against_the_next_month(db) -> None:  # type: ignore[no-untyped-def]
    ids = setup(db)
    held = date(2026, 11, 9)
    coaching.add_session(db.uow(), CoachingSession(ids["KF001"], K.IMPROVEMENT_PLAN, held, "满意度改进"),
                         [ActionItem("每周复听三通差评录音", "王婷", date(2026, 11, 30), kpi_metric="csat"),
                          ActionItem("不针对指标的事项", "王婷", date(2026, 11, 30))], held)
    coaching.add_session(db.uow(), CoachingSession(ids["KF002"], K.IMPROVEMENT_PLAN, held, "投诉改进"),
                         [ActionItem("投诉工单当日回访", "李强", date(2026, 11, 20), kpi_metric="complaint_rate")],
                         held)
    [waiting] = agent_follow_ups(db.uow(), ids["KF001"])
    assert (waiting.metric, waiting.weak_month, waiting.before, waiting.next_month, waiting.after,
            waiting.improved, waiting.open_items) == (C, "2026-10", 0.76, "2026-11", None, None, 2)
    land(db, "2026-11", NOVEMBER, date(2026, 12, 3))
    [csat] = agent_follow_ups(db.uow(), ids["KF001"])
    assert (csat.before, csat.after, csat.improved) == (0.76, 0.855, True)
    [complaints] = agent_follow_ups(db.uow(), ids["KF002"])
    assert (complaints.before, complaints.after, complaints.improved) == (0.006, 0.008, False)  # lower is better


def test_improved_follows_the_metric_direction() -> None:
    assert improved(Metric.CSAT, 0.9, 0.91) is True and improved(Metric.CSAT, 0.9, 0.9) is False
    assert improved(Metric.AHT, 400, 380) is True and improved(Metric.COMPLAINT_RATE, 0.003, 0.004) is False
    assert improved(Metric.ANSWER_RATE, None, 0.9) is None


def test_weekly_review_lists_who_fell_a_band_who_hit_the_floor_and_open_plans(db) -> None:  # type: ignore[no-untyped-def]
    ids = setup(db)
    land(db, "2026-11", NOVEMBER, date(2026, 12, 3))
    coaching.add_session(db.uow(), CoachingSession(ids["KF002"], K.IMPROVEMENT_PLAN, date(2026, 11, 9), "投诉改进"),
                         [ActionItem("投诉工单当日回访", "李强", date(2026, 12, 20), kpi_metric="complaint_rate")],
                         date(2026, 12, 3))
    review = weekly_review(db.uow(), "2026-11")
    assert (review.month, review.previous_month) == ("2026-11", "2026-10")
    rows = {r.employee_no: r for r in review.rows}
    assert set(rows) == {"KF002", "KF003"}  # KF001 went up a band and hit no floor
    fell = rows["KF003"]
    assert (fell.previous, fell.grade, fell.fell, fell.floor_metrics, fell.plan_due) == (
        Grade.EXCELLENT, Grade.GOOD, True, (), False)
    floored = rows["KF002"]
    assert (floored.previous, floored.grade, floored.fell, floored.floor_metrics) == (
        Grade.PASS, Grade.PASS, False, (CR,))
    assert [p.metric for p in floored.open_plans] == [CR] and floored.plan_due  # Nov's scores need a new plan
    assert review.rows[0].employee_no == "KF003"  # who fell first
