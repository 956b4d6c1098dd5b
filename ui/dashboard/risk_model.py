"""The at-risk table on the one table base: flagged agents with their reasons in words, most flags first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from domain.dashboard.risk import AgentRisk
from domain.roster.model import Generation, TenureStage
from domain.roster.rules import generation, tenure_stage
from shared.words import label
from ui.dashboard.labels import reasons
from ui.table_model import DESC, Column, TableModel


def _stage(r: AgentRisk) -> TenureStage:
    return tenure_stage(r.facts.hire_date, r.facts.as_of)


def _days(r: AgentRisk) -> int:
    return (r.facts.as_of - r.facts.hire_date).days


COLUMNS: list[Column[AgentRisk]] = [
    Column(QT_TRANSLATE_NOOP("RiskTableModel", "Employee no."), lambda r: r.facts.employee_no,
           lambda r: r.facts.employee_no, key="employee_no"),
    Column(QT_TRANSLATE_NOOP("RiskTableModel", "Name"), lambda r: r.facts.name, lambda r: r.facts.name, key="name"),
    Column(QT_TRANSLATE_NOOP("RiskTableModel", "Team"), lambda r: r.facts.team, lambda r: r.facts.team, key="team"),
    Column(QT_TRANSLATE_NOOP("RiskTableModel", "Role"), lambda r: label(r.facts.role), lambda r: str(r.facts.role),
           key="role"),
    Column(QT_TRANSLATE_NOOP("RiskTableModel", "Stage"), lambda r: label(_stage(r)), lambda r: str(_stage(r)),
           key="stage"),
    Column(QT_TRANSLATE_NOOP("RiskTableModel", "Days since hire"), lambda r: str(_days(r)), _days, numeric=True,
           key="days"),
    Column(QT_TRANSLATE_NOOP("RiskTableModel", "Flags"), lambda r: str(len(r.flags)), lambda r: len(r.flags),
           numeric=True, key="flags"),
    Column(QT_TRANSLATE_NOOP("RiskTableModel", "Why"), lambda r: reasons(r.flags), lambda r: len(r.flags), key="why",
           tooltip=lambda r: reasons(r.flags).replace("; ", "\n").replace("；", "\n")),
]


class _OfGeneration:
    def __init__(self, chosen: Generation) -> None:
        self.chosen = chosen

    def accepts(self, risk: AgentRisk) -> bool:
        return generation(risk.facts.birth_date) is self.chosen


class RiskTableModel(TableModel[AgentRisk]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__("RiskTableModel", COLUMNS, sort="flags", order=DESC, parent=parent)

    def set_generation(self, chosen: Generation | None) -> None:
        """80后/90后/95后/00后 (issue 22): the seeds care for each differently; None shows everyone."""
        self.set_filter(_OfGeneration(chosen) if chosen else None)
