"""Thinning the backup folder (Anki's rule, RELIABILITY B4): keep everything from today and yesterday,
then one backup a day for 12 days, one a week for 10 weeks and one a month for 9 months — about a year.
Backups taken before a migration are never thinned: they are the way back from a bad upgrade."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TypeVar

RECENT_DAYS, DAILY, WEEKLY, MONTHLY = 2, 12, 10, 9
PRE_MIGRATE = "pre-migrate"


@dataclass(frozen=True, slots=True)
class Dated:
    key: str  # whatever identifies the backup (a file name)
    kind: str
    taken_at: datetime


T = TypeVar("T", bound=Dated)


def _day(d: date) -> int:
    return d.toordinal()


def _week(d: date) -> int:
    return d.toordinal() // 7


def _month(d: date) -> int:
    return d.year * 12 + d.month


def is_protected(kind: str) -> bool:
    return kind.startswith(PRE_MIGRATE)


def backups_to_remove(backups: Iterable[T], today: date) -> list[T]:
    """The backups the rule no longer needs, newest first. Pure: the caller deletes the files."""
    quota = {"daily": DAILY, "weekly": WEEKLY, "monthly": MONTHLY}
    oldest_recent_day = _day(today) - (RECENT_DAYS - 1)
    last_day = last_week = last_month = None
    remove: list[T] = []
    candidates = sorted((b for b in backups if not is_protected(b.kind)), key=lambda b: b.taken_at, reverse=True)
    for backup in candidates:
        d = backup.taken_at.date()
        if _day(d) >= oldest_recent_day:
            keep, stage = True, None
        elif quota["daily"]:
            keep, stage = last_day is None or _day(d) < last_day, "daily"
        elif quota["weekly"]:
            keep, stage = last_week is None or _week(d) < last_week, "weekly"
        elif quota["monthly"]:
            keep, stage = last_month is None or _month(d) < last_month, "monthly"
        else:
            keep, stage = False, None
        if not keep:
            remove.append(backup)
            continue
        last_day, last_week, last_month = _day(d), _week(d), _month(d)
        if stage:
            quota[stage] -= 1
    return remove


def daily_backup_due(last_automatic: datetime | None, now: datetime) -> bool:
    """At most one automatic start-up backup a day."""
    return last_automatic is None or last_automatic.date() < now.date()
