"""The training and career records, as plain frozen dataclasses. Scores are `Decimal` (exact text in the
database), so a pass mark of 80 never turns 79.99999 into a fail."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from domain.roster.model import CareerTrack, CertLevel, TenureStage


class ItemKind(StrEnum):
    SHADOWING = "shadowing"  # 跟听
    ROLE_PLAY = "role_play"  # 角色扮演
    KNOWLEDGE = "knowledge"  # 产品与政策知识
    EMOTION_COURSE = "emotion_course"  # 情绪管理课程
    CASE_REVIEW = "case_review"  # 案例复盘
    CERT_PREP = "cert_prep"  # 认证准备
    HANDBOOK = "handbook"  # 手册编写
    TEACHING = "teaching"  # 授课


class CheckMethod(StrEnum):
    ATTENDANCE = "attendance"
    TEST = "test"  # a score against the item's pass mark
    SIGN_OFF = "sign_off"  # a mentor's sign-off


class ResultStatus(StrEnum):
    DONE = "done"  # attended / signed off
    PASSED = "passed"
    FAILED = "failed"
    ABSENT = "absent"  # on a session's list but did not come


COMPLETE = (ResultStatus.DONE, ResultStatus.PASSED)


@dataclass(frozen=True, slots=True)
class PlanItem:
    """One line of a stage's plan. Weeks count from the hire date: week 1 is the first seven days."""

    stage: TenureStage
    title: str
    kind: ItemKind
    week_from: int
    week_to: int
    check: CheckMethod
    pass_mark: Decimal | None = None  # only for CheckMethod.TEST
    position: int = 0
    id: int | None = None


@dataclass(frozen=True, slots=True)
class TrainingResult:
    """An agent's result on a plan item (or a session without one): the latest per item counts."""

    agent_id: int
    day: date
    status: ResultStatus
    item_id: int | None = None
    session_id: int | None = None
    score: Decimal | None = None
    checked_by: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class TrainingSession:
    topic: str
    day: date
    trainer_name: str  # whoever taught, as written
    trainer_id: int | None = None  # set when an agent taught: it counts as peer help
    item_id: int | None = None  # the plan item this session covers, if any
    note: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Attendance:
    """One row of the session dialog: attended or not, and a score if the session was a test."""

    agent_id: int
    attended: bool
    score: Decimal | None = None


class Criterion(StrEnum):
    TENURE_MONTHS = "tenure_months"
    CERT_LEVEL = "cert_level"
    KPI_GRADE = "kpi_grade"  # every scored month of the last N at or above a grade
    NO_FLOOR = "no_floor"  # no complaint-floor month in the last N
    ITEMS_PASSED = "items_passed"
    APPRENTICES = "apprentices"  # apprentices mentored to completion
    MANUAL = "manual"  # free text, ticked by the supervisor


@dataclass(frozen=True, slots=True)
class LadderLevel:
    """One rung of a career track and what it takes to reach it. Zero / None means "not required"."""

    track: CareerTrack
    rank: int  # 0 is where everyone on the track starts
    name: str
    min_tenure_months: int = 0
    min_cert: CertLevel = CertLevel.NONE
    kpi_grade: str = ""  # a performance Grade value ("good"), "" when not required
    kpi_months: int = 0
    no_floor_months: int = 0
    items_passed: int = 0
    apprentices: int = 0
    manual: tuple[str, ...] = field(default_factory=tuple)
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Position:
    """组长, 质检, 培训师 …: a dated position, separate from the channel role."""

    agent_id: int
    title: str
    start: date
    end: date | None = None
    note: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Promotion:
    agent_id: int
    level_id: int
    track: CareerTrack
    level_name: str
    day: date
    snapshot: str  # JSON: the criteria and evidence as they stood that day
    note: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class ManualTick:
    """The supervisor's tick on a free-text criterion for one agent."""

    agent_id: int
    level_id: int
    criterion: str
    day: date
