"""Mood over time: the at-risk rule, the trend and the monthly distribution (counts only)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from domain.care.mood import (
    MonthMoodCount,
    MoodPoint,
    check_mood,
    mood_distribution,
    mood_distribution_of_counts,
    mood_flag,
    mood_trend,
)


def test_the_rule_fires_on_two_falls_in_a_row_or_a_low_mood() -> None:
    assert mood_flag([5, 4, 3]) == 3
    assert mood_flag([4, 4, 3]) is None  # one dip is an ordinary week
    assert mood_flag([3, 4, 3]) is None
    assert mood_flag([4, 2]) == 2 and mood_flag([1]) == 1  # 2 or below at once, even with one 1:1
    assert mood_flag([2, 3]) is None  # recovered
    assert mood_flag([]) is None
    assert mood_flag([4, 3], low=3) == 3  # the threshold is the supervisor's


def test_check_mood_has_the_risk_rule_shape() -> None:
    @dataclass(frozen=True)
    class Facts:
        recent_moods: tuple[int, ...] = ()

    assert check_mood(Facts((5, 4, 3)), 2) == 3
    assert check_mood(Facts(), 2) is None
    assert check_mood(object(), 2) is None  # facts without moods (an older build) never flag


def test_trend_is_oldest_first_and_skips_missing_moods() -> None:
    points = [MoodPoint(date(2026, 11, 9), 3), MoodPoint(date(2026, 10, 2), 5), MoodPoint(date(2026, 11, 1), 0)]
    assert mood_trend(points) == [MoodPoint(date(2026, 10, 2), 5), MoodPoint(date(2026, 11, 9), 3)]


def test_distribution_counts_every_month_and_mood() -> None:
    points = [MoodPoint(date(2026, 10, 2), 4), MoodPoint(date(2026, 10, 9), 4), MoodPoint(date(2026, 11, 1), 2),
              MoodPoint(date(2026, 9, 30), 5)]  # before the period
    counts = mood_distribution(points, date(2026, 10, 1), date(2026, 11, 30))
    assert len(counts) == 10
    assert [c for c in counts if c.count] == [MonthMoodCount("2026-10", 4, 2), MonthMoodCount("2026-11", 2, 1)]


def test_distribution_from_day_counts_is_the_distribution_of_the_points() -> None:
    """The dashboard reads 1:1s counted per day and mood (a year of them is ~130k rows at centre scale)."""
    points = [MoodPoint(date(2026, 10, 2), 4), MoodPoint(date(2026, 10, 2), 4), MoodPoint(date(2026, 10, 9), 4),
              MoodPoint(date(2026, 11, 1), 2), MoodPoint(date(2026, 11, 30), 1), MoodPoint(date(2026, 12, 1), 3),
              MoodPoint(date(2026, 9, 30), 5), MoodPoint(date(2026, 10, 3), 7)]  # outside the period; not a mood
    per_day: dict[tuple[date, int], int] = {}
    for p in points:
        per_day[(p.day, p.mood)] = per_day.get((p.day, p.mood), 0) + 1
    first, last = date(2026, 10, 1), date(2026, 11, 30)
    from_counts = mood_distribution_of_counts([(day, mood, n) for (day, mood), n in per_day.items()], first, last)
    assert from_counts == mood_distribution(points, first, last)
    assert [c for c in from_counts if c.count] == [MonthMoodCount("2026-10", 4, 3), MonthMoodCount("2026-11", 1, 1),
                                                   MonthMoodCount("2026-11", 2, 1)]
