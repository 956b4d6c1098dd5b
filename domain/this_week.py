"""本周待办: what needs the supervisor this week, gathered from every area.

Each area's source is named in the literal SOURCES at the end: `fn(uow, today) -> list[TodoItem]` runs inside
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


def this_week(uow: UnitOfWork, today: date) -> list[TodoItem]:
    """Overdue first, then by due date."""
    with uow:
        hidden = hidden_filter(uow.settings)  # kinds switched off in Settings → Reminders
        items = [item for source in SOURCES for item in source(uow, today) if not hidden(item)]
    return sorted(items, key=lambda i: (i.due, i.area, i.agent_name))


from domain.care.life_stage import shift_review_todos  # noqa: E402  (the sources import the types above)
from domain.care.reminders import hidden_filter, reminder_todos  # noqa: E402  (the sources import the types above)
from domain.care.todo import care_todo_items  # noqa: E402  (the sources import the types above)
from domain.coaching.sources import coaching_todos  # noqa: E402  (the sources import the types above)
from domain.mentoring.sources import mentoring_todos  # noqa: E402  (the sources import the types above)
from domain.performance.improvement import improvement_plan_todos  # noqa: E402  (the sources import the types above)
from domain.training.sources import training_todos  # noqa: E402  (the sources import the types above)

# Every area's to-dos, one literal list (issue 17: nothing is appended at import time).
SOURCES: tuple[TodoSource, ...] = (
    coaching_todos,
    mentoring_todos,
    care_todo_items,
    training_todos,
    reminder_todos,
    shift_review_todos,
    improvement_plan_todos,
)
