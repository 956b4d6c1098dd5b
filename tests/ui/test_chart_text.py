"""Issue 18 (fifth round): the charts' renderer remembers text sizes across figures and answers the font's line
metrics itself; every size and every laid-out text must be the one matplotlib's own renderer gives."""

from __future__ import annotations

import pytest

from ui.charts import setup_fonts

TEXTS = ["0", "1000", "26-01", "人数 (%)", "Headcount and monthly attrition · 12 months", "108/385", ""]
LAID_OUT = [*TEXTS, "26-01\n至今", "两行\n标题\n三行"]  # a text of several lines is measured line by line


@pytest.fixture
def renderers():  # type: ignore[no-untyped-def]
    setup_fonts()
    from matplotlib.backends.backend_agg import RendererAgg

    from ui.chart_text import MeasuringRenderer

    return RendererAgg(400, 300, 100.0), MeasuringRenderer(400, 300, 100.0), MeasuringRenderer(400, 300, 150.0)


def test_sizes_are_matplotlibs_for_every_text_size_and_dpi(renderers) -> None:  # type: ignore[no-untyped-def]
    from matplotlib.backends.backend_agg import RendererAgg
    from matplotlib.font_manager import FontProperties

    plain, measuring, finer = renderers
    plain_finer = RendererAgg(400, 300, 150.0)
    for text in TEXTS:
        for size in (9, 10, 12):
            for weight in ("normal", "bold"):
                prop = FontProperties(size=size, weight=weight)
                # Twice each: the second answer comes from the table, and must still be the right one.
                for _ in range(2):
                    assert measuring.get_text_width_height_descent(text, prop, False) == \
                        plain.get_text_width_height_descent(text, prop, False)
                    assert finer.get_text_width_height_descent(text, prop, False) == \
                        plain_finer.get_text_width_height_descent(text, prop, False)


def test_a_font_changed_after_measuring_is_measured_again(renderers) -> None:  # type: ignore[no-untyped-def]
    """FontProperties is mutable: a size set on the same object after a text was measured must not get the size
    remembered for the old one."""
    from matplotlib.font_manager import FontProperties

    plain, measuring, _ = renderers
    prop = FontProperties(size=9)
    small = measuring.get_text_width_height_descent("人数 1000", prop, False)
    prop.set_size(14)
    large = measuring.get_text_width_height_descent("人数 1000", prop, False)
    assert large == plain.get_text_width_height_descent("人数 1000", prop, False) and large[0] > small[0]


def test_a_new_figure_measures_nothing_already_measured(renderers, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from matplotlib.backends.backend_agg import RendererAgg
    from matplotlib.font_manager import FontProperties

    from ui.chart_text import MeasuringRenderer

    _, first, _ = renderers
    prop = FontProperties(size=10)
    first.get_text_width_height_descent("看板 2026-12", prop, False)
    asked: list[str] = []
    measure = RendererAgg.get_text_width_height_descent

    def counting(self, text, prop, ismath):  # type: ignore[no-untyped-def]
        asked.append(text)
        return measure(self, text, prop, ismath)

    monkeypatch.setattr(RendererAgg, "get_text_width_height_descent", counting)
    second = MeasuringRenderer(640, 480, 100.0)  # another figure's renderer, same dpi
    second.get_text_width_height_descent("看板 2026-12", prop, False)
    second.get_text_width_height_descent("看板 2027-01", prop, False)
    assert asked == ["看板 2027-01"]


def test_laid_out_texts_are_placed_as_matplotlib_places_them(renderers) -> None:  # type: ignore[no-untyped-def]
    """Text layout asks the renderer for the font's line metrics; the answer must equal what matplotlib reads from
    the font itself (one line or several, any size, any dpi), so every text lands on the same pixels."""
    from matplotlib.backends.backend_agg import RendererAgg
    from matplotlib.figure import Figure

    plain, measuring, finer = renderers
    for dpi, ours, theirs in ((100.0, measuring, plain), (150.0, finer, RendererAgg(400, 300, 150.0))):
        figure = Figure(figsize=(4, 3), dpi=dpi)
        for index, text in enumerate(LAID_OUT):
            for size in (9, 12):
                label = figure.text(0.1, 0.1 + index * 0.1, text, fontsize=size)
                box, lines, descent = label._get_layout(ours)
                plain_box, plain_lines, plain_descent = label._get_layout(theirs)
                assert (box.bounds, lines, descent) == (plain_box.bounds, plain_lines, plain_descent)
                assert label.get_window_extent(ours).bounds == label.get_window_extent(theirs).bounds
