"""Reads and writes for care beyond records: 1:1 moods (read from coaching's table, never written here),
buddy pairs and their check-ins, exit interviews and life-stage flags. Core selects, domain dataclasses out."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from domain.care.mood import MoodPoint
from persistence.coaching.models import CoachingSessionRecord
from persistence.models import AgentRow

ONE_ON_ONE = "one_on_one"
_sessions = CoachingSessionRecord.__table__
_agents = AgentRow.__table__


class SqlWellbeingRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def moods_of_agent(self, agent_id: int) -> list[MoodPoint]:
        rows = self._s.execute(
            select(_sessions.c.held_on, _sessions.c.mood)
            .where(_sessions.c.agent_id == agent_id, _sessions.c.kind == ONE_ON_ONE, _sessions.c.mood.is_not(None))
            .order_by(_sessions.c.held_on, _sessions.c.id))
        return [MoodPoint(r.held_on, r.mood) for r in rows]

    def team_moods(self, first: date, last: date, team: str | None = None) -> list[MoodPoint]:
        """Every 1:1 mood in the period (optionally one team's): days and numbers only."""
        query = (select(_sessions.c.held_on, _sessions.c.mood)
                 .where(_sessions.c.kind == ONE_ON_ONE, _sessions.c.mood.is_not(None),
                        _sessions.c.held_on >= first, _sessions.c.held_on <= last))
        if team:
            query = query.join(_agents, _agents.c.id == _sessions.c.agent_id).where(_agents.c.team == team)
        return [MoodPoint(r.held_on, r.mood) for r in self._s.execute(query)]

    def recent_moods(self, as_of: date, count: int = 3) -> dict[int, tuple[int, ...]]:
        """Each agent's last `count` 1:1 moods on or before `as_of`, oldest first — the risk rule's input,
        and replayable for the back-test (only 1:1s held by then count)."""
        rows = self._s.execute(
            select(_sessions.c.agent_id, _sessions.c.mood)
            .where(_sessions.c.kind == ONE_ON_ONE, _sessions.c.mood.is_not(None), _sessions.c.held_on <= as_of)
            .order_by(_sessions.c.agent_id, _sessions.c.held_on, _sessions.c.id))
        moods: dict[int, list[int]] = {}
        for r in rows:
            moods.setdefault(r.agent_id, []).append(r.mood)
        return {agent_id: tuple(values[-count:]) for agent_id, values in moods.items()}
