"""Scorecard arithmetic: the weighted total on the 1–5 scale and the knock-outs (一票否决)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from domain.recruiting.model import SCALE, Dimension, Scorecard, Template


@dataclass(frozen=True, slots=True)
class ScoreResult:
    total: float | None  # Σ weight·score ÷ Σ weight over the dimensions scored so far; None before any
    complete: bool  # every dimension of the template has a score
    knockouts: tuple[str, ...]  # keys of dimensions scored below their floor

    @property
    def knocked_out(self) -> bool:
        return bool(self.knockouts)


def is_knocked_out(dimension: Dimension, score: int) -> bool:
    return dimension.knockout_below is not None and score < dimension.knockout_below


def score(template: Template, scores: Mapping[str, int | None]) -> ScoreResult:
    """Live while typing: `scores` maps dimension keys to 1–5, or None for not scored yet."""
    weighted = weights = 0.0
    knockouts: list[str] = []
    complete = True
    for dimension in template.dimensions:
        value = scores.get(dimension.key)
        if value is None or value not in SCALE:
            complete = False
            continue
        weighted += dimension.weight * value
        weights += dimension.weight
        if is_knocked_out(dimension, value):
            knockouts.append(dimension.key)
    total = weighted / weights if weights else None
    return ScoreResult(total=total, complete=complete, knockouts=tuple(knockouts))


def score_card(template: Template, card: Scorecard) -> ScoreResult:
    return score(template, {s.key: s.score for s in card.scores})


def mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None
