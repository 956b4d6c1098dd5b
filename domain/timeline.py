"""Everything recorded about one agent, in date order, gathered from every area.

Each area's source is named in the literal SOURCES at the end: `fn(uow, agent_id) -> list[TimelineEvent]`
runs inside an open unit of work. The domain returns codes; ui/ turns (area, kind) into words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from domain.coaching.model import ActionItemRow
from domain.coaching.rules import CADENCE_SETTING, parse_cadence_days
from domain.ports import UnitOfWork
from domain.roster.model import AgentData, Status
from domain.roster.services import RosterRow, roster_row


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    day: date
    area: str  # "roster", "recruiting", "mentoring", "coaching", "care", "performance"
    kind: str  # area-specific code, e.g. "team", "status", "one_on_one", "care_record"
    summary: str = ""  # the supervisor's own words or values (never translated)
    ref_id: int | None = None
    sensitive: bool = False  # care details: shown only while care data is unlocked


TimelineSource = Callable[[UnitOfWork, int], list[TimelineEvent]]


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



def agent_timeline(uow: UnitOfWork, agent_id: int) -> list[TimelineEvent]:
    """Newest first."""
    with uow:
        return _timeline(uow, agent_id)


def _timeline(uow: UnitOfWork, agent_id: int) -> list[TimelineEvent]:
    events = [event for source in SOURCES for event in source(uow, agent_id)]
    return sorted(events, key=lambda e: (e.day, e.area, e.kind), reverse=True)


@dataclass(frozen=True, slots=True)
class AgentPageData:
    """One load of 员工档案, read in one snapshot, so the facts, the coaching box and the timeline agree."""

    choices: list[AgentData]  # the picker: active agents first, then by employee no.
    row: RosterRow | None  # None: no agent chosen, or the chosen one no longer exists
    events: list[TimelineEvent]
    last_one_on_one: date | None
    cadence_days: int
    open_items: list[ActionItemRow]


def agent_page(uow: UnitOfWork, agent_id: int | None, today: date) -> AgentPageData:
    with uow:
        choices = sorted(uow.agents.list_all(), key=lambda a: (a.status is not Status.ACTIVE, a.employee_no))
        agent = uow.agents.get(agent_id) if agent_id is not None else None
        cadence = parse_cadence_days(uow.settings.get(CADENCE_SETTING, ""))
        if agent is None or agent.id is None:
            return AgentPageData(choices, None, [], None, cadence, [])
        return AgentPageData(
            choices, roster_row(agent, today), _timeline(uow, agent.id),
            uow.coaching.last_one_on_one().get(agent.id), cadence,
            uow.coaching.action_item_rows(True, agent.id))


from domain.care.buddy_events import buddy_events  # noqa: E402  (the sources import the types above)
from domain.care.exit_interview import exit_events  # noqa: E402  (the sources import the types above)
from domain.care.recognition_events import recognition_events  # noqa: E402  (the sources import the types above)
from domain.care.timeline_events import care_timeline_events  # noqa: E402  (the sources import the types above)
from domain.coaching.sources import coaching_events  # noqa: E402  (the sources import the types above)
from domain.mentoring.sources import mentoring_events  # noqa: E402  (the sources import the types above)
from domain.performance.timeline_events import performance_events  # noqa: E402  (the sources import the types above)
from domain.recruiting.timeline import recruiting_events  # noqa: E402  (the sources import the types above)
from domain.training.sources import training_events  # noqa: E402  (the sources import the types above)

# Every area's events, one literal list (issue 17: nothing is appended at import time).
SOURCES: tuple[TimelineSource, ...] = (
    roster_events,
    coaching_events,
    care_timeline_events,
    mentoring_events,
    performance_events,
    recruiting_events,
    training_events,
    buddy_events,
    recognition_events,
    exit_events,
)
