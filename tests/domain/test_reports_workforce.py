"""Monthly workforce figures against a small team counted by hand."""

from datetime import date, timedelta

from domain.reports.workforce import Month, workforce_month, workforce_trend
from domain.roster.model import AgentData, LeaveReason, Role, Status, TenureStage


def agent(no: str, hired: date, left: date | None = None, voluntary: bool | None = None,
          role: Role = Role.HOTLINE) -> AgentData:
    return AgentData(no, no, role, "一组", hired, status=Status.LEFT if left else Status.ACTIVE, leave_date=left,
                     leave_reason=LeaveReason.PAY if left else None, leave_voluntary=voluntary)


TEAM = [
    agent("A", date(2024, 1, 10)),                                   # expert all along
    agent("B", date(2026, 3, 1)),                                    # growing at the end of Oct
    agent("C", date(2026, 10, 5), role=Role.ONLINE),                 # hired in Oct
    agent("D", date(2025, 6, 1), date(2026, 10, 20), voluntary=True),    # left in Oct
    agent("E", date(2026, 7, 1), date(2026, 7, 30), voluntary=True),     # July cohort: left in 29 days
    agent("F", date(2026, 7, 15), date(2026, 10, 31), voluntary=False),  # July cohort: left after 108 days
    agent("G", date(2026, 7, 20)),                                   # July cohort: stays
    agent("H", date(2026, 9, 30), date(2026, 10, 1), voluntary=True),    # left on Oct 1
]


def test_october_counted_by_hand() -> None:
    october = workforce_month(TEAM, Month(2026, 10))
    # On Sep 30: A B D F G H (E left in July) = 6.  On Oct 31: A B C G = 4 (D, H, F left in October).
    assert (october.headcount_start, october.headcount_end) == (6, 4)
    assert (october.hires, october.leavers, october.voluntary, october.involuntary) == (1, 3, 2, 1)
    assert october.attrition == 3 / 5
    # Early attrition looks at the July cohort (E F G): only E left within 90 days.
    assert (str(october.early.cohort), october.early.hires, october.early.left_within_90) == ("2026-07", 3, 1)
    # Oct 31: C is new (26 days); B (8 months) and G (3 months 11 days) are growing; A is expert.
    assert october.stage_mix == {TenureStage.NEW: 1, TenureStage.GROWING: 2, TenureStage.EXPERT: 1}
    assert october.role_mix == {Role.HOTLINE: 3, Role.ONLINE: 1, Role.AFTER_SALES: 0}


def test_an_empty_month_has_no_rate_rather_than_a_division_error() -> None:
    empty = workforce_month([], Month(2026, 10))
    assert empty.attrition is None and empty.early.rate is None


def test_trend_is_oldest_first_and_months_roll_over_years() -> None:
    months = [str(m.month) for m in workforce_trend(TEAM, Month(2026, 2), 4)]
    assert months == ["2025-11", "2025-12", "2026-01", "2026-02"]
    assert Month.parse("2026-02").last == date(2026, 2, 28)


def test_the_90_day_cohort_only_holds_hires_who_have_had_90_days() -> None:
    """Issue 15 item 6: in an April report, January's cohort is not complete (31 Jan reaches day 90 on 1 May),
    so the report takes December's; every other month's three-months-back cohort is complete."""
    team = [agent("J1", date(2026, 1, 5), date(2026, 2, 1), voluntary=True), agent("J2", date(2026, 1, 31)),
            agent("D1", date(2025, 12, 10), date(2026, 3, 1), voluntary=True), agent("D2", date(2025, 12, 31))]
    april = workforce_month(team, Month(2026, 4))
    assert str(april.early.cohort) == "2025-12" and (april.early.hires, april.early.left_within_90) == (2, 1)
    assert all(Month(2026, 4).last - a.hire_date >= timedelta(days=90)
               for a in team if a.hire_date.strftime("%Y-%m") == str(april.early.cohort))
    for month in range(1, 13):
        report = Month(2026, month)
        cohort = workforce_month(team, report).early.cohort
        assert cohort.last + timedelta(days=90) <= report.last
        assert cohort in (report.shift(-3), report.shift(-4))
