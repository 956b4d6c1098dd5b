"""Codes into words, the one way: enum members (`label`), error codes (`shared.messages.describe`), the agent
timeline's events and areas (`event_word`, `area_word`) and 本周待办's kinds (`todo_word`).

Each area keeps its words in `shared/<area>_words.py` (translated in that area's .ts file), named in the literal
list below. Nothing registers itself at import time: before this, a word existed or not depending on which pages
had been imported (the command line described a KPI error only if it had imported the performance words first).
An area's module loads the first time one of its words is asked for, so the roster's first screen loads the
roster's words alone.

An area's module may define:
    ENUMS: {EnumType: {value: source}}, translated in its ENUM_CONTEXT
    CODES: {code: source}                      ("Messages")
    AREAS: {timeline area: source}             ("Timeline")
    EVENTS: {(timeline area, kind): source}    ("Timeline")
    TODOS: {(area, kind): source}              ("ThisWeek")
"""

from __future__ import annotations

import importlib
from enum import StrEnum
from functools import cache
from types import ModuleType

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# area (as in domain/<area>/) → the module that holds its words
AREA_WORDS: dict[str, str] = {
    "roster": "shared.roster_words",
    "recruiting": "shared.recruiting_words",
    "mentoring": "shared.mentoring_words",
    "coaching": "shared.coaching_words",
    "training": "shared.training_words",
    "care": "shared.care_words",
    "performance": "shared.performance_words",
    "dashboard": "shared.dashboard_words",
    "safety": "shared.safety_words",
    "import": "shared.import_words",
}

_YES_NO = (QT_TRANSLATE_NOOP("Labels", "Yes"), QT_TRANSLATE_NOOP("Labels", "No"))


@cache
def area_module(area: str) -> ModuleType:
    return importlib.import_module(AREA_WORDS[area])


def label(value: StrEnum | None) -> str:
    """An enum member in words. Its area is the domain package that defines the enum (domain.<area>.…)."""
    if value is None:
        return ""
    kind = type(value)
    module = _enum_module(kind)
    if module is None:
        return value.value
    source = getattr(module, "ENUMS", {}).get(kind, {}).get(value.value, value.value)
    return QCoreApplication.translate(getattr(module, "ENUM_CONTEXT", "Labels"), source)


def _enum_module(kind: type) -> ModuleType | None:
    parts = kind.__module__.split(".")
    if len(parts) >= 2 and parts[0] == "domain" and parts[1] in AREA_WORDS:
        return area_module(parts[1])
    return None


def yes_no(value: bool | None) -> str:
    if value is None:
        return ""
    return QCoreApplication.translate("Labels", "Yes") if value else QCoreApplication.translate("Labels", "No")


@cache
def table(name: str) -> dict:  # type: ignore[type-arg]
    """One kind of words (CODES, AREAS, EVENTS, TODOS) of every area, merged in the manifest's order."""
    merged: dict = {}  # type: ignore[type-arg]
    for area in AREA_WORDS:
        merged.update(getattr(area_module(area), name, {}))
    return merged


def area_word(area: str) -> str:
    source = table("AREAS").get(area)
    return QCoreApplication.translate("Timeline", source) if source else area


def event_word(area: str, kind: str) -> str:
    source = table("EVENTS").get((area, kind))
    return QCoreApplication.translate("Timeline", source) if source else f"{area_word(area)} · {kind}"


def todo_word(area: str, kind: str) -> str:
    source = table("TODOS").get((area, kind))
    return QCoreApplication.translate("ThisWeek", source) if source else f"{area_word(area)} · {kind}"
