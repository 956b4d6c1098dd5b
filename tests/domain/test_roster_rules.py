from datetime import date

import pytest

from domain.roster.model import AgentData, Generation, LeaveReason, Role, Status, TenureStage
from domain.roster.rules import add_months, generation, tenure_days, tenure_stage, validate_agent

TODAY = date(2026, 11, 23)


def agent(**changes) -> AgentData:
    base = dict(employee_no="KF001", name="王婷", role=Role.HOTLINE, team="热线一组", hire_date=date(2026, 1, 5))
    base.update(changes)
    return AgentData(**base)


@pytest.mark.parametrize(("hired", "stage"), [
    (date(2026, 8, 24), TenureStage.NEW),      # one day short of 3 months
    (date(2026, 8, 23), TenureStage.GROWING),  # exactly 3 months
    (date(2025, 11, 23), TenureStage.GROWING),  # exactly 12 months is still growing
    (date(2025, 11, 22), TenureStage.EXPERT),
])
def test_tenure_stage_boundaries(hired: date, stage: TenureStage) -> None:
    assert tenure_stage(hired, TODAY) is stage


def test_add_months_clamps_to_month_end() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2024, 11, 30), 3) == date(2025, 2, 28)
    assert add_months(date(2026, 3, 15), -3) == date(2025, 12, 15)
    assert add_months(date(2023, 12, 29), 2) == date(2024, 2, 29)  # a leap February keeps the 29th
    assert add_months(date(2026, 1, 29), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 2, 28), 1) == date(2026, 3, 28)  # the 28th needs no month length
    assert add_months(date(2026, 5, 31), 1) == date(2026, 6, 30)


def test_tenure_days_stop_at_leave_date() -> None:
    assert tenure_days(date(2026, 1, 1), TODAY) == 326
    assert tenure_days(date(2026, 1, 1), TODAY, leave_date=date(2026, 3, 1)) == 59


@pytest.mark.parametrize(("year", "cohort"), [
    (1979, Generation.BEFORE_80), (1985, Generation.POST_80), (1994, Generation.POST_90),
    (1995, Generation.POST_95), (1999, Generation.POST_95), (2003, Generation.POST_00)])
def test_generation_from_birth_year(year: int, cohort: Generation) -> None:
    assert generation(date(year, 6, 1)) is cohort
    assert generation(None) is None


def codes(a: AgentData) -> set[tuple[str, str]]:
    return {(e.field, e.code) for e in validate_agent(a, TODAY)}


def test_a_good_agent_has_no_errors() -> None:
    assert codes(agent(phone="13812345678", birth_date=date(2000, 1, 1))) == set()


def test_each_rule_names_its_field() -> None:
    assert ("employee_no", "required") in codes(agent(employee_no=" "))
    assert ("employee_no", "employee_no_shape") in codes(agent(employee_no="KF 001"))
    assert ("name", "required") in codes(agent(name=""))
    assert ("hire_date", "hire_in_future") in codes(agent(hire_date=date(2026, 11, 24)))
    assert ("phone", "phone_shape") in codes(agent(phone="12345"))
    assert ("birth_date", "implausible_age") in codes(agent(birth_date=date(2020, 1, 1)))
    assert codes(agent(phone="0571-87654321")) == set()


def test_leaving_needs_a_date_after_hire_and_a_reason() -> None:
    left = agent(status=Status.LEFT)
    assert {("leave_date", "required"), ("leave_reason", "required")} <= codes(left)
    early = agent(status=Status.LEFT, leave_date=date(2025, 12, 31), leave_reason=LeaveReason.PAY)
    assert codes(early) == {("leave_date", "leave_before_hire")}
    future = agent(status=Status.LEFT, leave_date=date(2026, 12, 1), leave_reason=LeaveReason.PAY)
    assert codes(future) == {("leave_date", "leave_in_future")}
