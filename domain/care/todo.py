"""Care's entries in 本周待办: open follow-ups with the agent's name and the category — never details."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from domain.care.reports import follow_ups_due
from domain.ports import UnitOfWork

if TYPE_CHECKING:
    from domain.this_week import TodoItem


def care_todo_items(uow: UnitOfWork, today: date) -> list[TodoItem]:
    """kind is the category code (ui maps ("care", category) to e.g. "住院回访"); detail stays empty."""
    from domain.this_week import TodoItem  # here, not at the top: domain.this_week imports this module

    return [TodoItem(f.due, "care", f.category.value, f.agent_id, f.agent_name, "", f.record_id)
            for f in follow_ups_due(uow, today)]
