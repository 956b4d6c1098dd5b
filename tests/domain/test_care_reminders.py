"""Reminders that matter: the pure date rules (birthdays, anniversaries, milestones)."""

from __future__ import annotations

from datetime import date

from domain.care.reminders import agent_reminders, milestone_dates, yearly_dates
from domain.roster.model import AgentData, Role, Status

TODAY = date(2026, 11, 23)  # a Monday: the window is 11-23 … 11-30


def agent(name: str, hired: date, born: date | None = None, status: Status = Status.ACTIVE) -> AgentData:
    return AgentData("KF" + name, name, Role.HOTLINE, "热线一组", hired, birth_date=born, status=status, id=len(name))


def test_a_birthday_this_week_and_not_one_next_month() -> None:
    assert yearly_dates(date(1999, 11, 27), TODAY) == [date(2026, 11, 27)]
    assert yearly_dates(date(1999, 12, 27), TODAY) == []
    assert yearly_dates(date(1999, 11, 22), TODAY) == []  # last Sunday: last week's


def test_the_window_runs_from_this_monday_to_a_week_ahead() -> None:
    wednesday = date(2026, 11, 25)
    assert yearly_dates(date(2000, 11, 23), wednesday) == [date(2026, 11, 23)]  # Monday's, still this week
    assert yearly_dates(date(2000, 12, 2), wednesday) == [date(2026, 12, 2)]
    assert yearly_dates(date(2000, 12, 3), wednesday) == []


def test_born_on_29_february_is_remembered_on_the_28th_in_a_common_year() -> None:
    assert yearly_dates(date(2000, 2, 29), date(2027, 2, 24)) == [date(2027, 2, 28)]


def test_the_hiring_day_itself_is_no_anniversary() -> None:
    assert yearly_dates(date(2026, 11, 25), TODAY) == []
    assert yearly_dates(date(2023, 11, 25), TODAY) == [date(2026, 11, 25)]


def test_the_three_stage_milestones() -> None:
    assert milestone_dates(date(2026, 10, 26), TODAY) == [(date(2026, 11, 26), "one_month")]
    assert milestone_dates(date(2026, 8, 28), TODAY) == [(date(2026, 11, 28), "three_months")]
    assert milestone_dates(date(2025, 11, 30), TODAY) == [(date(2026, 11, 30), "twelve_months")]
    assert milestone_dates(date(2026, 9, 15), TODAY) == []


def test_agent_reminders_skip_leavers_and_honour_the_switches() -> None:
    people = [agent("王婷", date(2023, 11, 25), date(1998, 11, 27)),
              agent("李强", date(2026, 8, 28)),
              agent("离职者", date(2023, 11, 25), date(1998, 11, 27), Status.LEFT)]
    found = {(r.agent.name, r.kind, r.due, r.detail) for r in agent_reminders(people, TODAY)}
    assert found == {("王婷", "birthday", date(2026, 11, 27), ""),
                     ("王婷", "anniversary", date(2026, 11, 25), "2023-11-25"),
                     ("李强", "three_months", date(2026, 11, 28), "2026-08-28")}
    only_milestones = agent_reminders(people, TODAY, birthdays=False, anniversaries=False)
    assert [r.kind for r in only_milestones] == ["three_months"]
