"""Issue 23: on a shared database a supervisor sees and edits only their own teams' (and unowned teams')
agents on every page, a centre manager sees all. The scope lives in the unit of work (persistence/scoping.py),
so each area's reads and writes are checked here through the use cases the pages call, on SQLite and on
PostgreSQL. From a supervisor's side another supervisor's record does not exist: it is not listed, and an
edit of it is refused (NotFound where the use case reads it first, NotYourTeam where it writes straight)."""

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
from domain.errors import NotFound, ValidationFailed
from domain.mentoring import services as mentoring
from domain.mentoring.model import CertAttempt, NewPairing
from domain.recruiting import services as recruiting
from domain.recruiting.model import Candidate, Source
from domain.roster import services as roster
from domain.roster.model import AgentData, CertLevel, Role
from domain.roster.teams import NotYourTeam, assign_teams
from domain.this_week import this_week
from domain.training import services as training
from persistence.database import Database
from persistence.unit_of_work import SqlUnitOfWork

TODAY = date(2026, 11, 18)
REFUSED = (NotFound, NotYourTeam)
FAST = KdfParams(n=2**10)


@pytest.fixture
def centre(db: Database) -> dict[str, int]:
    """Two teams with two agents each: 热线一组 is zhang's, 热线二组 li's; wang is the centre manager.
    Built with no user (every team), then the database is used as zhang."""
    hired = TODAY - timedelta(days=20)
    ids = {}
    for key, no, name, team in (("mine", "KF001", "王婷", "热线一组"), ("mine2", "KF002", "周敏", "热线一组"),
                                ("theirs", "KF101", "李强", "热线二组"), ("theirs2", "KF102", "赵雷", "热线二组")):
        ids[key] = roster.add_agent(db.uow(), AgentData(no, name, Role.HOTLINE, team, hired), TODAY).agent_id
    assign_teams(db.uow(), {"热线一组": "zhang", "热线二组": "li"}, {"wang"})
    db.user = "zhang"
    return ids


def as_user(db: Database, user: str | None) -> SqlUnitOfWork:
    """A unit of work of `user` (and the database stays theirs for the next calls)."""
    db.user = user
    return db.uow()


def test_the_roster_agent_page_and_finder_show_only_my_teams(db: Database, centre: dict[str, int]) -> None:
    names = {r.agent.name for r in roster.list_roster(db.uow(), TODAY)}  # what the Ctrl+F finder searches
    assert names == {"王婷", "周敏"}
    assert roster.roster_page(db.uow(), TODAY).total == 2
    with pytest.raises(REFUSED):
        roster.get_agent(db.uow(), centre["theirs"])  # the agent page
    theirs = roster.get_agent(as_user(db, None), centre["theirs"])
    with pytest.raises(REFUSED):
        roster.update_agent(as_user(db, "zhang"), replace(theirs, phone="13800000000"), TODAY)
    mine = roster.get_agent(db.uow(), centre["mine"])
    with pytest.raises(NotYourTeam):  # nor move my agent into someone else's team
        roster.update_agent(db.uow(), replace(mine, team="热线二组"), TODAY)
    assert {r.agent.name for r in roster.list_roster(as_user(db, "wang"), TODAY)} == {"王婷", "周敏", "李强", "赵雷"}


def test_a_new_agent_in_someone_elses_team_is_refused_but_a_duplicate_number_is_still_seen(
        db: Database, centre: dict[str, int]) -> None:
    with pytest.raises(NotYourTeam):
        roster.add_agent(db.uow(), AgentData("KF200", "钱多", Role.HOTLINE, "热线二组", TODAY), TODAY)
    from domain.errors import DuplicateEmployeeNo

    with pytest.raises(DuplicateEmployeeNo):  # 工号 are unique across the centre, hidden or not
        roster.add_agent(db.uow(), AgentData("KF101", "钱多", Role.HOTLINE, "热线一组", TODAY), TODAY)


