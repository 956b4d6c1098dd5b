"""The areas of the window, as one literal manifest (issue 17): each area's key, navigation title, page, its
Settings tabs and the modules that teach other pages its words. Nothing registers itself at import time to
appear here, so the list, its order and the Settings tabs read top to bottom, and a newcomer finds an area's
page, settings and words in one place. Pages and tabs are named "module:Class" and imported on first use,
which keeps them off the start-up path."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

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

ROSTER_TITLE = QT_TRANSLATE_NOOP("Areas", "Roster")


@dataclass(frozen=True)
class Area:
    key: str
    title: str  # translated in the "Areas" context
    page_class: str  # "module:Class", built with the app context on first show
    settings: tuple[tuple[str, str], ...] = ()  # (title, "module:Class") tabs in Settings, each with save()
    # Modules that give the agent page and 本周待办 this area's buttons, panels and row actions (its words are in
    # shared/<area>_words.py, named by shared/words.py). They import the
    # domain's timeline machinery, so they load with the database on the worker thread, not before the window.
    hooks: tuple[str, ...] = ()

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
         hooks=("ui.mentoring.agent_hooks",)),
    Area("coaching", COACHING_TITLE, "ui.coaching.page:CoachingPage",
         settings=((COACHING_SETTINGS_TITLE, "ui.coaching.settings_tab:CoachingSettingsTab"),)),
    Area("training", TRAINING_TITLE, "ui.training.page:TrainingPage", hooks=("ui.training.agent_hooks",)),
    Area("care", CARE_TITLE, "ui.care.page:CarePage",
         settings=((CARE_TITLE, "ui.care.settings_tab:CareSettingsTab"),), hooks=("ui.care.hooks",)),
    Area("performance", PERFORMANCE_TITLE, "ui.performance.page:PerformancePage",
         settings=((PERFORMANCE_SCHEMES_TITLE, "ui.performance.scheme_editor:SchemeEditor"),),
         hooks=("ui.performance.agent_hooks",)),
    Area("reports", REPORTS_TITLE, "ui.reports.page:ReportsPage"),
    Area("agent", AGENT_TITLE, "ui.agent.page:AgentPage"),
)

# Settings tabs that belong to no one area come first; then each area's, in the areas' order.
GENERAL_SETTINGS: tuple[tuple[str, str], ...] = ((SAFETY_TITLE, "ui.safety.settings_tab:BackupSettingsTab"),)


def settings_tabs() -> list[tuple[str, Callable[[AppContext], QWidget]]]:
    """(title, factory(ctx) -> a tab with save()) for the Settings dialog."""
    named = [*GENERAL_SETTINGS, *(tab for area in AREAS for tab in area.settings)]
    return [(title, _factory(where)) for title, where in named]


def load_hooks() -> None:
    for area in AREAS:
        for name in area.hooks:
            importlib.import_module(name)


def load_class(where: str) -> Callable[[AppContext], QWidget]:
    module, name = where.split(":")
    return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]


def _factory(where: str) -> Callable[[AppContext], QWidget]:
    return lambda ctx: load_class(where)(ctx)
