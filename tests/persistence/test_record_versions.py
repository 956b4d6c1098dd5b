"""Issue 23 item 4 beyond agents (migration 0015): the records two supervisors plausibly edit at once — a
coaching session and its action items, a mentor pairing, a care record, a candidate — carry a version. A save
over a version someone saved since is refused, naming who and when, and nothing of it lands. On SQLite and
PostgreSQL (tests/persistence/conftest.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from domain.care import services as care
from domain.care.crypto import KdfParams
from domain.care.model import CareCategory, CareDetails, CareFacts
from domain.coaching import services as coaching
from domain.coaching.model import ActionItem, CoachingSession, SessionKind
from domain.errors import EditedElsewhere
from domain.mentoring import services as mentoring
from domain.mentoring.model import NewPairing
from domain.recruiting import services as recruiting
from domain.recruiting.model import Candidate, Source
from domain.roster import services as roster
from domain.roster.model import AgentData, Role
from persistence.database import Database

TODAY = date(2026, 11, 18)


@pytest.fixture
def agents(db: Database) -> list[int]:
    hired = TODAY - timedelta(days=400)
    return [roster.add_agent(db.uow(), AgentData(no, name, Role.HOTLINE, "热线一组", hired), TODAY).agent_id
            for no, name in (("KF001", "王婷"), ("KF002", "周敏"))]


def saves_as(monkeypatch: pytest.MonkeyPatch, user: str) -> None:
    monkeypatch.setenv("DESK_USER", user)


def test_a_stale_coaching_session_or_action_item_is_refused(
        db: Database, agents: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    session_id = coaching.add_session(
        db.uow(), CoachingSession(agents[0], SessionKind.ONE_ON_ONE, TODAY, situation="谈了排班"),
        [ActionItem("回听三通退款录音", "坐席", TODAY + timedelta(days=3))], TODAY)
    mine, my_items = coaching.get_session(db.uow(), session_id)  # both supervisors open the same session
    theirs, their_items = coaching.get_session(db.uow(), session_id)
    assert mine.version == 1 and my_items[0].version == 1
    saves_as(monkeypatch, "李主管")
    coaching.update_session(db.uow(), replace(theirs, improve="语速放慢"), their_items, TODAY)
    saves_as(monkeypatch, "张主管")
    with pytest.raises(EditedElsewhere) as refused:
        coaching.update_session(db.uow(), replace(mine, strengths="耐心"), my_items, TODAY)
    assert refused.value.who == "李主管" and refused.value.when is not None
    now, items = coaching.get_session(db.uow(), session_id)
    assert (now.improve, now.strengths, now.version) == ("语速放慢", "", 2)
    # the item alone: ticked off on 本周待办 by one, edited in the old form by the other
    coaching.set_item_done(db.uow(), items[0].id, TODAY)
    with pytest.raises(EditedElsewhere):
        coaching.update_session(db.uow(), now, [replace(items[0], text="回听五通")], TODAY)
    _, after = coaching.get_session(db.uow(), session_id)
    assert (after[0].text, after[0].done_on) == ("回听三通退款录音", TODAY)


def test_a_pairing_ended_by_someone_else_is_refused_naming_them(
        db: Database, agents: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    with db.uow() as uow:
        pairing_id = uow.mentoring.add_pairing(NewPairing(agents[1], agents[0], TODAY - timedelta(days=30),
                                                          TODAY + timedelta(days=60), Decimal("200")))
        uow.commit()
    opened = next(r.pairing for r in mentoring.list_pairings(db.uow()) if r.pairing.id == pairing_id)
    saves_as(monkeypatch, "李主管")
    mentoring.end_pairing(db.uow(), pairing_id, TODAY, False, "", TODAY, opened.version)
    saves_as(monkeypatch, "张主管")
    with pytest.raises(EditedElsewhere) as refused:
        mentoring.end_pairing(db.uow(), pairing_id, TODAY, True, "调岗", TODAY, opened.version)
    assert refused.value.who == "李主管"
    with db.uow() as uow:
        stored = uow.mentoring.get_pairing(pairing_id)
    assert stored is not None and (stored.end_reason, stored.version) == ("", 2)


def test_a_stale_care_record_is_refused(db: Database, agents: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    key = care.set_passphrase(db.uow(), "关怀密码-2026", KdfParams(n=2**10))
    record_id = care.add_record(db.uow(), key, CareFacts(agents[0], TODAY, CareCategory.FAMILY),
                                CareDetails(what_happened="家人住院"), TODAY)
    row = care.list_records(db.uow(), key)[0]
    assert row.facts is not None and row.facts.version == 1
    saves_as(monkeypatch, "李主管")
    care.update_record(db.uow(), key, record_id, replace(row.facts, aid_fen=50000), CareDetails("家人住院", "慰问"),
                       TODAY)
    saves_as(monkeypatch, "张主管")
    with pytest.raises(EditedElsewhere) as refused:
        care.update_record(db.uow(), key, record_id, replace(row.facts, follow_up=TODAY), CareDetails("改写"), TODAY)
    assert refused.value.who == "李主管"
    facts, details = care.record_details(db.uow(), key, record_id)
    assert (facts.aid_fen, facts.follow_up, details.support_given, facts.version) == (50000, None, "慰问", 2)


def test_a_stale_candidate_is_refused(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    candidate_id = recruiting.add_candidate(
        db.uow(), Candidate("孙悦", Role.HOTLINE, Source.REFERRAL, TODAY - timedelta(days=2)), TODAY)
    with db.uow() as uow:
        opened = uow.recruiting.candidate(candidate_id)
    assert opened is not None and opened.version == 1
    saves_as(monkeypatch, "李主管")
    recruiting.update_candidate(db.uow(), replace(opened, phone="13800000000"), TODAY)
    saves_as(monkeypatch, "张主管")
    with pytest.raises(EditedElsewhere) as refused:
        recruiting.update_candidate(db.uow(), replace(opened, notes="普通话标准"), TODAY)
    assert refused.value.who == "李主管" and refused.value.when is not None
    with db.uow() as uow:
        stored = uow.recruiting.candidate(candidate_id)
    assert stored is not None and (stored.phone, stored.notes, stored.version) == ("13800000000", "", 2)
