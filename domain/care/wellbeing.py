"""Use cases for care beyond records: mood over time (read from coaching's 1:1s) and, with the later
pieces, buddies, exit interviews and life-stage flags. Each runs in one unit of work."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from domain.care.mood import MonthMoodCount, MoodPoint, mood_distribution, mood_flag, mood_trend
from domain.ports import UnitOfWork


@dataclass(frozen=True, slots=True)
class AgentMood:
    points: tuple[MoodPoint, ...]  # oldest first
    flagged: int | None  # the at-risk rule's value (the latest mood) or None


def agent_mood(uow: UnitOfWork, agent_id: int) -> AgentMood:
    with uow:
        points = mood_trend(uow.wellbeing.moods_of_agent(agent_id))
    return AgentMood(tuple(points), mood_flag([p.mood for p in points]))


def team_mood_by_month(uow: UnitOfWork, first: date, last: date, team: str | None = None) -> list[MonthMoodCount]:
    """For the dashboard: counts of each mood by month (no names)."""
    with uow:
        points = uow.wellbeing.team_moods(first, last, team)
    return mood_distribution(points, first, last)


def recent_moods(uow: UnitOfWork, as_of: date) -> dict[int, tuple[int, ...]]:
    """The risk rule's input for every agent (fills AgentFacts.recent_moods), replayable at any `as_of`."""
    with uow:
        return uow.wellbeing.recent_moods(as_of)
