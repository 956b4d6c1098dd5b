"""The agent page and 本周待办 learn mentoring's words, and the agent page gains a "mentor check-in" button.
Imported by ui/areas.py; kept out of the package's __init__ because the agent page's module needs widgets."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.agent.labels import register_event_words, register_todo_words
from ui.agent.quick_actions import QuickAction, register_quick_action

register_event_words({
    ("mentoring", "mentor_assigned"): QT_TRANSLATE_NOOP("Timeline", "Mentor assigned"),
    ("mentoring", "apprentice_assigned"): QT_TRANSLATE_NOOP("Timeline", "Took on an apprentice"),
    ("mentoring", "pairing_completed"): QT_TRANSLATE_NOOP("Timeline", "Mentoring completed"),
    ("mentoring", "pairing_ended_early"): QT_TRANSLATE_NOOP("Timeline", "Mentoring ended early"),
    ("mentoring", "check_in"): QT_TRANSLATE_NOOP("Timeline", "Mentor check-in"),
    ("mentoring", "cert_junior_passed"): QT_TRANSLATE_NOOP("Timeline", "Passed junior certification"),
    ("mentoring", "cert_junior_failed"): QT_TRANSLATE_NOOP("Timeline", "Did not pass junior certification"),
    ("mentoring", "cert_intermediate_passed"): QT_TRANSLATE_NOOP("Timeline", "Passed intermediate certification"),
    ("mentoring", "cert_intermediate_failed"): QT_TRANSLATE_NOOP(
        "Timeline", "Did not pass intermediate certification"),
    ("mentoring", "cert_senior_passed"): QT_TRANSLATE_NOOP("Timeline", "Passed senior certification"),
    ("mentoring", "cert_senior_failed"): QT_TRANSLATE_NOOP("Timeline", "Did not pass senior certification"),
})

register_todo_words({
    ("mentoring", "check_in_due"): QT_TRANSLATE_NOOP("ThisWeek", "Mentor check-in due"),
    ("mentoring", "pairing_ending"): QT_TRANSLATE_NOOP("ThisWeek", "Mentoring reaches its planned end"),
    ("mentoring", "pairing_person_left"): QT_TRANSLATE_NOOP(
        "ThisWeek", "Mentor or apprentice has left: end the pairing"),
})


def _check_in(ctx, parent, agent_id: int) -> bool:  # type: ignore[no-untyped-def]
    from ui.mentoring.actions import check_in_for_agent

    return check_in_for_agent(ctx, parent, agent_id)


register_quick_action(QuickAction(QT_TRANSLATE_NOOP("AgentQuickActions", "Add mentor check-in"), _check_in,
                                  rank=40))
