"""Issue 18 (fifth round): a chart drawn off the UI thread may start from a spare figure made ahead (its axes and
first ticks made in idle time); the image must be the one drawn on a figure made on the spot, for a year (fewer
ticks than the spare has) and for two years (more, made when asked, rotated labels)."""

from __future__ import annotations

import numpy as np
import pytest

from domain.dashboard import services
from domain.dashboard.model import DashboardFilter
from tests.ui.test_dashboard_pages import team  # noqa: F401  (a fixture)
from ui import chart_sketch
from ui.chart_sketch import ChartSketch
from ui.charts import _new_figure, setup_fonts
from ui.dashboard import plots


def _no_spares() -> None:
    while chart_sketch.take(True) is not None:
        pass


@pytest.mark.parametrize("months", [12, 24])
def test_a_chart_drawn_on_a_spare_is_the_chart_drawn_on_a_new_figure(ctx, team, months) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    setup_fonts()
    overview = services.load_overview(ctx.uow(), ctx.today(), DashboardFilter(months=months))
    for draw in (plots.draw_headcount, plots.draw_early_attrition):
        _no_spares()
        fresh = ChartSketch(900, 320, 1.25, True)
        draw(fresh, overview)
        chart_sketch.stock(_new_figure, True, count=1)
        spared = ChartSketch(900, 320, 1.25, True)
        draw(spared, overview)
        assert chart_sketch.spares(True) == 0  # the second chart took the spare
        image, expected = np.asarray(spared.agg.buffer_rgba()), np.asarray(fresh.agg.buffer_rgba())
        assert image.shape == expected.shape == (400, 1125, 4)
        assert np.array_equal(image, expected)
        assert spared.hover and len(spared.hover) == len(fresh.hover)


def test_stocking_makes_spares_up_to_the_count_and_taking_hands_each_out_once() -> None:
    setup_fonts()
    _no_spares()
    chart_sketch.stock(_new_figure, True, count=2)
    chart_sketch.stock(_new_figure, True, count=2)  # already there: nothing more made
    assert chart_sketch.spares(True) == 2 and chart_sketch.spares(False) == 0
    first, second = chart_sketch.take(True), chart_sketch.take(True)
    assert first is not None and second is not None and first is not second
    assert chart_sketch.take(True) is None
    assert len(first.axes) == 1 and len(first.axes[0].xaxis.majorTicks) >= chart_sketch.X_TICKS
