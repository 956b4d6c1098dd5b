"""The areas the navigation shows, in order. An area that works adds one line; nothing else is listed,
so the window never shows a placeholder."""

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

# Modules that teach the agent page and 本周待办 an area's words and buttons. They import the domain's
# timeline machinery (every area's sources), so they load with the database on the worker thread,
# not before the window first shows.
HOOK_MODULES = ("ui.care.hooks", "ui.mentoring.agent_hooks", "ui.mentoring.labels", "ui.performance.agent_hooks",
                "ui.training.agent_hooks")


def load_hooks() -> None:
    for name in HOOK_MODULES:
        importlib.import_module(name)


@dataclass(frozen=True)
class Area:
    key: str
    title: str  # translated in the "Areas" context
    page: Callable[[AppContext], QWidget]


def _roster(ctx: AppContext) -> QWidget:
    from ui.roster.page import RosterPage

    return RosterPage(ctx)


def _this_week(ctx: AppContext) -> QWidget:
    from ui.this_week.page import ThisWeekPage

    return ThisWeekPage(ctx)


AREAS: list[Area] = [
    Area("roster", QT_TRANSLATE_NOOP("Areas", "Roster"), _roster),
    Area("this_week", THIS_WEEK_TITLE, _this_week),
]

# Extra tabs for Settings (thresholds and defaults an area owns): (title, factory(ctx) -> QWidget with save()).
SETTINGS_TABS: list[tuple[str, Callable[[AppContext], QWidget]]] = []


def _backup_settings(ctx: AppContext) -> QWidget:
    from ui.safety.settings_tab import BackupSettingsTab

    return BackupSettingsTab(ctx)


SETTINGS_TABS.append((SAFETY_TITLE, _backup_settings))


def _reports(ctx: AppContext) -> QWidget:
    from ui.reports.page import ReportsPage

    return ReportsPage(ctx)


AREAS.append(Area("reports", REPORTS_TITLE, _reports))


def _care(ctx: AppContext) -> QWidget:
    from ui.care.page import CarePage

    return CarePage(ctx)


def _care_settings(ctx: AppContext) -> QWidget:
    from ui.care.settings_tab import CareSettingsTab

    return CareSettingsTab(ctx)


AREAS.append(Area("care", CARE_TITLE, _care))
SETTINGS_TABS.append((CARE_TITLE, _care_settings))


def _coaching(ctx: AppContext) -> QWidget:
    from ui.coaching.page import CoachingPage

    return CoachingPage(ctx)


def _coaching_settings(ctx: AppContext) -> QWidget:
    from ui.coaching.settings_tab import CoachingSettingsTab

    return CoachingSettingsTab(ctx)


def _agent(ctx: AppContext) -> QWidget:
    from ui.agent.page import AgentPage

    return AgentPage(ctx)


AREAS.append(Area("coaching", COACHING_TITLE, _coaching))
AREAS.append(Area("agent", AGENT_TITLE, _agent))
SETTINGS_TABS.append((COACHING_SETTINGS_TITLE, _coaching_settings))


def _recruiting(ctx: AppContext) -> QWidget:
    from ui.recruiting.page import RecruitingPage

    return RecruitingPage(ctx)


AREAS.append(Area("recruiting", RECRUITING_TITLE, _recruiting))


def _dashboard(ctx: AppContext) -> QWidget:
    from ui.dashboard.page import DashboardPage

    return DashboardPage(ctx)


def _at_risk(ctx: AppContext) -> QWidget:
    from ui.dashboard.risk_page import AtRiskPage

    return AtRiskPage(ctx)


def _risk_settings(ctx: AppContext) -> QWidget:
    from ui.dashboard.settings_tab import RiskSettingsTab

    return RiskSettingsTab(ctx)


# Right after the roster: the charts a supervisor opens every morning, then who is at risk.
AREAS.insert(1, Area("dashboard", DASHBOARD_TITLE, _dashboard))
AREAS.insert(2, Area("at_risk", RISK_TITLE, _at_risk))
SETTINGS_TABS.append((RISK_SETTINGS_TITLE, _risk_settings))


def _mentoring(ctx: AppContext) -> QWidget:
    from ui.mentoring.page import MentoringPage

    return MentoringPage(ctx)


def _mentoring_settings(ctx: AppContext) -> QWidget:
    from ui.mentoring.settings_tab import MentoringSettingsTab

    return MentoringSettingsTab(ctx)


AREAS.append(Area("mentoring", MENTORING_TITLE, _mentoring))
SETTINGS_TABS.append((MENTORING_SETTINGS_TITLE, _mentoring_settings))


def _performance(ctx: AppContext) -> QWidget:
    from ui.performance.page import PerformancePage

    return PerformancePage(ctx)


def _performance_schemes(ctx: AppContext) -> QWidget:
    from ui.performance.scheme_editor import SchemeEditor

    return SchemeEditor(ctx)


AREAS.append(Area("performance", PERFORMANCE_TITLE, _performance))
SETTINGS_TABS.append((PERFORMANCE_SCHEMES_TITLE, _performance_schemes))


def _training(ctx: AppContext) -> QWidget:
    from ui.training.page import TrainingPage

    return TrainingPage(ctx)


AREAS.append(Area("training", TRAINING_TITLE, _training))


# The order a supervisor's day runs: who is on the team, what is due, how the team is doing, then each area,
# the month-end report, and the one-agent view last (it opens from every list).
ORDER = ("roster", "this_week", "dashboard", "at_risk", "recruiting", "mentoring", "coaching", "training", "care",
         "performance", "reports", "agent")
AREAS.sort(key=lambda area: ORDER.index(area.key) if area.key in ORDER else len(ORDER))
