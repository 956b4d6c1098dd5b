"""Why an agent got their grade, and what would have changed it: the answer to "黑箱"."""

from __future__ import annotations

from dataclasses import dataclass

from domain.performance.model import (
    GRADES_BEST_FIRST,
    Direction,
    FloorRule,
    Grade,
    Metric,
    MetricScore,
    Normalisation,
    Scheme,
    ScoreResult,
)


@dataclass(frozen=True, slots=True)
class WhatIf:
    """Holding every other figure, this metric alone at `needed_value` reaches `grade`.
    `needed_value` is None for rank-normalised metrics (it depends on the team) or when out of reach."""

    metric: Metric
    grade: Grade
    needed_points: float
    needed_value: float | None
    reachable: bool
    most_points: float  # the most this metric can still add to the score, at its cap


@dataclass(frozen=True, slots=True)
class FloorRelease:
    """The floor rule that capped the grade, and the grade the score alone would have given."""

    rule: FloorRule
    value: float
    grade_without: Grade


@dataclass(frozen=True, slots=True)
class Explanation:
    result: ScoreResult
    scheme: Scheme
    next_grade: Grade | None  # None: already 优秀, or held down only by a floor rule
    points_to_next: float
    cushion: float  # points above the lower edge of the band the score sits in
    what_ifs: tuple[WhatIf, ...]
    releases: tuple[FloorRelease, ...]
    blocked_by: tuple[FloorRule, ...] = ()  # floor rules that would also hold `next_grade` back


def better(grade: Grade) -> Grade | None:
    i = GRADES_BEST_FIRST.index(grade)
    return GRADES_BEST_FIRST[i - 1] if i > 0 else None


def value_for_points(line: MetricScore, points: float) -> float | None:
    if line.normalisation is Normalisation.RANK:
        return None
    if line.direction is Direction.HIGHER:
        return line.target * points / 100
    return line.target * 100 / points if points > 0 else None


def _rank(grade: Grade) -> int:
    return GRADES_BEST_FIRST.index(grade)


def explain(result: ScoreResult, scheme: Scheme, values: dict[Metric, float | None]) -> Explanation:
    bands = scheme.bands
    cushion = round(result.score - bands.minimum(result.raw_grade), 2)
    releases = tuple(FloorRelease(rule, values[rule.metric], result.raw_grade)  # type: ignore[arg-type]
                     for rule in result.floors)
    if any(_rank(f.cap) > _rank(result.raw_grade) for f in result.floors):
        # The score already earns a better grade; only the floor figure stands between.
        return Explanation(result, scheme, None, 0.0, cushion, (), releases)
    target = better(result.raw_grade)
    if target is None:
        return Explanation(result, scheme, None, 0.0, cushion, (), releases)
    blocked = tuple(f for f in result.floors if _rank(f.cap) > _rank(target))
    gap = round(bands.minimum(target) - result.score, 2)
    what_ifs = []
    for line in result.lines:
        if line.value is None or line.effective_weight <= 0:
            continue
        needed = line.normalised + gap * 100 / line.effective_weight
        reachable = needed <= line.cap + 1e-9
        most = round((line.cap - line.normalised) * line.effective_weight / 100, 2)
        what_ifs.append(WhatIf(line.metric, target, round(needed, 2),
                               value_for_points(line, needed) if reachable else None, reachable, most))
    return Explanation(result, scheme, target, gap, cushion, tuple(what_ifs), releases, blocked)
