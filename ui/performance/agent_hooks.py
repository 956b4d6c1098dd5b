"""Weak results lead to coaching (issue 21): 本周待办's improvement-plan action and the agent page's plan box.
The words of performance events and 本周待办 kinds are in shared/performance_words.py."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.this_week.item_actions import ItemAction


def _hold_plan(ctx, parent, item) -> bool:  # type: ignore[no-untyped-def]
    from domain.coaching.model import SessionKind
    from ui.coaching.actions import new_session

    return new_session(ctx, parent, item.agent_id, SessionKind.IMPROVEMENT_PLAN)


TODO_ACTIONS = {
    ("performance", "improvement_plan_due"): ItemAction(
        QT_TRANSLATE_NOOP("ThisWeekActions", "Hold improvement plan"), _hold_plan),
}
