"""pytest-qt, issue 18 (fourth round): the shown charts are drawn while the rest of the dashboard's data is read,
and a hidden tab says it is drawing while its charts are built instead of staying blank."""

from __future__ import annotations

import threading

from domain.dashboard import services
from tests.ui.test_dashboard_pages import bar_heights, loaded_page, team  # noqa: F401  (team: a fixture)
from ui.dashboard import plots


def test_the_shown_charts_are_drawn_while_the_other_parts_are_read(qtbot, ctx, team, monkeypatch) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """The headcount chart (the first tab) needs the overview alone: it is drawn on the drawing thread while the
    worker is still reading the mood and exit counts. Drawn after the whole read, it would not have begun."""
    drawing = threading.Event()
    seen_while_reading: list[bool] = []
    draw_headcount, people_view = plots.draw_headcount, services.people_view

    def recording_draw(chart, overview):  # type: ignore[no-untyped-def]
        drawing.set()
        return draw_headcount(chart, overview)

    def slow_people(*args):  # type: ignore[no-untyped-def]
        seen_while_reading.append(drawing.wait(10) and threading.current_thread() is not threading.main_thread())
        return people_view(*args)

    monkeypatch.setattr(plots, "draw_headcount", recording_draw)
    monkeypatch.setattr(services, "people_view", slow_people)
    page = loaded_page(qtbot, ctx)
    assert seen_while_reading == [True]
    assert bar_heights(page.headcount_chart)[-1] == 8  # drawn from the same snapshot as the rest
    assert page.data is not None and page.data.people is not None


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
