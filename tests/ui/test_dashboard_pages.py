"""pytest-qt: the dashboard loads off the UI thread, filters redraw the charts (asserted on axes data), Chinese
labels render without missing glyphs, and the at-risk list opens an agent and follows the settings tab."""

from __future__ import annotations

import math
import warnings
from datetime import date
from pathlib import Path

import pytest
from matplotlib.backend_bases import MouseEvent
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from domain.dashboard import services
from domain.dashboard.risk import RiskRule, RiskSettings, RuleSetting
from domain.roster import services as roster
from domain.roster.model import AgentData, LeaveReason, Role, Status
from ui.dashboard.page import DashboardPage
from ui.dashboard.risk_page import AtRiskPage
from ui.dashboard.settings_tab import RiskSettingsTab
from ui.door import Touched


def _agent(no: str, role: Role, hired: date, left: date | None = None, out_of_town: bool = False) -> AgentData:
    return AgentData(employee_no=no, name=f"测试{no}", role=role, team="热线一组" if role is Role.HOTLINE else "在线组",
                     hire_date=hired, birth_date=date(1999, 1, 1), out_of_town=out_of_town,
                     status=Status.LEFT if left else Status.ACTIVE, leave_date=left,
                     leave_reason=LeaveReason.PRESSURE if left else None, leave_voluntary=True if left else None)


@pytest.fixture
def team(ctx):  # type: ignore[no-untyped-def]
    agents = [_agent(f"H{i}", Role.HOTLINE, date(2025, 3, 1 + i)) for i in range(5)]
    agents += [_agent("H9", Role.HOTLINE, date(2026, 6, 1), date(2026, 7, 10))]
    agents += [_agent(f"O{i}", Role.ONLINE, date(2026, 10, 1 + i), out_of_town=True) for i in range(3)]
    with ctx.uow() as uow:
        uow.agents.add_many(agents)
        uow.commit()
    return agents


def loaded_page(qtbot, ctx) -> DashboardPage:  # type: ignore[no-untyped-def]
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.show()
    return page


def bar_heights(chart) -> list[float]:  # type: ignore[no-untyped-def]
    return [p.get_height() for p in chart.figure().axes[0].patches]


def test_charts_load_in_the_background_and_filters_redraw_them(qtbot, ctx, team) -> None:  # type: ignore[no-untyped-def]
    page = loaded_page(qtbot, ctx)
    assert not page.progress.isVisible()
    assert bar_heights(page.headcount_chart)[-1] == 8  # 5 + 3 active at the end of November
    assert len(bar_heights(page.headcount_chart)) == 12
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.role_filter.setCurrentIndex(page.role_filter.findData(Role.ONLINE.value))
    assert bar_heights(page.headcount_chart)[-1] == 3
    assert [t.get_text() for t in page.mix_chart.figure().axes[0].get_xticklabels()] == ["新人", "成长", "专家"]
    assert bar_heights(page.mix_chart)[:3] == [3, 0, 0]
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.period.setCurrentIndex(page.period.findData(24))
    assert len(bar_heights(page.headcount_chart)) == 24
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.role_filter.setCurrentIndex(0)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.grouping.setCurrentIndex(page.grouping.findData("role"))
    legend = [t.get_text() for t in page.survival_chart.figure().axes[0].get_legend().get_texts()]
    assert len(legend) == 2 and any("热线" in t for t in legend) and any("在线" in t for t in legend)
    hotline_line = next(line for line in page.survival_chart.figure().axes[0].get_lines() if "热线" in line.get_label())
    assert min(hotline_line.get_ydata()) == pytest.approx(100 * 5 / 6)  # one of six hotline hires left


def test_chinese_labels_render_without_missing_glyphs(qtbot, ctx, team) -> None:  # type: ignore[no-untyped-def]
    page = loaded_page(qtbot, ctx)
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=".*Glyph.*missing.*")
        for chart in (page.headcount_chart, page.early_chart, page.survival_chart, page.mix_chart,
                      page.reasons_chart):
            chart.canvas.draw()  # a real render: draw_idle would defer it past the warnings filter
    assert "在岗人数" in page.headcount_chart.figure().axes[0].get_title()


