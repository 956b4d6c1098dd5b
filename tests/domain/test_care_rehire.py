"""Rehires: how two employment periods count for tenure and stage."""

from __future__ import annotations

from datetime import date

from domain.care.rehire import Period, check_link, counted_stage, counted_tenure_days
from domain.roster.model import AgentData, Role, Status, TenureStage

TODAY = date(2026, 11, 23)


def test_periods_add_up_after_a_short_break_and_restart_after_a_long_one() -> None:
    earlier = Period(1, date(2024, 1, 1), date(2025, 1, 1))  # 366 days
    back_soon = Period(2, date(2026, 10, 24), None)  # 30 days so far, 661 days after leaving
    assert counted_tenure_days([earlier, back_soon], TODAY) == 30  # a gap over a year: starting again
    back_quickly = Period(2, date(2025, 6, 1), None)  # 5 months later
    assert counted_tenure_days([earlier, back_quickly], TODAY) == 366 + (TODAY - date(2025, 6, 1)).days
    assert counted_stage([Period(1, date(2025, 1, 1), date(2025, 12, 1)), Period(2, date(2026, 11, 1), None)],
                         TODAY) is TenureStage.GROWING  # 334 + 22 days: not sent back to 新人
    assert counted_stage([Period(2, date(2026, 11, 1), None)], TODAY) is TenureStage.NEW


def test_only_an_earlier_leaver_can_be_linked() -> None:
    now = AgentData("KF101", "王婷", Role.HOTLINE, "热线一组", date(2026, 11, 1), id=2)
    left = AgentData("KF001", "王婷", Role.HOTLINE, "热线一组", date(2024, 1, 1), status=Status.LEFT,
                     leave_date=date(2025, 12, 1), id=1)
    assert check_link(now, left) == []
    assert [e.code for e in check_link(now, now)] == ["rehire_same_record", "rehire_not_left"]
    late = AgentData("KF002", "王婷", Role.HOTLINE, "热线一组", date(2024, 1, 1), status=Status.LEFT,
                     leave_date=date(2026, 11, 10), id=3)
    assert [e.code for e in check_link(now, late)] == ["rehire_overlaps"]
