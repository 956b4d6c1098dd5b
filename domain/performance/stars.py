"""改进之星: the month's most improved agent against the month before, beside 服务之星 (the best score).

Most improved = most grade bands gained; between equal band gains, the larger score gain; between equal
score gains, the higher score this month. Still level after that, the star is shared. Only agents scored in
both months, with a real gain and no floor rule this month, are eligible. The result says which rule decided,
so a supervisor can explain why one agent and not another."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from domain.performance.model import GRADES_BEST_FIRST, StoredScore
from domain.performance.months import shift
from domain.ports import UnitOfWork


class DecidedBy(StrEnum):
    ONLY = "only"  # one eligible agent
    BANDS = "bands"  # gained more grade bands than anyone else
    SCORE_GAIN = "score_gain"  # bands level with others; the larger score gain
    SCORE_NOW = "score_now"  # bands and score gain level; the higher score this month
    SHARED = "shared"  # level on all three: the star is shared


@dataclass(frozen=True, slots=True)
class Improvement:
    agent_id: int
    before: StoredScore
    now: StoredScore

    @property
    def bands(self) -> int:
        return GRADES_BEST_FIRST.index(self.before.grade) - GRADES_BEST_FIRST.index(self.now.grade)

    @property
    def gain(self) -> float:
        return round(self.now.score - self.before.score, 2)


@dataclass(frozen=True, slots=True)
class ImprovementStar:
    month: str
    winners: tuple[Improvement, ...]  # several only when shared
    decided_by: DecidedBy
    runner_up: Improvement | None  # the closest one it was decided against (None when only one or shared)


def improvement_star(month: str, now: list[StoredScore], before: list[StoredScore]) -> ImprovementStar | None:
    previous = {s.agent_id: s for s in before}
    pool = [Improvement(s.agent_id, previous[s.agent_id], s) for s in now
            if s.agent_id in previous and not s.floor_metrics]
    pool = [i for i in pool if i.bands > 0 or (i.bands == 0 and i.gain > 0)]
    if not pool:
        return None
    ranked = sorted(pool, key=lambda i: (i.bands, i.gain, i.now.score), reverse=True)
    best = ranked[0]
    if len(ranked) == 1:
        return ImprovementStar(month, (best,), DecidedBy.ONLY, None)
    second = ranked[1]
    if best.bands != second.bands:
        decided = DecidedBy.BANDS
    elif best.gain != second.gain:
        decided = DecidedBy.SCORE_GAIN
    elif best.now.score != second.now.score:
        decided = DecidedBy.SCORE_NOW
    else:
        level = tuple(i for i in ranked if (i.bands, i.gain, i.now.score) == (best.bands, best.gain, best.now.score))
        return ImprovementStar(month, tuple(sorted(level, key=lambda i: i.agent_id)), DecidedBy.SHARED, None)
    return ImprovementStar(month, (best,), decided, second)


def month_improvement_star(uow: UnitOfWork, month: str) -> ImprovementStar | None:
    """Inside an open unit of work."""
    return improvement_star(month, uow.performance.scores_for_month(month),
                            uow.performance.scores_for_month(shift(month, -1)))
