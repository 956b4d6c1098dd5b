"""A radar chart of dimension averages: this candidate against the agents hired before them.
matplotlib is imported on the first draw while the chart is visible, never at start-up."""

from __future__ import annotations

import math

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from ui.charts import ChartWidget

Series = tuple[str, list[float], str]  # label, one value per axis, colour


class RadarChart(ChartWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(320, 300)
        self._pending: tuple[list[str], list[Series]] | None = None
        self.axes = None

    def plot(self, axes_labels: list[str], series: list[Series]) -> None:
        self._pending = (axes_labels, series)
        if self.isVisible():
            self._render()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending is not None:
            self._render()

    def _render(self) -> None:
        assert self._pending is not None
        labels, series = self._pending
        self._pending = None
        figure = self.figure()
        figure.clear()
        self.axes = None
        if len(labels) < 3:  # a radar of one or two axes is a line; say nothing rather than mislead
            self.draw()
            return
        axes = figure.add_subplot(projection="polar")
        angles = [2 * math.pi * i / len(labels) for i in range(len(labels))]
        closed = angles + angles[:1]
        for name, values, color in series:
            points = values + values[:1]
            axes.plot(closed, points, color=color, linewidth=2, label=name)
            axes.fill(closed, points, color=color, alpha=0.15)
        axes.set_xticks(angles)
        axes.set_xticklabels(labels, fontsize=10)
        axes.set_ylim(0, 5)
        axes.set_yticks([1, 2, 3, 4, 5])
        axes.set_yticklabels(["1", "2", "3", "4", "5"], fontsize=7, color="#888")
        axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.08), ncols=2, fontsize=9, frameon=False)
        self.axes = axes
        self.draw()
