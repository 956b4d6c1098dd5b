"""Kaplan–Meier survival with right-censoring, Greenwood's variance and log-log confidence limits.

Input is aggregated: (duration, left, count) triples, so the database can GROUP BY duration and the curve
for 5,000 agents is built from a few hundred rows. `left` False means censored: still employed at the end
of observation (or observed only up to a cut-off).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

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
