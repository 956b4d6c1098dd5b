"""Recognition: what a valid award or praise is, and the monthly counts for the HQ report."""

from __future__ import annotations

from datetime import date

from domain.care.recognition import (
    Award,
    AwardKind,
    MonthRecognition,
    Praise,
    PraiseChannel,
    monthly_counts,
    validate_award,
    validate_praise,
)

TODAY = date(2026, 11, 23)


def test_an_own_award_needs_its_name_and_nothing_is_dated_ahead() -> None:
    assert [e.code for e in validate_award(Award(1, TODAY, AwardKind.CUSTOM), TODAY)] == ["required"]
    assert validate_award(Award(1, TODAY, AwardKind.CUSTOM, "暖心之星"), TODAY) == []
    assert [e.code for e in validate_praise(Praise(1, date(2026, 12, 1), PraiseChannel.LETTER), TODAY)] == [
        "care_day_in_future"]


def test_monthly_counts_hold_every_month_and_kind_counts() -> None:
    awards = [Award(1, date(2026, 10, 31), AwardKind.SERVICE_STAR),
              Award(2, date(2026, 10, 5), AwardKind.SERVICE_STAR),
              Award(3, date(2026, 10, 9), AwardKind.CUSTOM, "暖心之星"),
              Award(1, date(2026, 8, 1), AwardKind.BEST_CASE)]
    praises = [Praise(1, date(2026, 11, 2), PraiseChannel.PHONE, "谢谢你耐心解释"),
               Praise(2, date(2026, 9, 2), PraiseChannel.BANNER)]
    counts = monthly_counts(awards, praises, date(2026, 9, 15), date(2026, 11, 10))
    assert counts == [
        MonthRecognition("2026-09", 0, 1, ()),
        MonthRecognition("2026-10", 3, 0, (("service_star", 2), ("custom", 1))),
        MonthRecognition("2026-11", 0, 1, ()),
    ]
