"""Read models for the charts fed by other areas: recruiting funnel, monthly grades and the 1:1 cadence."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

# The furthest stage a candidate reached, in pipeline order (rejected / withdrawn candidates keep the stages
# they passed through in the stage history).
FUNNEL_STAGES = ("applied", "hr_screen", "supervisor", "veteran", "offer", "hired")
GRADES = ("excellent", "good", "pass", "improve")


@dataclass(frozen=True, slots=True)
class FunnelStep:
    stage: str
    reached: int
    pass_rate: float | None  # of those who reached the previous step; None for the first


def funnel(furthest_counts: dict[str, int]) -> tuple[FunnelStep, ...]:
    """`furthest_counts`: how many candidates stopped at each stage. Reached(k) counts everyone at k or beyond."""
    steps: list[FunnelStep] = []
    previous: int | None = None
    for index, stage in enumerate(FUNNEL_STAGES):
        reached = sum(furthest_counts.get(s, 0) for s in FUNNEL_STAGES[index:])
        rate = None if previous is None else (reached / previous if previous else None)
        steps.append(FunnelStep(stage, reached, rate))
        previous = reached
    return tuple(steps)


@dataclass(frozen=True, slots=True)
class GradeMonth:
    month: str  # "2026-10"
    counts: tuple[int, ...]  # per GRADES
    average_score: float | None


class CadenceBucket(StrEnum):
    WEEK = "week"  # last 1:1 within 7 days
    TWO_WEEKS = "two_weeks"  # 8–14
    MONTH = "month"  # 15–30
    TWO_MONTHS = "two_months"  # 31–60
    LONGER = "longer"  # over 60
    NEVER = "never"


def cadence_bucket(days_since: int | None) -> CadenceBucket:
    if days_since is None:
        return CadenceBucket.NEVER
    for limit, bucket in ((7, CadenceBucket.WEEK), (14, CadenceBucket.TWO_WEEKS), (30, CadenceBucket.MONTH),
                          (60, CadenceBucket.TWO_MONTHS)):
        if days_since <= limit:
            return bucket
    return CadenceBucket.LONGER


@dataclass(frozen=True, slots=True)
class ActivityView:
    funnel: tuple[FunnelStep, ...]
    grades: tuple[GradeMonth, ...]
    cadence: tuple[tuple[CadenceBucket, int], ...]
    has_candidates: bool
    has_scores: bool
    has_one_on_ones: bool
