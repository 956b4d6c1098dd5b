"""Appeals recompute, scheme versions kept per month, 服务之星, the timeline, on a real SQLite file."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from domain.performance import services
from domain.performance.importing import KpiCandidate, apply_kpi_import, plan_kpi_import
from domain.performance.model import AppealStatus, Grade, Metric, StarHow
from domain.roster import services as roster
from domain.roster.model import AgentData, Role
from domain.timeline import agent_timeline

TODAY = date(2026, 11, 23)


def setup_month(db, month: str = "2026-10") -> dict[str, int]:  # type: ignore[no-untyped-def]
    ids = {}
    for no, name in (("KF001", "王婷"), ("KF002", "李强")):
        ids[no] = roster.add_agent(db.uow(), AgentData(no, name, Role.HOTLINE, "热线一组", date(2025, 1, 6)),
                                   TODAY).agent_id
    figures = {
        # 90×30 + 75×20 + 98×30 + 50×20 = 81.4 → 良好
        "KF001": {Metric.HANDLED: 1080, Metric.RESPONSE: 20, Metric.CSAT: 0.931, Metric.COMPLAINT_RATE: 0.004},
        "KF002": {Metric.HANDLED: 1300, Metric.RESPONSE: 12, Metric.CSAT: 0.97, Metric.COMPLAINT_RATE: 0.001},
    }
    candidates = [KpiCandidate("s", i + 2, no, "", month, values) for i, (no, values) in enumerate(figures.items())]
    with db.uow() as uow:
        agents = uow.agents.list_all()
    apply_kpi_import(db.uow(), plan_kpi_import(candidates, agents, None, None), TODAY, "test")
    return ids


def score_of(db, agent_id: int, month: str = "2026-10"):  # type: ignore[no-untyped-def]
    with db.uow() as uow:
        return next(s for s in uow.performance.scores_for_month(month) if s.agent_id == agent_id)


def test_an_accepted_appeal_rescores_and_keeps_who_when_why(db) -> None:
    ids = setup_month(db)
    assert score_of(db, ids["KF001"]).score == 81.4
    appeal_id = services.file_appeal(db.uow(), ids["KF001"], "2026-10", Metric.COMPLAINT_RATE, 0.002,
                                     "重复投诉同一工单", TODAY)
    before, after = services.decide_appeal(db.uow(), appeal_id, True, 0.002, "林主管", "核实后同意", TODAY)
    assert (before.score, before.grade) == (81.4, Grade.GOOD)
    # complaint points 50 → 100: +10 → 91.4 → 优秀
    assert (after.score, after.grade) == (91.4, Grade.EXCELLENT)
    with db.uow() as uow:
        appeal = uow.performance.appeal(appeal_id)
        raw = next(r for r in uow.performance.kpis_for_month("2026-10") if r.agent_id == ids["KF001"])
    assert (appeal.status, appeal.original_value, appeal.adjusted_value, appeal.decided_by, appeal.decision_note,
            appeal.decided_on) == (AppealStatus.ACCEPTED, 0.004, 0.002, "林主管", "核实后同意", TODAY)
    assert raw.complaint_rate == 0.004  # the imported figure is kept as it came
    item = services.explain_grade(db.uow(), ids["KF001"], "2026-10", TODAY)
    line = next(x for x in item.explanation.result.lines if x.metric is Metric.COMPLAINT_RATE)
    assert line.value == 0.002 and line.adjusted and item.explanation.result.score == 91.4


def test_a_rejected_appeal_changes_no_score_and_cannot_be_decided_twice(db) -> None:
    ids = setup_month(db)
    appeal_id = services.file_appeal(db.uow(), ids["KF001"], "2026-10", Metric.CSAT, 0.95, "系统故障", TODAY)
    before, after = services.decide_appeal(db.uow(), appeal_id, False, None, "林主管", "数据无误", TODAY)
    assert before == after
    with pytest.raises(services.AppealAlreadyDecided):
        services.decide_appeal(db.uow(), appeal_id, True, 0.95, "林主管", "改主意", TODAY)


def test_a_new_scheme_version_leaves_scored_months_alone_until_rescored(db) -> None:
    ids = setup_month(db)
    schemes = services.load_schemes(db.uow(), TODAY)
    old = schemes[Role.HOTLINE]
    stricter = replace(old, bands=replace(old.bands, good=85))
    saved = services.save_scheme(db.uow(), stricter, TODAY)
    assert saved.version == old.version + 1
    assert score_of(db, ids["KF001"]).scheme_id == old.id and score_of(db, ids["KF001"]).grade is Grade.GOOD
    item = services.explain_grade(db.uow(), ids["KF001"], "2026-10", TODAY)
    assert item.explanation.scheme.version == old.version  # explained with the version it was scored with
    services.rescore_month(db.uow(), "2026-10", TODAY, use_current=True)
    assert score_of(db, ids["KF001"]).scheme_id == saved.id and score_of(db, ids["KF001"]).grade is Grade.PASS
    with pytest.raises(services.SchemeInvalid) as caught:
        services.save_scheme(db.uow(), replace(old, rules=old.rules[:2]), TODAY)
    assert caught.value.problems == ["scheme_weights_not_100"]


def test_service_star_is_suggested_recorded_once_and_on_the_timeline(db) -> None:
    ids = setup_month(db)
    assert services.suggest_star(db.uow(), "2026-10") == ids["KF002"]
    services.record_star(db.uow(), "2026-10", ids["KF002"], StarHow.TOP_SCORE, "月度第一", TODAY)
    with pytest.raises(services.StarAlreadyRecorded):
        services.record_star(db.uow(), "2026-10", ids["KF002"], StarHow.NOMINATED, "", TODAY)
    kinds = {(e.area, e.kind) for e in agent_timeline(db.uow(), ids["KF002"])}
    assert {("performance", "service_star"), ("performance", "grade_excellent")} <= kinds


def test_overview_and_trend(db) -> None:
    ids = setup_month(db)
    rows = services.month_overview(db.uow(), "2026-10", TODAY)
    assert {r.agent.employee_no: r.score.grade for r in rows} == {"KF001": Grade.GOOD, "KF002": Grade.EXCELLENT}
    trend = services.agent_trend(db.uow(), ids["KF001"], "2026-10")
    assert len(trend) == 12 and trend[0].month == "2025-11" and trend[-1].score == 81.4
    assert trend[-1].team_average == pytest.approx((81.4 + score_of(db, ids["KF002"]).score) / 2)
    assert all(p.score is None for p in trend[:-1])
