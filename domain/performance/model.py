"""Performance vocabulary: the monthly KPI figures, scoring schemes per role, scores, appeals and stars."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Any

from domain.roster.model import Role, TenureStage


class Metric(StrEnum):
    HANDLED = "handled"  # 接通量 / 工单量
    AHT = "aht_seconds"  # 平均处理时长
    RESPONSE = "response_seconds"  # 响应时长
    CSAT = "csat"  # 满意度, a fraction 0..1
    FCR = "fcr"  # 一次解决率, a fraction 0..1
    COMPLAINTS = "complaints"  # 投诉量
    COMPLAINT_RATE = "complaint_rate"  # 投诉率 = complaints ÷ handled, a fraction
    QA = "qa_score"  # 质检分 0..100
    ADHERENCE = "adherence"  # 出勤 / 排班遵从率, a fraction 0..1
    INBOUND = "inbound"  # 呼入量: calls offered; 接通量 (HANDLED) of them were answered
    ANSWER_RATE = "answer_rate"  # 接通率 = answered ÷ offered, a fraction 0..1
    TRAINING_PASS = "training_pass_rate"  # 培训考核通过率, a fraction; from the training area, never imported
    PEER_HELP = "peer_help"  # 帮助同事次数 (mentor check-ins, case reviews, sessions taught); from training


class MetricKind(StrEnum):
    COUNT = "count"
    SECONDS = "seconds"
    FRACTION = "fraction"
    POINTS = "points"


METRIC_KIND = {
    Metric.HANDLED: MetricKind.COUNT,
    Metric.AHT: MetricKind.SECONDS,
    Metric.RESPONSE: MetricKind.SECONDS,
    Metric.CSAT: MetricKind.FRACTION,
    Metric.FCR: MetricKind.FRACTION,
    Metric.COMPLAINTS: MetricKind.COUNT,
    Metric.COMPLAINT_RATE: MetricKind.FRACTION,
    Metric.QA: MetricKind.POINTS,
    Metric.ADHERENCE: MetricKind.FRACTION,
    Metric.INBOUND: MetricKind.COUNT,
    Metric.ANSWER_RATE: MetricKind.FRACTION,
    Metric.TRAINING_PASS: MetricKind.FRACTION,
    Metric.PEER_HELP: MetricKind.COUNT,
}
# Growth figures are counted from training, mentoring and coaching records when a month is scored; the KPI
# file and the kpi_monthly table hold only the platform's figures.
GROWTH_METRICS = (Metric.TRAINING_PASS, Metric.PEER_HELP)
STORED_METRICS = tuple(m for m in Metric if m not in GROWTH_METRICS)


class Direction(StrEnum):
    HIGHER = "higher"  # more is better (handled, CSAT)
    LOWER = "lower"  # less is better (handle time, complaints)


class Normalisation(StrEnum):
    ATTAINMENT = "attainment"  # value against target, capped
    RANK = "rank"  # percentile within the agent's team that month


class Grade(StrEnum):
    EXCELLENT = "excellent"  # 优秀
    GOOD = "good"  # 良好
    PASS = "pass"  # 合格
    IMPROVE = "improve"  # 待改进


GRADES_BEST_FIRST = (Grade.EXCELLENT, Grade.GOOD, Grade.PASS, Grade.IMPROVE)


class Trigger(StrEnum):
    ABOVE = "above"  # the floor applies when the value is above the threshold
    BELOW = "below"


class AppealStatus(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class StarHow(StrEnum):
    TOP_SCORE = "top_score"  # chosen from the month's scores
    NOMINATED = "nominated"  # the supervisor's pick


@dataclass(frozen=True, slots=True)
class KpiRecord:
    """One agent's figures for one month ("YYYY-MM"); None where the platform gave no figure."""

    agent_id: int
    month: str
    handled: float | None = None
    aht_seconds: float | None = None
    response_seconds: float | None = None
    csat: float | None = None
    fcr: float | None = None
    complaints: float | None = None
    complaint_rate: float | None = None
    qa_score: float | None = None
    adherence: float | None = None
    inbound: float | None = None
    answer_rate: float | None = None
    training_pass_rate: float | None = None
    peer_help: float | None = None

    def with_value(self, metric: Metric, value: float | None) -> KpiRecord:
        changed: dict[str, Any] = {metric: value}  # a StrEnum member names its field; every one is float | None
        return replace(self, **changed)

    def value(self, metric: Metric) -> float | None:
        value: float | None = getattr(self, metric)  # a StrEnum member is its own attribute name
        return value


