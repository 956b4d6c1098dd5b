"""Mood over time, from the 1–5 mood the supervisor notes in each 1:1 (recorded by coaching).

Pure functions: the agent's trend, the at-risk rule and the team's monthly distribution (counts only). The
rule has the shape of the rules in domain/dashboard/risk.py — `check(facts, threshold) -> int | None` — and
reads `facts.recent_moods` (the agent's last 1:1 moods, oldest first), which the dashboard's facts query fills.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from domain.care.rules import month_key, months_between

MOODS = (1, 2, 3, 4, 5)
LOW_MOOD = 2  # default threshold: a mood of 2 or below flags at once
MOODS_FOR_RULE = 3  # two falls need three 1:1s


@dataclass(frozen=True, slots=True)
class MoodPoint:
    day: date
    mood: int


@dataclass(frozen=True, slots=True)
class MonthMoodCount:
    month: str  # "2026-03"
    mood: int  # 1–5
    count: int


def mood_trend(points: Iterable[MoodPoint]) -> list[MoodPoint]:
    """Oldest first, 1:1s without a mood left out (not every 1:1 notes one)."""
    return sorted((p for p in points if p.mood in MOODS), key=lambda p: p.day)


def mood_flag(moods: Sequence[int], low: int = LOW_MOOD) -> int | None:
    """The latest mood when it is `low` or below, or when it fell at each of the last two 1:1s (5 → 4 → 3);
    None otherwise. One dip (4 → 3) is an ordinary week; two in a row, or a 2, is worth a conversation."""
    if not moods:
        return None
    latest = moods[-1]
    if latest <= low:
        return latest
    if len(moods) >= MOODS_FOR_RULE and moods[-3] > moods[-2] > moods[-1]:
        return latest
    return None


def check_mood(facts: object, low: int) -> int | None:
    """The risk-rule form (see domain/dashboard/risk.py RuleSpec.check)."""
    return mood_flag(tuple(getattr(facts, "recent_moods", ())), low)


def falling_since(points: Sequence[MoodPoint]) -> bool:
    """For the agent page: does the trend read as falling (the same test as the rule, without the floor)?"""
    moods = [p.mood for p in points]
    return len(moods) >= MOODS_FOR_RULE and moods[-3] > moods[-2] > moods[-1]


def mood_distribution(points: Iterable[MoodPoint], first: date, last: date) -> list[MonthMoodCount]:
    """How many 1:1s noted each mood, by month from `first` to `last` (every month and mood present, zeros
    included, so a chart's axes do not jump). Counts only: no names, no words."""
    return mood_distribution_of_counts(((p.day, p.mood, 1) for p in points), first, last)


def mood_distribution_of_counts(counts: Iterable[tuple[date, int, int]], first: date, last: date
                                ) -> list[MonthMoodCount]:
    """`mood_distribution` from (day, mood, how many 1:1s) triples, as storage counts them."""
    by_month: Counter[tuple[str, int]] = Counter()
    for day, mood, n in counts:
        if first <= day <= last and mood in MOODS:
            by_month[(month_key(day), mood)] += n
    return [MonthMoodCount(m, mood, by_month[(m, mood)]) for m in months_between(first, last) for mood in MOODS]