def test_coaching_sessions_items_and_cadence(db: Database, centre: dict[str, int]) -> None:
    db.user = None
    due = TODAY + timedelta(days=2)
    ids = {}
    for key in ("mine", "theirs"):
        ids[key] = coaching.add_session(
            db.uow(), CoachingSession(centre[key], SessionKind.ONE_ON_ONE, TODAY - timedelta(days=40), title=key,
                                     situation="谈了排班"),
            [ActionItem(text=f"跟进{key}", owner="主管", due_on=due)], TODAY)
    db.user = "zhang"
    assert {r.session.title for r in coaching.list_sessions(db.uow())} == {"mine"}
    assert {r.agent_id for r in coaching.list_action_items(db.uow())} == {centre["mine"]}
    assert {r.agent_id for r in coaching.cadence(db.uow(), TODAY)} <= {centre["mine"], centre["mine2"]}
    assert centre["theirs"] not in coaching.last_one_on_one(db.uow())[0]
    with pytest.raises(REFUSED):
        coaching.get_session(db.uow(), ids["theirs"])
    with pytest.raises(ValidationFailed, match="unknown_agent"):  # not one of the agents zhang may choose
        coaching.add_session(db.uow(), CoachingSession(centre["theirs"], SessionKind.ONE_ON_ONE, TODAY,
                                                         situation="谈了排班"), [], TODAY)
    with pytest.raises(REFUSED):
        coaching.delete_session(db.uow(), ids["theirs"])
    with db.uow() as uow:
        with pytest.raises(NotYourTeam):  # straight to storage: an item added to their session
            uow.coaching.add_action_item(ActionItem(text="x", owner="主管", due_on=due, session_id=ids["theirs"]))
    assert len(coaching.list_sessions(as_user(db, "wang"))) == 2


def test_mentoring_pairings_and_certification(db: Database, centre: dict[str, int]) -> None:
    db.user = None
    start = TODAY - timedelta(days=5)
    for mentor, apprentice in (("mine2", "mine"), ("theirs2", "theirs")):
        with db.uow() as uow:  # straight to storage: the mentor rules are not what is tested here
            uow.mentoring.add_pairing(NewPairing(centre[mentor], centre[apprentice], start,
                                                 start + timedelta(days=90), Decimal("200")))
            uow.certifications.add(CertAttempt(centre[apprentice], CertLevel.JUNIOR, start, Decimal("90"), True))
            uow.commit()
    db.user = "zhang"
    pairings = mentoring.list_pairings(db.uow())
    assert [p.pairing.apprentice_id for p in pairings] == [centre["mine"]]
    assert {a.attempt.agent_id for a in mentoring.list_attempts(db.uow())} == {centre["mine"]}
    with pytest.raises(REFUSED):
        mentoring.start_pairing(db.uow(), NewPairing(centre["theirs2"], centre["theirs"], TODAY,
                                                     TODAY + timedelta(days=90), Decimal("200")), TODAY)
    with pytest.raises(REFUSED):
        mentoring.record_attempt(db.uow(), CertAttempt(centre["theirs"], CertLevel.JUNIOR, TODAY, Decimal("95"),
                                                       True), TODAY)
    assert len(mentoring.list_pairings(as_user(db, "wang"))) == 2


def test_training_results(db: Database, centre: dict[str, int]) -> None:
    items = training.list_plan(db.uow())
    item = next(i for i in items if i.pass_mark is None)
    training.record_result(as_user(db, None), centre["theirs"], item.id, TODAY, TODAY)
    db.user = "zhang"
    with pytest.raises(REFUSED):
        training.record_result(db.uow(), centre["theirs2"], item.id, TODAY, TODAY)
    with pytest.raises(REFUSED):
        training.agent_progress(db.uow(), centre["theirs"], TODAY)
    with db.uow() as uow:
        assert uow.training.all_results() == []


def test_care_records_reminders_and_this_week(db: Database, centre: dict[str, int]) -> None:
    key = care.set_passphrase(as_user(db, None), "关怀密码-2026", FAST)
    for who in ("mine", "theirs"):
        care.add_record(db.uow(), key, CareFacts(centre[who], TODAY, CareCategory.FAMILY, follow_up=TODAY),
                        CareDetails(what_happened=f"{who}的家事"), TODAY)
    db.user = "zhang"
    rows = care.list_records(db.uow(), key)
    assert [r.header.agent_id for r in rows] == [centre["mine"]]
    assert [r.header.agent_id for r in care.list_records(db.uow(), None)] == [centre["mine"]]
    their_record = next(r.header.id for r in care.list_records(as_user(db, None), key)
                        if r.header.agent_id == centre["theirs"])
    db.user = "zhang"
    with pytest.raises(REFUSED):
        care.record_details(db.uow(), key, their_record)
    with pytest.raises(REFUSED):
        care.add_record(db.uow(), key, CareFacts(centre["theirs"], TODAY, CareCategory.FAMILY), CareDetails("x"), TODAY)
    todo_agents = {item.agent_id for item in this_week(db.uow(), TODAY)}
    assert centre["mine"] in todo_agents
    assert not todo_agents & {centre["theirs"], centre["theirs2"]}


