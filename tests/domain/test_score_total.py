"""Scoring a month's totals (`score_month(lines=False)`, what an import stores) reads each scheme's rules once per
month (`scoring._plan`). Its results must be exactly `score_record`'s, float for float, on
generated schemes and figures: rank and attainment rules, zero, negative and NaN weights, zero targets, missing,
negative and huge figures, floors, stage schemes."""

from __future__ import annotations

import math
import random

import pytest

from domain.performance.model import (
    Direction,
    FloorRule,
    Grade,
    GradeBands,
    KpiRecord,
    Metric,
    MetricRule,
    Normalisation,
    Scheme,
    SchemeKey,
    ScoreResult,
    Trigger,
)
from domain.performance.scoring import _rank_tables, pick_scheme, score_month, score_record
from domain.roster.model import Role, TenureStage

FIGURES = list(Metric)  # growth figures included: a scheme may weight them like imported ones


def _old_totals(records: list[KpiRecord], schemes: dict[SchemeKey, Scheme], who: dict[int, tuple[Role, str]],
                stages: dict[int, TenureStage]) -> list[ScoreResult]:
    """score_month(lines=False) before the tight loop (56828ed): score_record for every agent-month."""
    records = [r for r in records if r.agent_id in who]
    needs_rank = any(rule.normalisation is Normalisation.RANK for s in schemes.values() for rule in s.rules)
    ranks = _rank_tables(records, schemes, who, stages) if needs_rank else {}
    results = []
    for record in records:
        role, team = who[record.agent_id]
        scheme = pick_scheme(schemes, role, stages.get(record.agent_id))
        if scheme is None:
            continue
        result = score_record(record, scheme, team, ranks.get(record.agent_id), lines=False)
        if result is not None:
            results.append(result)
    return results


def _scheme(rng: random.Random, role: Role, stage: TenureStage | None, scheme_id: int) -> Scheme:
    rules = []
    for metric in rng.sample(FIGURES, rng.randrange(1, 7)):
        weight = rng.choice((10.0, 25.0, 40.0, 0.0, -5.0, 33.3, float("nan"), 15))
        target = rng.choice((0.9, 300.0, 0.0, 180.0, 0.005, -1.0, 85))
        rules.append(MetricRule(metric, weight, target, rng.choice(list(Direction)),
                                rng.choice((Normalisation.ATTAINMENT,) * 3 + (Normalisation.RANK,)),
                                rng.choice((100.0, 120.0, 110.5))))
    floors = tuple(FloorRule(m, rng.choice((0.005, 0.8, 2.0)), rng.choice(list(Trigger)), rng.choice(list(Grade)))
                   for m in rng.sample(FIGURES, rng.randrange(0, 3)))
    bands = rng.choice((GradeBands(), GradeBands(95.0, 85.0, 70.0)))
    return Scheme(role, tuple(rules), bands, floors, 1, scheme_id, stage=stage)


def _value(rng: random.Random) -> float | None:
    return rng.choice((None, 0.0, -3.0, 1e12, 0.95, 0.7, 1.0, 300.0, 181.5, 0.003, 85.0, 100.0,
                       rng.uniform(0, 2), rng.uniform(0, 500)))


@pytest.mark.parametrize("seed", range(20))
def test_month_totals_equal_score_record_float_for_float(seed: int) -> None:
    rng = random.Random(seed)
    schemes: dict[SchemeKey, Scheme] = {}
    for n, role in enumerate(Role):
        if rng.random() < 0.9:
            schemes[role] = _scheme(rng, role, None, n + 1)
        for stage in TenureStage:
            if rng.random() < 0.3:
                schemes[role, stage] = _scheme(rng, role, stage, 100 + n * 10 + len(schemes))
    who: dict[int, tuple[Role, str]] = {}
    stages: dict[int, TenureStage] = {}
    records = []
    for agent_id in range(1, 400):
        if rng.random() < 0.95:
            who[agent_id] = (rng.choice(list(Role)), rng.choice(("一组", "二组", "三组")))
        if rng.random() < 0.8:
            stages[agent_id] = rng.choice(list(TenureStage))
        records.append(KpiRecord(agent_id, "2026-07", **{str(m): _value(rng) for m in FIGURES}))
    new = score_month(records, schemes, who, stages=stages, lines=False)
    old = _old_totals(records, schemes, who, stages)
    assert [repr(r) for r in new] == [repr(r) for r in old]  # repr: -0.0 and NaN compared too
    assert new == old or any(math.isnan(r.score) for r in old)
    assert len(new) > 100
    print(f"seed {seed}: {len(new)} scores equal, {sum(bool(r.floors) for r in new)} with floors")
