"""The areas of the window, as one literal manifest (issue 17): each area's key, navigation title, page, its
Settings tabs and the modules that teach other pages its words. Nothing registers itself at import time to
appear here, so the list, its order and the Settings tabs read top to bottom, and a newcomer finds an area's
page, settings and words in one place. Pages and tabs are named "module:Class" and imported on first use,
which keeps them off the start-up path."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from ui.agent import TITLE as AGENT_TITLE
from ui.care import TITLE as CARE_TITLE
from ui.coaching import SETTINGS_TITLE as COACHING_SETTINGS_TITLE
from ui.coaching import TITLE as COACHING_TITLE
from ui.context import AppContext
from ui.dashboard import RISK_TITLE
from ui.dashboard import SETTINGS_TITLE as RISK_SETTINGS_TITLE
from ui.dashboard import TITLE as DASHBOARD_TITLE
from ui.mentoring import SETTINGS_TITLE as MENTORING_SETTINGS_TITLE
from ui.mentoring import TITLE as MENTORING_TITLE
from ui.performance import SCHEMES_TITLE as PERFORMANCE_SCHEMES_TITLE
from ui.performance import TITLE as PERFORMANCE_TITLE
from ui.recruiting import TITLE as RECRUITING_TITLE
from ui.reports import TITLE as REPORTS_TITLE
from ui.safety import TITLE as SAFETY_TITLE
from ui.this_week import TITLE as THIS_WEEK_TITLE
from ui.training import TITLE as TRAINING_TITLE

if TYPE_CHECKING:  # they import the domain: not before the window shows
    from ui.agent.panels import Panel
    from ui.agent.quick_actions import QuickAction
    from ui.this_week.item_actions import ItemAction

ROSTER_TITLE = QT_TRANSLATE_NOOP("Areas", "Roster")


@dataclass(frozen=True)
class Area:
    key: str
    title: str  # translated in the "Areas" context
    page_class: str  # "module:Class", built with the app context on first show
    settings: tuple[tuple[str, str], ...] = ()  # (title, "module:Class") tabs in Settings, each with save()
    # What this area adds to other pages, each "module:NAME" (its words are in shared/<area>_words.py): buttons
    # on the agent page and in a roster row's menu (QuickAction), boxes on the agent page (a panel factory), and
    # a {(area, kind): ItemAction} table for 本周待办. The modules import the domain, so they are preloaded with
    # the database on the worker thread (preload_hooks), not before the window.
    quick_actions: tuple[str, ...] = ()
    panels: tuple[str, ...] = ()
    todo_actions: tuple[str, ...] = ()

    def page(self, ctx: AppContext) -> QWidget:
        return load_class(self.page_class)(ctx)


# In the order a supervisor's day runs: who is on the team, what is due, how the team is doing, who is at risk,
# then each area, the month-end report, and the one-agent view last (it opens from every list).
AREAS: tuple[Area, ...] = (
    Area("roster", ROSTER_TITLE, "ui.roster.page:RosterPage"),
    Area("this_week", THIS_WEEK_TITLE, "ui.this_week.page:ThisWeekPage"),
    Area("dashboard", DASHBOARD_TITLE, "ui.dashboard.page:DashboardPage"),
    Area("at_risk", RISK_TITLE, "ui.dashboard.risk_page:AtRiskPage",
         settings=((RISK_SETTINGS_TITLE, "ui.dashboard.settings_tab:RiskSettingsTab"),)),
    Area("recruiting", RECRUITING_TITLE, "ui.recruiting.page:RecruitingPage"),
    Area("mentoring", MENTORING_TITLE, "ui.mentoring.page:MentoringPage",
         settings=((MENTORING_SETTINGS_TITLE, "ui.mentoring.settings_tab:MentoringSettingsTab"),),
         quick_actions=("ui.mentoring.agent_hooks:CHECK_IN",)),
    Area("coaching", COACHING_TITLE, "ui.coaching.page:CoachingPage",
         settings=((COACHING_SETTINGS_TITLE, "ui.coaching.settings_tab:CoachingSettingsTab"),)),
    Area("training", TRAINING_TITLE, "ui.training.page:TrainingPage",
         panels=("ui.training.agent_hooks:TrainingPanel",)),
    Area("care", CARE_TITLE, "ui.care.page:CarePage",
         settings=((CARE_TITLE, "ui.care.settings_tab:CareSettingsTab"),),
         quick_actions=("ui.care.hooks:RECORD_CARE",), panels=("ui.care.hooks:care_section",),
         todo_actions=("ui.care.hooks:TODO_ACTIONS",)),
    Area("performance", PERFORMANCE_TITLE, "ui.performance.page:PerformancePage",
         settings=((PERFORMANCE_SCHEMES_TITLE, "ui.performance.scheme_editor:SchemeEditor"),),
         panels=("ui.performance.plans:ImprovementPanel",), todo_actions=("ui.performance.agent_hooks:TODO_ACTIONS",)),
    Area("reports", REPORTS_TITLE, "ui.reports.page:ReportsPage"),
    Area("agent", AGENT_TITLE, "ui.agent.page:AgentPage"),
)

# Settings tabs that belong to no one area come first; then each area's, in the areas' order.
GENERAL_SETTINGS: tuple[tuple[str, str], ...] = ((SAFETY_TITLE, "ui.safety.settings_tab:BackupSettingsTab"),)


def settings_tabs() -> list[tuple[str, Callable[[AppContext], QWidget]]]:
    """(title, factory(ctx) -> a tab with save()) for the Settings dialog."""
    named = [*GENERAL_SETTINGS, *(tab for area in AREAS for tab in area.settings)]
    return [(title, _factory(where)) for title, where in named]


def _named(attribute: str) -> list[Any]:
    return [load_name(where) for area in AREAS for where in getattr(area, attribute)]


def preload_hooks() -> None:
    """Import what the areas add to other pages (on the worker), so the first agent page does not wait."""
    for attribute in ("quick_actions", "panels", "todo_actions"):
        _named(attribute)


@cache
def quick_actions() -> tuple[QuickAction, ...]:
    """Coaching's own and every area's, by rank (the weekly 1:1 first, then coaching, care, mentoring)."""
    from ui.agent.quick_actions import CORE_QUICK_ACTIONS

    return tuple(sorted((*CORE_QUICK_ACTIONS, *_named("quick_actions")), key=lambda action: action.rank))


@cache
def panels() -> tuple[Panel, ...]:
    return tuple(_named("panels"))


@cache
def todo_actions() -> dict[tuple[str, str], ItemAction]:
    from ui.this_week.item_actions import CORE_ITEM_ACTIONS

    return {key: action for table in [CORE_ITEM_ACTIONS, *_named("todo_actions")] for key, action in table.items()}


def load_name(where: str) -> Any:
    module, name = where.split(":")
    return getattr(importlib.import_module(module), name)


def load_class(where: str) -> Callable[[AppContext], QWidget]:
    return load_name(where)  # type: ignore[no-any-return]


def _factory(where: str) -> Callable[[AppContext], QWidget]:
    return lambda ctx: load_class(where)(ctx)
