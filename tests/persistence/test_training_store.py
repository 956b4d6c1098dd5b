"""Training and career ladders on real SQLite: the seeds' defaults written once, a session landing all of its
results or none, progress and 本周待办 from a hire date, growth from mentoring and coaching, a promotion's
snapshot, positions, and the events on the agent's timeline."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy.exc import IntegrityError

from domain.coaching import services as coaching
from domain.coaching.model import CoachingSession, SessionKind
from domain.errors import NotFound
from domain.mentoring import services as mentoring
from domain.mentoring.model import CheckIn, NewPairing
from domain.roster import services as roster
from domain.roster.model import AgentData, CareerTrack, CertLevel, Role
from domain.this_week import this_week
from domain.timeline import agent_timeline
from domain.training import careers, services
from domain.training.defaults import DEFAULT_LADDERS, DEFAULT_PLAN
from domain.training.errors import TrainingError
from domain.training.model import Attendance, CheckMethod, ResultStatus, TrainingSession
from domain.training.progress import ItemState
from persistence.database import Database
from tests.persistence.helpers import Raw

TODAY = date(2026, 11, 18)  # a Wednesday


def hire(db: Database, no: str, name: str, hired: date, **kw: object) -> int:
    return roster.add_agent(db.uow(), AgentData(no, name, Role.HOTLINE, "热线一组", hired, **kw), TODAY).agent_id


def test_defaults_are_written_once_and_not_brought_back(db: Database) -> None:
    items = services.list_plan(db.uow())
    assert [i.title for i in items] == [i.title for i in DEFAULT_PLAN]
    assert len(careers.list_levels(db.uow())) == len(DEFAULT_LADDERS)
    for item in items:
        services.remove_plan_item(db.uow(), item.id or 0)
    assert services.list_plan(db.uow()) == []  # deleting every item does not re-seed


def test_new_hire_is_on_the_new_plan_and_due_items_reach_this_week(db: Database) -> None:
    new = hire(db, "KF101", "王婷", date(2026, 11, 2))  # week 3 on TODAY
    rows = services.agent_progress(db.uow(), new, TODAY)
    assert {p.item.stage for p in rows} == {"new"}
    shadow = rows[0]
    assert shadow.due == date(2026, 11, 15) and shadow.state is ItemState.OVERDUE
    todo = [t for t in this_week(db.uow(), TODAY) if t.area == "training"]
    assert [t.detail for t in todo] == ["实战跟听营：旁听老员工真实通话", "产品知识沙盘推演"]  # due 11-15, 11-22
    services.record_result(db.uow(), new, shadow.item.id or 0, date(2026, 11, 16), TODAY, checked_by="周强")
    todo = [t for t in this_week(db.uow(), TODAY) if t.area == "training"]
    assert [t.detail for t in todo] == ["产品知识沙盘推演"]


def test_a_session_records_everyone_at_once_or_nobody(db: Database) -> None:
    trainer = hire(db, "KF001", "林静", date(2023, 4, 1))
    people = [hire(db, f"KF2{i:02d}", f"新人{i}", date(2026, 11, 2)) for i in range(3)]
    quiz = next(i for i in services.list_plan(db.uow()) if i.check is CheckMethod.TEST)
    session = TrainingSession("产品知识考试", date(2026, 11, 17), "林静", trainer, quiz.id)
    rows = [Attendance(people[0], True, Decimal("86")), Attendance(people[1], True, Decimal("79.5")),
            Attendance(people[2], True, None)]
    with pytest.raises(TrainingError) as err:  # a test needs a score from everyone who came
        services.record_session(db.uow(), session, rows, TODAY)
    assert err.value.code == "training_score_missing"
    assert services.list_sessions(db.uow()) == []
    rows[2] = Attendance(people[2], False)
    services.record_session(db.uow(), session, rows, TODAY)
    [listed] = services.list_sessions(db.uow())
    assert (listed.attended, listed.invited, listed.passed, listed.failed) == (2, 3, 1, 1)
    states = {p: next(x for x in services.agent_progress(db.uow(), p, TODAY) if x.item.id == quiz.id).state
              for p in people}
    assert states == {people[0]: ItemState.COMPLETE, people[1]: ItemState.RETAKE, people[2]: ItemState.OPEN}
    kinds = [(e.kind, e.summary) for e in agent_timeline(db.uow(), people[1]) if e.area == "training"]
    assert kinds == [("result_failed", "产品知识沙盘推演 · 79.5")]
    assert [e.kind for e in agent_timeline(db.uow(), trainer) if e.area == "training"] == ["taught"]


def test_an_item_with_results_cannot_be_removed(db: Database) -> None:
    new = hire(db, "KF101", "王婷", date(2026, 11, 2))
    item = services.list_plan(db.uow())[0]
    services.record_result(db.uow(), new, item.id or 0, TODAY, TODAY)
    with pytest.raises(TrainingError):
        services.remove_plan_item(db.uow(), item.id or 0)
    con = Raw(db)  # the database refuses too, whatever code writes
    if True:
        with pytest.raises(IntegrityError):
            con.execute("DELETE FROM training_plan_items WHERE id = ?", (item.id,))


def test_growth_counts_check_ins_given_cases_and_sessions_taught(db: Database) -> None:
    mentor = hire(db, "KF001", "林静", date(2023, 4, 1), cert_level=CertLevel.SENIOR)
    apprentice = hire(db, "KF101", "王婷", date(2026, 9, 1))
    pairing = mentoring.start_pairing(db.uow(), NewPairing(mentor, apprentice, date(2026, 9, 2), date(2026, 12, 2),
                                                            Decimal(300)), TODAY)
    for day in (date(2026, 10, 5), date(2026, 10, 19), date(2026, 11, 2)):
        mentoring.add_check_in(db.uow(), CheckIn(pairing, day, 4), TODAY)
    coaching.add_session(db.uow(), CoachingSession(mentor, SessionKind.CASE_REVIEW, date(2026, 10, 8), "退款"), [],
                        TODAY)
    item = services.list_plan(db.uow())[1]
    services.record_session(db.uow(), TrainingSession("知识课", date(2026, 10, 20), "林静", mentor, item.id),
                            [Attendance(apprentice, True, Decimal(90))], TODAY)
    oct_mentor = services.agent_growth(db.uow(), mentor, TODAY, months=2)[0]
    assert (oct_mentor.month, oct_mentor.check_ins_given, oct_mentor.cases_written, oct_mentor.sessions_taught,
            oct_mentor.peer_help) == ("2026-10", 2, 1, 1, 4)
    oct_apprentice = services.agent_growth(db.uow(), apprentice, TODAY, months=2)[0]
    assert (oct_apprentice.tests_taken, oct_apprentice.pass_rate, oct_apprentice.peer_help) == (1, Decimal("100.0"), 0)


def test_promotion_keeps_the_criteria_as_they_stood_and_positions_are_dated(db: Database) -> None:
    lead = hire(db, "KF001", "林静", date(2023, 4, 1), cert_level=CertLevel.SENIOR,
                career_track=CareerTrack.MANAGEMENT)
    levels = careers.list_levels(db.uow())
    group_lead = next(lv for lv in levels if lv.track is CareerTrack.MANAGEMENT and lv.rank == 1)
    r = careers.agent_readiness(db.uow(), lead, TODAY)
    assert r is not None and r.target == group_lead and not r.ready  # no KPI months, items or apprentices
    careers.tick_criterion(db.uow(), lead, group_lead.id or 0, group_lead.manual[0], TODAY)
    promotion_id = careers.record_promotion(db.uow(), lead, group_lead.id or 0, TODAY, TODAY, "季度评议通过")
    [promotion] = careers.list_promotions(db.uow(), lead)
    assert promotion.id == promotion_id and promotion.level_name == "组长"
    snap = json.loads(promotion.snapshot)
    assert snap["from"] == "客服专员" and snap["level"] == "组长"
    met = {c["criterion"]: c["met"] for c in snap["criteria"]}
    assert met["tenure_months"] and met["cert_level"] and met["manual"] and not met["kpi_grade"]
    with pytest.raises(TrainingError) as err:
        careers.record_promotion(db.uow(), lead, group_lead.id or 0, TODAY, TODAY)
    assert err.value.code == "career_level_not_above"
    after = careers.agent_readiness(db.uow(), lead, TODAY)
    assert after is not None and after.current is not None and after.current.name == "组长"

    position = careers.start_position(db.uow(), lead, "组长", date(2026, 11, 1), TODAY)
    careers.start_position(db.uow(), lead, "质检", date(2025, 3, 1), TODAY)
    careers.end_position(db.uow(), position, TODAY, TODAY)
    assert [(p.title, p.end) for p in careers.list_positions(db.uow(), lead)] == [
        ("组长", TODAY), ("质检", None)]
    with pytest.raises(TrainingError):
        careers.end_position(db.uow(), position, date(2026, 10, 1), TODAY)
    kinds = sorted(e.kind for e in agent_timeline(db.uow(), lead) if e.area == "training")
    assert kinds == ["position_ended", "position_started", "position_started", "promoted"]


def test_promotion_on_another_track_is_refused(db: Database) -> None:
    agent = hire(db, "KF001", "林静", date(2023, 4, 1), career_track=CareerTrack.EXPERT)
    level = next(lv for lv in careers.list_levels(db.uow()) if lv.track is CareerTrack.MANAGEMENT and lv.rank == 1)
    with pytest.raises(TrainingError) as err:
        careers.record_promotion(db.uow(), agent, level.id or 0, TODAY, TODAY)
    assert err.value.code == "career_level_track_mismatch"
    with pytest.raises(NotFound):
        careers.record_promotion(db.uow(), agent, 9999, TODAY, TODAY)
    assert ResultStatus.ABSENT.value == "absent"


def test_demo_tells_a_training_and_career_story(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from domain.demo import build_demo
    from persistence.database import open_database

    db = open_database(tmp_path / "demo.sqlite")
    build_demo(db.uow(), 60, 24, 7, TODAY)
    assert len(services.list_sessions(db.uow())) >= 4
    promotions = careers.list_promotions(db.uow())
    assert promotions and all(json.loads(p.snapshot)["criteria"] is not None for p in promotions)
    assert {p.title for p in careers.list_positions(db.uow())} >= {"组长"}
    rows = careers.everyone_readiness(db.uow(), TODAY)
    assert any(r.target is not None and r.missing <= 1 for r in rows)  # someone is close to their next level
    assert any(t.area == "training" for t in this_week(db.uow(), TODAY))  # and something is due this week
