"""Recognition on the agent timeline (area "recognition"): kinds award_<kind> (summary: the custom name
and the note) and praise_<channel> (summary: what the customer said, shortened)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from domain.ports import UnitOfWork

if TYPE_CHECKING:
    from domain.timeline import TimelineEvent

SUMMARY_CHARS = 40


def _short(text: str) -> str:
    text = text.strip().replace("\n", " ")
    return text if len(text) <= SUMMARY_CHARS else text[: SUMMARY_CHARS - 1] + "…"


def recognition_events(uow: UnitOfWork, agent_id: int) -> list[TimelineEvent]:
    from domain.timeline import TimelineEvent  # here, not at the top: domain.timeline imports this module

    events = [TimelineEvent(a.day, "recognition", f"award_{a.kind.value}",
                            _short(" · ".join(t for t in (a.custom_name, a.note) if t)), a.id)
              for a in uow.wellbeing.awards(agent_id)]
    events += [TimelineEvent(p.day, "recognition", f"praise_{p.channel.value}", _short(p.words), p.id)
               for p in uow.wellbeing.praises(agent_id)]
    return events
