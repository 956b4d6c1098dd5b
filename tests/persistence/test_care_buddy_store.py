"""Buddies on a real database: suggestion from moods and grades, pairing, check-ins, the timeline."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from domain.care import buddy
from domain.care import services as care
from domain.care.exit_interview import leavers_summary
from domain.care.life_stage import LifeStage, flags_of
from domain.care.recognition import monthly_recognition
from domain.coaching import services as coaching
from domain.coaching.model import CoachingSession, SessionKind
from domain.demo.care import DEMO_PASSPHRASE
from domain.errors import ValidationFailed
from domain.mentoring import services as mentoring
from domain.mentoring.model import NewPairing
from domain.roster import services as roster
from domain.roster.model import AgentData, Role
from domain.timeline import agent_timeline

TODAY = date(2026, 11, 23)


def test_a_new_hire_gets_a_buddy_who_is_not_their_mentor(db) -> None:  # type: ignore[no-untyped-def]
    def add(no: str, name: str, hired: date) -> int:
        return roster.add_agent(db.uow(), AgentData(no, name, Role.HOTLINE, "热线一组", hired), TODAY).agent_id

    new, mentor = add("KF001", "新人小陈", date(2026, 11, 2)), add("KF002", "师傅老王", date(2022, 3, 1))
    happy, low = add("KF003", "开朗的李强", date(2025, 2, 1)), add("KF004", "低落的张敏", date(2024, 5, 1))
    mentoring.start_pairing(db.uow(), NewPairing(mentor, new, date(2026, 11, 2), date(2027, 2, 1), Decimal(300)),
                            TODAY)
    for agent_id, mood in ((mentor, 5), (happy, 4), (low, 2)):
        coaching.add_session(db.uow(), CoachingSession(agent_id, SessionKind.ONE_ON_ONE, date(2026, 11, 16),
                                                       situation="例行", mood=mood), [], TODAY)
    assert [c.agent.name for c in buddy.buddy_suggestions(db.uow(), new, TODAY)] == ["开朗的李强"]

    with pytest.raises(ValidationFailed) as refused:
        buddy.start_buddy(db.uow(), new, mentor, TODAY, "", TODAY)
    assert [e.code for e in refused.value.errors] == ["buddy_is_mentor"]
    pair_id = buddy.start_buddy(db.uow(), new, happy, date(2026, 11, 3), "午饭一起吃", TODAY)
    buddy.add_buddy_check_in(db.uow(), buddy.BuddyCheckIn(pair_id, date(2026, 11, 20), 4, "适应得不错"), TODAY)
    view = buddy.buddy_view(db.uow(), new)
    assert (view.buddy_name, view.check_ins) == ("开朗的李强", 1)
    assert buddy.buddy_view(db.uow(), happy).supporting == ("新人小陈",)
    kinds = {(e.area, e.kind, e.summary) for e in agent_timeline(db.uow(), new)}
    assert {("buddy", "buddy_assigned", "开朗的李强"), ("buddy", "buddy_check_in", "4/5 · 适应得不错")} <= kinds
    assert ("buddy", "buddy_for", "新人小陈") in {(e.area, e.kind, e.summary) for e in agent_timeline(db.uow(), happy)}
    buddy.end_buddy(db.uow(), pair_id, TODAY)
    assert buddy.buddy_view(db.uow(), new).pair is None


def test_the_demo_gives_recent_hires_a_buddy_who_is_not_their_mentor(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from domain.care.buddy import buddy_view
    from domain.demo import build_demo
    from persistence.database import open_database

    db = open_database(tmp_path / "demo.sqlite", backup_dir=tmp_path / "backups")
    try:
        build_demo(db.uow(), 60, 18, 7, TODAY)
        with db.uow() as uow:
            agents = uow.agents.list_all()
            pairs = [p for a in agents for p in uow.wellbeing.buddy_pairs_of(a.id) if p.agent_id == a.id]
            mentors = {(p.apprentice_id, p.mentor_id) for p in uow.mentoring.list_pairings()}
            check_ins = sum(len(uow.wellbeing.buddy_check_ins(p.id)) for p in pairs)
        assert pairs and check_ins
        assert not any((p.agent_id, p.buddy_id) in mentors for p in pairs)
        assert buddy_view(db.uow(), pairs[0].agent_id).buddy_name
        months = monthly_recognition(db.uow(), date(2026, 5, 1), TODAY)
        assert len(months) == 7 and all(m.awards >= 2 for m in months[:-1]) and sum(m.praises for m in months) > 6
        exits = leavers_summary(db.uow(), date(2025, 11, 24), TODAY)
        assert exits.interviews > 0 and exits.by_destination
        key = care.unlock(db.uow(), DEMO_PASSPHRASE)
        with db.uow() as uow:
            flagged = [r.agent_id for r in uow.wellbeing.life_stages()]
        stages = {s for a in flagged for s in flags_of(db.uow(), key, a)[0].stages}
        assert len(flagged) >= 3 and LifeStage.SINGLE_AWAY in stages and LifeStage.PREGNANT in stages
        from domain.care.rehire import rehire_count

        assert rehire_count(db.uow(), date(2026, 10, 1), TODAY) == 1
    finally:
        db.close()


def test_a_rehire_is_one_person_with_two_periods(db) -> None:  # type: ignore[no-untyped-def]
    from domain.care.rehire import earlier_candidates, link_rehire, rehire_count, rehire_view
    from domain.roster.model import LeaveReason, TenureStage

    first = roster.add_agent(db.uow(), AgentData("KF001", "王婷", Role.HOTLINE, "热线一组", date(2024, 3, 1),
                                                 phone="13800000001"), TODAY).agent_id
    other = roster.add_agent(db.uow(), AgentData("KF002", "赵敏", Role.HOTLINE, "热线一组", date(2024, 3, 1)),
                             TODAY).agent_id
    roster.mark_left(db.uow(), first, date(2025, 12, 31), LeaveReason.STUDY, True, TODAY)
    roster.mark_left(db.uow(), other, date(2025, 10, 31), LeaveReason.PAY, True, TODAY)
    back = roster.add_agent(db.uow(), AgentData("KF101", "王婷", Role.HOTLINE, "热线一组", date(2026, 11, 2),
                                                phone="13800000001"), TODAY).agent_id
    assert [a.id for a in earlier_candidates(db.uow(), back)] == [first, other]  # same name and phone first
    assert rehire_view(db.uow(), back, TODAY).stage is TenureStage.NEW
    link_rehire(db.uow(), back, first)
    view = rehire_view(db.uow(), back, TODAY)
    assert [p.agent_id for p in view.periods] == [first, back]
    assert view.counted_days == (date(2025, 12, 31) - date(2024, 3, 1)).days + 21 and view.stage is TenureStage.EXPERT
    assert rehire_count(db.uow(), date(2026, 11, 1), TODAY) == 1
    with pytest.raises(ValidationFailed):
        link_rehire(db.uow(), first, back)  # the earlier record cannot follow its own return
