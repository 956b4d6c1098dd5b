"""The 情绪与离职 tab's charts (issue 22): the team's mood by month from the 1:1s, and where leavers went with
how many came back. Counts only; names and words never reach the dashboard."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from domain.care.exit_interview import Destination
from domain.dashboard.people import PeopleView
from ui.charts import OKABE_ITO, ChartWidget
from ui.dashboard.plots import set_title
from ui.roster.exit_interview_box import destination_label

# Mood 1 (very low) … 5 (very good): warm to cool, so the low end stands out in a stacked bar.
MOOD_COLOURS = ("#D55E00", "#E69F00", "#BBBBBB", "#56B4E9", "#0072B2")


def draw_moods(chart: ChartWidget, people: PeopleView, months: int) -> None:
    if not people.has_moods:
        chart.show_empty(QCoreApplication.translate(
            "DashboardCharts", "No 1:1 in this period noted a mood. Record the mood (1–5) when you hold a 1:1."))
        return
    by_month: dict[str, dict[int, int]] = {}
    for m in people.moods:
        by_month.setdefault(m.month, {})[m.mood] = m.count
    month_keys = sorted(by_month)
    labels = [key[2:] for key in month_keys]  # "26-03": the year stays visible across January
    figure = chart.clear()
    axes = figure.add_subplot()
    bottom = [0] * len(month_keys)
    for mood in range(1, 6):
        counts = [by_month[key].get(mood, 0) for key in month_keys]
        bars = axes.bar(labels, counts, bottom=bottom, color=MOOD_COLOURS[mood - 1],
                        label=QCoreApplication.translate("DashboardCharts", "Mood %1").replace("%1", str(mood)))
        hover = QCoreApplication.translate("DashboardCharts", "%1 · mood %2: %3 1:1s")
        chart.add_hover(bars, [hover.replace("%1", key).replace("%2", str(mood)).replace("%3", str(count))
                               for key, count in zip(month_keys, counts, strict=True)])
        bottom = [b + c for b, c in zip(bottom, counts, strict=True)]
    low = sum(m.count for m in people.moods if m.mood <= 2)
    total = sum(m.count for m in people.moods)
    set_title(axes, QCoreApplication.translate(
        "DashboardCharts", "Mood noted in 1:1s · last %1 months: %2 of %3 at 2 or below")
                   .replace("%1", str(months)).replace("%2", str(low)).replace("%3", str(total)), fontsize=10)
    axes.set_ylabel(QCoreApplication.translate("DashboardCharts", "1:1s"))
    from matplotlib.ticker import MaxNLocator  # here, not at the top: the window starts without matplotlib

    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_ylim(0, max(bottom + [1]) * 1.3)
    axes.tick_params(axis="x", labelrotation=45 if len(month_keys) > 12 else 0)
    axes.legend(loc="upper left", fontsize=8, ncols=5)
    chart.draw()


def draw_exits(chart: ChartWidget, people: PeopleView, months: int) -> None:
    exits = people.exits
    if not exits.interviews and not people.rehires:
        chart.show_empty(QCoreApplication.translate(
            "DashboardCharts", "No exit interviews and no rehires in the last %1 months. Record the exit interview "
                             "when you mark someone as left.").replace("%1", str(months)))
        return
    figure = chart.clear()
    axes = figure.add_subplot()
    names = [destination_label(Destination(value)) for value, _ in exits.by_destination]
    counts = [count for _, count in exits.by_destination]
    if names:
        bars = axes.barh(names, counts, color=OKABE_ITO[4])
        axes.bar_label(bars, fontsize=9, padding=3)
        axes.invert_yaxis()
        axes.set_xlim(0, max(counts) * 1.25)
        chart.add_hover(bars, [f"{name}: {count}" for name, count in zip(names, counts, strict=True)])
        from matplotlib.ticker import MaxNLocator  # here, not at the top: the window starts without matplotlib

        axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    else:
        axes.set_axis_off()
    axes.set_xlabel(QCoreApplication.translate("DashboardCharts", "Leavers"))
    set_title(axes, QCoreApplication.translate(
        "DashboardCharts", "Where leavers went · last %1 months (%2 exit interviews)\n"
                           "We would rehire %3 · %4 might come back · %5 came back (rehired)")
                   .replace("%1", str(months)).replace("%2", str(exits.interviews))
                   .replace("%3", str(exits.would_rehire)).replace("%4", str(exits.would_return))
                   .replace("%5", str(people.rehires)), fontsize=10)
    chart.draw()
