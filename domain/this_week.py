"""本周待办: what needs the supervisor this week, gathered from every area.

Each area registers a source: `SOURCES.append(fn)` where `fn(uow, today) -> list[TodoItem]` runs inside
an open unit of work (overdue 1:1s, action items due, mentor check-ins, care follow-ups, ...).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from domain.ports import UnitOfWork


@dataclass(frozen=True, slots=True)
class TodoItem:
    due: date
    area: str
    kind: str  # area-specific code; ui/ maps (area, kind) to words
    agent_id: int | None
    agent_name: str
    detail: str = ""  # the supervisor's own words (never sensitive care details)
    ref_id: int | None = None

    def overdue(self, today: date) -> bool:
        return self.due < today


TodoSource = Callable[[UnitOfWork, date], list[TodoItem]]
SOURCES: list[TodoSource] = []


def this_week(uow: UnitOfWork, today: date) -> list[TodoItem]:
    """Overdue first, then by due date."""
    with uow:
        hidden = hidden_filter(uow.settings)  # kinds switched off in Settings → Reminders
        items = [item for source in SOURCES for item in source(uow, today) if not hidden(item)]
    return sorted(items, key=lambda i: (i.due, i.area, i.agent_name))


from domain.coaching.sources import coaching_todos  # noqa: E402  (areas register after the types exist)

SOURCES.append(coaching_todos)

from domain.mentoring.sources import mentoring_todos  # noqa: E402  (areas register after the types exist)

SOURCES.append(mentoring_todos)

from domain.care.todo import care_todo_items  # noqa: E402  (areas register after the types exist)

SOURCES.append(care_todo_items)

from domain.training.sources import training_todos  # noqa: E402  (areas register after the types exist)

SOURCES.append(training_todos)

from domain.care.reminders import hidden_filter, reminder_todos  # noqa: E402  (areas register after the types exist)

SOURCES.append(reminder_todos)

from domain.care.life_stage import shift_review_todos  # noqa: E402  (areas register after the types exist)

SOURCES.append(shift_review_todos)

from domain.performance.improvement import improvement_plan_todos  # noqa: E402  (areas register after the types exist)

SOURCES.append(improvement_plan_todos)
