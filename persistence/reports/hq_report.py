"""The monthly report for headquarters: which sheets exist, building them, writing and logging the export."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from domain.ports import UnitOfWork
from domain.reports.workforce import Month
from persistence.app_version import app_version
from persistence.reports.hq_workbook import write_workbook
from persistence.reports.sections import care, coaching, mentoring, performance, recruiting, training, workforce
from persistence.reports.sheets import SheetSpec


@dataclass(frozen=True)
class Section:
    key: str
    sheet: str  # the sheet's Chinese name, also what the export dialog lists
    build: Callable[[UnitOfWork, Month], SheetSpec]
    # True when `build` calls an area's service that opens the unit of work itself (`with uow:` is not
    # re-entrant): such a section gets the closed unit of work and reads in its own transaction.
    own_transaction: bool = False


# In the order HQ reads them; the cover is always first. Each area adds its section here.
SECTIONS: list[Section] = [
    Section("workforce", "人员概况", workforce.workforce),
    Section("roster", "人员明细", workforce.roster_detail),
    Section("performance", "绩效", performance.performance),
    Section("recruiting", "招聘", recruiting.recruiting),
    Section("mentoring", "带教", mentoring.mentoring, own_transaction=True),
    Section("coaching", "辅导", coaching.coaching),
    Section("training", "培养与发展", training.training, own_transaction=True),
    Section("care", "关怀", care.care, own_transaction=True),
    Section("leavers", "离职", workforce.leavers),
]


class _RosterReadOnce:
    """The unit of work a report's sections share. Most sections need the whole roster — on a centre that is
    25,000 agents with their history — so it is read once per report instead of once per section."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow
        self._roster: list[Any] | None = None

    def __enter__(self) -> _RosterReadOnce:
        self._uow.__enter__()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._uow.__exit__(*exc)

    def __getattr__(self, name: str) -> Any:
        if name == "agents":
            return _Agents(self._uow.agents, self)
        return getattr(self._uow, name)


class _Agents:
    def __init__(self, repository: Any, owner: _RosterReadOnce) -> None:
        self._repository, self._owner = repository, owner

    def list_all(self, status: Any = None) -> list[Any]:
        if status is not None:
            return self._repository.list_all(status)
        if self._owner._roster is None:
            self._owner._roster = self._repository.list_all()
        return list(self._owner._roster)  # a copy: a section may sort or trim its own

    def __getattr__(self, name: str) -> Any:
        return getattr(self._repository, name)


def section_keys() -> list[str]:
    return [s.key for s in SECTIONS]


def build_report(uow: UnitOfWork, month: Month, keys: list[str], now: datetime) -> list[SheetSpec]:
    chosen = [s for s in SECTIONS if s.key in keys]
    unknown = set(keys) - {s.key for s in SECTIONS}
    if unknown:
        raise ValueError(f"unknown sections: {sorted(unknown)}")
    uow = _RosterReadOnce(uow)
    with uow:
        sheets = [workforce.cover(uow, month, now, app_version(), [s.sheet for s in chosen])]
    for section in chosen:
        if section.own_transaction:
            sheets.append(section.build(uow, month))
        else:
            with uow:
                sheets.append(section.build(uow, month))
    return sheets


def export_report(uow_factory: Callable[[], UnitOfWork], month: Month, path: Path, keys: list[str], now: datetime,
                  progress: Callable[[int, int], None] | None = None) -> list[SheetSpec]:
    """Build, write, then log the export (kind, month, path, sections) in its own transaction."""
    sheets = build_report(uow_factory(), month, keys, now)
    uow = uow_factory()
    with uow:
        title = f"{uow.settings.get('team_name', '')} {month} 月度报告".strip()
        author = uow.settings.get("supervisor_name", "") or "客服主管工作台"
    write_workbook(path, sheets, title, author, now, progress)
    with uow:
        detail = f"month={month}; path={path}; sections={','.join(keys)}"
        uow.log.record("export_report", detail, sum(len(t.rows) for s in sheets for t in s.tables),
                       sensitive_included=any(s.sensitive for s in sheets))
        uow.commit()
    return sheets
