"""Care on the agent's timeline: each record (kind = its category code) and each open follow-up.

Events are marked sensitive with an empty summary. A page that wants the words asks
`services.record_details` with the unlocked key; ui.care.words does that only while care is unlocked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from domain.care.model import CareStatus
from domain.ports import UnitOfWork

if TYPE_CHECKING:
    from domain.timeline import TimelineEvent

FOLLOW_UP_KIND = "follow_up"


def care_timeline_events(uow: UnitOfWork, agent_id: int) -> list[TimelineEvent]:
    from domain.timeline import TimelineEvent  # here, not at the top: domain.timeline imports this module

    events = []
    for record_id, facts in uow.care.facts_for_agent(agent_id):
        events.append(TimelineEvent(facts.day, "care", facts.category.value, "", record_id, sensitive=True))
        if facts.follow_up is not None and facts.status is CareStatus.OPEN:
            events.append(TimelineEvent(facts.follow_up, "care", FOLLOW_UP_KIND, "", record_id, sensitive=True))
    return events
