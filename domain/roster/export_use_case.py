"""The roster for HQ as a file: the rows the roster page lists, written by a writer port, the export logged."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from domain.ports import UnitOfWork
from domain.roster.services import RosterRow, roster_row

RosterWriter = Callable[[Path, list[RosterRow], str, datetime], int]  # (path, rows, team name, now) → rows written


def export_roster(uow: UnitOfWork, write: RosterWriter, path: Path, today: date, now: datetime) -> int:
    """One transaction: the rows written, the team named on the sheet and the activity-log line agree."""
    with uow:
        rows = [roster_row(a, today) for a in uow.agents.list_all(None)]
        team = uow.settings.get("team_name", "")
        count = write(path, rows, team, now)
        uow.log.record("export_roster", str(path), count)
        uow.commit()
    return count
