"""What the supervisor can do about one to-do, by (area, kind). Coaching's are here; other areas name a
`{(area, kind): ItemAction}` table in their `Area(todo_actions=...)` line of ui/areas.py (titles marked with
QT_TRANSLATE_NOOP("ThisWeekActions", ...))."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from domain.coaching.model import SessionKind
from domain.this_week import TodoItem
from ui.context import AppContext


@dataclass(frozen=True)
class ItemAction:
    title: str
    # -> changed something at once. An action that changes through the door returns False: the door's notice
    # refreshes the page when the change lands.
    run: Callable[[AppContext, QWidget, TodoItem], bool]


def _record_one_on_one(ctx: AppContext, parent: QWidget, item: TodoItem) -> bool:
    from ui.coaching.actions import new_session

    return new_session(ctx, parent, item.agent_id, SessionKind.ONE_ON_ONE)


def _tick_action_item(ctx: AppContext, parent: QWidget, item: TodoItem) -> bool:
    from domain.coaching import services
    from ui.door import Touched

    if item.ref_id is None:
        return False
    item_id, today = item.ref_id, ctx.today()
    ctx.door.change(lambda uow: services.set_item_done(uow, item_id, today), lambda _: None,
                    touches=Touched.of("coaching", agents=[item.agent_id]), owner=parent)
    return False


CORE_ITEM_ACTIONS: dict[tuple[str, str], ItemAction] = {
    ("coaching", "one_on_one_due"): ItemAction(QT_TRANSLATE_NOOP("ThisWeekActions", "Record 1:1"),
                                               _record_one_on_one),
    ("coaching", "action_item"): ItemAction(QT_TRANSLATE_NOOP("ThisWeekActions", "Mark done"), _tick_action_item),
}
