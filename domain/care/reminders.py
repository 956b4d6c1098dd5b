"""Reminders that matter on 本周待办: birthdays, work anniversaries and stage milestones (1 month; 3 months,
the end of the 新人 stage and of probation; 12 months, 专家), each kind switchable in Settings, as are care
follow-ups and a mentoring pairing's planned end (produced by their own areas, hidden here when off).

Pure date rules first (no clock: `today` comes in), then the 本周待办 source and the switches.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from domain.ports import SettingsRepository, UnitOfWork
from domain.roster.model import AgentData, Status
from domain.roster.rules import add_months

if TYPE_CHECKING:
    from domain.this_week import TodoItem

AREA = "reminders"
AHEAD = timedelta(days=7)  # a week's notice: time to buy a cake or book a room


class Reminder(StrEnum):
    BIRTHDAY = "birthday"
    ANNIVERSARY = "anniversary"
    MILESTONE = "milestone"
    CARE_FOLLOW_UP = "care_follow_up"
    PAIRING_END = "pairing_end"
    LIFE_STAGE = "life_stage"  # review the shifts of agents with a life-stage flag (孕期, 哺乳期, 外地单身)


# Stage milestones: months after hiring → the todo kind.
MILESTONES = ((1, "one_month"), (3, "three_months"), (12, "twelve_months"))


def setting_key(reminder: Reminder) -> str:
    return f"reminder_{reminder.value}"


def enabled(settings: SettingsRepository, reminder: Reminder) -> bool:
    return settings.get(setting_key(reminder), "1") != "0"


def _window(today: date) -> tuple[date, date]:
    """From this week's Monday (a greeting two days late still counts) to a week ahead."""
    return today - timedelta(days=today.weekday()), today + AHEAD


def _on_year(day: date, year: int) -> date:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February in a common year: the 28th
        return date(year, 2, 28)


def yearly_dates(origin: date, today: date) -> list[date]:
    """Anniversaries of `origin` (after the origin itself) falling in the reminder window."""
    first, last = _window(today)
    return [d for year in range(first.year, last.year + 1)
            if first <= (d := _on_year(origin, year)) <= last and d > origin]


def milestone_dates(hire_date: date, today: date) -> list[tuple[date, str]]:
    first, last = _window(today)
    return [(d, kind) for months, kind in MILESTONES if first <= (d := add_months(hire_date, months)) <= last]


@dataclass(frozen=True, slots=True)
class Reminded:
    due: date
    kind: str
    agent: AgentData
    detail: str = ""


def agent_reminders(agents: list[AgentData], today: date, birthdays: bool = True, anniversaries: bool = True,
                    milestones: bool = True) -> list[Reminded]:
    """Active agents only. Birthdays carry no detail (an age is nobody's business on a shared screen);
    anniversaries and milestones carry the hire date."""
    found = []
    for a in agents:
        if a.status is not Status.ACTIVE:
            continue
        if birthdays and a.birth_date is not None:
            found += [Reminded(d, "birthday", a) for d in yearly_dates(a.birth_date, today)]
        if anniversaries:
            found += [Reminded(d, "anniversary", a, a.hire_date.isoformat())
                      for d in yearly_dates(a.hire_date, today)]
        if milestones:
            found += [Reminded(d, kind, a, a.hire_date.isoformat()) for d, kind in milestone_dates(a.hire_date, today)]
    return found


def reminder_todos(uow: UnitOfWork, today: date) -> list[TodoItem]:
    from domain.this_week import TodoItem  # here, not at the top: domain.this_week imports this module

    s = uow.settings
    switches = (enabled(s, Reminder.BIRTHDAY), enabled(s, Reminder.ANNIVERSARY), enabled(s, Reminder.MILESTONE))
    if not any(switches):
        return []
    return [TodoItem(r.due, AREA, r.kind, r.agent.id, r.agent.name, r.detail)
            for r in agent_reminders(uow.agents.list_all(Status.ACTIVE), today, *switches)]


# Items other areas produce, hidden when their switch is off: (switch, area, kind or None for every kind).
_OTHER_AREAS = ((Reminder.CARE_FOLLOW_UP, "care", None), (Reminder.PAIRING_END, "mentoring", "pairing_ending"))


def hidden_filter(settings: SettingsRepository) -> Callable[[TodoItem], bool]:
    off = [(area, kind) for switch, area, kind in _OTHER_AREAS if not enabled(settings, switch)]
    return lambda item: any(item.area == area and kind in (None, item.kind) for area, kind in off)
