"""The dashboard's read models: what the charts are drawn from. Counts come from SQL; rates from attrition.py."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from domain.dashboard.attrition import CohortEarlyAttrition, MonthFlow
from domain.dashboard.survival import SurvivalCurve
from domain.roster.model import Generation, LeaveReason, Role, TenureStage

PERIODS = (12, 24)  # months the headcount chart can show
SURVIVAL_LOOKBACK_MONTHS = 36  # survival curves use hires of the last three years: older eras differ
SURVIVAL_HORIZON_DAYS = 730  # and show their first two years
# "Mentored" = paired by day 30 of tenure. Someone who left on day 10 never had the chance, so the two groups
# are compared from day 30 among those still employed then (a landmark analysis), never from hire.
MENTORED_LANDMARK_DAYS = 30


class SurvivalGrouping(StrEnum):
    HIRE_YEAR = "hire_year"
    ROLE = "role"
    MENTORED = "mentored"
    SOURCE_CHANNEL = "source_channel"


@dataclass(frozen=True, slots=True)
class DashboardFilter:
    months: int = 12
    team: str | None = None
    role: Role | None = None
    generation: Generation | None = None  # 80后/90后/95后/00后: the seeds manage them differently


@dataclass(frozen=True, slots=True)
class ReasonCount:
    reason: LeaveReason
    voluntary: int
    involuntary: int

    @property
    def total(self) -> int:
        return self.voluntary + self.involuntary


@dataclass(frozen=True, slots=True)
class Overview:
    """Everything the roster-based charts need, for one filter, as of `today`."""

    today: date
    flows: tuple[MonthFlow, ...]
    cohorts: tuple[CohortEarlyAttrition, ...]
    stage_mix: tuple[tuple[TenureStage, int], ...]  # active agents
    generation_mix: tuple[tuple[Generation | None, int], ...]  # None: birth date not recorded
    reasons: tuple[ReasonCount, ...]  # leavers within the period, most common first
    teams: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class SurvivalGroup:
    key: str  # hire year "2025", a Role value, "yes"/"no", or a source channel's value
    curve: SurvivalCurve
    landmark_day: int = 0  # the curve's time 0 is this many days after hire (only those still here then)
