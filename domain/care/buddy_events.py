"""Buddies on the agent timeline (area "buddy", not "care": nothing here is sealed, and the care area's
events are treated as sealed records by the pages). Kinds: buddy_assigned (summary: the buddy),
buddy_for (summary: the one supported), buddy_ended, buddy_check_in (summary: "4/5 · note")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from domain.ports import UnitOfWork

if TYPE_CHECKING:
    from domain.timeline import TimelineEvent

SUMMARY_CHARS = 40


def buddy_events(uow: UnitOfWork, agent_id: int) -> list[TimelineEvent]:
    from domain.timeline import TimelineEvent  # here, not at the top: domain.timeline imports this module

    pairs = uow.wellbeing.buddy_pairs_of(agent_id)
    if not pairs:
        return []
    names = {a.id: a.name for a in uow.agents.list_all()}
    events = []
    for p in pairs:
        supported = p.agent_id == agent_id
        other = names.get(p.buddy_id if supported else p.agent_id, "")
        events.append(TimelineEvent(p.start_date, "buddy", "buddy_assigned" if supported else "buddy_for", other,
                                    p.id))
        if p.end_date is not None:
            events.append(TimelineEvent(p.end_date, "buddy", "buddy_ended", other, p.id))
        for c in uow.wellbeing.buddy_check_ins(p.id):
            text = f"{c.went_well}/5 · {c.note}".strip(" ·").replace("\n", " ")
            events.append(TimelineEvent(c.day, "buddy", "buddy_check_in",
                                        text if len(text) <= SUMMARY_CHARS else text[:SUMMARY_CHARS - 1] + "…", c.id))
    return events
