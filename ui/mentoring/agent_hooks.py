"""The agent page and 本周待办 learn mentoring's words, and the agent page gains a "mentor check-in" button.
Imported by ui/areas.py; kept out of the package's __init__ because the agent page's module needs widgets."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.agent.quick_actions import QuickAction


def _check_in(ctx, parent, agent_id: int) -> bool:  # type: ignore[no-untyped-def]
    from ui.mentoring.actions import check_in_for_agent

    return check_in_for_agent(ctx, parent, agent_id)


CHECK_IN = QuickAction(QT_TRANSLATE_NOOP("AgentQuickActions", "Add mentor check-in"), _check_in, rank=40)
