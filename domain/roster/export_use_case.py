"""The roster for HQ as a file: the rows the roster page lists, written by a writer port, the export logged."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from domain.ports import UnitOfWork
from domain.roster.services import RosterRow, list_roster

RosterWriter = Callable[[Path, list[RosterRow], str, datetime], int]  # (path, rows, team name, now) → rows written


def export_roster(uow: UnitOfWork, write: RosterWriter, path: Path, today: date, now: datetime) -> int:
    rows = list_roster(uow, today)
    with uow:
        team = uow.settings.get("team_name", "")
        count = write(path, rows, team, now)
        uow.log.record("export_roster", str(path), count)
        uow.commit()
    return count
