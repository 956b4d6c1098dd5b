"""Care's words and actions on other pages: the agent timeline and 本周待办 show the category only;
"Open in Care" jumps to the record (its details stay behind the care lock)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from domain.care.model import CareCategory
from domain.care.timeline_events import FOLLOW_UP_KIND
from domain.this_week import TodoItem
from ui.agent.labels import register_area_words, register_event_words, register_todo_words
from ui.agent.panels import register_panel
from ui.agent.quick_actions import QuickAction, register_quick_action
from ui.context import AppContext
from ui.this_week.item_actions import ItemAction, register_item_action

C = CareCategory
register_event_words({
    ("care", C.HEALTH.value): QT_TRANSLATE_NOOP("Timeline", "Care: health"),
    ("care", C.HOSPITAL.value): QT_TRANSLATE_NOOP("Timeline", "Care: hospital stay"),
    ("care", C.MATERNITY.value): QT_TRANSLATE_NOOP("Timeline", "Care: pregnancy and birth"),
    ("care", C.FAMILY.value): QT_TRANSLATE_NOOP("Timeline", "Care: family"),
    ("care", C.HOUSING.value): QT_TRANSLATE_NOOP("Timeline", "Care: housing"),
    ("care", C.BEREAVEMENT.value): QT_TRANSLATE_NOOP("Timeline", "Care: bereavement"),
    ("care", C.HARDSHIP.value): QT_TRANSLATE_NOOP("Timeline", "Care: financial hardship"),
    ("care", C.PSYCHOLOGICAL.value): QT_TRANSLATE_NOOP("Timeline", "Care: psychological (EAP)"),
    ("care", C.BIRTHDAY.value): QT_TRANSLATE_NOOP("Timeline", "Care: birthday"),
    ("care", C.HOME_VISIT.value): QT_TRANSLATE_NOOP("Timeline", "Care: home visit"),
    ("care", FOLLOW_UP_KIND): QT_TRANSLATE_NOOP("Timeline", "Care follow-up due"),
})
register_todo_words({
    ("care", C.HEALTH.value): QT_TRANSLATE_NOOP("ThisWeek", "Care follow-up: health"),
    ("care", C.HOSPITAL.value): QT_TRANSLATE_NOOP("ThisWeek", "Care follow-up: hospital stay"),
    ("care", C.MATERNITY.value): QT_TRANSLATE_NOOP("ThisWeek", "Care follow-up: pregnancy and birth"),
    ("care", C.FAMILY.value): QT_TRANSLATE_NOOP("ThisWeek", "Care follow-up: family"),
    ("care", C.HOUSING.value): QT_TRANSLATE_NOOP("ThisWeek", "Care follow-up: housing"),
    ("care", C.BEREAVEMENT.value): QT_TRANSLATE_NOOP("ThisWeek", "Care follow-up: bereavement"),
    ("care", C.HARDSHIP.value): QT_TRANSLATE_NOOP("ThisWeek", "Care follow-up: financial hardship"),
    ("care", C.PSYCHOLOGICAL.value): QT_TRANSLATE_NOOP("ThisWeek", "Care follow-up: psychological (EAP)"),
    ("care", C.BIRTHDAY.value): QT_TRANSLATE_NOOP("ThisWeek", "Care follow-up: birthday"),
    ("care", C.HOME_VISIT.value): QT_TRANSLATE_NOOP("ThisWeek", "Care follow-up: home visit"),
})

register_area_words({"reminders": QT_TRANSLATE_NOOP("Timeline", "Reminders"),
                     "buddy": QT_TRANSLATE_NOOP("Timeline", "Buddy")})
register_area_words({"recognition": QT_TRANSLATE_NOOP("Timeline", "Recognition"),
                     "exit": QT_TRANSLATE_NOOP("Timeline", "Leaving")})
register_event_words({
    ("exit", "exit_interview_same_industry"): QT_TRANSLATE_NOOP(
        "Timeline", "Exit interview: customer service elsewhere"),
    ("exit", "exit_interview_other_industry"): QT_TRANSLATE_NOOP("Timeline", "Exit interview: another industry"),
    ("exit", "exit_interview_study"): QT_TRANSLATE_NOOP("Timeline", "Exit interview: study"),
    ("exit", "exit_interview_hometown"): QT_TRANSLATE_NOOP("Timeline", "Exit interview: back home"),
    ("exit", "exit_interview_family"): QT_TRANSLATE_NOOP("Timeline", "Exit interview: family"),
    ("exit", "exit_interview_not_yet"): QT_TRANSLATE_NOOP("Timeline", "Exit interview: undecided"),
    ("exit", "exit_interview_other"): QT_TRANSLATE_NOOP("Timeline", "Exit interview"),
})
register_event_words({
    ("recognition", "award_service_star"): QT_TRANSLATE_NOOP("Timeline", "Award: service star"),
    ("recognition", "award_improvement_star"): QT_TRANSLATE_NOOP("Timeline", "Award: improvement star"),
    ("recognition", "award_best_case"): QT_TRANSLATE_NOOP("Timeline", "Award: best case"),
    ("recognition", "award_best_mentor"): QT_TRANSLATE_NOOP("Timeline", "Award: outstanding mentor"),
    ("recognition", "award_custom"): QT_TRANSLATE_NOOP("Timeline", "Award"),
    ("recognition", "praise_phone"): QT_TRANSLATE_NOOP("Timeline", "Customer praise (call)"),
    ("recognition", "praise_online"): QT_TRANSLATE_NOOP("Timeline", "Customer praise (online review)"),
    ("recognition", "praise_letter"): QT_TRANSLATE_NOOP("Timeline", "Customer praise (letter)"),
    ("recognition", "praise_banner"): QT_TRANSLATE_NOOP("Timeline", "Customer praise (silk banner)"),
    ("recognition", "praise_other"): QT_TRANSLATE_NOOP("Timeline", "Customer praise"),
})
register_event_words({
    ("buddy", "buddy_assigned"): QT_TRANSLATE_NOOP("Timeline", "Buddy arranged"),
    ("buddy", "buddy_for"): QT_TRANSLATE_NOOP("Timeline", "Became a buddy"),
    ("buddy", "buddy_ended"): QT_TRANSLATE_NOOP("Timeline", "Buddy pairing ended"),
    ("buddy", "buddy_check_in"): QT_TRANSLATE_NOOP("Timeline", "Buddy check-in"),
})
register_todo_words({
    ("reminders", "birthday"): QT_TRANSLATE_NOOP("ThisWeek", "Birthday"),
    ("reminders", "anniversary"): QT_TRANSLATE_NOOP("ThisWeek", "Work anniversary (hired on)"),
    ("reminders", "one_month"): QT_TRANSLATE_NOOP("ThisWeek", "One month since hiring"),
    ("reminders", "three_months"): QT_TRANSLATE_NOOP(
        "ThisWeek", "Three months: end of the new-hire stage and probation"),
    ("reminders", "twelve_months"): QT_TRANSLATE_NOOP("ThisWeek", "Twelve months: now an expert"),
    ("reminders", "shift_review"): QT_TRANSLATE_NOOP("ThisWeek", "Review shifts (life stage)"),
})


def open_in_care(ctx: AppContext, parent: QWidget, item: TodoItem) -> bool:
    """Show the care page with the record selected; changes nothing (so the list needs no refresh)."""
    show_area = getattr(parent.window(), "show_area", None)
    if show_area is None or item.ref_id is None:
        return False
    page = show_area("care")
    page.select_record(item.ref_id)
    return False


OPEN_IN_CARE = ItemAction(QT_TRANSLATE_NOOP("ThisWeekActions", "Open in Care"), open_in_care)
for _category in CareCategory:
    register_item_action("care", _category.value, OPEN_IN_CARE)


def _care_section(ctx: AppContext) -> QWidget:
    from ui.care.agent_section import CareSection

    return CareSection(ctx)


register_panel(_care_section)


def _record_care(ctx: AppContext, parent: QWidget, agent_id: int) -> bool:
    from ui.care.actions import record_care_for_agent

    return record_care_for_agent(ctx, parent, agent_id)


register_quick_action(QuickAction(QT_TRANSLATE_NOOP("AgentQuickActions", "Record care"), _record_care, rank=30))
