"""pytest-qt, issue 18 (fourth and fifth rounds): the shown charts are drawn and on screen before the rest of the
dashboard's data is read, and a hidden tab says it is drawing while its charts are built instead of staying
blank."""

from __future__ import annotations

import threading

from domain.dashboard import services
from tests.ui.test_dashboard_pages import bar_heights, loaded_page, team  # noqa: F401  (team: a fixture)
from ui.dashboard import plots


def test_the_shown_charts_are_on_screen_before_the_other_parts_are_read(qtbot, ctx, team, monkeypatch) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """The headcount chart (the first tab) needs the overview alone: it is drawn on the drawing thread and shown
    before the worker reads the other tabs' parts (mood and exit counts among them), which would otherwise compete
    with the rendering and hold the chart back until everything was read. The rest still comes from the same
    snapshot, and `loaded` still means every part is read."""
    shown = threading.Event()
    on_screen_before_read: list[bool] = []
    people_view = services.people_view

    def slow_people(*args):  # type: ignore[no-untyped-def]
        on_screen_before_read.append(shown.wait(10) and threading.current_thread() is not threading.main_thread())
        return people_view(*args)

    monkeypatch.setattr(services, "people_view", slow_people)
    from ui.dashboard.page import DashboardPage

    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    heights_when_shown: list[list[float]] = []
    page.shown.connect(lambda: (heights_when_shown.append(bar_heights(page.headcount_chart)), shown.set()))
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.show()
    assert on_screen_before_read == [True]
    assert heights_when_shown[0][-1] == 8 and page.data is not None and page.data.people is not None
    assert not page.headcount_chart.is_busy() and page.mix_chart.pending() is not None


def test_a_drawing_error_reaches_the_page(qtbot, ctx, team, monkeypatch) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """An error on the drawing thread is raised on the worker, and the page says it could not load."""
    from PySide6.QtWidgets import QMessageBox

    def broken(chart, overview):  # type: ignore[no-untyped-def]
        raise RuntimeError("drawing broke")

    warned: list[str] = []
    monkeypatch.setattr(plots, "draw_headcount", broken)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    from ui.dashboard.page import DashboardPage

    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitUntil(lambda: bool(warned), timeout=20_000)
    assert page.data is None and not page.progress.isVisible()


def test_a_hidden_tab_says_it_is_drawing_until_its_charts_are_built(qtbot, ctx, team) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    page = loaded_page(qtbot, ctx)
    assert page.mix_chart.pending() is not None and not page.mix_chart.is_busy()  # hidden: nothing said yet
    page.tabs.setCurrentIndex(2)  # 团队结构与离职原因
    assert page.mix_chart.is_busy() and page.reasons_chart.is_busy()
    assert page.mix_chart.empty_label.isVisible() and page.mix_chart.empty_label.text() == "正在绘制图表…"
    qtbot.waitUntil(lambda: page.mix_chart.pending() is None and page.reasons_chart.pending() is None)
    assert not page.mix_chart.empty_label.isVisible() and page.mix_chart.canvas.isVisible()
    assert not page.mix_chart.is_empty() and bar_heights(page.mix_chart)[:3] == [3, 0, 5]
