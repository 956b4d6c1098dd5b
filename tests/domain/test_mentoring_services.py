"""Mentoring and certification use cases on an in-memory unit of work; outcomes and the registered sources."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from domain.errors import ValidationFailed
from domain.mentoring import services
from domain.mentoring.errors import MentorAtCapacity, MentorNotQualified, PairingNotActive
from domain.mentoring.model import CertAttempt, CheckIn, MentoringDefaults, NewPairing, PairingStatus
from domain.mentoring.outcomes import agent_level_times, kpi_at_end, mentor_level_times, mentor_outcomes
from domain.mentoring.sources import mentoring_events, mentoring_todos
from domain.roster.model import AgentData, CertLevel, Role, Status
from tests.domain.mentoring_fakes import FakeMentoringUnitOfWork, FakeScore

TODAY = date(2026, 11, 23)  # a Monday


@pytest.fixture
def uow() -> FakeMentoringUnitOfWork:
    fake = FakeMentoringUnitOfWork()
    people = [("KF001", "林静", date(2023, 4, 1)), ("KF002", "周强", date(2022, 8, 1)),
              ("KF003", "王婷", date(2026, 9, 1)), ("KF004", "李欣", date(2026, 9, 10)),
              ("KF005", "赵磊", date(2026, 10, 8)), ("KF006", "陈晨", date(2026, 3, 1))]
    for no, name, hired in people:
        fake.agents.add(AgentData(no, name, Role.HOTLINE, "热线一组", hired))
    return fake


def pair(uow, mentor: int, apprentice: int, start: date = date(2026, 10, 12)) -> int:  # type: ignore[no-untyped-def]
    return services.start_pairing(uow, NewPairing(mentor, apprentice, start, start + timedelta(days=91),
                                                  Decimal("300.00"), " 三个月独立接线 "), TODAY)


def test_defaults_round_trip_through_settings_and_fall_back_when_unreadable(uow) -> None:  # type: ignore[no-untyped-def]
    assert services.load_defaults(uow) == MentoringDefaults()
    services.save_defaults(uow, MentoringDefaults(Decimal("450.50"), 3, 4, 10))
    assert uow.settings.values["mentoring.monthly_allowance"] == "450.50"
    assert services.load_defaults(uow) == MentoringDefaults(Decimal("450.50"), 3, 4, 10)
    uow.settings.values["mentoring.max_apprentices"] = "很多"
    assert services.load_defaults(uow).max_apprentices == 2
    with pytest.raises(ValidationFailed) as caught:
        services.save_defaults(uow, MentoringDefaults(Decimal("-5"), 0, 4, 10))
    assert {e.field for e in caught.value.errors} == {"monthly_allowance", "max_apprentices"}


def test_pairing_trims_goals_and_respects_the_configured_capacity(uow) -> None:  # type: ignore[no-untyped-def]
    first = pair(uow, 1, 3)
    assert uow.mentoring.pairings[first].goals == "三个月独立接线"
    pair(uow, 1, 4)
    with pytest.raises(MentorAtCapacity):
        pair(uow, 1, 5)
    services.save_defaults(uow, MentoringDefaults(max_apprentices=3))
    pair(uow, 1, 5)
    assert uow.mentoring.active_count_for_mentor(1) == 3


def test_an_unqualified_mentor_is_refused_and_nothing_is_written(uow) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(MentorNotQualified):
        pair(uow, 6, 3)  # 陈晨: hired in March, uncertified
    assert uow.mentoring.pairings == {} and uow.commits == 0


def test_candidates_show_qualification_and_load(uow) -> None:  # type: ignore[no-untyped-def]
    pair(uow, 2, 3)
    found = {c.agent.employee_no: (c.qualified, c.active_apprentices) for c in services.mentor_candidates(uow, TODAY)}
    assert found["KF001"] == (True, 0) and found["KF002"] == (True, 1) and found["KF006"] == (False, 0)


def test_check_ins_ending_and_the_pairing_list(uow) -> None:  # type: ignore[no-untyped-def]
    pid = pair(uow, 1, 3)
    services.add_check_in(uow, CheckIn(pid, date(2026, 10, 26), 2, "还不熟悉退款流程"), TODAY)
    services.add_check_in(uow, CheckIn(pid, date(2026, 11, 9), 4, "能独立处理"), TODAY)
    row = services.list_pairings(uow)[0]
    assert (row.mentor.name, row.apprentice.name) == ("林静", "王婷")
    assert (row.check_ins.count, row.check_ins.last_day, row.check_ins.last_progress) == (2, date(2026, 11, 9), 4)
    assert row.next_check_in == date(2026, 11, 23)
    with pytest.raises(ValidationFailed):
        services.end_pairing(uow, pid, date(2026, 11, 20), early=True, reason="", today=TODAY)
    services.end_pairing(uow, pid, date(2026, 11, 20), early=True, reason=" 徒弟转岗到在线组 ", today=TODAY)
    ended = uow.mentoring.pairings[pid]
    assert (ended.status, ended.end_date, ended.end_reason) == (PairingStatus.ENDED_EARLY, date(2026, 11, 20),
                                                                 "徒弟转岗到在线组")
    with pytest.raises(PairingNotActive):
        services.end_pairing(uow, pid, date(2026, 11, 21), early=False, reason="", today=TODAY)
    assert services.list_pairings(uow)[0].next_check_in is None
    pair(uow, 2, 3, start=date(2026, 11, 21))  # the apprentice is free for a new mentor from the next day


def test_statement_service_uses_stored_pairings(uow) -> None:  # type: ignore[no-untyped-def]
    pair(uow, 1, 3, start=date(2026, 10, 15))
    statement = services.allowance_statement(uow, 2026, 10)
    assert [(ln.apprentice.name, ln.amount) for ln in statement.lines] == [("王婷", Decimal("164.52"))]
    assert services.allowance_statement(uow, 2026, 9).lines == ()


def test_a_pass_moves_the_roster_level_and_records_it_in_the_roster_history(uow) -> None:  # type: ignore[no-untyped-def]
    receipt = services.record_attempt(uow, CertAttempt(3, CertLevel.JUNIOR, date(2026, 11, 2), Decimal("82"), True),
                                      TODAY)
    assert (receipt.level_before, receipt.level_after) == (CertLevel.NONE, CertLevel.JUNIOR)
    assert uow.agents.get(3).cert_level is CertLevel.JUNIOR
    [entry] = uow.agents.history(3)
    assert (entry.field, entry.old_value, entry.new_value, entry.effective_date) == (
        "cert_level", "none", "junior", date(2026, 11, 2))
    failed = services.record_attempt(uow, CertAttempt(3, CertLevel.INTERMEDIATE, date(2026, 11, 20),
                                                      Decimal("55"), False), TODAY)
    assert failed.level_after is CertLevel.JUNIOR and len(uow.agents.history(3)) == 1
    with pytest.raises(ValidationFailed):
        services.record_attempt(uow, CertAttempt(3, CertLevel.JUNIOR, date(2026, 8, 1), None, True), TODAY)


def test_mentor_outcomes_retention_and_time_to_first_certification(uow) -> None:  # type: ignore[no-untyped-def]
    agents = uow.agents
    p1 = pair(uow, 1, 3, start=date(2026, 9, 5))  # 王婷, still here after 90 days (Dec 4 > today: not yet judged)
    p2 = pair(uow, 1, 4, start=date(2026, 9, 12))
    services.end_pairing(uow, p2, date(2026, 10, 20), early=True, reason="离职", today=TODAY)
    agents.update(AgentData("KF004", "李欣", Role.HOTLINE, "热线一组", date(2026, 9, 10), status=Status.LEFT,
                            leave_date=date(2026, 10, 20), id=4))
    services.record_attempt(uow, CertAttempt(3, CertLevel.JUNIOR, date(2026, 11, 10), None, True), TODAY)
    [outcome] = mentor_outcomes(uow.mentoring.list_pairings(), agents.rows, uow.certifications.list_all(), TODAY)
    assert (outcome.pairings, outcome.active, outcome.ended_early) == (2, 1, 1)
    assert (outcome.retained_90, outcome.measured_90) == (0, 1)  # 李欣 left within 90 days; 王婷 not judged yet
    assert outcome.retention_90 == 0.0
    assert (outcome.certified, outcome.median_days_to_first_cert) == (1, 70)  # Sep 1 → Nov 10
    later = mentor_outcomes(uow.mentoring.list_pairings(), agents.rows, [], date(2026, 12, 10))[0]
    assert (later.retained_90, later.measured_90, later.median_days_to_first_cert) == (1, 2, None)
    assert uow.mentoring.pairings[p1].status is PairingStatus.ACTIVE


def test_time_from_hire_to_each_level_per_agent_and_per_mentor(uow) -> None:  # type: ignore[no-untyped-def]
    pair(uow, 1, 3, start=date(2026, 9, 5))
    pair(uow, 1, 4, start=date(2026, 9, 12))
    attempts = [CertAttempt(3, CertLevel.JUNIOR, date(2026, 10, 1), None, False),
                CertAttempt(3, CertLevel.JUNIOR, date(2026, 11, 1), None, True),  # 61 days
                CertAttempt(4, CertLevel.JUNIOR, date(2026, 11, 19), None, True),  # 70 days
                CertAttempt(2, CertLevel.SENIOR, date(2024, 8, 1), None, True)]
    times = {t.agent.employee_no: dict(t.days) for t in agent_level_times(uow.agents.rows.values(), attempts)}
    assert times == {"KF002": {CertLevel.SENIOR: 731}, "KF003": {CertLevel.JUNIOR: 61},
                     "KF004": {CertLevel.JUNIOR: 70}}
    [mentor] = mentor_level_times(uow.mentoring.list_pairings(), uow.agents.rows, attempts)
    assert mentor.apprentices == 2 and mentor.median_days == {CertLevel.JUNIOR: 65.5}
    assert mentor.reached == {CertLevel.JUNIOR: 2}


def test_this_week_lists_due_check_ins_endings_and_departures(uow) -> None:  # type: ignore[no-untyped-def]
    due = pair(uow, 1, 3, start=date(2026, 11, 2))  # no check-in yet: due Nov 16, overdue
    quiet = pair(uow, 2, 4, start=date(2026, 11, 20))  # due Dec 4: after Sunday Nov 29
    ending = pair(uow, 1, 5, start=date(2026, 10, 12))  # checked in recently, but planned to end this Friday
    services.add_check_in(uow, CheckIn(ending, date(2026, 11, 20), 3), TODAY)
    uow.mentoring.update_pairing(replace(uow.mentoring.pairings[ending], planned_end=date(2026, 11, 27)))
    items = {(i.kind, i.ref_id): i for i in mentoring_todos(uow, TODAY)}
    assert set(items) == {("check_in_due", due), ("pairing_ending", ending)}
    assert items[("check_in_due", due)].due == date(2026, 11, 16) and items[("check_in_due", due)].overdue(TODAY)
    assert items[("check_in_due", due)].agent_name == "王婷" and items[("check_in_due", due)].detail == "林静 → 王婷"
    agents = uow.agents
    agents.update(AgentData("KF004", "李欣", Role.HOTLINE, "热线一组", date(2026, 9, 10), status=Status.LEFT,
                            leave_date=date(2026, 11, 22), id=4))
    assert ("pairing_person_left", quiet) in {(i.kind, i.ref_id) for i in mentoring_todos(uow, TODAY)}


def test_timeline_events_for_apprentice_and_mentor(uow) -> None:  # type: ignore[no-untyped-def]
    pid = pair(uow, 1, 3, start=date(2026, 10, 12))
    services.add_check_in(uow, CheckIn(pid, date(2026, 10, 26), 3, "流程熟练"), TODAY)
    services.end_pairing(uow, pid, date(2026, 11, 20), early=False, reason="", today=TODAY)
    services.record_attempt(uow, CertAttempt(3, CertLevel.JUNIOR, date(2026, 11, 2), Decimal("88.5"), True), TODAY)
    apprentice = {(e.kind, e.day, e.summary) for e in mentoring_events(uow, 3)}
    assert apprentice == {("mentor_assigned", date(2026, 10, 12), "林静"),
                          ("check_in", date(2026, 10, 26), "3/5 · 流程熟练"),
                          ("pairing_completed", date(2026, 11, 20), "林静"),
                          ("cert_junior_passed", date(2026, 11, 2), "88.5/100")}
    mentor = {(e.kind, e.summary) for e in mentoring_events(uow, 1)}
    assert mentor == {("apprentice_assigned", "王婷"), ("pairing_completed", "王婷")}
    assert all(e.area == "mentoring" and not e.sensitive for e in mentoring_events(uow, 3))


def test_kpi_at_the_end_of_the_pairing_is_the_last_score_within_its_months(uow) -> None:  # type: ignore[no-untyped-def]
    done = pair(uow, 1, 6, start=date(2026, 6, 20))
    services.end_pairing(uow, done, date(2026, 9, 19), early=False, reason="", today=TODAY)
    short = pair(uow, 1, 4, start=date(2026, 9, 12))
    services.end_pairing(uow, short, date(2026, 10, 5), early=True, reason="徒弟转岗", today=TODAY)
    running = pair(uow, 1, 5, start=date(2026, 10, 12))
    uow.performance.scores = [FakeScore(6, "2026-05", 40.0), FakeScore(6, "2026-07", 71.0),
                              FakeScore(6, "2026-09", 84.5), FakeScore(6, "2026-10", 90.0),  # after the end: ignored
                              FakeScore(4, "2026-10", 75.0), FakeScore(5, "2026-11", 66.0)]
    pairings = uow.mentoring.pairings
    assert kpi_at_end(pairings[done], [("2026-07", 71.0), ("2026-09", 84.5), ("2026-10", 90.0)]) == 84.5
    assert kpi_at_end(pairings[done], [("2026-05", 40.0)]) is None  # nothing from the pairing's own months
    assert kpi_at_end(pairings[running], [("2026-11", 66.0)]) is None  # still running
    [outcome] = services.outcomes(uow, TODAY)
    assert (outcome.kpi_at_end, outcome.kpi_measured) == (79.8, 2)  # mean of 84.5 and 75.0, to one decimal


def test_each_screen_load_is_one_read_and_matches_the_separate_reads(uow) -> None:  # type: ignore[no-untyped-def]
    from tests.domain.test_coaching_services import count_entries

    pair(uow, 1, 3)
    services.record_attempt(uow, CertAttempt(3, CertLevel.JUNIOR, date(2026, 11, 20), Decimal("90"), True, ""), TODAY)
    entries = count_entries(uow)
    form = services.pairing_form(uow, TODAY)
    certification = services.certification_view(uow)
    outcomes = services.outcomes_view(uow, TODAY)
    assert entries == [3]
    assert form.defaults == services.load_defaults(uow)
    assert form.candidates == services.mentor_candidates(uow, TODAY)
    assert certification.attempts == services.list_attempts(uow)
    assert certification.times == services.level_times(uow)[0]
    assert outcomes.outcomes == services.outcomes(uow, TODAY)
    assert outcomes.level_times == services.level_times(uow)[1]
    assert [a.name for a in services.examinable_agents(uow)][:2] == ["赵磊", "李欣"]  # newest hire first


def test_the_statement_export_writes_and_logs_in_one_transaction(uow) -> None:  # type: ignore[no-untyped-def]
    from tests.domain.test_coaching_services import count_entries

    pair(uow, 1, 3, start=date(2026, 10, 15))
    uow.settings.set("team_name", "热线一组")
    written = []
    entries = count_entries(uow)
    commits = uow.commits
    statement = services.export_allowance_statement(uow, lambda st, team: written.append((st, team)),
                                                    "/tmp/补贴.xlsx", 2026, 10)
    assert entries == [1] and uow.commits == commits + 1
    assert written == [(statement, "热线一组")] and statement == services.allowance_statement(uow, 2026, 10)
    assert uow.log.entries[-1][:3] == ("export_allowance", "2026-10 /tmp/补贴.xlsx total=164.52", 1)
