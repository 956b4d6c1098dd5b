"""Charts for every area: matplotlib through Figure + FigureCanvasQTAgg (never pyplot), imported only when
the first chart is actually shown, with Chinese fonts checked once.

    chart = ChartWidget()            # cheap: no matplotlib yet
    figure = chart.figure()          # first call imports matplotlib and sets up CJK fonts
    axes = figure.add_subplot(); ...; chart.draw()
    chart.save_png(path)
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCursor, QShowEvent
from PySide6.QtWidgets import QFileDialog, QLabel, QToolTip, QVBoxLayout, QWidget

from ui import chart_sketch
from ui.chart_sketch import ChartSketch

CJK_FONTS = ["Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "SimHei", "DejaVu Sans"]

# Okabe & Ito's colour-blind-safe palette (black left out: it reads as text and gridlines).
OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442"]

_font_family: str | None = None
_configured = False


def cjk_family() -> str | None:
    """The CJK family matplotlib will draw with, or None if it found none (labels would be boxes)."""
    setup_fonts()
    return _font_family


def _find_cjk(font_manager: Any) -> str | None:
    available = {f.name for f in font_manager.fontManager.ttflist}
    return next((name for name in CJK_FONTS[:-1] if name in available), None)


def setup_fonts() -> None:
    """Once per process. matplotlib caches its font list; a CJK font installed after that cache was
    written stays invisible until it is rebuilt, so rebuild once when no CJK family is found."""
    global _configured, _font_family
    if _configured:
        return
    import matplotlib
    from matplotlib import font_manager

    family = _find_cjk(font_manager)
    if family is None:
        font_manager.fontManager = font_manager._load_fontmanager(try_read_cache=False)
        family = _find_cjk(font_manager)
    matplotlib.rcParams["font.family"] = "sans-serif"
    matplotlib.rcParams["font.sans-serif"] = CJK_FONTS + list(matplotlib.rcParams["font.sans-serif"])
    matplotlib.rcParams["axes.unicode_minus"] = False
    matplotlib.rcParams["axes.prop_cycle"] = matplotlib.cycler(color=OKABE_ITO)
    _font_family, _configured = family, True


def preload(warm: bool = True) -> None:
    """Import matplotlib and set up fonts; call it inside background work so the first chart does not stall
    the window (about a second on a slow machine). Importing is thread-safe; no widget is made here. `warm`
    (the app's idle time): the first time, also draw a small figure on the drawing thread (`beside`), ~70 ms
    there; a page that needs its charts now passes False rather than wait for it."""
    global _warmed
    setup_fonts()
    import matplotlib.backends.backend_qtagg  # noqa: F401
    import matplotlib.figure  # noqa: F401

    if warm and not _warmed:
        _warmed = True
        beside(_warm_up).result()


_warmed = False
_drawer: ThreadPoolExecutor | None = None
_drawer_lock = threading.Lock()


def beside(work: Callable[[], Any]) -> Future[Any]:
    """Run `work` on the one drawing thread, beside the caller's (its `result()` waits and raises its error). A
    page builds and renders its figures there while its worker reads the rest of its data: SQLite lets go of the
    interpreter while it reads. One long-lived thread, because matplotlib keeps its fonts per thread."""
    global _drawer
    with _drawer_lock:
        if _drawer is None:
            _drawer = ThreadPoolExecutor(1, thread_name_prefix="charts")
    return _drawer.submit(work)


def _warm_up() -> None:
    """A figure with what the dashboard's charts use (CJK text, category ticks, twin axes, legend, hatching),
    rendered once: the first real chart then finds matplotlib's fonts and caches ready on this thread."""
    sketch = ChartSketch(320, 240, 1.0, True)
    axes = sketch.clear().add_subplot()
    bars = axes.bar(["一月", "二月"], [3, 5], hatch="//", label="人数")
    axes.annotate("3/5", (0, 3), ha="center", va="bottom", fontsize=9)
    axes.set(title="看板", ylabel="人数 (%)", xlabel="季度")
    (line,) = axes.twinx().plot(["一月", "二月"], [1.0, 2.5], marker="o", label="流失率")
    axes.legend(handles=[bars, line], loc="upper left", fontsize=9)
    sketch.draw()
    chart_sketch.stock(_new_figure, True)  # the dashboard's charts' margins


def restock() -> None:
    """After a page's charts took spare figures: make them again on the drawing thread (call it once the page
    has shown what it waited for; ~17 ms a figure)."""
    if _warmed:
        beside(lambda: chart_sketch.stock(_new_figure, True))


class ChartWidget(QWidget):
    """A placeholder until the first figure() call; then it holds a FigureCanvasQTAgg.

    A chart can also wait with its drawing pending (`set_pending`): its owner builds it on a worker when it is
    first shown (`wanted`), and anything that asks for its figure, canvas or empty state before that gets it
    drawn on the spot, so a pending chart reads like a drawn one."""

    wanted = Signal()  # a pending chart was shown: its owner should build it now

    def __init__(self, parent: QWidget | None = None, *, measured_margins: bool = False) -> None:
        """`measured_margins`: lay the axes out by their texts' measured sizes (ui/chart_layout.py) instead of
        constrained layout, about 130 ms cheaper per draw; for charts whose legends and notes stay inside the
        axes."""
        super().__init__(parent)
        self._measured_margins = measured_margins
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._figure: Any = None
        self._canvas: Any = None
        self._pending: Callable[[Any], None] | None = None
        self.busy_text = ""  # said in the chart's place while its pending drawing is built (its owner's words)
        self._hover: list[tuple[Any, list[str]]] = []  # (artist, text per bar / point)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #666; font-size: 14px; padding: 24px;")
        self.empty_label.hide()
        self._layout.addWidget(self.empty_label)

    def has_figure(self) -> bool:
        """Whether a figure is built now (a pending chart has none yet, and asking does not build it)."""
        return self._figure is not None

    @property
    def canvas(self) -> Any:
        self.settle()
        return self._canvas

    # --- drawn later: on a worker when first shown, or on the spot when asked --------------------
    def set_pending(self, draw: Callable[[Any], None] | None) -> None:
        """`draw(chart)` draws this chart on a ChartWidget or a ChartSketch; None: nothing pending."""
        self._pending = draw
        if draw is not None and self.isVisible():
            self.wanted.emit()

    def pending(self) -> Callable[[Any], None] | None:
        return self._pending

    def settle(self) -> None:
        """Draw a pending chart now, here (on the UI thread)."""
        if self._pending is not None:
            draw, self._pending = self._pending, None
            draw(self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending is not None:
            if self.busy_text:  # the tab would otherwise stay blank, or show the last data, until it is built
                self.show_empty(self.busy_text)
            self.wanted.emit()

    def is_busy(self) -> bool:
        """Showing the busy words while a pending drawing is built (asking does not build it)."""
        return bool(self.busy_text) and self._pending is not None and self.empty_label.text() == self.busy_text \
            and not self.empty_label.isHidden()

    def figure(self) -> Any:
        self.settle()
        if self._figure is None:
            self._figure = _new_figure(self._measured_margins)
            self._attach_canvas(_canvas_class()(self._figure))
        return self._figure

    def _attach_canvas(self, canvas: Any) -> None:
        if self._canvas is not None:
            self._layout.removeWidget(self._canvas)
            self._canvas.deleteLater()
        self._canvas = canvas
        self._layout.addWidget(canvas)
        canvas.mpl_connect("motion_notify_event", self._on_motion)
        canvas.mpl_connect("button_press_event", self._on_motion)

    # --- built and rendered off the UI thread ------------------------------------------------------
    def sketch(self) -> ChartSketch:
        """On the UI thread: a stand-in to draw this chart on a worker thread, at this widget's size."""
        ratio = self.devicePixelRatioF()
        sketch = ChartSketch(max(self.width(), 1), max(self.height(), 1), ratio, self._measured_margins)
        # A chart on a hidden tab is rendered when first painted, not now: rendering every figure up front
        # doubled the work of a refresh.
        sketch.render = self.isVisible()
        return sketch

    def adopt(self, sketch: ChartSketch) -> None:
        """On the UI thread, once the worker is done with `sketch`: show its figure and its rendered image; the
        canvas repaints from that image and renders again only if its size or the figure changes."""
        self._pending = None  # what the sketch drew supersedes a drawing still pending
        if sketch.empty_text is not None:
            self._hover = list(sketch.hover)
            self.show_empty(sketch.empty_text)
            return
        if sketch.agg is None:  # nothing was drawn
            if self.empty_label.text() == self.busy_text:
                self.empty_label.hide()
            return
        self._hover = list(sketch.hover)
        figure = sketch.agg.figure
        canvas = _canvas_class()(figure)
        canvas._set_device_pixel_ratio(sketch.ratio)  # the figure's dpi already carries the ratio
        if hasattr(sketch.agg, "renderer"):
            canvas.renderer, canvas._lastKey = sketch.agg.renderer, sketch.agg._lastKey
            canvas.rendered_key = sketch.agg._lastKey
        else:
            canvas._draw_pending = True  # its first paint renders it (see draw())
        self._figure = figure
        self._attach_canvas(canvas)
        self.empty_label.hide()
        canvas.show()

    # --- empty state, hover values, save as PNG (used by the dashboard; any area may) -------------
    def show_empty(self, text: str) -> None:
        """Say what data is missing instead of drawing empty axes."""
        self.empty_label.setText(text)
        self.empty_label.show()
        if self._canvas is not None:
            self._canvas.hide()

    def is_empty(self) -> bool:
        self.settle()
        return not self.empty_label.isHidden()

    def axes(self) -> Any:
        """A fresh figure's one axes (ChartSketch.axes takes a spare made ahead)."""
        return self.clear().add_subplot()

    def clear(self) -> Any:
        """A fresh figure to draw on; hides the empty state and forgets hover targets."""
        figure = self.figure()
        figure.clear()
        self._hover.clear()
        self.empty_label.hide()
        self._canvas.show()
        return figure

    def add_hover(self, artist: Any, texts: list[str]) -> None:
        """`artist`: a BarContainer (one text per bar) or a Line2D (one text per point)."""
        self._hover.append((artist, list(texts)))

    def hover_text(self, event: Any) -> str | None:
        self.settle()
        for artist, texts in self._hover:
            patches = getattr(artist, "patches", None)
            if patches is not None:
                for patch, text in zip(patches, texts, strict=False):
                    if patch.contains(event)[0]:
                        return text
            else:
                hit, info = artist.contains(event)
                indices = info.get("ind", []) if hit else []
                if len(indices):
                    return texts[int(indices[0])]
        return None

    def _on_motion(self, event: Any) -> None:
        text = self.hover_text(event) if event.inaxes is not None else None
        if text:
            QToolTip.showText(QCursor.pos(), text, self._canvas)
        else:
            QToolTip.hideText()

    def enable_save_action(self, text: str, dialog_title: str, file_filter: str, default_name: str) -> QAction:
        """A right-click "save as PNG" action; the caller passes its own translated words."""
        action = QAction(text, self)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.addAction(action)

        def save() -> None:
            path, _ = QFileDialog.getSaveFileName(self, dialog_title, default_name, file_filter)
            if path:
                self.save_png(path)

        action.triggered.connect(save)
        return action

    def draw(self) -> None:
        canvas = self._canvas
        if canvas is None:
            return
        canvas.rendered_key = None  # the figure changed: an adopted image no longer shows it
        if canvas.isVisible():
            canvas.draw_idle()
        else:
            # A chart on a hidden tab is rendered when first painted (the canvas's paintEvent runs a pending
            # draw), not now: rendering eight constrained-layout figures up front stalled a page for a second.
            canvas._draw_pending = True

    def save_png(self, path: str | Path, dpi: int = 150) -> None:
        self.figure().savefig(str(path), dpi=dpi, format="png")


def _new_figure(measured_margins: bool) -> Any:
    setup_fonts()
    from matplotlib.figure import Figure

    if measured_margins:
        from ui.chart_layout import MarginLayout

        return Figure(layout=MarginLayout())
    return Figure(layout="constrained")


_CANVAS: Any = None


def _canvas_class() -> Any:
    """FigureCanvasQTAgg that keeps an image rendered elsewhere (ChartWidget.adopt) instead of rendering again
    when it is first laid out at the size that image was rendered for."""
    global _CANVAS
    if _CANVAS is None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from ui.chart_text import measuring_renderer

        class Canvas(FigureCanvasQTAgg):  # type: ignore[misc]
            rendered_key: Any = None

            def get_renderer(self) -> Any:
                return measuring_renderer(self)  # text sizes remembered across figures (ui/chart_text.py)

            def draw_idle(self) -> None:
                if self.rendered_key is not None and self.rendered_key == self._image_key():
                    return  # resized or shown at the size the adopted image already has
                self.rendered_key = None
                super().draw_idle()

            def _image_key(self) -> tuple[int, int, float]:
                width, height = self.get_width_height(physical=True)
                return width, height, self.figure.dpi

        _CANVAS = Canvas
    return _CANVAS