def test_recruiting_candidates_of_another_team_are_not_listed(db: Database, centre: dict[str, int]) -> None:
    db.user = None
    applied = TODAY - timedelta(days=3)
    open_id = recruiting.add_candidate(db.uow(), Candidate("孙悦", Role.HOTLINE, Source.REFERRAL, applied), TODAY)
    hired_id = recruiting.add_candidate(db.uow(), Candidate("李强", Role.HOTLINE, Source.REFERRAL, applied), TODAY)
    with db.uow() as uow:
        hired = uow.recruiting.candidate(hired_id)
        assert hired is not None
        uow.recruiting.update_candidate(replace(hired, agent_id=centre["theirs"]))
        uow.commit()
    db.user = "zhang"
    assert {r.candidate.id for r in recruiting.list_candidates(db.uow())} == {open_id}  # no team yet: everyone's
    with pytest.raises(REFUSED):
        recruiting.update_candidate(db.uow(), replace(hired, notes="改"), TODAY)


def test_one_supervisor_without_owners_sees_everything(db: Database) -> None:
    """The default: a SQLite file with no team owners, whoever the user is."""
    roster.add_agent(db.uow(), AgentData("KF001", "王婷", Role.HOTLINE, "热线一组", TODAY), TODAY)
    roster.add_agent(db.uow(), AgentData("KF101", "李强", Role.HOTLINE, "热线二组", TODAY), TODAY)
    assert len(roster.list_roster(as_user(db, "zhang"), TODAY)) == 2


def test_a_centre_manager_gets_care_counts_never_records_even_with_the_passphrase(
        db: Database, centre: dict[str, int]) -> None:
    """Issue 23 item 5: the manager sees every team's agents, but another supervisor's care records only as
    totals per category and month; their own team's records (wang owns 热线三组 here) as usual."""
    from domain.care.reports import care_totals

    wang_agent = roster.add_agent(as_user(db, None), AgentData("KF301", "吴芳", Role.HOTLINE, "热线三组", TODAY),
                                  TODAY).agent_id
    assign_teams(db.uow(), {"热线三组": "wang"}, None)
    key = care.set_passphrase(db.uow(), "关怀密码-2026", FAST)
    ids = {who: care.add_record(db.uow(), key, CareFacts(agent, TODAY, CareCategory.FAMILY, follow_up=TODAY),
                                CareDetails(what_happened="家事"), TODAY)
           for who, agent in (("zhang", centre["mine"]), ("li", centre["theirs"]), ("wang", wang_agent))}
    db.user = "wang"
    assert len(roster.list_roster(db.uow(), TODAY)) == 5  # the manager sees every agent
    unlocked = care.unlock(db.uow(), "关怀密码-2026")
    assert [r.header.id for r in care.list_records(db.uow(), unlocked)] == [ids["wang"]]
    assert [r.header.id for r in care.list_records(db.uow(), None)] == [ids["wang"]]
    for who in ("zhang", "li"):
        with pytest.raises(REFUSED):
            care.record_details(db.uow(), unlocked, ids[who])
        with pytest.raises(REFUSED):
            care.delete_record(db.uow(), unlocked, ids[who])
    assert [c.category for c in care_totals(db.uow(), TODAY, TODAY).by_category] == [CareCategory.FAMILY]
    assert care_totals(db.uow(), TODAY, TODAY).open_follow_ups == 3  # counted for every team, as the totals
    with db.uow() as uow:
        assert sum(t.count for t in uow.care.month_totals(TODAY.replace(day=1), TODAY)) == 3
    db.user = "zhang"  # a supervisor's totals are their own scope's
    with db.uow() as uow:
        assert sum(t.count for t in uow.care.month_totals(TODAY.replace(day=1), TODAY)) == 1
    assert care_totals(db.uow(), TODAY, TODAY).open_follow_ups == 1
