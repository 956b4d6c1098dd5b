"""The dashboard's answer rate vs CSAT tab (issue 21 item 6): one point per agent, the medians as lines, the
trend of both; it redraws when KPI figures change."""

from __future__ import annotations

from datetime import date

from domain.performance.importing import KpiCandidate, apply_kpi_import, plan_kpi_import
from domain.performance.model import Metric
from domain.roster import services as roster
from domain.roster.model import AgentData, Role
from ui.dashboard.page import DashboardPage
from ui.door import Touched

TODAY = date(2026, 11, 23)
A, C = Metric.ANSWER_RATE, Metric.CSAT


def land(ctx, month: str, figures: dict) -> None:  # type: ignore[no-untyped-def]
    candidates = [KpiCandidate("s", i + 2, no, "", month, dict(v)) for i, (no, v) in enumerate(figures.items())]
    with ctx.uow() as uow:
        agents = uow.agents.list_all()
    apply_kpi_import(ctx.uow(), plan_kpi_import(candidates, agents, None, None), TODAY, "test", replace_month=True)


def test_scatter_with_medians_and_trend(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    for no, name in (("KF001", "王婷"), ("KF002", "李强"), ("KF003", "张敏")):
        roster.add_agent(ctx.uow(), AgentData(no, name, Role.HOTLINE, "一组", date(2025, 1, 6)), TODAY)
    land(ctx, "2026-09", {"KF001": {A: 0.90, C: 0.95}, "KF002": {A: 0.94, C: 0.91}})
    land(ctx, "2026-10", {"KF001": {A: 0.92, C: 0.93}, "KF002": {A: 0.96, C: 0.90}, "KF003": {A: 0.88, C: 0.97}})
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.tabs.setCurrentWidget(page.tension)
    page.show()
    qtbot.waitUntil(lambda: page.tension.data is not None, timeout=20_000)
    axes = page.tension.scatter.figure().axes[0]
    [dots] = [line for line in axes.lines if line.get_marker() == "o"]
    assert sorted(zip(dots.get_xdata(), dots.get_ydata(), strict=True)) == [(88.0, 97.0), (92.0, 93.0), (96.0, 90.0)]
    medians = [line for line in axes.lines if line.get_linestyle() in ("--", ":")]
    assert [round(float(line.get_xdata()[0]), 6) for line in medians if line.get_linestyle() == "--"] == [92.0]
    assert [round(float(line.get_ydata()[0]), 6) for line in medians if line.get_linestyle() == ":"] == [93.0]
    assert "接通率" in axes.get_xlabel() and "满意度" in axes.get_ylabel()
    trend = page.tension.trend.figure().axes[0]
    answer, csat = trend.lines
    assert list(answer.get_ydata()[-2:]) == [92.0, 92.0] and list(csat.get_ydata()[-2:]) == [93.0, 93.0]
    land(ctx, "2026-10", {"KF001": {A: 0.80, C: 0.99}})
    ctx.door.change(lambda uow: None, lambda _: None, touches=Touched.of("kpi"))
    qtbot.waitUntil(lambda: len(page.tension.data.points) == 1, timeout=20_000)
