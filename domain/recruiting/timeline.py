"""The agent's side of the hire link: their application, interviews and hire on the agent timeline."""

from __future__ import annotations

from domain.ports import UnitOfWork
from domain.recruiting.analytics import view
from domain.recruiting.model import Stage
from domain.timeline import TimelineEvent


def recruiting_events(uow: UnitOfWork, agent_id: int) -> list[TimelineEvent]:
    candidate = uow.recruiting.candidate_of_agent(agent_id)
    if candidate is None or candidate.id is None:
        return []
    events = [TimelineEvent(candidate.applied_on, "recruiting", "applied", candidate.name, candidate.id)]
    templates = {t.id: t for t in uow.recruiting.templates()}
    for card in uow.recruiting.scorecards(candidate.id):
        result = view(card, templates[card.template_id]).result
        total = "" if result.total is None else f"{result.total:.2f}"
        events.append(TimelineEvent(card.interview_date, "recruiting", f"interview_{templates[card.template_id].round}",
                                    f"{card.interviewer} · {total}", candidate.id))
    hired = next((c for c in uow.recruiting.stage_changes(candidate.id) if c.stage is Stage.HIRED), None)
    if hired is not None:
        events.append(TimelineEvent(hired.day, "recruiting", "hired_from_candidate", candidate.name, candidate.id))
    return events
