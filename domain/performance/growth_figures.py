"""成长指标 as scoring figures: a scheme may weight the training pass rate and peer help like any imported
figure. They are counted from the training, mentoring and coaching records when a month is scored (never
imported, never stored with the KPI figures), and only when some scheme in force uses them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from domain.performance.model import GROWTH_METRICS, KpiRecord, Scheme
from domain.ports import UnitOfWork


def uses_growth(schemes: Iterable[Scheme]) -> bool:
    return any(r.metric in GROWTH_METRICS for s in schemes for r in s.rules) or any(
        f.metric in GROWTH_METRICS for s in schemes for f in s.floors)


def with_growth(uow: UnitOfWork, records: list[KpiRecord], month: str, schemes: Iterable[Scheme]) -> list[KpiRecord]:
    """The records with their month's training pass rate (a fraction; None when no test was taken) and peer
    help filled in, inside an open unit of work."""
    if not uses_growth(schemes):
        return records
    from domain.training.growth import growth_by_month
    from domain.training.services import _growth_facts  # training reads its own records its own way

    out = []
    for record in records:
        [growth] = growth_by_month([month], *_growth_facts(uow, record.agent_id))
        rate = growth.pass_rate
        out.append(replace(record, training_pass_rate=float(rate) / 100 if rate is not None else None,
                           peer_help=float(growth.peer_help)))
    return out
