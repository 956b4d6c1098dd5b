"""Recruiting on a real SQLite file: template versions, the pipeline, scorecards, and the hire link."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import text

from domain.errors import DuplicateEmployeeNo, ValidationFailed
from domain.recruiting import reports, services
from domain.recruiting.model import Candidate, DimensionScore, Recommendation, Round, Scorecard, Source, Stage
from domain.recruiting.rules import AlreadyHired, CandidateClosed
from domain.roster import services as roster
from domain.roster.model import AgentData, Role
from domain.timeline import agent_timeline

TODAY = date(2026, 11, 23)


def new_candidate(db, name: str = "苏小雨") -> int:  # type: ignore[no-untyped-def]
    return services.add_candidate(db.uow(), Candidate(name, Role.HOTLINE, Source.REFERRAL, date(2026, 11, 1),
                                                      "13800001111"), TODAY)


def score_all(db, candidate_id: int, round_: Round, who: str, value: int, day: date = TODAY) -> int:  # type: ignore[no-untyped-def]
    template = services.current_templates(db.uow())[round_]
    scores = tuple(DimensionScore(d.key, value, "证据") for d in template.dimensions)
    return services.record_scorecard(db.uow(), Scorecard(candidate_id, template.id, who, day, scores,
                                                         Recommendation.YES), TODAY)


def test_default_templates_once_and_editing_makes_a_version_that_past_cards_do_not_follow(db) -> None:
    services.ensure_templates(db.uow(), date(2026, 1, 1))
    services.ensure_templates(db.uow(), TODAY)  # nothing new the second time
    assert {t.version for t in services.all_templates(db.uow())} == {1}
    candidate = new_candidate(db)
    score_all(db, candidate, Round.HR, "周敏", 4)
    v1 = services.current_templates(db.uow())[Round.HR]
    heavier = tuple(replace(d, weight=60) if d.key == "emotional_stability" else d for d in v1.dimensions)
    v2 = services.save_template(db.uow(), Round.HR, heavier, ("新情景",), TODAY)
    assert (v2.version, v2.created_on) == (2, TODAY)
    assert services.save_template(db.uow(), Round.HR, heavier, ("新情景",), TODAY).id == v2.id  # no-op edit
    detail = reports.candidate_detail(db.uow(), candidate)
    assert detail.cards[0].template.id == v1.id and detail.cards[0].template.version == 1
    assert detail.cards[0].template.dimension("emotional_stability").weight == 30
    assert services.current_templates(db.uow())[Round.HR].scenarios == ("新情景",)
    with pytest.raises(ValidationFailed):
        services.save_template(db.uow(), Round.HR, (), (), TODAY)


def test_scorecards_round_trip_with_evidence_and_totals(db) -> None:
    services.ensure_templates(db.uow(), TODAY)
    candidate = new_candidate(db)
    template = services.current_templates(db.uow())[Round.SUPERVISOR]
    values = {"communication": 4, "emotional_stability": 2, "service_attitude": 4, "scenario": 3}
    services.record_scorecard(db.uow(), Scorecard(
        candidate, template.id, " 林主管 ", TODAY, tuple(DimensionScore(k, v, f"{k} 依据") for k, v in values.items()),
        Recommendation.NO, "客户要求退货，但已超出退货期限"), TODAY)
    with pytest.raises(ValidationFailed):  # a missing dimension is refused, nothing written
        services.record_scorecard(db.uow(), Scorecard(candidate, template.id, "赵刚", TODAY,
                                                      (DimensionScore("communication", 4),), Recommendation.YES), TODAY)
    row = services.list_candidates(db.uow())[0]
    assert row.candidate.stage is Stage.SUPERVISOR  # the supervisor's scorecard moved the pipeline along
    assert (row.cards, row.total, row.knocked_out) == (1, pytest.approx(3.2), True)
    cv = reports.candidate_detail(db.uow(), candidate).cards[0]
    assert cv.card.interviewer == "林主管" and cv.card.score_of("scenario") == 3
    assert {s.key: s.evidence for s in cv.card.scores}["scenario"] == "scenario 依据"
    assert services.interviewers(db.uow()) == ["林主管"]


def test_the_pipeline_moves_and_a_rejection_needs_its_reason(db) -> None:
    candidate = new_candidate(db)
    services.move_candidate(db.uow(), candidate, Stage.HR_SCREEN, date(2026, 11, 3))
    with pytest.raises(ValidationFailed):
        services.move_candidate(db.uow(), candidate, Stage.REJECTED, TODAY, "  ")
    services.move_candidate(db.uow(), candidate, Stage.REJECTED, TODAY, "一票否决：情绪稳定性")
    with pytest.raises(CandidateClosed):
        services.move_candidate(db.uow(), candidate, Stage.SUPERVISOR, TODAY)
    services.reopen(db.uow(), candidate, Stage.HR_SCREEN, TODAY)
    rows = services.list_candidates(db.uow())
    assert services.stage_counts(rows)[Stage.HR_SCREEN] == 1
    history = reports.candidate_detail(db.uow(), candidate).history
    assert [(h.stage, h.reason) for h in history] == [
        (Stage.APPLIED, ""), (Stage.HR_SCREEN, ""), (Stage.REJECTED, "一票否决：情绪稳定性"), (Stage.HR_SCREEN, "")]


def test_hire_creates_the_agent_and_the_link_shows_on_both_sides(db) -> None:
    services.ensure_templates(db.uow(), TODAY)
    roster.add_agent(db.uow(), AgentData("KF00041", "老员工", Role.HOTLINE, "热线一组", date(2024, 1, 1)), TODAY)
    candidate = new_candidate(db)
    score_all(db, candidate, Round.HR, "周敏", 4, date(2026, 11, 5))
    prefilled = services.agent_from_candidate(db.uow(), candidate, TODAY)
    assert (prefilled.employee_no, prefilled.name, prefilled.team, prefilled.phone) == (
        "KF00042", "苏小雨", "热线一组", "13800001111")
    agent_id = services.hire(db.uow(), candidate, prefilled, TODAY)
    detail = reports.candidate_detail(db.uow(), candidate)
    assert detail.candidate.stage is Stage.HIRED and detail.agent.id == agent_id
    assert detail.agent.employee_no == "KF00042"
    kinds = [(e.area, e.kind) for e in agent_timeline(db.uow(), agent_id)]
    assert ("recruiting", "hired_from_candidate") in kinds and ("recruiting", "interview_hr") in kinds
    assert ("recruiting", "applied") in kinds
    with pytest.raises(AlreadyHired):
        services.hire(db.uow(), candidate, replace(prefilled, employee_no="KF00099"), TODAY)
    with db.engine.connect() as con:  # the link is a real foreign key: the agent cannot vanish under it
        assert con.exec_driver_sql("SELECT agent_id FROM recruiting_candidates").scalar() == agent_id


def test_a_failed_hire_leaves_neither_agent_nor_link(db) -> None:
    roster.add_agent(db.uow(), AgentData("KF00042", "占用", Role.HOTLINE, "热线一组", date(2024, 1, 1)), TODAY)
    candidate = new_candidate(db)
    with pytest.raises(DuplicateEmployeeNo):
        services.hire(db.uow(), candidate, AgentData("KF00042", "苏小雨", Role.HOTLINE, "热线一组", TODAY), TODAY)
    assert reports.candidate_detail(db.uow(), candidate).candidate.agent_id is None

    # the candidate disappears between the roster add and the link: the new agent is removed again
    other = new_candidate(db, "林可")
    before = len(roster.list_roster(db.uow(), TODAY))
    with pytest.raises(AlreadyHired):
        services.hire(VanishingCandidate(db, other), other,
                      AgentData("KF00043", "林可", Role.HOTLINE, "热线一组", TODAY), TODAY)
    assert len(roster.list_roster(db.uow(), TODAY)) == before
    assert roster.list_roster(db.uow(), TODAY)[-1].agent.employee_no == "KF00042"


class VanishingCandidate:
    """The real unit of work, except that the candidate is deleted just before hire() links it
    (its third transaction: check, roster add, link)."""

    def __init__(self, db, candidate_id: int) -> None:  # type: ignore[no-untyped-def]
        self.db, self.candidate_id, self.inner, self.enters = db, candidate_id, db.uow(), 0

    def __enter__(self):  # type: ignore[no-untyped-def]
        self.enters += 1
        if self.enters == 3:
            with self.db.engine.begin() as con:
                con.execute(text("DELETE FROM recruiting_candidates WHERE id = :c"), {"c": self.candidate_id})
        self.inner.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self.inner.__exit__(*exc)

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self.inner, name)


def test_prediction_and_calibration_reports_read_the_database(db) -> None:
    services.ensure_templates(db.uow(), TODAY)
    ids = []
    for i, (es, left) in enumerate([(5, None), (4, None), (2, date(2026, 3, 1)), (1, date(2026, 2, 20))]):
        agent_id = roster.add_agent(db.uow(), AgentData(f"KF{i:05d}", f"员工{i}", Role.HOTLINE, "热线一组",
                                                        date(2026, 1, 10)), TODAY).agent_id
        if left:
            roster.mark_left(db.uow(), agent_id, left, roster.LeaveReason.PRESSURE, True, TODAY)
        candidate = new_candidate(db, f"员工{i}")
        score_all(db, candidate, Round.HR, "周敏", es, date(2025, 12, 20))
        score_all(db, candidate, Round.HR, "陈静", min(5, es + 1), date(2025, 12, 21))
        with db.engine.begin() as con:
            con.execute(text("UPDATE recruiting_candidates SET stage='hired', agent_id=:a WHERE id=:c"),
                        {"a": agent_id, "c": candidate})
        ids.append(candidate)
    prediction = reports.prediction_report(db.uow(), TODAY)
    assert (prediction.retention.judged, prediction.retention.retained) == (4, 2)
    assert prediction.kpi is None  # no hire has a scored first quarter
    es = next(a for a in prediction.retention.associations if a.key == "emotional_stability")
    assert es.n == 4 and es.r is not None and es.r > 0.9
    calib = {(r.interviewer, r.key): r for r in reports.calibration_report(db.uow()).rows}
    assert calib[("陈静", "communication")].gap == pytest.approx(0.75)  # +1 on three, 0 on the 5 (capped)
    assert calib[("陈静", "communication")].n == 4
