"""Coaching's contributions to the agent timeline and to 本周待办 (registered in domain/timeline.py and
domain/this_week.py). Those modules import this one at their end, so the event types are imported
inside the functions: importing this module first must not need them half-built."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from domain.coaching.rules import CADENCE_SETTING, one_on_one_due, parse_cadence_days, week_end
from domain.ports import UnitOfWork
from domain.roster.model import Status

if TYPE_CHECKING:
    from domain.this_week import TodoItem
    from domain.timeline import TimelineEvent

SUMMARY_CHARS = 40


def _summary(*texts: str) -> str:
    text = next((t for t in texts if t.strip()), "").strip().replace("\n", " ")
    return text if len(text) <= SUMMARY_CHARS else text[: SUMMARY_CHARS - 1] + "…"


def coaching_events(uow: UnitOfWork, agent_id: int) -> list[TimelineEvent]:
    from domain.timeline import TimelineEvent

    events = []
    for row in uow.coaching.session_rows(agent_id):
        s = row.session
        events.append(TimelineEvent(s.held_on, "coaching", str(s.kind), _summary(s.title, s.improve, s.situation),
                                    s.id))
    for item_row in uow.coaching.action_item_rows(open_only=False, agent_id=agent_id):
        item = item_row.item
        if item.done_on is not None:
            events.append(TimelineEvent(item.done_on, "coaching", "action_done", _summary(item.text), item.id))
    return events


def coaching_todos(uow: UnitOfWork, today: date) -> list[TodoItem]:
    """1:1s overdue or falling due by Sunday, and open action items due by Sunday (overdue ones too)."""
    from domain.this_week import TodoItem

    horizon = week_end(today)
    threshold = parse_cadence_days(uow.settings.get(CADENCE_SETTING, ""))
    last = uow.coaching.last_one_on_one()
    active = {a.id: a for a in uow.agents.list_all() if a.status is Status.ACTIVE and a.id is not None}
    items = []
    for agent in active.values():
        assert agent.id is not None
        previous = last.get(agent.id)
        due = one_on_one_due(previous, agent.hire_date, threshold)
        if due <= horizon:
            items.append(TodoItem(due, "coaching", "one_on_one_due", agent.id, agent.name,
                                  previous.isoformat() if previous else ""))
    for row in uow.coaching.action_item_rows(open_only=True, due_by=horizon):
        if row.agent_id not in active:  # an agent who left: their open promises no longer need chasing
            continue
        items.append(TodoItem(row.item.due_on, "coaching", "action_item", row.agent_id, row.agent_name,
                              _summary(row.item.text) + (f"（{row.item.owner}）" if row.item.owner else ""),
                              row.item.id))
    return items
