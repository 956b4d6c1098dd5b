"""Care's words and actions on other pages: the agent timeline and 本周待办 show the category only;
"Open in Care" jumps to the record (its details stay behind the care lock)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from domain.care.model import CareCategory
from domain.this_week import TodoItem
from ui.agent.quick_actions import QuickAction
from ui.context import AppContext
from ui.this_week.item_actions import ItemAction


def open_in_care(ctx: AppContext, parent: QWidget, item: TodoItem) -> bool:
    """Show the care page with the record selected; changes nothing (so the list needs no refresh)."""
    show_area = getattr(parent.window(), "show_area", None)
    if show_area is None or item.ref_id is None:
        return False
    page = show_area("care")
    page.select_record(item.ref_id)
    return False


OPEN_IN_CARE = ItemAction(QT_TRANSLATE_NOOP("ThisWeekActions", "Open in Care"), open_in_care)
TODO_ACTIONS = {("care", category.value): OPEN_IN_CARE for category in CareCategory}


def care_section(ctx: AppContext) -> QWidget:
    from ui.care.agent_section import CareSection

    return CareSection(ctx)



def _record_care(ctx: AppContext, parent: QWidget, agent_id: int) -> bool:
    from ui.care.actions import record_care_for_agent

    return record_care_for_agent(ctx, parent, agent_id)


RECORD_CARE = QuickAction(QT_TRANSLATE_NOOP("AgentQuickActions", "Record care"), _record_care, rank=30)
