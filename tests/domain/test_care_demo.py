"""Demo care records: deterministic by seed, sealed under the demo passphrase, realistic in shape."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from domain.care import services
from domain.care.model import CareCategory, CareStatus
from domain.demo.care import DEMO_PASSPHRASE, build
from domain.demo.roster import generate_agents
from tests.domain.fakes import FakeUnitOfWork
from tests.domain.test_care_services import FakeCare, FakeWellbeing

TODAY = date(2026, 11, 23)


def demo_uow(seed: int) -> FakeUnitOfWork:
    uow = FakeUnitOfWork()
    uow.care = FakeCare(uow)  # type: ignore[attr-defined]
    uow.wellbeing = FakeWellbeing()  # type: ignore[attr-defined]
    agents = generate_agents(60, 36, seed, TODAY)
    ids = uow.agents.add_many(agents)
    build(uow, [replace(a, id=i) for a, i in zip(agents, ids, strict=True)], seed, TODAY)
    return uow


def test_demo_care_is_deterministic_and_opens_with_the_demo_passphrase() -> None:
    first, second = demo_uow(7), demo_uow(7)
    key = services.unlock(first, DEMO_PASSPHRASE)
    rows = services.list_records(first, key)
    assert [(r.header, r.facts, r.details) for r in rows] == [
        (r.header, r.facts, r.details) for r in services.list_records(second, services.unlock(second,
                                                                                               DEMO_PASSPHRASE))]
    assert len(rows) >= 30 and not any(r.damaged for r in rows)
    assert {r.header.category for r in rows} == set(CareCategory)
    assert all(r.header.day <= TODAY for r in rows)
    assert any(r.facts.status is CareStatus.OPEN and r.facts.follow_up and r.facts.follow_up <= TODAY
               for r in rows)  # something for 本周待办
    stroke = [r for r in rows if r.header.category is CareCategory.HOME_VISIT]
    assert stroke and stroke[0].facts.aid_fen == 5_000_000 and "脑梗" in stroke[0].details.what_happened

