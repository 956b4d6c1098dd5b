"""Weak results lead to coaching, on screen (issue 21 item 3): 本周待办 asks for an improvement plan, the
session dialog's action items name the KPI dimension, the agent page and the coaching page show the figure
against the plan, and the performance page's 绩效回顾 lists who fell a band or hit a floor."""

from __future__ import annotations

from datetime import date

from domain.coaching import services as coaching
from domain.coaching.model import SessionKind
from domain.performance.importing import KpiCandidate, apply_kpi_import, plan_kpi_import
from domain.performance.model import Metric
from domain.roster import services as roster
from domain.roster.model import AgentData, Role
from ui.agent.page import AgentPage
from ui.coaching.page import CoachingPage
from ui.coaching.session_dialog import SessionDialog
from ui.performance.page import PerformancePage
from ui.this_week.page import ThisWeekPage

TODAY = date(2026, 11, 23)
H, R, C, CR = Metric.HANDLED, Metric.RESPONSE, Metric.CSAT, Metric.COMPLAINT_RATE


def land(ctx, month: str, figures: dict, day: date) -> None:  # type: ignore[no-untyped-def]
    candidates = [KpiCandidate("s", i + 2, no, "", month, dict(v)) for i, (no, v) in enumerate(figures.items())]
    with ctx.uow() as uow:
        agents = uow.agents.list_all()
    apply_kpi_import(ctx.uow(), plan_kpi_import(candidates, agents, None, None), day, "test")


def team(ctx) -> dict[str, int]:  # type: ignore[no-untyped-def]
    ids = {no: roster.add_agent(ctx.uow(), AgentData(no, name, Role.HOTLINE, "热线一组", date(2025, 1, 6)),
                                date(2026, 9, 1)).agent_id for no, name in (("KF001", "王婷"), ("KF002", "李强"))}
    # September: both 优秀. October: 王婷 59 → 待改进 (fell); 李强 86.67 but complaint rate .6 % → floor 合格
    land(ctx, "2026-09", {"KF001": {H: 1200, R: 15, C: 0.95, CR: 0.002}, "KF002": {H: 1200, R: 15, C: 0.95, CR: 0.002}},
         date(2026, 10, 5))
    land(ctx, "2026-10", {"KF001": {H: 600, R: 30, C: 0.76, CR: 0.004}, "KF002": {H: 1200, R: 15, C: 0.95, CR: 0.006}},
         date(2026, 11, 20))
    return ids


def test_this_week_asks_for_the_plans_and_the_review_lists_them(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    team(ctx)
    page = ThisWeekPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() >= 2, timeout=10_000)
    rows = [[page.model.index(r, c).data() for c in range(6)] for r in range(page.model.rowCount())]
    plans = [r for r in rows if r[3] == "进行改进计划面谈（7天内）"]
    assert [(r[0], r[4], r[5]) for r in plans] == [
        ("2026-11-27", "李强", "2026-10 · 合格 · 触发底线：投诉率"),
        ("2026-11-27", "王婷", "2026-10 · 待改进"),
    ]
    perf = PerformancePage(ctx)
    qtbot.addWidget(perf)
    qtbot.waitUntil(lambda: perf.review.model.rowCount() == 2, timeout=10_000)
    review = [[perf.review.model.index(r, c).data() for c in range(9)] for r in range(2)]
    assert review[0][:4] == ["KF001", "王婷", "热线一组", "优秀 → 待改进"] and review[0][5] == "是"
    assert review[1][:4] == ["KF002", "李强", "热线一组", "优秀 → 合格"] and review[1][6] == "投诉率"
    assert all(r[8] == "7天内需进行改进面谈" for r in review)
    assert "等级下降 2 人 · 触发底线 1 人 · 尚待改进面谈 2 人" in perf.review.heading.text()


def test_a_plan_names_its_dimension_and_both_pages_follow_it(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    ids = team(ctx)
    saved: list = []
    dialog = SessionDialog(None, [], [(ids["KF001"], "王婷")], TODAY, lambda s, i, done: saved.append((s, i)),
                           agent_id=ids["KF001"], kind=SessionKind.IMPROVEMENT_PLAN)
    qtbot.addWidget(dialog)
    row = dialog.add_item_row(None)
    assert row.metric.isVisibleTo(row)
    row.text.setText("每周复听三通差评录音")
    row.metric.setCurrentIndex(row.metric.findData("csat"))
    dialog.situation.setPlainText("10月满意度 76%")
    dialog.accept_if_valid()
    [(session, items)] = saved
    assert [(i.text, i.kpi_metric) for i in items] == [("每周复听三通差评录音", "csat")]
    dialog.kind.setCurrentIndex(dialog.kind.findData(SessionKind.ONE_ON_ONE.value))
    assert not row.metric.isVisibleTo(row) and row.value().kpi_metric == ""  # a 1:1's items target nothing

    coaching.add_session(ctx.uow(), session, items, TODAY)
    agent_page = AgentPage(ctx)
    qtbot.addWidget(agent_page)
    agent_page.show_agent(ids["KF001"])
    panel = next(p for p in agent_page.panels if type(p).__name__ == "ImprovementPanel")
    qtbot.waitUntil(lambda: panel.form.rowCount() == 1, timeout=10_000)
    text = panel.form.itemAt(0, panel.form.ItemRole.FieldRole).widget().text()
    assert text == "满意度 2026-10 76.0% → 2026-11 —（等待 2026-11 数据）"
    page = CoachingPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.plans.model.rowCount() == 1, timeout=10_000)
    land(ctx, "2026-11", {"KF001": {H: 600, R: 30, C: 0.855, CR: 0.004}}, TODAY)
    from ui.door import Touched
    ctx.door.change(lambda uow: None, lambda _: None, touches=Touched.of("kpi", agents=[ids["KF001"]]))
    qtbot.waitUntil(lambda: page.plans.model.index(0, 5).data() == "已改善", timeout=10_000)
    assert [page.plans.model.index(0, c).data() for c in range(5)] == [
        TODAY.isoformat(), "王婷", "满意度", "2026-10 76.0%", "2026-11 85.5%"]
    qtbot.waitUntil(lambda: "85.5%（已改善）" in panel.form.itemAt(0, panel.form.ItemRole.FieldRole).widget().text(),
                    timeout=10_000)


def test_the_publish_button_writes_the_months_workbook(qtbot, ctx, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import openpyxl

    team(ctx)
    page = PerformancePage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.current_month() == "2026-10", timeout=10_000)
    out = tmp_path / "公示.xlsx"
    told: list[str] = []
    monkeypatch.setattr("ui.performance.publish_action.QFileDialog.getSaveFileName", lambda *a: (str(out), ""))
    monkeypatch.setattr("ui.performance.publish_action.QMessageBox.information", lambda *a: told.append(a[2]))
    page.publish_button.click()
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    sheet = openpyxl.load_workbook(out)["等级公示"]
    grades = [r[:7] for r in sheet.iter_rows(min_row=4, values_only=True) if str(r[0]).startswith("KF")]
    assert grades == [("KF001", "王婷", "热线", "热线一组", "热线 · 全部阶段（第 1 版）", 59, "待改进"),
                      ("KF002", "李强", "热线", "热线一组", "热线 · 全部阶段（第 1 版）", 86.67, "合格")]
