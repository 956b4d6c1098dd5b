"""A cheaper stand-in for matplotlib's constrained layout: each axes' cell is inset by the measured size of its own
tick labels, axis labels and title, once per draw. Constrained layout asks every artist for its tight bounding box
twice per draw (about 130 ms of a dashboard chart's 220 ms first draw); this measures only the texts around the
axes, whose sizes the draw that follows reuses from matplotlib's text cache. Legends and annotations stay inside
the axes in every chart that uses it."""

from __future__ import annotations

from typing import Any

from matplotlib import rcParams
from matplotlib.layout_engine import LayoutEngine

PAD_IN = 0.08  # between the texts and the cell's edge, and between neighbours (inches)


def _extent(texts: list[Any], renderer: Any, side: str) -> float:
    """How far (inches) the visible, non-empty texts reach beyond the axes on `side`, stacked as drawn."""
    dpi = renderer.dpi
    sizes = [t.get_window_extent(renderer) for t in texts if t.get_visible() and t.get_text()]
    if not sizes:
        return 0.0
    measure = (lambda b: b.width) if side in ("left", "right") else (lambda b: b.height)
    return max(measure(b) for b in sizes) / dpi


def _axis_margins(axis: Any, renderer: Any, sides: tuple[str, str]) -> tuple[float, float]:
    """Tick labels plus the axis label on each of `sides` ((left, right) for a y axis, (bottom, top) for an x
    axis). The ticks are asked for once per axis, and not at all for a hidden axis (a twin's shared x axis): each
    tick made is ~1 ms, and the draw that follows would not show them."""
    if not axis.get_visible():
        return 0.0, 0.0
    ticks = axis._update_ticks()  # the ticks the draw will show (private, but what get_tightbbox uses too)
    margins = []
    for first, side in zip((True, False), sides, strict=True):
        labels = [tick.label1 if first else tick.label2 for tick in ticks]
        margin = _extent(labels, renderer, side)
        if margin:
            tick = ticks[0]
            margin += (tick.get_pad() + max(tick.get_tick_padding(), 0)) / 72
        if axis.get_label_position() == side:
            label = _extent([axis.label], renderer, side)
            if label:
                margin += label + axis.labelpad / 72
        margins.append(margin)
    return margins[0], margins[1]


class MarginLayout(LayoutEngine):
    _adjust_compatible = False
    _colorbar_gridspec = False

    def execute(self, fig: Any) -> None:
        renderer = fig._get_renderer()
        width, height = fig.get_size_inches()
        cells: dict[tuple[int, int, int, int], list[Any]] = {}  # an axes and its twins share a cell
        for axes in fig.axes:
            spec = axes.get_subplotspec()
            if spec is None:
                continue
            cells.setdefault((spec.rowspan.start, spec.rowspan.stop, spec.colspan.start, spec.colspan.stop),
                             []).append(axes)
        for group in cells.values():
            spec = group[0].get_subplotspec()
            rows, cols = spec.get_gridspec().get_geometry()  # equal cells: no chart here sets width ratios
            cell_x0, cell_x1 = spec.colspan.start / cols, spec.colspan.stop / cols
            cell_y0, cell_y1 = 1 - spec.rowspan.stop / rows, 1 - spec.rowspan.start / rows
            left = right = bottom = top = 0.0
            for axes in group:
                y_left, y_right = _axis_margins(axes.yaxis, renderer, ("left", "right"))
                x_bottom, x_top = _axis_margins(axes.xaxis, renderer, ("bottom", "top"))
                left, right = max(left, y_left), max(right, y_right)
                bottom, top = max(bottom, x_bottom), max(top, x_top)
                title = _extent([axes.title, axes._left_title, axes._right_title], renderer, "top")
                if title:
                    top = max(top, title + rcParams["axes.titlepad"] / 72)
            x0 = cell_x0 + (left + PAD_IN) / width
            x1 = cell_x1 - (right + PAD_IN) / width
            y0 = cell_y0 + (bottom + PAD_IN) / height
            y1 = cell_y1 - (top + PAD_IN) / height
            if x1 - x0 < 0.05 or y1 - y0 < 0.05:  # too small to hold the texts: leave the cell as it is
                continue
            for axes in group:
                axes._set_position([x0, y0, x1 - x0, y1 - y0], which="both")
