"""Exits that teach: the dashboard's counts of where leavers go and whom we would take back."""

from __future__ import annotations

from datetime import date

from domain.care.exit_interview import Answer, Destination, ExitInterview, exit_summary, validate_interview
from domain.roster.model import LeaveReason

TODAY = date(2026, 11, 23)


def interview(day: date, where: Destination, rehire: Answer, back: Answer) -> ExitInterview:
    return ExitInterview(1, day, LeaveReason.CAREER, "", where, "", rehire, back)


def test_leavers_by_destination_and_the_rehire_counts() -> None:
    found = [interview(date(2026, 10, 3), Destination.SAME_INDUSTRY, Answer.YES, Answer.MAYBE),
             interview(date(2026, 10, 9), Destination.SAME_INDUSTRY, Answer.NO, Answer.NO),
             interview(date(2026, 11, 1), Destination.HOMETOWN, Answer.YES, Answer.YES),
             interview(date(2026, 6, 1), Destination.STUDY, Answer.YES, Answer.YES)]  # before the period
    summary = exit_summary(found, date(2026, 9, 1), TODAY)
    assert summary.interviews == 3
    assert summary.by_destination == (("same_industry", 2), ("hometown", 1))
    assert (summary.would_rehire, summary.would_return) == (2, 2)


def test_an_interview_is_not_dated_ahead_and_its_words_have_a_limit() -> None:
    bad = ExitInterview(1, date(2026, 12, 1), LeaveReason.FAMILY, "字" * 2001)
    assert [e.code for e in validate_interview(bad, TODAY)] == ["care_day_in_future", "too_long"]
