"""Everything recorded about one agent, in date order, gathered from every area.

Each area registers a source: `SOURCES.append(fn)` where `fn(uow, agent_id) -> list[TimelineEvent]`
runs inside an open unit of work. The domain returns codes; ui/ turns (area, kind) into words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from domain.ports import UnitOfWork


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    day: date
    area: str  # "roster", "recruiting", "mentoring", "coaching", "care", "performance"
    kind: str  # area-specific code, e.g. "team", "status", "one_on_one", "care_record"
    summary: str = ""  # the supervisor's own words or values (never translated)
    ref_id: int | None = None
    sensitive: bool = False  # care details: shown only while care data is unlocked


TimelineSource = Callable[[UnitOfWork, int], list[TimelineEvent]]
SOURCES: list[TimelineSource] = []


def roster_events(uow: UnitOfWork, agent_id: int) -> list[TimelineEvent]:
    agent = uow.agents.get(agent_id)
    if agent is None:
        return []
    events = [TimelineEvent(agent.hire_date, "roster", "hired", agent.team)]
    for h in uow.agents.history(agent_id):
        events.append(
            TimelineEvent(h.effective_date, "roster", h.field, f"{h.old_value or ''} → {h.new_value or ''}", h.id)
        )
    return events


SOURCES.append(roster_events)


def agent_timeline(uow: UnitOfWork, agent_id: int) -> list[TimelineEvent]:
    """Newest first."""
    with uow:
        events = [event for source in SOURCES for event in source(uow, agent_id)]
    return sorted(events, key=lambda e: (e.day, e.area, e.kind), reverse=True)


from domain.coaching.sources import coaching_events  # noqa: E402  (areas register after the types exist)

SOURCES.append(coaching_events)

from domain.care.timeline_events import care_timeline_events  # noqa: E402  (areas register after the types exist)

SOURCES.append(care_timeline_events)

from domain.mentoring.sources import mentoring_events  # noqa: E402  (areas register after the types exist)

SOURCES.append(mentoring_events)

from domain.performance.timeline_events import performance_events  # noqa: E402  (areas register after the types exist)

SOURCES.append(performance_events)

from domain.recruiting.timeline import recruiting_events  # noqa: E402  (areas register after the types exist)

SOURCES.append(recruiting_events)

from domain.training.sources import training_events  # noqa: E402  (areas register after the types exist)

SOURCES.append(training_events)

from domain.care.buddy_events import buddy_events  # noqa: E402  (areas register after the types exist)

SOURCES.append(buddy_events)

from domain.care.recognition_events import recognition_events  # noqa: E402  (areas register after the types exist)

SOURCES.append(recognition_events)

from domain.care.exit_interview import exit_events  # noqa: E402  (areas register after the types exist)

SOURCES.append(exit_events)