def test_hover_tells_the_values_and_save_writes_a_png(qtbot, ctx, team, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = loaded_page(qtbot, ctx)
    chart = page.headcount_chart
    chart.canvas.draw()
    bar = chart.figure().axes[0].patches[-1]
    x, y = chart.figure().axes[0].transData.transform((bar.get_x() + bar.get_width() / 2, bar.get_height() / 2))
    text = chart.hover_text(MouseEvent("motion_notify_event", chart.canvas, x, y))
    assert text is not None and "2026-11" in text and "月末 8 人" in text
    chart.save_png(tmp_path / "chart.png")
    assert (tmp_path / "chart.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert chart.actions()[0].text() == "图表另存为 PNG…"


def test_empty_database_says_what_is_missing(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    page = loaded_page(qtbot, ctx)
    for chart in (page.headcount_chart, page.early_chart, page.survival_chart, page.mix_chart, page.reasons_chart,
                  page.funnel_chart, page.grades_chart, page.cadence_chart):
        assert chart.is_empty()
    assert "花名册" in page.headcount_chart.empty_label.text()
    assert "候选人" in page.funnel_chart.empty_label.text() and "一对一" in page.cadence_chart.empty_label.text()


def test_at_risk_list_opens_an_agent_and_follows_the_rules(qtbot, ctx, team,  # type: ignore[no-untyped-def]
                                                            monkeypatch) -> None:
    import threading

    from matplotlib.figure import Figure

    from ui.dashboard import plots

    drawn_on, rendered_on = [], []
    draw, render = plots.draw_backtest, Figure.draw
    monkeypatch.setattr(plots, "draw_backtest", lambda *a: (drawn_on.append(threading.current_thread()), draw(*a)))
    monkeypatch.setattr(Figure, "draw", lambda f, r: (rendered_on.append(threading.current_thread()), render(f, r)))
    page = AtRiskPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.show()
    qtbot.wait(200)  # the canvas's first paints: they show the image, and must not render it again
    # the back-test chart is built and rendered off the UI thread, at the size it is shown
    assert drawn_on and rendered_on and threading.main_thread() not in drawn_on + rendered_on
    assert page.model.rowCount() == 3  # the three new online agents from out of town
    assert "外地员工" in page.model.index(0, 7).data()
    assert "启用中" in page.rules_text.text() and "尚无" in page.rules_text.text()
    page.table.selectRow(0)
    with qtbot.waitSignal(page.agent_activated) as opened:
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [page.model.row_at(0).facts.agent_id]
    assert page.backtest_chart.figure().axes  # drawn, even if the replayed year is small

    tab = RiskSettingsTab(ctx)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: tab.loaded_settings is not None)
    tab.enabled[RiskRule.OUT_OF_TOWN_NEW].setChecked(False)
    tab.thresholds[RiskRule.NO_ONE_ON_ONE].setValue(45)
    assert "45" in tab.sentences[RiskRule.NO_ONE_ON_ONE].text()
    with qtbot.waitSignal(page.loaded, timeout=20_000):  # the saved rules' notice reloads the open list
        tab.save()
    saved = services.load_risk_settings(ctx.uow())
    assert not saved.setting(RiskRule.OUT_OF_TOWN_NEW).enabled
    assert saved.setting(RiskRule.NO_ONE_ON_ONE).threshold == 45
    assert page.model.rowCount() == 0 and not page.empty_hint.isHidden()


def test_settings_tab_shows_the_stored_rules_once_read(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    stored = services.load_risk_settings(ctx.uow())
    rules = dict(stored.rules)
    rules[RiskRule.NO_ONE_ON_ONE] = RuleSetting(False, 60)
    services.save_risk_settings(ctx.uow(), RiskSettings(rules))
    tab = RiskSettingsTab(ctx)
    qtbot.addWidget(tab)
    assert not tab.enabled[RiskRule.NO_ONE_ON_ONE].isEnabled()  # nothing to edit before the rules are read
    tab.save()  # and nothing written over them
    qtbot.waitUntil(lambda: tab.loaded_settings is not None)
    assert not tab.enabled[RiskRule.NO_ONE_ON_ONE].isChecked()
    assert tab.thresholds[RiskRule.NO_ONE_ON_ONE].value() == 60 and "60" in tab.sentences[RiskRule.NO_ONE_ON_ONE].text()
    assert services.load_risk_settings(ctx.uow()).setting(RiskRule.NO_ONE_ON_ONE) == RuleSetting(False, 60)


def test_an_agent_added_elsewhere_reaches_the_open_at_risk_list(qtbot, ctx, team) -> None:  # type: ignore[no-untyped-def]
    page = AtRiskPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.show()
    assert page.model.rowCount() == 3
    newcomer = _agent("O7", Role.ONLINE, date(2026, 11, 2), out_of_town=True)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        ctx.door.change(lambda uow: roster.add_agent(uow, newcomer, date(2026, 11, 23)), lambda _r: None,
                        touches=Touched.of("agents"))
    assert page.model.rowCount() == 4


def test_a_change_elsewhere_redraws_the_dashboard_and_waits_while_it_is_hidden(qtbot, ctx, team) -> None:  # type: ignore[no-untyped-def]
    page = loaded_page(qtbot, ctx)
    assert bar_heights(page.headcount_chart)[-1] == 8
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        ctx.door.change(lambda uow: roster.add_agent(uow, _agent("H8", Role.HOTLINE, date(2026, 11, 2)),
                                                     date(2026, 11, 23)),
                        lambda _r: None, touches=Touched.of("agents"))
    assert bar_heights(page.headcount_chart)[-1] == 9
    page.hide()
    ctx.door.change(lambda uow: roster.add_agent(uow, _agent("H7", Role.HOTLINE, date(2026, 11, 3)),
                                                 date(2026, 11, 23)), lambda _r: None, touches=Touched.of("agents"))
    qtbot.waitUntil(lambda: page._stale)
    assert bar_heights(page.headcount_chart)[-1] == 9  # nothing drawn while hidden
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.show()
    assert bar_heights(page.headcount_chart)[-1] == 10
    notices: list[Touched] = []
    ctx.door.changed.connect(notices.append)
    ctx.door.change(lambda uow: None, lambda _r: None, touches=Touched.of("training"))
    qtbot.waitUntil(lambda: bool(notices))
    assert not page.progress.isVisible()  # training is not drawn here: no reload


def test_pages_closed_while_loading_draw_nothing(qtbot, ctx, team) -> None:  # type: ignore[no-untyped-def]
    drawn: list[str] = []
    dashboard, risk = DashboardPage(ctx), AtRiskPage(ctx)
    dashboard.loaded.connect(lambda: drawn.append("dashboard"))
    risk.loaded.connect(lambda: drawn.append("risk"))
    dashboard.show()
    risk.show()
    for page in (dashboard, risk):
        page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        page.close()
    qtbot.waitUntil(lambda: not isValid(dashboard) and not isValid(risk))
    ctx.runner.wait()
    for _ in range(5):
        QApplication.processEvents()
    assert drawn == []


def test_mentored_curves_are_a_landmark_analysis_and_say_so(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from tests.persistence.test_dashboard_landmark import simulate

    simulate(ctx.db, people=200)
    page = loaded_page(qtbot, ctx)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.grouping.setCurrentIndex(page.grouping.findData("mentored"))
    axes = page.survival_chart.figure().axes[0]
    assert "界标分析" in axes.get_title() and "第 30 天" in axes.get_title() and "log-rank" in axes.get_title()
    curves = [line for line in axes.get_lines() if line.get_label().startswith(("30", "入职"))
              or "n=" in line.get_label()]
    assert len(curves) == 2
    assert all(line.get_xdata()[0] == pytest.approx(30 / 30.4375) for line in curves)  # they begin on day 30


def test_the_current_month_is_marked_month_to_date_and_bars_start_at_zero(qtbot, ctx, team) -> None:  # type: ignore[no-untyped-def]
    """Issue 15 items 6 and 8: 23 November is not the end of November."""
    page = loaded_page(qtbot, ctx)
    axes, right = page.headcount_chart.figure().axes[:2]
    patches = axes.patches
    assert patches[-1].get_hatch() == "//" and all(not p.get_hatch() for p in patches[:-1])
    ticks = [t.get_text() for t in axes.get_xticklabels()]
    assert "至今" in ticks[-1] and all("至今" not in t for t in ticks[:-1])
    final_line = right.get_lines()[0]
    assert math.isnan(final_line.get_ydata()[-1]) and not math.isnan(final_line.get_ydata()[-2])
    assert axes.get_ylim()[0] == 0 and right.get_ylim()[0] == 0
    assert all(line.get_drawstyle() == "default" for line in right.get_lines())  # straight segments


def test_backtest_shows_lift_recall_and_says_when_there_is_no_evidence(qtbot, ctx, team) -> None:  # type: ignore[no-untyped-def]
    from domain.dashboard.risk import Backtest, RiskRule, Tally

    page = AtRiskPage(ctx)
    qtbot.addWidget(page)
    result = Backtest((date(2026, 1, 1),), Tally(323, 28), Tally(76, 7), ((RiskRule.SCORE_DOWN, Tally(52, 10)),))
    words = page.backtest_words(result)
    assert "任一规则" in words and "命中率 8.7%，覆盖率 80%，提升 0.94 倍（95% 区间 0.43–2.07）" in words
    assert "在您的数据上无证据" in words.split("任一规则")[1].split("<br>")[0]
    assert "被预警者离职更多" in words.split("绩效连续下滑")[1]


def test_the_visible_charts_render_off_the_ui_thread_and_are_not_rendered_again(qtbot, ctx, team,  # type: ignore[no-untyped-def]
                                                                                   monkeypatch) -> None:
    """Issue 18: rendering the visible tab's charts on the UI thread stalled it ~300 ms. The worker renders
    them; the canvases show those images (no second render when they are painted at the same size); a chart
    on a hidden tab still renders on its first paint."""
    import threading

    from matplotlib.backends.backend_agg import FigureCanvasAgg

    renders: list[tuple[object, bool]] = []  # (figure, on the UI thread)
    draw = FigureCanvasAgg.draw

    def recording_draw(canvas):  # type: ignore[no-untyped-def]
        renders.append((canvas.figure, threading.current_thread() is threading.main_thread()))
        return draw(canvas)

    monkeypatch.setattr(FigureCanvasAgg, "draw", recording_draw)
    page = loaded_page(qtbot, ctx)
    qtbot.wait(50)  # the visible tab painted
    visible = {page.headcount_chart.figure(), page.early_chart.figure()}
    assert {figure for figure, _ in renders} >= visible
    assert not [figure for figure, on_ui in renders if on_ui and figure in visible]
    assert bar_heights(page.headcount_chart)[-1] == 8  # the adopted figure is the real one
    hidden = page.mix_chart.figure()
    assert hidden not in {figure for figure, _ in renders}
    page.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: hidden in {figure for figure, _ in renders}, timeout=5_000)


def test_hidden_tabs_wait_and_are_built_on_the_worker_when_shown(qtbot, ctx, team, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Issue 18: only the visible tab's charts are built with the data; a hidden tab's are built off the UI thread
    when it is first shown, and a chart asked for before that is drawn on the spot."""
    import threading

    from ui.dashboard import plots

    threads: dict[str, list[threading.Thread]] = {"mix": [], "reasons": []}
    for name in threads:
        draw = getattr(plots, f"draw_{name}")
        monkeypatch.setattr(plots, f"draw_{name}", lambda chart, *args, _draw=draw, _name=name: (
            threads[_name].append(threading.current_thread()), _draw(chart, *args))[1])
    page = loaded_page(qtbot, ctx)
    assert page.headcount_chart.has_figure() and page.headcount_chart.pending() is None
    assert page.mix_chart.pending() is not None and not page.mix_chart.has_figure()
    assert threads == {"mix": [], "reasons": []}  # nothing built for the hidden tabs yet
    page.tabs.setCurrentIndex(2)  # 团队结构与离职原因: the mix and the leave reasons
    qtbot.waitUntil(lambda: page.mix_chart.pending() is None and page.reasons_chart.pending() is None)
    assert page.mix_chart.has_figure() and page.reasons_chart.has_figure()
    assert threads["mix"] and all(t is not threading.main_thread() for t in threads["mix"] + threads["reasons"])
    # Built from the same data as the visible tab's: 3 new online agents, the 5 hotline hires of March 2025 experts.
    assert bar_heights(page.mix_chart)[:3] == [3, 0, 5]
    # A chart still pending is drawn on the spot, here, when something reads it.
    assert page.grades_chart.pending() is not None
    assert page.grades_chart.is_empty()  # this team has no scores
    assert page.grades_chart.pending() is None
