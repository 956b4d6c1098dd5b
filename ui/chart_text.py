"""Text measuring for the charts' Agg canvases, remembered across figures.

matplotlib keeps the sizes it measured per renderer, and every chart drawn gets a new renderer (a new figure, a
new canvas), so a chart drawn again after a refresh measures its tick labels, titles and legend words again
with FreeType (~0.2–2 ms each, ~60 per pair of dashboard charts). The sizes depend only on the words, the font
properties, the dpi and the hinting, so this renderer keeps them for the whole process. It also answers
matplotlib's request for the font's line metrics (asked each time a text is laid out: a font lookup and two
font-table reads) from what it read once per font and size.

The numbers are the ones matplotlib's own renderer computes; only repeated work is skipped. Both thread's
renderers (the drawing thread's sketches, the UI thread's canvases) share the tables: their entries are plain
numbers, written whole."""

from __future__ import annotations

from typing import Any

from matplotlib import rcParams
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.font_manager import fontManager, get_font

_LIMIT = 8192  # distinct texts kept (a dashboard's charts use a few hundred)
_sizes: dict[tuple[Any, ...], tuple[float, float, float]] = {}
_line_metrics: dict[tuple[Any, ...], tuple[float | None, float | None, float | None]] = {}


class MeasuringRenderer(RendererAgg):  # type: ignore[misc]
    def get_text_width_height_descent(self, s: str, prop: Any, ismath: Any) -> Any:
        if ismath is not False:  # mathtext and TeX depend on more settings: measured each time, as before
            return super().get_text_width_height_descent(s, prop, ismath)
        # A copy in the key: FontProperties is mutable and hashes by its current state (as matplotlib's cache).
        key = (s, prop.copy(), self.dpi, rcParams["text.hinting"], rcParams["text.hinting_factor"])
        size = _sizes.get(key)
        if size is None:
            size = super().get_text_width_height_descent(s, prop, ismath)
            if len(_sizes) >= _LIMIT:
                _sizes.clear()
            _sizes[key] = size
        return size

    def _get_font_height_metrics(self, prop: Any) -> tuple[float | None, float | None, float | None]:
        """(ascent, descent, line gap) in pixels, as matplotlib.text.Text._get_layout reads them from the font
        when a renderer does not answer this (its fallback when neither table exists: (None, None, None))."""
        key = (prop.copy(), self.dpi)
        metrics = _line_metrics.get(key)
        if metrics is None:
            metrics = _read_line_metrics(prop, self.dpi)
            if len(_line_metrics) >= _LIMIT:
                _line_metrics.clear()
            _line_metrics[key] = metrics
        return metrics


def _read_line_metrics(prop: Any, dpi: float) -> tuple[float | None, float | None, float | None]:
    font = get_font(fontManager._find_fonts_by_props(prop))
    for table_name, gap_key, ascent_key, descent_key in (("OS/2", "sTypoLineGap", "sTypoAscender", "sTypoDescender"),
                                                         ("hhea", "lineGap", "ascent", "descent")):
        table = font.get_sfnt_table(table_name)
        if table is None:
            continue
        scale = 1 / font.get_sfnt_table("head")["unitsPerEm"] * prop.get_size_in_points() * dpi / 72
        return table[ascent_key] * scale, -table[descent_key] * scale, table[gap_key] * scale
    return None, None, None


def measuring_renderer(canvas: FigureCanvasAgg) -> MeasuringRenderer:
    """FigureCanvasAgg.get_renderer with this renderer: one per canvas size and dpi, kept while they stay."""
    width, height = canvas.get_width_height(physical=True)
    key = width, height, canvas.figure.dpi
    if canvas._lastKey != key:
        canvas.renderer = MeasuringRenderer(width, height, canvas.figure.dpi)
        canvas._lastKey = key
    return canvas.renderer  # type: ignore[no-any-return]


class MeasuringCanvasAgg(FigureCanvasAgg):  # type: ignore[misc]
    def get_renderer(self) -> MeasuringRenderer:
        return measuring_renderer(self)
