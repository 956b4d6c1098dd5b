"""Training's contributions to the agent timeline and to 本周待办 (registered at the end of
domain/timeline.py and domain/this_week.py; their types are imported inside the functions)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from domain.ports import UnitOfWork
from domain.roster.model import Status
from domain.roster.rules import tenure_stage
from domain.training.progress import due_by, plan_progress

if TYPE_CHECKING:
    from domain.this_week import TodoItem
    from domain.timeline import TimelineEvent
    from domain.training.model import TrainingResult


def training_events(uow: UnitOfWork, agent_id: int) -> list[TimelineEvent]:
    """Kinds: result_done / result_passed / result_failed / result_absent (summary: the item or session and
    the score), taught (summary: the topic), position_started / position_ended, promoted (summary: level)."""
    from domain.timeline import TimelineEvent

    results = uow.training.results_for_agent(agent_id)
    taught = uow.training.sessions_taught_by(agent_id)
    positions = uow.training.positions(agent_id)
    promotions = uow.training.promotions(agent_id)
    if not (results or taught or positions or promotions):
        return []
    titles = {i.id: i.title for i in uow.training.plan_items()}
    topics = {s.id: s.topic for s in uow.training.sessions()} if any(r.session_id for r in results) else {}
    events = []
    for r in results:
        what = titles.get(r.item_id) or topics.get(r.session_id, "")
        score = "" if r.score is None else f" · {r.score}"
        events.append(TimelineEvent(r.day, "training", f"result_{r.status}", f"{what}{score}", r.id))
    events += [TimelineEvent(s.day, "training", "taught", s.topic, s.id) for s in taught]
    for p in positions:
        events.append(TimelineEvent(p.start, "training", "position_started", p.title, p.id))
        if p.end is not None:
            events.append(TimelineEvent(p.end, "training", "position_ended", p.title, p.id))
    events += [TimelineEvent(p.day, "training", "promoted", p.level_name, p.id) for p in promotions]
    return events


def training_todos(uow: UnitOfWork, today: date) -> list[TodoItem]:
    """Plan items of each active agent's current stage that are due by Sunday and not complete."""
    from domain.this_week import TodoItem

    items = uow.training.plan_items()
    if not items:
        return []
    horizon = today + timedelta(days=6 - today.weekday())
    by_agent: dict[int, list[TrainingResult]] = {}
    for r in uow.training.all_results():
        by_agent.setdefault(r.agent_id, []).append(r)
    out = []
    for agent in uow.agents.list_all(Status.ACTIVE):
        stage = tenure_stage(agent.hire_date, today)
        progress = plan_progress(agent.hire_date, stage, items, by_agent.get(agent.id or 0, []), today)
        for p in due_by(progress, stage, horizon):
            out.append(TodoItem(p.due, "training", "item_due", agent.id, agent.name, p.item.title, p.item.id))
    return out
