"""The roster's vocabulary: enums and the plain records the rest of the app passes around."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class Role(StrEnum):
    HOTLINE = "hotline"
    ONLINE = "online"
    AFTER_SALES = "after_sales"


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"


class TenureStage(StrEnum):
    NEW = "new"  # < 3 months since hire
    GROWING = "growing"  # 3–12 months
    EXPERT = "expert"  # > 12 months


class Generation(StrEnum):
    BEFORE_80 = "before_80"
    POST_80 = "post_80"
    POST_90 = "post_90"
    POST_95 = "post_95"
    POST_00 = "post_00"


class CertLevel(StrEnum):
    NONE = "none"
    JUNIOR = "junior"
    INTERMEDIATE = "intermediate"
    SENIOR = "senior"
    EXPERT = "expert"  # 资深专家


class CareerTrack(StrEnum):
    UNDECIDED = "undecided"
    MANAGEMENT = "management"
    EXPERT = "expert"
    TRAINER = "trainer"
    OPERATIONS = "operations"
    PRODUCT = "product"


class Status(StrEnum):
    ACTIVE = "active"
    LEFT = "left"


class LeaveReason(StrEnum):
    PAY = "pay"
    PRESSURE = "pressure"  # workload, metric pressure, emotional labour
    CAREER = "career"  # no path, better offer elsewhere
    FAMILY = "family"
    HEALTH = "health"
    STUDY = "study"
    RELOCATION = "relocation"
    PERFORMANCE = "performance"  # typically involuntary
    MISCONDUCT = "misconduct"
    CONTRACT_END = "contract_end"
    OTHER = "other"


# Fields whose changes are kept with their dates, so the agent page can show a timeline.
TRACKED_FIELDS = ("role", "team", "cert_level", "career_track", "status")


@dataclass(frozen=True, slots=True)
class AgentData:
    """Everything the supervisor types about an agent; `id` is None until saved."""

    employee_no: str
    name: str
    role: Role
    team: str
    hire_date: date
    gender: Gender | None = None
    birth_date: date | None = None
    phone: str = ""
    hometown: str = ""
    out_of_town: bool = False
    cert_level: CertLevel = CertLevel.NONE
    career_track: CareerTrack = CareerTrack.UNDECIDED
    status: Status = Status.ACTIVE
    leave_date: date | None = None
    leave_reason: LeaveReason | None = None
    leave_voluntary: bool | None = None
    notes: str = ""
    leave_reason_text: str = ""  # HQ's own words (考公考研); leave_reason is the category derived from them
    id: int | None = None
    # The stored row's version when this was read (0: not read from storage, or not checked). A save of a
    # stale version is refused (EditedElsewhere) instead of overwriting someone else's edit.
    version: int = 0

    @property
    def saved_id(self) -> int:
        """The id of an agent read from storage. Asking an unsaved agent is a programming error."""
        if self.id is None:
            raise ValueError(f"agent {self.employee_no} is not saved yet")
        return self.id


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    agent_id: int
    field: str
    old_value: str | None
    new_value: str | None
    effective_date: date
    id: int | None = None


@dataclass(frozen=True, slots=True)
class ChangeReceipt:
    """What one roster action did: the record before and after it, so that undo puts back only the
    fields this action changed, and only while they still hold what the action wrote."""

    agent_id: int
    before: AgentData | None  # None: the action created the agent
    after: AgentData
    history_ids: tuple[int, ...] = field(default_factory=tuple)
