"""Charts drawn off the UI thread (ChartSketch), and the spare figures they start from.

A spare is a figure with one empty axes and its first ticks made. Making an axes costs ~7 ms and each of its tick
marks ~0.45 ms (three lines and two texts apiece); a chart of twelve months and eight values on its y axis spends
~17 ms on them before it draws anything. Spares are made on the drawing thread in idle time (ui.charts.preload)
and after a page's charts took them (ui.charts.restock), so the charts a page waits for find their axes ready. A
spare is the figure and axes a chart would have made itself: the same layout engine, ticks that take their
labels, positions and parameters when the chart sets them, and a size and dpi set by the sketch that takes it.

One thread touches a spare at a time: the thread that makes it until it is stocked, then the one that takes it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

X_TICKS, Y_TICKS = 12, 9  # a year of months; a y axis's usual count (more are made when a chart needs them)
SPARES = 2  # the dashboard's first tab draws two charts

_spares: dict[bool, list[Any]] = {}  # measured margins or not → spare figures
_lock = threading.Lock()


def make(new_figure: Callable[[bool], Any], measured_margins: bool) -> Any:
    figure = new_figure(measured_margins)
    axes = figure.add_subplot()
    axes.xaxis.get_major_ticks(X_TICKS)
    axes.yaxis.get_major_ticks(Y_TICKS)
    return figure


def stock(new_figure: Callable[[bool], Any], measured_margins: bool, count: int = SPARES) -> None:
    """Make spares until `count` wait (on the drawing thread)."""
    while True:
        with _lock:
            if len(_spares.get(measured_margins, [])) >= count:
                return
        figure = make(new_figure, measured_margins)
        with _lock:
            _spares.setdefault(measured_margins, []).append(figure)


def take(measured_margins: bool) -> Any | None:
    """A spare figure (its one axes is `figure.axes[0]`), or None when none waits."""
    with _lock:
        waiting = _spares.get(measured_margins)
        return waiting.pop() if waiting else None


def spares(measured_margins: bool) -> int:
    with _lock:
        return len(_spares.get(measured_margins, []))


class ChartSketch:
    """A chart drawn off the UI thread: the drawing calls of ChartWidget (figure, axes, clear, show_empty,
    add_hover, draw) on a figure with no widget, rendered by Agg on the worker. One thread at a time touches the figure:
    the worker until it hands the sketch back, then the UI thread (ChartWidget.adopt)."""

    def __init__(self, width: int, height: int, ratio: float, measured_margins: bool) -> None:
        self.width, self.height, self.ratio = width, height, ratio
        self._measured_margins = measured_margins
        self._figure: Any = None
        self.agg: Any = None  # the Agg canvas holding the rendered image
        self.hover: list[tuple[Any, list[str]]] = []
        self.empty_text: str | None = None
        self.render = True  # False: leave the rendering to the canvas's first paint

    def figure(self) -> Any:
        if self._figure is None:
            from ui.charts import _new_figure

            self._take(_new_figure(self._measured_margins))
        return self._figure

    def _take(self, figure: Any) -> None:
        from ui.chart_text import MeasuringCanvasAgg

        figure._set_dpi(figure.dpi * self.ratio, forward=False)  # as the Qt canvas scales it
        figure.set_size_inches(self.width / figure._original_dpi, self.height / figure._original_dpi, forward=False)
        self.agg = MeasuringCanvasAgg(figure)
        self._figure = figure

    def axes(self) -> Any:
        """A cleared figure's one axes (as ChartWidget.axes): a spare's, made ahead (`stock`), when one waits."""
        if self._figure is None and (spare := take(self._measured_margins)) is not None:
            self._take(spare)
            self.hover.clear()
            self.empty_text = None
            return spare.axes[0]
        return self.clear().add_subplot()

    def has_figure(self) -> bool:
        return self._figure is not None

    def clear(self) -> Any:
        figure = self.figure()
        figure.clear()
        self.hover.clear()
        self.empty_text = None
        return figure

    def show_empty(self, text: str) -> None:
        self.empty_text = text

    def is_empty(self) -> bool:
        return self.empty_text is not None

    def add_hover(self, artist: Any, texts: list[str]) -> None:
        self.hover.append((artist, list(texts)))

    def draw(self) -> None:
        """Render now, on the worker: the UI thread only shows the image."""
        if self.render and self.agg is not None and self.empty_text is None:
            self.agg.draw()
