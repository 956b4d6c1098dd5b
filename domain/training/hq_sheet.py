"""The HQ report's 培养与发展 sheet, as values: training completion and pass rate by tenure stage, promotions
in the month, and how many agents are ready (or one criterion away) per track.

Counts only, no names: the HQ report leaves the team; who is ready is posted to the team itself with the
公示 workbook, where the supervisor decides to publish it. The report code registers this as a sheet."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from domain.roster.model import AgentData, CareerTrack, Status, TenureStage
from domain.roster.rules import tenure_stage
from domain.training.ladder import Readiness
from domain.training.model import PlanItem, Promotion, ResultStatus, TrainingResult
from domain.training.progress import STAGE_ORDER, item_window

TRACKS = (CareerTrack.MANAGEMENT, CareerTrack.EXPERT, CareerTrack.TRAINER, CareerTrack.OPERATIONS,
          CareerTrack.PRODUCT)


def _percent(part: int, whole: int) -> Decimal | None:
    return (Decimal(100) * part / whole).quantize(Decimal("0.1"), ROUND_HALF_UP) if whole else None


@dataclass(frozen=True, slots=True)
class StageLine:
    stage: TenureStage
    agents: int  # active at month end, in this stage
    items_due: int  # their current stage's items due by month end
    items_complete: int  # … of which complete
    tests_taken: int  # in the month
    tests_passed: int

    @property
    def completion_rate(self) -> Decimal | None:
        return _percent(self.items_complete, self.items_due)

    @property
    def pass_rate(self) -> Decimal | None:
        return _percent(self.tests_passed, self.tests_taken)


@dataclass(frozen=True, slots=True)
class TrackLine:
    track: CareerTrack
    promotions: int  # in the month
    ready: int
    one_away: int


@dataclass(frozen=True, slots=True)
class DevelopmentSheet:
    first: date
    last: date
    stages: tuple[StageLine, ...]
    tracks: tuple[TrackLine, ...]


def development_sheet(agents: Iterable[AgentData], items: Iterable[PlanItem], complete: Mapping[int, Collection[int]],
                      month_results: Iterable[TrainingResult], promotions: Iterable[Promotion],
                      readiness: Iterable[Readiness], first: date, last: date) -> DevelopmentSheet:
    """`first`/`last`: the report month. `complete`: per agent, the items whose latest result on or before
    `last` is complete (`progress.complete_items`, or the repository's read model of it); `month_results`: at
    least the results of the month. `readiness` as of the report date (careers.everyone_readiness)."""
    by_stage: dict[TenureStage, list[PlanItem]] = {s: [] for s in STAGE_ORDER}
    for item in items:
        by_stage[item.stage].append(item)
    tests: dict[int, list[int]] = {}  # agent -> [taken, passed] in the month
    for r in month_results:
        if first <= r.day <= last and r.status in (ResultStatus.PASSED, ResultStatus.FAILED):
            mine = tests.setdefault(r.agent_id, [0, 0])
            mine[0] += 1
            mine[1] += r.status is ResultStatus.PASSED
    counts = {s: [0, 0, 0, 0, 0] for s in STAGE_ORDER}
    none: Collection[int] = ()
    for a in agents:
        if a.hire_date > last or (a.status is Status.LEFT and a.leave_date is not None and a.leave_date <= last):
            continue
        stage = tenure_stage(a.hire_date, last)
        line = counts[stage]
        line[0] += 1
        done = complete.get(a.id or 0, none)
        for item in by_stage[stage]:  # plan_progress's items of the current stage, due by month end
            if item_window(a.hire_date, item)[1] <= last:
                line[1] += 1
                line[2] += item.id is not None and item.id in done
        taken, passed = tests.get(a.id or 0, [0, 0])
        line[3] += taken
        line[4] += passed
    stages = tuple(StageLine(s, *counts[s]) for s in STAGE_ORDER)
    promoted = [p for p in promotions if first <= p.day <= last]
    rows = [r for r in readiness if r.target is not None and r.agent.status is Status.ACTIVE]
    tracks = tuple(TrackLine(t, sum(p.track is t for p in promoted),
                             sum(r.track is t and r.missing == 0 for r in rows),
                             sum(r.track is t and r.missing == 1 for r in rows)) for t in TRACKS)
    return DevelopmentSheet(first, last, stages, tracks)
