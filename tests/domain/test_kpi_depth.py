"""Issue 21 by hand: answer rate in the import plan and in a scheme."""

from __future__ import annotations

from datetime import date

from domain.performance.importing import KpiCandidate, plan_kpi_import
from domain.performance.model import Direction, Grade, KpiRecord, Metric, MetricRule, Scheme
from domain.performance.scoring import score_record
from domain.roster.model import AgentData, Role

WANG = AgentData("KF001", "王婷", Role.HOTLINE, "一组", date(2024, 1, 2), id=1)


def plan(values: dict[Metric, float]):  # type: ignore[no-untyped-def]
    return plan_kpi_import([KpiCandidate("S", 3, "KF001", "王婷", None, values)], [WANG], "2026-10", None)


def test_rate_computed_from_offered_and_answered_only_when_the_file_gives_none() -> None:
    computed = plan({Metric.INBOUND: 1250, Metric.HANDLED: 1200}).lines[0].record
    assert computed.answer_rate == 1200 / 1250 == 0.96
    given = plan({Metric.INBOUND: 1250, Metric.HANDLED: 1200, Metric.ANSWER_RATE: 0.959}).lines[0].record
    assert given.answer_rate == 0.959
    alone = plan({Metric.HANDLED: 1200}).lines[0].record
    assert alone.answer_rate is None and alone.inbound is None


def test_more_answered_than_offered_is_implausible() -> None:
    found = plan({Metric.INBOUND: 1000, Metric.HANDLED: 1200}).implausible
    assert [(e.column, e.code) for e in found] == [("handled", "kpi_answered_over_inbound")]
    over = plan({Metric.ANSWER_RATE: 1.2}).implausible
    assert [(e.column, e.code) for e in over] == [("answer_rate", "kpi_over_100")]


def test_a_scheme_weights_answer_rate_against_its_target() -> None:
    # answer rate .855/.90 = 95 pts ×40 = 38; CSAT .95/.95 = 100 ×60 = 60 → 98 → 优秀;
    # at .72 the rate earns 80 ×40 = 32 → 92
    scheme = Scheme(Role.HOTLINE, (MetricRule(Metric.ANSWER_RATE, 40, 0.90, Direction.HIGHER),
                                   MetricRule(Metric.CSAT, 60, 0.95, Direction.HIGHER)))
    high = score_record(KpiRecord(1, "2026-10", answer_rate=0.855, csat=0.95), scheme, "一组")
    low = score_record(KpiRecord(1, "2026-10", answer_rate=0.72, csat=0.95), scheme, "一组")
    assert high is not None and low is not None
    assert high.score == 98 and high.grade is Grade.EXCELLENT
    assert low.score == 92
