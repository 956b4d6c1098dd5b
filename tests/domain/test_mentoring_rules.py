"""Who may mentor whom, what a valid check-in / ending / exam looks like, and which level the roster shows."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from domain.mentoring.errors import (
    ApprenticeAlreadyPaired,
    ApprenticeNotActive,
    CannotMentorSelf,
    MentorAtCapacity,
    MentorNotActive,
    MentorNotQualified,
)
from domain.mentoring.model import CertAttempt, CheckIn, NewPairing, Pairing, PairingStatus
from domain.mentoring.rules import (
    check_pairing_allowed,
    is_qualified_mentor,
    level_after,
    validate_attempt,
    validate_check_in,
    validate_end,
    validate_new_pairing,
)
from domain.roster.model import AgentData, CertLevel, Role, Status

TODAY = date(2026, 11, 23)


def person(agent_id: int, hired: date = date(2024, 3, 1), cert: CertLevel = CertLevel.NONE,
           left: date | None = None) -> AgentData:
    return AgentData(f"KF{agent_id:03d}", f"坐席{agent_id}", Role.HOTLINE, "热线一组", hired, cert_level=cert,
                     status=Status.LEFT if left else Status.ACTIVE, leave_date=left, id=agent_id)


VETERAN, NEWBIE = person(1), person(2, hired=date(2026, 10, 8))
ACTIVE = Pairing(9, 1, 2, date(2026, 10, 15), date(2027, 1, 15), Decimal("300"), "", PairingStatus.ACTIVE)


def allowed(mentor: AgentData, apprentice: AgentData, count: int = 0, current: Pairing | None = None,
            start: date = TODAY) -> None:
    check_pairing_allowed(mentor, apprentice, start, count, current, max_apprentices=2)


def test_expert_stage_or_senior_certification_qualifies() -> None:
    assert is_qualified_mentor(person(1, hired=date(2025, 11, 1)), TODAY)  # 12+ months: expert stage
    assert not is_qualified_mentor(person(1, hired=date(2026, 1, 1)), TODAY)  # growing stage, uncertified
    assert not is_qualified_mentor(person(1, hired=date(2026, 1, 1), cert=CertLevel.INTERMEDIATE), TODAY)
    assert is_qualified_mentor(person(1, hired=date(2026, 1, 1), cert=CertLevel.SENIOR), TODAY)
    assert is_qualified_mentor(person(1, hired=date(2026, 1, 1), cert=CertLevel.EXPERT), TODAY)
    # judged on the pairing's start date: back-dated to when they were still growing, they did not qualify
    assert not is_qualified_mentor(person(1, hired=date(2025, 11, 1)), date(2026, 6, 1))


def test_a_qualified_active_mentor_with_room_is_allowed() -> None:
    allowed(VETERAN, NEWBIE, count=1)


@pytest.mark.parametrize(("mentor", "apprentice", "count", "current", "error"), [
    (VETERAN, VETERAN, 0, None, CannotMentorSelf),
    (person(1, left=date(2026, 11, 1)), NEWBIE, 0, None, MentorNotActive),
    (VETERAN, person(2, left=date(2026, 11, 1)), 0, None, ApprenticeNotActive),
    (person(3, hired=date(2026, 2, 1)), NEWBIE, 0, None, MentorNotQualified),
    (VETERAN, NEWBIE, 0, ACTIVE, ApprenticeAlreadyPaired),
    (VETERAN, NEWBIE, 2, None, MentorAtCapacity),
])
def test_each_rule_refuses_with_its_own_code(mentor, apprentice, count, current, error) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(error) as caught:
        allowed(mentor, apprentice, count, current)
    assert caught.value.code  # the UI has words for each code


def test_capacity_error_carries_the_limit() -> None:
    with pytest.raises(MentorAtCapacity) as caught:
        check_pairing_allowed(VETERAN, NEWBIE, TODAY, 3, None, max_apprentices=3)
    assert caught.value.limit == 3


def codes(errors) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.code for e in errors}


def test_new_pairing_validation() -> None:
    good = NewPairing(1, 2, date(2026, 10, 15), date(2027, 1, 15), Decimal("300.00"), "独立处理退款投诉")
    assert validate_new_pairing(good, NEWBIE, TODAY) == []
    bad = NewPairing(1, 2, date(2026, 10, 1), date(2026, 10, 1), Decimal("-1"))
    assert codes(validate_new_pairing(bad, NEWBIE, TODAY)) == {"pairing_before_hire", "planned_end_not_after_start",
                                                                "allowance_out_of_range"}
    future = NewPairing(1, 2, date(2026, 12, 1), date(2027, 3, 1), Decimal("300.005"))
    assert codes(validate_new_pairing(future, NEWBIE, TODAY)) == {"pairing_start_in_future", "allowance_fen"}


def test_check_in_validation() -> None:
    assert validate_check_in(CheckIn(9, date(2026, 11, 1), 3, "会话流程熟练"), ACTIVE, TODAY) == []
    assert codes(validate_check_in(CheckIn(9, date(2026, 10, 1), 6), ACTIVE, TODAY)) == {
        "progress_out_of_range", "check_in_outside_pairing"}
    assert codes(validate_check_in(CheckIn(9, date(2026, 11, 24), 0), ACTIVE, TODAY)) == {
        "progress_out_of_range", "check_in_outside_pairing"}
    ended = Pairing(9, 1, 2, date(2026, 10, 15), date(2027, 1, 15), Decimal("300"), "", PairingStatus.COMPLETED,
                    end_date=date(2026, 11, 10))
    assert codes(validate_check_in(CheckIn(9, date(2026, 11, 11), 3), ended, TODAY)) == {"check_in_outside_pairing"}
    assert validate_check_in(CheckIn(9, date(2026, 11, 10), 3), ended, TODAY) == []


def test_ending_early_needs_a_reason_and_a_sensible_date() -> None:
    assert validate_end(ACTIVE, date(2026, 11, 20), early=False, reason="", today=TODAY) == []
    assert codes(validate_end(ACTIVE, date(2026, 11, 20), early=True, reason="  ", today=TODAY)) == {"required"}
    assert codes(validate_end(ACTIVE, date(2026, 10, 1), early=True, reason="徒弟转岗", today=TODAY)) == {
        "end_before_start"}
    assert codes(validate_end(ACTIVE, date(2026, 12, 1), early=False, reason="", today=TODAY)) == {"end_in_future"}


def test_attempt_validation() -> None:
    ok = CertAttempt(2, CertLevel.JUNIOR, date(2026, 11, 20), Decimal("86.5"), True)
    assert validate_attempt(ok, NEWBIE, TODAY) == []
    bad = CertAttempt(2, CertLevel.EXPERT, date(2026, 10, 1), Decimal("101"), False)
    assert codes(validate_attempt(bad, NEWBIE, TODAY)) == {"bad_choice", "attempt_before_hire", "score_out_of_range"}
    assert codes(validate_attempt(CertAttempt(2, CertLevel.JUNIOR, date(2026, 12, 1), None, True), NEWBIE, TODAY)) == {
        "attempt_in_future"}


def attempt(attempt_id: int, level: CertLevel, day: date, passed: bool = True) -> CertAttempt:
    return CertAttempt(1, level, day, None, passed, id=attempt_id)


def test_the_roster_level_follows_the_latest_pass() -> None:
    assert level_after([], CertLevel.SENIOR) is CertLevel.SENIOR  # HQ's level stays until an exam says otherwise
    assert level_after([attempt(1, CertLevel.JUNIOR, date(2026, 1, 5), passed=False)], CertLevel.NONE) is CertLevel.NONE
    history = [attempt(1, CertLevel.JUNIOR, date(2025, 5, 1)), attempt(2, CertLevel.INTERMEDIATE, date(2026, 3, 1)),
               attempt(3, CertLevel.SENIOR, date(2026, 9, 1), passed=False)]
    assert level_after(history, CertLevel.NONE) is CertLevel.INTERMEDIATE
    # an older pass entered late does not override a newer one
    assert level_after([*history, attempt(4, CertLevel.JUNIOR, date(2025, 1, 1))], CertLevel.NONE) is (
        CertLevel.INTERMEDIATE)
    # two passes on one day: the one entered last counts
    same_day = [attempt(5, CertLevel.SENIOR, date(2026, 9, 1)), attempt(6, CertLevel.INTERMEDIATE, date(2026, 9, 1))]
    assert level_after(same_day, CertLevel.NONE) is CertLevel.INTERMEDIATE
