"""One mentor per apprentice per day (issue 15, item 2): overlapping pairings are refused, so the allowance
statement can never pay two mentors for the same apprentice-day — shown by example and by a property test
over random pairing histories."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from domain.errors import DomainError
from domain.mentoring import services
from domain.mentoring.errors import PairingOverlaps
from domain.mentoring.model import MentoringDefaults, NewPairing, Pairing, PairingStatus
from domain.mentoring.rules import overlapping
from domain.roster.model import AgentData, Role
from tests.domain.mentoring_fakes import FakeMentoringUnitOfWork

TODAY = date(2027, 1, 10)
YEAR_START = date(2026, 1, 1)
MENTORS = (1, 2, 3)
APPRENTICES = (4, 5)


def team() -> FakeMentoringUnitOfWork:
    uow = FakeMentoringUnitOfWork()
    for k in MENTORS:
        uow.agents.add(AgentData(f"KF00{k}", f"导师{k}", Role.HOTLINE, "热线一组", date(2020, 1, 1)))
    for k in APPRENTICES:
        uow.agents.add(AgentData(f"KF00{k}", f"新人{k}", Role.HOTLINE, "热线一组", YEAR_START))
    services.save_defaults(uow, MentoringDefaults(max_apprentices=10))
    return uow


def start(uow: FakeMentoringUnitOfWork, mentor: int, apprentice: int, day: date) -> int:
    return services.start_pairing(uow, NewPairing(mentor, apprentice, day, day + timedelta(days=90),
                                                  Decimal("300.00")), TODAY)


def test_ending_x_then_back_dating_y_into_x_is_refused() -> None:
    """The issue's reproduction: X ends on 31 March, Y is back-dated to 1 February."""
    uow = team()
    x = start(uow, 1, 4, date(2026, 1, 15))
    services.end_pairing(uow, x, date(2026, 3, 31), early=False, reason="", today=TODAY)
    with pytest.raises(PairingOverlaps) as caught:
        start(uow, 2, 4, date(2026, 2, 1))
    assert (caught.value.start, caught.value.end) == (date(2026, 1, 15), date(2026, 3, 31))
    with pytest.raises(PairingOverlaps):
        start(uow, 2, 4, date(2026, 3, 31))  # both ends are paid days: the last day is shared
    with pytest.raises(PairingOverlaps):
        start(uow, 2, 4, date(2026, 1, 2))  # before X, and open-ended, so it runs into X
    start(uow, 2, 4, date(2026, 4, 1))
    february = services.allowance_statement(uow, 2026, 2)
    assert [(ln.mentor.id, ln.amount) for ln in february.lines] == [(1, Decimal("300.00"))]


def test_overlap_is_inclusive_at_both_ends() -> None:
    ended = Pairing(1, 1, 4, date(2026, 2, 1), date(2026, 5, 1), Decimal("300"), "", PairingStatus.COMPLETED,
                    end_date=date(2026, 2, 28))
    assert overlapping([ended], date(2026, 2, 28)) is ended
    assert overlapping([ended], date(2026, 3, 1)) is None
    assert overlapping([ended], date(2026, 1, 1), end=date(2026, 1, 31)) is None
    assert overlapping([ended], date(2026, 1, 1), end=date(2026, 2, 1)) is ended


day_offsets = st.integers(min_value=0, max_value=364)
actions = st.lists(st.one_of(
    st.tuples(st.just("start"), st.sampled_from(MENTORS), st.sampled_from(APPRENTICES), day_offsets),
    st.tuples(st.just("end"), st.integers(0, 20), st.integers(0, 200), st.booleans()),
), max_size=14)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(actions)
def test_no_apprentice_day_is_ever_paid_twice(history: list[tuple]) -> None:  # type: ignore[type-arg]
    """Random starts (back-dated anywhere in 2026) and endings, through the real services; whatever they
    accept, every month's statement bills each apprentice-day at most once."""
    uow = team()
    for action in history:
        try:
            if action[0] == "start":
                _, mentor, apprentice, offset = action
                start(uow, mentor, apprentice, YEAR_START + timedelta(days=offset))
            else:
                _, which, after, early = action
                pairings = uow.mentoring.list_pairings()
                if not pairings:
                    continue
                pairing = pairings[which % len(pairings)]
                services.end_pairing(uow, pairing.id, pairing.start_date + timedelta(days=after), early=early,
                                     reason="调岗" if early else "", today=TODAY)
        except DomainError:
            continue  # a refusal writes nothing; the history goes on
    billed: Counter[tuple[int, date]] = Counter()
    for month in range(1, 13):
        for line in services.allowance_statement(uow, 2026, month).lines:
            day = line.billed_from
            while day <= line.billed_to:
                billed[(line.apprentice.id or 0, day)] += 1
                day += timedelta(days=1)
    twice = [key for key, n in billed.items() if n > 1]
    assert twice == []