@dataclass(frozen=True, slots=True)
class MetricRule:
    metric: Metric
    weight: float  # percent of the score; a scheme's weights add up to 100
    target: float
    direction: Direction
    normalisation: Normalisation = Normalisation.ATTAINMENT
    cap: float = 100.0  # the most a metric can earn, in normalised points


@dataclass(frozen=True, slots=True)
class FloorRule:
    """底线机制: e.g. complaint rate above 0.5 % caps the grade at 合格 whatever the score."""

    metric: Metric
    threshold: float
    trigger: Trigger
    cap: Grade


@dataclass(frozen=True, slots=True)
class GradeBands:
    excellent: float = 90.0  # a score at or above this is 优秀
    good: float = 80.0
    passing: float = 60.0

    def minimum(self, grade: Grade) -> float:
        return {Grade.EXCELLENT: self.excellent, Grade.GOOD: self.good, Grade.PASS: self.passing,
                Grade.IMPROVE: 0.0}[grade]


@dataclass(frozen=True, slots=True)
class Scheme:
    role: Role
    rules: tuple[MetricRule, ...]
    bands: GradeBands = field(default_factory=GradeBands)
    floors: tuple[FloorRule, ...] = ()
    version: int = 0
    id: int | None = None
    note: str = ""
    created_on: date | None = None
    stage: TenureStage | None = None  # None: the role's scheme, for every stage without its own

    @property
    def key(self) -> SchemeKey:
        return self.role if self.stage is None else (self.role, self.stage)


# A role's scheme is keyed by the role; a stage's own scheme by (role, stage).
SchemeKey = Role | tuple[Role, TenureStage]


@dataclass(frozen=True, slots=True)
class MetricScore:
    metric: Metric
    value: float | None  # None: no figure this month; the other weights are scaled up to 100
    target: float
    direction: Direction
    normalisation: Normalisation
    normalised: float
    weight: float  # as set in the scheme
    effective_weight: float  # after scaling for missing figures
    contribution: float
    cap: float
    adjusted: bool = False  # the value comes from an accepted appeal


@dataclass(frozen=True, slots=True)
class ScoreResult:
    agent_id: int
    month: str
    role: Role
    team: str
    scheme_id: int | None
    score: float
    raw_grade: Grade  # from the bands alone
    grade: Grade  # after floor rules
    floors: tuple[FloorRule, ...] = ()  # the floor rules that applied
    lines: tuple[MetricScore, ...] = ()


@dataclass(frozen=True, slots=True)
class Appeal:
    agent_id: int
    month: str
    metric: Metric
    original_value: float | None
    requested_value: float | None
    reason: str
    filed_on: date
    status: AppealStatus = AppealStatus.PENDING
    adjusted_value: float | None = None
    decided_on: date | None = None
    decided_by: str = ""
    decision_note: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class ServiceStar:
    month: str
    agent_id: int
    how: StarHow
    note: str = ""
    recorded_on: date | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class StoredScore:
    """A month's score as saved: enough for tables, trends and the timeline without recomputing."""

    agent_id: int
    month: str
    role: Role
    team: str
    scheme_id: int | None
    score: float
    raw_grade: Grade
    grade: Grade
    floor_metrics: tuple[Metric, ...] = ()
    computed_on: date | None = None
