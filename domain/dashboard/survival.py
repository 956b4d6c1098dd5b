"""Kaplan–Meier survival with right-censoring, Greenwood's variance and log-log confidence limits.

A landmark filter (fair comparison of groups formed after hire) and the log-rank test sit at the end.

Input is aggregated: (duration, left, count) triples, so the database can GROUP BY duration and the curve
for 5,000 agents is built from a few hundred rows. `left` False means censored: still employed at the end
of observation (or observed only up to a cut-off).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from domain.stats import chi2_1_p

Z_95 = 1.959963984540054


@dataclass(frozen=True, slots=True)
class SurvivalStep:
    """The curve just after `time`: S(t), its Greenwood standard error and a 95 % interval."""

    time: float
    at_risk: int
    events: int
    censored: int
    survival: float
    std_err: float
    lower: float
    upper: float


@dataclass(frozen=True, slots=True)
class SurvivalCurve:
    n: int
    events: int
    steps: tuple[SurvivalStep, ...]  # one per distinct time with an event or a censoring

    def at(self, time: float) -> float:
        """S(time): the last step at or before `time` (1.0 before the first event)."""
        value = 1.0
        for step in self.steps:
            if step.time > time:
                break
            value = step.survival
        return value

    def median(self) -> float | None:
        """The first time S drops to 0.5 or below; None while more than half are still here."""
        return next((s.time for s in self.steps if s.survival <= 0.5 and s.events), None)


def kaplan_meier(observations: Iterable[tuple[float, bool, int]]) -> SurvivalCurve:
    """`observations`: (duration, event happened, how many). Ties: events before censorings at the same time."""
    events: dict[float, int] = defaultdict(int)
    censored: dict[float, int] = defaultdict(int)
    for duration, happened, count in observations:
        if count <= 0:
            continue
        if duration < 0:
            raise ValueError("negative duration")
        (events if happened else censored)[duration] += count
    n = sum(events.values()) + sum(censored.values())
    at_risk, survival, greenwood_sum = n, 1.0, 0.0
    steps: list[SurvivalStep] = []
    for time in sorted(set(events) | set(censored)):
        d, c = events.get(time, 0), censored.get(time, 0)
        if d:
            survival *= 1 - d / at_risk
            if at_risk > d:
                greenwood_sum += d / (at_risk * (at_risk - d))
            else:
                greenwood_sum = math.inf  # everyone left: the variance formula divides by zero
        std_err = survival * math.sqrt(greenwood_sum) if math.isfinite(greenwood_sum) else 0.0
        lower, upper = log_log_interval(survival, greenwood_sum)
        steps.append(SurvivalStep(time, at_risk, d, c, survival, std_err, lower, upper))
        at_risk -= d + c
    return SurvivalCurve(n=n, events=sum(events.values()), steps=tuple(steps))


def log_log_interval(survival: float, greenwood_sum: float, z: float = Z_95) -> tuple[float, float]:
    """Kalbfleisch–Prentice interval on log(-log S): always inside (0, 1), unlike the plain Greenwood one."""
    if survival >= 1.0 or greenwood_sum == 0.0:
        return 1.0, 1.0
    if survival <= 0.0 or not math.isfinite(greenwood_sum):
        return 0.0, 0.0
    log_s = math.log(survival)
    spread = z * math.sqrt(greenwood_sum) / abs(log_s)
    return survival ** math.exp(spread), survival ** math.exp(-spread)


def landmark(observations: Iterable[tuple[float, bool, int]], day: float) -> list[tuple[float, bool, int]]:
    """A landmark analysis from `day`: only those still here on `day` (left after it, or observed past it),
    with durations counted from `day`. Grouping by something that can only happen to people who stay long
    enough ("paired within 30 days") is fair only among those who all had the same chance to get it."""
    kept = []
    for duration, happened, count in observations:
        if duration > day or (duration == day and not happened):
            kept.append((duration - day, happened, count))
    return kept


@dataclass(frozen=True, slots=True)
class LogRank:
    """Two curves compared over their whole length: χ² with one degree of freedom, and its p-value."""

    statistic: float
    p_value: float
    observed: tuple[int, int]
    expected: tuple[float, float]


def _at_risk_table(curve: SurvivalCurve) -> dict[float, tuple[int, int]]:
    return {s.time: (s.at_risk, s.events) for s in curve.steps}


def _at_risk_at(curve: SurvivalCurve, time: float) -> int:
    """How many were still under observation just before `time` (durations ≥ time)."""
    return sum(s.events + s.censored for s in curve.steps if s.time >= time)


def log_rank(a: SurvivalCurve, b: SurvivalCurve) -> LogRank | None:
    """The Mantel–Cox log-rank test, built from the two curves' steps (they hold at-risk and event counts).
    None when there are no events at all."""
    table_a, table_b = _at_risk_table(a), _at_risk_table(b)
    times = sorted(t for t in set(table_a) | set(table_b)
                   if table_a.get(t, (0, 0))[1] + table_b.get(t, (0, 0))[1])
    observed_a = expected_a = variance = 0.0
    for time in times:
        n_a, n_b = _at_risk_at(a, time), _at_risk_at(b, time)
        d_a, d_b = table_a.get(time, (0, 0))[1], table_b.get(time, (0, 0))[1]
        n, d = n_a + n_b, d_a + d_b
        observed_a += d_a
        expected_a += d * n_a / n
        if n > 1:
            variance += d * (n_a / n) * (n_b / n) * (n - d) / (n - 1)
    if not times or variance == 0:
        return None
    statistic = (observed_a - expected_a) ** 2 / variance
    total = sum(table_a.get(t, (0, 0))[1] + table_b.get(t, (0, 0))[1] for t in times)
    return LogRank(statistic, chi2_1_p(statistic), (a.events, b.events),
                   (expected_a, total - expected_a))
