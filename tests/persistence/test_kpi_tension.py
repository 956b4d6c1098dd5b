"""The answer-rate / CSAT tension data by hand (issue 21 item 6): points with both figures, medians, the trend."""

from __future__ import annotations

from datetime import date

import pytest

from domain.performance.importing import KpiCandidate, apply_kpi_import, plan_kpi_import
from domain.performance.model import Metric
from domain.performance.tension import tension_data
from domain.roster import services as roster
from domain.roster.model import AgentData, Role

TODAY = date(2026, 11, 23)
A, C = Metric.ANSWER_RATE, Metric.CSAT


def land(db, month: str, figures: dict) -> None:  # type: ignore[no-untyped-def]
    candidates = [KpiCandidate("s", i + 2, no, "", month, dict(v)) for i, (no, v) in enumerate(figures.items())]
    with db.uow() as uow:
        agents = uow.agents.list_all()
    apply_kpi_import(db.uow(), plan_kpi_import(candidates, agents, None, None), TODAY, "test")


def test_points_medians_and_trend(db) -> None:  # type: ignore[no-untyped-def]
    for no, name, team in (("KF001", "王婷", "一组"), ("KF002", "李强", "一组"), ("KF003", "张敏", "一组"),
                           ("KF004", "赵敏", "二组")):
        roster.add_agent(db.uow(), AgentData(no, name, Role.HOTLINE, team, date(2025, 1, 6)), TODAY)
    land(db, "2026-09", {"KF001": {A: 0.90, C: 0.95}, "KF002": {A: 0.94, C: 0.91}})
    land(db, "2026-10", {"KF001": {A: 0.92, C: 0.93}, "KF002": {A: 0.96, C: 0.90}, "KF003": {C: 0.97},
                         "KF004": {A: 0.80, C: 0.99}})
    found = tension_data(db.uow(), None, "一组")
    assert found.month == "2026-10" and found.teams == ["一组", "二组"]
    assert [(p.name, p.answer_rate, p.csat) for p in found.points] == [("王婷", 0.92, 0.93), ("李强", 0.96, 0.90)]
    assert (found.median_answer, found.median_csat) == pytest.approx((0.94, 0.915))  # (.92 + .96) / 2, (.93 + .90) / 2
    assert len(found.trend) == 12 and found.trend[0].month == "2025-11" and found.trend[0].agents == 0
    sep, oct_ = found.trend[-2], found.trend[-1]
    assert (sep.answer_rate, sep.csat, sep.agents) == pytest.approx((0.92, 0.93, 2))
    # 张敏 has no answer rate: she is left out of both October medians (.93 and .90 → .915, not .93)
    assert (oct_.answer_rate, oct_.csat, oct_.agents) == pytest.approx((0.94, 0.915, 2))
    everyone = tension_data(db.uow(), "2026-10", None)
    assert len(everyone.points) == 3 and everyone.median_answer == 0.92
