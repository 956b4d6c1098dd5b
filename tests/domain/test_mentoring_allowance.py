"""The allowance statement goes to HQ: the proration rule with worked examples, line by line."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from domain.mentoring.allowance import LineNote, build_statement, prorate, statement_line
from domain.mentoring.model import Pairing, PairingStatus
from domain.roster.model import AgentData, Role, Status

D = Decimal


def agent(agent_id: int, leave: date | None = None) -> AgentData:
    return AgentData(f"KF{agent_id:03d}", f"坐席{agent_id}", Role.HOTLINE, "热线一组", date(2024, 1, 1), id=agent_id,
                     status=Status.LEFT if leave else Status.ACTIVE, leave_date=leave)


def pairing(pid: int, mentor: int, apprentice: int, start: date, end: date | None = None,
            monthly: str = "300.00", planned: date | None = None) -> Pairing:
    status = PairingStatus.COMPLETED if end else PairingStatus.ACTIVE
    return Pairing(pid, mentor, apprentice, start, planned or date(2027, 1, 1), D(monthly), "", status, end)


@pytest.mark.parametrize(("monthly", "days", "month_days", "expected"), [
    ("300.00", 16, 30, "160.00"),  # exact
    ("300.00", 17, 31, "164.52"),  # 164.5161… rounds up
    ("300.00", 1, 31, "9.68"),  # 9.6774…
    ("250.00", 15, 28, "133.93"),  # February: 133.9285…
    ("28.14", 1, 28, "1.01"),  # exactly 1.005: half up, where banker's rounding gives 1.00
    ("100.02", 7, 28, "25.01"),  # exactly 25.005: half up, where a float gives 25.0
    ("300.00", 31, 31, "300.00"),  # a whole month is the monthly amount
    ("333.33", 0, 30, "0.00"),
])
def test_prorate_worked_examples(monthly: str, days: int, month_days: int, expected: str) -> None:
    assert prorate(D(monthly), days, month_days) == D(expected)
    assert str(prorate(D(monthly), days, month_days)) == expected  # always two decimals on the sheet


def test_float_arithmetic_would_get_the_half_fen_wrong() -> None:
    assert round(100.02 * 7 / 28, 2) == 25.0  # why the rule is computed in Decimal
    assert prorate(D("100.02"), 7, 28) == D("25.01")


def test_prorate_refuses_impossible_day_counts() -> None:
    with pytest.raises(ValueError):
        prorate(D("300"), 32, 31)


def test_pairing_starting_mid_month_is_paid_from_its_start_day_inclusive() -> None:
    line = statement_line(pairing(1, 1, 2, date(2026, 10, 15)), agent(1), agent(2), 2026, 10)
    assert (line.billed_from, line.billed_to, line.active_days, line.days_in_month) == (
        date(2026, 10, 15), date(2026, 10, 31), 17, 31)
    assert line.amount == D("164.52")
    assert line.notes == (LineNote.STARTED_IN_MONTH,)


def test_pairing_ending_mid_month_is_paid_to_its_end_day_inclusive() -> None:
    line = statement_line(pairing(1, 1, 2, date(2026, 8, 1), end=date(2026, 9, 16)), agent(1), agent(2), 2026, 9)
    assert (line.active_days, line.amount, line.notes) == (16, D("160.00"), (LineNote.ENDED_IN_MONTH,))


def test_pairing_inside_one_month() -> None:
    line = statement_line(pairing(1, 1, 2, date(2026, 2, 10), end=date(2026, 2, 16)), agent(1), agent(2), 2026, 2)
    assert line.active_days == 7 and line.amount == D("75.00")  # 300 × 7/28


def test_apprentice_leaving_caps_the_allowance_even_if_the_pairing_was_never_ended() -> None:
    line = statement_line(pairing(1, 1, 2, date(2026, 9, 1)), agent(1), agent(2, leave=date(2026, 10, 10)), 2026, 10)
    assert line.billed_to == date(2026, 10, 10) and line.amount == D("96.77")  # 300 × 10/31
    assert LineNote.APPRENTICE_LEFT in line.notes and LineNote.ENDED_IN_MONTH in line.notes
    assert statement_line(pairing(1, 1, 2, date(2026, 9, 1)), agent(1), agent(2, leave=date(2026, 10, 10)),
                          2026, 11) is None


def test_mentor_leaving_caps_it_too() -> None:
    line = statement_line(pairing(1, 1, 2, date(2026, 9, 1)), agent(1, leave=date(2026, 10, 1)), agent(2), 2026, 10)
    assert line.active_days == 1 and LineNote.MENTOR_LEFT in line.notes


def test_an_active_pairing_past_its_planned_end_is_paid_but_flagged() -> None:
    line = statement_line(pairing(1, 1, 2, date(2026, 6, 1), planned=date(2026, 9, 1)), agent(1), agent(2), 2026, 10)
    assert line.amount == D("300.00") and line.notes == (LineNote.PAST_PLANNED_END,)


def test_months_outside_the_pairing_have_no_line() -> None:
    p = pairing(1, 1, 2, date(2026, 9, 5), end=date(2026, 10, 2))
    assert statement_line(p, agent(1), agent(2), 2026, 8) is None
    assert statement_line(p, agent(1), agent(2), 2026, 11) is None


def test_a_pairing_over_three_months_sums_to_its_days() -> None:
    p = pairing(1, 1, 2, date(2026, 1, 20), end=date(2026, 3, 10))
    lines = [statement_line(p, agent(1), agent(2), 2026, m) for m in (1, 2, 3)]
    assert [ln.amount for ln in lines] == [D("116.13"), D("300.00"), D("96.77")]  # 12/31, 28/28, 10/31


def test_statement_totals_per_mentor_and_overall() -> None:
    agents = {i: agent(i) for i in range(1, 6)}
    pairings = [
        pairing(1, 1, 3, date(2026, 9, 1)),  # whole October: 300.00
        pairing(2, 1, 4, date(2026, 10, 15)),  # 164.52
        pairing(3, 2, 5, date(2026, 10, 1), end=date(2026, 10, 16), monthly="200.00"),  # 200 × 16/31 = 103.23
        pairing(4, 2, 3, date(2026, 11, 1)),  # November: not on October's statement
    ]
    statement = build_statement(2026, 10, pairings, agents)
    assert [(ln.pairing_id, ln.amount) for ln in statement.lines] == [
        (1, D("300.00")), (2, D("164.52")), (3, D("103.23"))]
    assert [(t.mentor.id, t.lines, t.amount) for t in statement.mentor_totals] == [
        (1, 2, D("464.52")), (2, 1, D("103.23"))]
    assert statement.total == D("567.75")


def test_an_empty_month_totals_zero() -> None:
    statement = build_statement(2026, 10, [], {})
    assert statement.lines == () and statement.total == D("0.00") and str(statement.total) == "0.00"
