"""分层培训与职业发展: plans per tenure stage, sessions, career ladders, readiness and promotions.

Importing the package registers its error codes (QtCore only); enum labels load with the pages
(`ui.training.labels`) and the agent page's words and panel with `ui.training.agent_hooks`."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from shared.messages import register_codes

TITLE = QT_TRANSLATE_NOOP("Areas", "Training & careers")

register_codes({
    "training_title_missing": QT_TRANSLATE_NOOP("Messages", "Please give it a name"),
    "training_weeks_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Weeks run from 1 to 156, and the last week cannot come before the first"),
    "training_pass_mark_invalid": QT_TRANSLATE_NOOP(
        "Messages", "A test needs a pass mark from 0 to 100; other checks have none"),
    "training_item_has_results": QT_TRANSLATE_NOOP(
        "Messages", "Results were recorded against this item; it cannot be removed"),
    "training_date_in_future": QT_TRANSLATE_NOOP("Messages", "The date cannot be in the future"),
    "training_before_hire": QT_TRANSLATE_NOOP("Messages", "The date cannot be before the agent was hired"),
    "training_score_missing": QT_TRANSLATE_NOOP(
        "Messages", "This item is checked by a test: everyone who attended needs a score"),
    "training_score_invalid": QT_TRANSLATE_NOOP("Messages", "A score is from 0 to 100"),
    "training_agent_not_active": QT_TRANSLATE_NOOP("Messages", "This agent has left"),
    "training_no_attendees": QT_TRANSLATE_NOOP(
        "Messages", "Mark at least one agent as present or absent"),
    "training_topic_missing": QT_TRANSLATE_NOOP("Messages", "Please give the session a topic"),
    "career_level_track_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "This level belongs to another track than the agent's career track"),
    "career_level_not_above": QT_TRANSLATE_NOOP(
        "Messages", "The agent is already at this level or above"),
    "position_title_missing": QT_TRANSLATE_NOOP("Messages", "Please name the position"),
    "position_end_before_start": QT_TRANSLATE_NOOP("Messages", "The end date cannot be before the start date"),
})
