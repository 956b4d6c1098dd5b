"""Words for performance events on the agent page timeline."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.agent.labels import register_event_words

register_event_words({
    ("performance", "grade_excellent"): QT_TRANSLATE_NOOP("Timeline", "Monthly grade: excellent"),
    ("performance", "grade_good"): QT_TRANSLATE_NOOP("Timeline", "Monthly grade: good"),
    ("performance", "grade_pass"): QT_TRANSLATE_NOOP("Timeline", "Monthly grade: pass"),
    ("performance", "grade_improve"): QT_TRANSLATE_NOOP("Timeline", "Monthly grade: needs improvement"),
    ("performance", "appeal_filed"): QT_TRANSLATE_NOOP("Timeline", "Appeal filed"),
    ("performance", "appeal_pending"): QT_TRANSLATE_NOOP("Timeline", "Appeal pending"),
    ("performance", "appeal_accepted"): QT_TRANSLATE_NOOP("Timeline", "Appeal accepted"),
    ("performance", "appeal_rejected"): QT_TRANSLATE_NOOP("Timeline", "Appeal rejected"),
    ("performance", "service_star"): QT_TRANSLATE_NOOP("Timeline", "Service star of the month"),
})

# --- weak results lead to coaching (issue 21): 本周待办's improvement-plan item, its action, the agent page box

from ui.agent.labels import register_todo_words  # noqa: E402
from ui.agent.panels import register_panel  # noqa: E402
from ui.performance.plans import ImprovementPanel  # noqa: E402
from ui.this_week.item_actions import ItemAction, register_item_action  # noqa: E402

register_todo_words({
    ("performance", "improvement_plan_due"): QT_TRANSLATE_NOOP("ThisWeek", "Hold an improvement plan (within 7 days)"),
})


def _hold_plan(ctx, parent, item) -> bool:  # type: ignore[no-untyped-def]
    from domain.coaching.model import SessionKind
    from ui.coaching.actions import new_session

    return new_session(ctx, parent, item.agent_id, SessionKind.IMPROVEMENT_PLAN)


register_item_action("performance", "improvement_plan_due",
                     ItemAction(QT_TRANSLATE_NOOP("ThisWeekActions", "Hold improvement plan"), _hold_plan))
register_panel(ImprovementPanel)
