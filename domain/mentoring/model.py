"""师徒制 and 技能认证: the records the supervisor keeps, as plain frozen dataclasses.

Money is `Decimal` yuan in the domain and integer fen in the database, so an allowance never drifts
through binary floating point on its way to HQ.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from domain.roster.model import CertLevel


class PairingStatus(StrEnum):
    ACTIVE = "active"
    COMPLETED = "completed"
    ENDED_EARLY = "ended_early"


# The levels a certification exam is held for (初级 / 中级 / 高级); 资深专家 is awarded, not examined.
EXAM_LEVELS: tuple[CertLevel, ...] = (CertLevel.JUNIOR, CertLevel.INTERMEDIATE, CertLevel.SENIOR)


@dataclass(frozen=True, slots=True)
class MentoringDefaults:
    """Set by the supervisor in Settings; stored in the `settings` table."""

    monthly_allowance: Decimal = Decimal("300.00")
    max_apprentices: int = 2
    planned_months: int = 3
    check_in_every_days: int = 14


@dataclass(frozen=True, slots=True)
class NewPairing:
    mentor_id: int
    apprentice_id: int
    start_date: date
    planned_end: date
    monthly_allowance: Decimal
    goals: str = ""


@dataclass(frozen=True, slots=True)
class Pairing:
    id: int
    mentor_id: int
    apprentice_id: int
    start_date: date
    planned_end: date
    monthly_allowance: Decimal
    goals: str
    status: PairingStatus
    end_date: date | None = None
    end_reason: str = ""
    version: int = 0  # as read from storage (0: not read, not checked); a stale one is refused (EditedElsewhere)


@dataclass(frozen=True, slots=True)
class CheckIn:
    pairing_id: int
    day: date
    progress: int  # 1–5
    note: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class CertAttempt:
    agent_id: int
    level: CertLevel
    day: date
    score: Decimal | None  # 0–100; None when HQ only reports pass/fail
    passed: bool
    note: str = ""
    id: int | None = None
