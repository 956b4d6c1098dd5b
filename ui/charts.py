"""Charts for every area: matplotlib through Figure + FigureCanvasQTAgg (never pyplot), imported only when
the first chart is actually shown, with Chinese fonts checked once.

    chart = ChartWidget()            # cheap: no matplotlib yet
    figure = chart.figure()          # first call imports matplotlib and sets up CJK fonts
    axes = figure.add_subplot(); ...; chart.draw()
    chart.save_png(path)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCursor
from PySide6.QtWidgets import QFileDialog, QLabel, QToolTip, QVBoxLayout, QWidget

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


def preload() -> None:
    """Import matplotlib and set up fonts; call it inside background work so the first chart does not stall
    the window (about a second on a slow machine). Importing is thread-safe; no widget is made here."""
    setup_fonts()
    import matplotlib.backends.backend_qtagg  # noqa: F401
    import matplotlib.figure  # noqa: F401


class ChartWidget(QWidget):
    """A placeholder until the first figure() call; then it holds a FigureCanvasQTAgg."""

    def __init__(self, parent: QWidget | None = None, *, measured_margins: bool = False) -> None:
        """`measured_margins`: lay the axes out by their texts' measured sizes (ui/chart_layout.py) instead of
        constrained layout, about 130 ms cheaper per draw; for charts whose legends and notes stay inside the
        axes."""
        super().__init__(parent)
        self._measured_margins = measured_margins
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._figure: Any = None
        self.canvas: Any = None
        self._hover: list[tuple[Any, list[str]]] = []  # (artist, text per bar / point)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #666; font-size: 14px; padding: 24px;")
        self.empty_label.hide()
        self._layout.addWidget(self.empty_label)

    def has_figure(self) -> bool:
        return self._figure is not None

    def figure(self) -> Any:
        if self._figure is None:
            setup_fonts()
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
            from matplotlib.figure import Figure

            if self._measured_margins:
                from ui.chart_layout import MarginLayout

                self._figure = Figure(layout=MarginLayout())
            else:
                self._figure = Figure(layout="constrained")
            self.canvas = FigureCanvasQTAgg(self._figure)
            self._layout.addWidget(self.canvas)
            self.canvas.mpl_connect("motion_notify_event", self._on_motion)
            self.canvas.mpl_connect("button_press_event", self._on_motion)
        return self._figure

    # --- empty state, hover values, save as PNG (used by the dashboard; any area may) -------------
    def show_empty(self, text: str) -> None:
        """Say what data is missing instead of drawing empty axes."""
        self.empty_label.setText(text)
        self.empty_label.show()
        if self.canvas is not None:
            self.canvas.hide()

    def is_empty(self) -> bool:
        return not self.empty_label.isHidden()

    def clear(self) -> Any:
        """A fresh figure to draw on; hides the empty state and forgets hover targets."""
        figure = self.figure()
        figure.clear()
        self._hover.clear()
        self.empty_label.hide()
        self.canvas.show()
        return figure

    def add_hover(self, artist: Any, texts: list[str]) -> None:
        """`artist`: a BarContainer (one text per bar) or a Line2D (one text per point)."""
        self._hover.append((artist, list(texts)))

    def hover_text(self, event: Any) -> str | None:
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
            QToolTip.showText(QCursor.pos(), text, self.canvas)
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
        if self.canvas is None:
            return
        if self.canvas.isVisible():
            self.canvas.draw_idle()
        else:
            # A chart on a hidden tab is rendered when first painted (the canvas's paintEvent runs a pending
            # draw), not now: rendering eight constrained-layout figures up front stalled a page for a second.
            self.canvas._draw_pending = True

    def save_png(self, path: str | Path, dpi: int = 150) -> None:
        self.figure().savefig(str(path), dpi=dpi, format="png")
