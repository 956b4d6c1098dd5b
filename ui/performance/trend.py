"""An agent's 12-month score line over the grade bands, with the team's average for comparison."""

from __future__ import annotations

from domain.performance.model import Grade, GradeBands
from domain.performance.services import TrendPoint
from shared.words import label
from ui.charts import ChartWidget
from ui.performance.colors import GRADE_COLORS


def draw_trend(chart: ChartWidget, points: list[TrendPoint], title: str, score_label: str, average_label: str,
               empty_text: str, bands: GradeBands | None = None) -> None:
    if not any(p.score is not None for p in points):
        chart.show_empty(empty_text)
        return
    bands = bands or GradeBands()
    figure = chart.clear()
    axes = figure.add_subplot()
    months = [p.month[2:] for p in points]  # "25-11": twelve labels fit under a small chart
    x = list(range(len(points)))
    lowest = min([p.score for p in points if p.score is not None] + [bands.passing]) - 5
    edges = [(bands.excellent, 105, Grade.EXCELLENT), (bands.good, bands.excellent, Grade.GOOD),
             (bands.passing, bands.good, Grade.PASS), (min(lowest, bands.passing), bands.passing, Grade.IMPROVE)]
    for low, high, grade in edges:
        axes.axhspan(low, high, color=GRADE_COLORS[grade], alpha=0.07, linewidth=0)
        axes.text(len(points) - 0.6, (low + high) / 2, label(grade), fontsize=8, color=GRADE_COLORS[grade],
                  va="center", ha="right", alpha=0.8)
    average = [p.team_average for p in points]
    axes.plot(x, [a if a is not None else float("nan") for a in average], linestyle="--", color="#888888",
              linewidth=1.2, label=average_label)
    scores = [p.score if p.score is not None else float("nan") for p in points]
    line = axes.plot(x, scores, marker="o", color="#0072B2", linewidth=2, label=score_label)[0]
    chart.add_hover(line, [f"{p.month}  {p.score:.1f} {label(p.grade)}" if p.score is not None else p.month
                           for p in points])
    axes.set_xticks(x, months, fontsize=8)
    axes.set_ylim(min(lowest, bands.passing - 5), 102)
    axes.set_title(title, fontsize=11)
    axes.legend(loc="lower left", fontsize=8, frameon=False)
    axes.grid(axis="y", alpha=0.3)
    chart.draw()
