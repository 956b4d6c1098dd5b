"""Words for (area, kind) codes on the agent timeline and in 本周待办. Areas add their own with the
register functions (marking the words with QT_TRANSLATE_NOOP("Timeline", ...) / ("ThisWeek", ...) in their
own package); anything unregistered still shows, as its area and raw code."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

AREA_WORDS: dict[str, str] = {
    "roster": QT_TRANSLATE_NOOP("Timeline", "Roster"),
    "recruiting": QT_TRANSLATE_NOOP("Timeline", "Recruiting"),
    "mentoring": QT_TRANSLATE_NOOP("Timeline", "Mentoring"),
    "coaching": QT_TRANSLATE_NOOP("Timeline", "Coaching"),
    "performance": QT_TRANSLATE_NOOP("Timeline", "Performance"),
    "care": QT_TRANSLATE_NOOP("Timeline", "Care"),
}

EVENT_WORDS: dict[tuple[str, str], str] = {
    ("roster", "hired"): QT_TRANSLATE_NOOP("Timeline", "Hired"),
    ("roster", "role"): QT_TRANSLATE_NOOP("Timeline", "Role changed"),
    ("roster", "team"): QT_TRANSLATE_NOOP("Timeline", "Team changed"),
    ("roster", "cert_level"): QT_TRANSLATE_NOOP("Timeline", "Certification changed"),
    ("roster", "career_track"): QT_TRANSLATE_NOOP("Timeline", "Career track changed"),
    ("roster", "status"): QT_TRANSLATE_NOOP("Timeline", "Status changed"),
    ("coaching", "one_on_one"): QT_TRANSLATE_NOOP("Timeline", "1:1"),
    ("coaching", "case_review"): QT_TRANSLATE_NOOP("Timeline", "Case review"),
    ("coaching", "qa_feedback"): QT_TRANSLATE_NOOP("Timeline", "QA feedback"),
    ("coaching", "live_intervention"): QT_TRANSLATE_NOOP("Timeline", "Real-time intervention"),
    ("coaching", "improvement_plan"): QT_TRANSLATE_NOOP("Timeline", "Improvement plan"),
    ("coaching", "action_done"): QT_TRANSLATE_NOOP("Timeline", "Action item done"),
}

TODO_WORDS: dict[tuple[str, str], str] = {
    ("coaching", "one_on_one_due"): QT_TRANSLATE_NOOP("ThisWeek", "1:1 due"),
    ("coaching", "action_item"): QT_TRANSLATE_NOOP("ThisWeek", "Action item due"),
}


def register_area_words(words: dict[str, str]) -> None:
    AREA_WORDS.update(words)


def register_event_words(words: dict[tuple[str, str], str]) -> None:
    EVENT_WORDS.update(words)


def register_todo_words(words: dict[tuple[str, str], str]) -> None:
    TODO_WORDS.update(words)


def area_word(area: str) -> str:
    source = AREA_WORDS.get(area)
    return QCoreApplication.translate("Timeline", source) if source else area


def event_word(area: str, kind: str) -> str:
    source = EVENT_WORDS.get((area, kind))
    return QCoreApplication.translate("Timeline", source) if source else f"{area_word(area)} · {kind}"


def todo_word(area: str, kind: str) -> str:
    source = TODO_WORDS.get((area, kind))
    return QCoreApplication.translate("ThisWeek", source) if source else f"{area_word(area)} · {kind}"
