"""Performance on the agent's timeline: each month's grade, appeals filed and decided, 服务之星."""

from __future__ import annotations

from domain.performance.model import AppealStatus
from domain.performance.months import last_day
from domain.ports import UnitOfWork
from domain.timeline import TimelineEvent


def performance_events(uow: UnitOfWork, agent_id: int) -> list[TimelineEvent]:
    events = [TimelineEvent(last_day(s.month), "performance", f"grade_{s.grade.value}", f"{s.month} {s.score:.1f}")
              for s in uow.performance.scores_for_agent(agent_id)]
    for a in uow.performance.appeals(agent_id=agent_id):
        events.append(TimelineEvent(a.filed_on, "performance", "appeal_filed", f"{a.month} {a.reason}", a.id))
        if a.status is not AppealStatus.PENDING and a.decided_on:
            events.append(TimelineEvent(a.decided_on, "performance", f"appeal_{a.status.value}",
                                        f"{a.month} {a.decision_note}".strip(), a.id))
    for star in uow.performance.stars(agent_id=agent_id):
        events.append(TimelineEvent(last_day(star.month), "performance", "service_star",
                                    f"{star.month} {star.note}".strip(), star.id))
    return events
