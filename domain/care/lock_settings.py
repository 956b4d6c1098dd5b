"""Care's settings as use cases: the idle minutes before care locks itself, and which reminders 本周待办 shows.
Both live in the database's settings table; the window reads and writes them through its door."""

from __future__ import annotations

from domain.care.reminders import Reminder, enabled, setting_key
from domain.ports import UnitOfWork

AUTOLOCK_KEY = "care_autolock_minutes"
DEFAULT_AUTOLOCK_MINUTES = 10
AUTOLOCK_RANGE = (1, 240)


def autolock_minutes(uow: UnitOfWork) -> int:
    with uow:
        raw = uow.settings.get(AUTOLOCK_KEY, str(DEFAULT_AUTOLOCK_MINUTES))
    try:
        minutes = int(raw)
    except ValueError:
        return DEFAULT_AUTOLOCK_MINUTES
    return min(max(minutes, AUTOLOCK_RANGE[0]), AUTOLOCK_RANGE[1])


def care_settings(uow: UnitOfWork) -> tuple[int, dict[Reminder, bool]]:
    minutes = autolock_minutes(uow)
    with uow:
        return minutes, {reminder: enabled(uow.settings, reminder) for reminder in Reminder}


def save_care_settings(uow: UnitOfWork, minutes: int, reminders: dict[Reminder, bool]) -> None:
    with uow:
        uow.settings.set(AUTOLOCK_KEY, str(min(max(minutes, AUTOLOCK_RANGE[0]), AUTOLOCK_RANGE[1])))
        for reminder, on in reminders.items():
            uow.settings.set(setting_key(reminder), "1" if on else "0")
        uow.commit()
