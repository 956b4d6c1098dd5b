"""Scores are pure functions of the month's figures and a scheme: the same inputs always give the same
grade, which is what lets the explanation (and an appeal) reproduce it line by line."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from domain.performance.model import (
    GRADES_BEST_FIRST,
    Direction,
    FloorRule,
    Grade,
    GradeBands,
    KpiRecord,
    Metric,
    MetricRule,
    MetricScore,
    Normalisation,
    Scheme,
    SchemeKey,
    ScoreResult,
    Trigger,
)
from domain.roster.model import Role, TenureStage

SCORE_DIGITS = 2  # scores are rounded before banding, so 89.999999 from float sums cannot miss 90


def attainment(value: float, target: float, direction: Direction, cap: float) -> float:
    """Points for one figure against its target: 100 at target, proportional either side, capped."""
    if direction is Direction.HIGHER:
        points = value / target * 100 if target > 0 else cap
    else:
        points = cap if value <= 0 else target / value * 100
    return max(0.0, min(cap, points))


def rank_points(values: Mapping[int, float], direction: Direction) -> dict[int, float]:
    """Percentile within the group: 100 for the best, 0 for the worst, ties share the average."""
    n = len(values)
    if n == 1:
        return {key: 100.0 for key in values}
    ordered = sorted(values.values())
    points: dict[int, float] = {}
    for key, value in values.items():
        below = _count_below(ordered, value)
        equal = _count_equal(ordered, value, below) - 1
        worse = below if direction is Direction.HIGHER else n - below - equal - 1
        points[key] = (worse + equal / 2) / (n - 1) * 100
    return points


def _count_below(ordered: list[float], value: float) -> int:
    lo, hi = 0, len(ordered)
    while lo < hi:
        mid = (lo + hi) // 2
        if ordered[mid] < value:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _count_equal(ordered: list[float], value: float, start: int) -> int:
    end = start
    while end < len(ordered) and ordered[end] == value:
        end += 1
    return end - start


def band(score: float, bands: GradeBands) -> Grade:
    if score >= bands.excellent:
        return Grade.EXCELLENT
    if score >= bands.good:
        return Grade.GOOD
    if score >= bands.passing:
        return Grade.PASS
    return Grade.IMPROVE


def worse_of(a: Grade, b: Grade) -> Grade:
    return a if GRADES_BEST_FIRST.index(a) >= GRADES_BEST_FIRST.index(b) else b


def floor_applies(rule: FloorRule, value: float | None) -> bool:
    if value is None:
        return False
    return value > rule.threshold if rule.trigger is Trigger.ABOVE else value < rule.threshold


def score_record(record: KpiRecord, scheme: Scheme, team: str,
                 rank: Mapping[Metric, float] | None = None, *, lines: bool = True) -> ScoreResult | None:
    """One agent-month. `rank` holds the agent's rank points for the scheme's rank-normalised metrics.
    None when the record has no figure for any weighted metric. `lines=False` skips the per-metric
    breakdown (bulk scoring of years of history stores only the totals)."""
    return _score(record, scheme, _plan(scheme), team, rank, lines)


# A scheme's rules as plain tuples, read once per scheme and month rather than per agent-month (60k a year's
# import): the figure names, and per rule (weight, is rank-normalised, target, direction, cap, the rule).
_Plan = tuple[tuple[str, ...], tuple[tuple[float, bool, float, Direction, float, MetricRule], ...]]


def _plan(scheme: Scheme) -> _Plan:
    return (tuple(str(r.metric) for r in scheme.rules),
            tuple((r.weight, r.normalisation is Normalisation.RANK, r.target, r.direction, r.cap, r)
                  for r in scheme.rules))


def _score(record: KpiRecord, scheme: Scheme, plan: _Plan, team: str, rank: Mapping[Metric, float] | None,
           lines: bool) -> ScoreResult | None:
    names, rules = plan
    values = [getattr(record, name) for name in names]
    total_weight = sum(rule[0] for rule, v in zip(rules, values, strict=True) if v is not None and rule[0] > 0)
    if total_weight <= 0:
        return None
    breakdown = []
    score = 0.0
    for (weight, is_rank, target, direction, cap, rule), value in zip(rules, values, strict=True):
        if value is None or weight <= 0:
            if lines:
                breakdown.append(MetricScore(rule.metric, value, target, direction, rule.normalisation,
                                             0.0, weight, 0.0, 0.0, cap))
            continue
        if is_rank:
            points = min(cap, (rank or {}).get(rule.metric, 100.0))
        else:
            points = attainment(value, target, direction, cap)
        effective = weight * 100 / total_weight
        contribution = points * effective / 100
        score += contribution
        if lines:
            breakdown.append(MetricScore(rule.metric, value, target, direction, rule.normalisation,
                                         points, weight, effective, contribution, cap))
    score = round(score, SCORE_DIGITS)
    raw = band(score, scheme.bands)
    applied = tuple(f for f in scheme.floors if floor_applies(f, record.value(f.metric))) if scheme.floors else ()
    grade = raw
    for floor in applied:
        grade = worse_of(grade, floor.cap)
    return ScoreResult(record.agent_id, record.month, scheme.role, team, scheme.id, score, raw, grade, applied,
                       tuple(breakdown))


def pick_scheme(schemes: Mapping[SchemeKey, Scheme], role: Role, stage: TenureStage | None) -> Scheme | None:
    """The stage's own scheme when there is one, else the role's."""
    if stage is not None:
        own = schemes.get((role, stage))
        if own is not None:
            return own
    return schemes.get(role)


def _rank_tables(records: list[KpiRecord], schemes: Mapping[SchemeKey, Scheme],
                 who: Mapping[int, tuple[Role, str]],
                 stages: Mapping[int, TenureStage]) -> dict[int, dict[Metric, float]]:
    """Rank points per agent for every rank-normalised rule, computed within each team."""
    groups: dict[tuple[str, Metric, Direction], dict[int, float]] = defaultdict(dict)
    for record in records:
        role, team = who[record.agent_id]
        scheme = pick_scheme(schemes, role, stages.get(record.agent_id))
        for rule in scheme.rules if scheme else ():
            value = record.value(rule.metric)
            if rule.normalisation is Normalisation.RANK and value is not None:
                groups[team, rule.metric, rule.direction][record.agent_id] = value
    ranks: dict[int, dict[Metric, float]] = defaultdict(dict)
    for (_team, metric, direction), values in groups.items():
        for agent_id, points in rank_points(values, direction).items():
            ranks[agent_id][metric] = points
    return ranks


def score_month(records: Iterable[KpiRecord], schemes: Mapping[SchemeKey, Scheme],
                who: Mapping[int, tuple[Role, str]], *, lines: bool = True,
                stages: Mapping[int, TenureStage] | None = None) -> list[ScoreResult]:
    """Every agent-month of one month. `who` gives each agent's role and team (agents missing are skipped);
    `stages` each agent's tenure stage that month, which picks a stage's own scheme where one exists."""
    records = [r for r in records if r.agent_id in who]
    stages = stages or {}
    needs_rank = any(rule.normalisation is Normalisation.RANK for s in schemes.values() for rule in s.rules)
    ranks = _rank_tables(records, schemes, who, stages) if needs_rank else {}
    results = []
    plans: dict[int, _Plan] = {}  # by id(scheme): the schemes live as long as this call
    for record in records:
        role, team = who[record.agent_id]
        scheme = pick_scheme(schemes, role, stages.get(record.agent_id))
        if scheme is None:
            continue
        plan = plans.get(id(scheme))
        if plan is None:
            plan = plans[id(scheme)] = _plan(scheme)
        result = _score(record, scheme, plan, team, ranks.get(record.agent_id), lines)
        if result is not None:
            results.append(result)
    return results


def rule_for(scheme: Scheme, metric: Metric) -> MetricRule | None:
    return next((r for r in scheme.rules if r.metric is metric), None)
