"""Drawing the dashboard's charts from its read models. Every chart says what is missing when it is empty,
and every bar or point tells its numbers on hover."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from domain.dashboard.activity import ActivityView
from domain.dashboard.attrition import month_to_date
from domain.dashboard.model import Overview, SurvivalGroup
from domain.dashboard.risk import Backtest, rule_evidence
from domain.dashboard.survival import log_rank
from shared.words import label
from ui.charts import OKABE_ITO, ChartWidget

DAYS_PER_MONTH = 30.4375


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def set_title(axes, text: str, **options) -> None:  # type: ignore[no-untyped-def]
    """The title at the top of the axes, where matplotlib's automatic placement leaves it on these charts (their x
    ticks are at the bottom, and no y axis grows an offset text): asking it to check costs a tight bounding box of
    every y axis per draw (~5 ms a chart)."""
    axes.set_title(text, y=1.0, **options)


def _fill(text: str, *values: object) -> str:
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", str(value))
    return text


def draw_headcount(chart: ChartWidget, overview: Overview) -> None:
    flows = overview.flows
    if not any(f.start or f.end or f.leavers for f in flows):
        chart.show_empty(QCoreApplication.translate(
            "DashboardCharts", "No agents on the roster in this period. Add or import agents in the roster."))
        return
    axes = chart.axes()
    partial = [month_to_date(f.month, overview.today) for f in flows]
    to_date = QCoreApplication.translate("DashboardCharts", "to date")
    labels = [f"{f.month:%y-%m}" + (f"\n{to_date}" if part else "") for f, part in zip(flows, partial, strict=True)]
    bars = axes.bar(labels, [f.end for f in flows], color=OKABE_ITO[5], alpha=0.75,
                    label=QCoreApplication.translate("DashboardCharts", "Headcount at month end"))
    for bar, part in zip(bars.patches, partial, strict=True):
        if part:  # the month is not over: hatched like the unfinished cohorts, its rate a hollow point
            bar.set_hatch("//")
            bar.set_alpha(0.4)
    axes.set_ylabel(QCoreApplication.translate("DashboardCharts", "Agents"))
    axes.set_ylim(0, max(f.end for f in flows) * 1.35 or 1)  # from zero, with headroom for the legend
    rates = [None if f.attrition_rate is None else f.attrition_rate * 100 for f in flows]
    right = axes.twinx()
    final = [r if r is not None and not part else float("nan") for r, part in zip(rates, partial, strict=True)]
    (line,) = right.plot(labels, final, color=OKABE_ITO[3], marker="o", linewidth=2,
                         label=QCoreApplication.translate("DashboardCharts", "Monthly attrition rate"))
    if partial[-1] and rates[-1] is not None:
        right.plot(labels[-2:], rates[-2:], color=OKABE_ITO[3], linestyle=":", linewidth=1.5, marker="o",
                   markerfacecolor="white", markevery=[len(labels[-2:]) - 1],
                   label=QCoreApplication.translate("DashboardCharts", "Month to date (not final)"))
    right.set_ylabel(QCoreApplication.translate("DashboardCharts", "Attrition rate (%)"))
    right.set_ylim(bottom=0, top=max([r for r in rates if r is not None] + [5.0]) * 1.25)
    axes.tick_params(axis="x", labelrotation=45 if len(flows) > 12 else 0)
    total_leavers = sum(f.leavers for f in flows)
    mean_headcount = sum(f.average_headcount for f in flows) / len(flows)
    set_title(axes, _fill(QCoreApplication.translate(
        "DashboardCharts", "Headcount and monthly attrition · %1 months: %2 left, %3 of average headcount"),
        len(flows), total_leavers, _pct(total_leavers / mean_headcount if mean_headcount else None)))
    extra = right.get_lines()[1:]  # the month-to-date segment, when there is one
    axes.legend(handles=[bars, line, *extra], loc="upper left", fontsize=9)
    texts = [_fill(QCoreApplication.translate(
        "DashboardCharts", "%1: start %2, hired %3, left %4, end %5; attrition %6"),
        f"{f.month:%Y-%m}", f.start, f.hires, f.leavers, f.end, _pct(f.attrition_rate))
        + (QCoreApplication.translate("DashboardCharts", " (month to date, not final)") if part else "")
        for f, part in zip(flows, partial, strict=True)]
    chart.add_hover(bars, texts)
    chart.add_hover(line, texts)
    chart.draw()


def draw_early_attrition(chart: ChartWidget, overview: Overview) -> None:
    cohorts = overview.cohorts
    if not any(c.hires for c in cohorts):
        chart.show_empty(QCoreApplication.translate(
            "DashboardCharts", "No hires in the last two years, so there is no early attrition to show."))
        return
    axes = chart.axes()
    labels = [c.cohort.key() for c in cohorts]
    heights = [(c.rate or 0.0) * 100 for c in cohorts]
    colours = [OKABE_ITO[3] if c.complete else "#f2c0a0" for c in cohorts]
    bars = axes.bar(labels, heights, color=colours)
    for bar, c in zip(bars.patches, cohorts, strict=True):
        if not c.complete:
            bar.set_hatch("//")
        if c.hires:
            axes.annotate(f"{c.early_leavers}/{c.hires}", (bar.get_x() + bar.get_width() / 2, bar.get_height()),
                          ha="center", va="bottom", fontsize=9)
    axes.set_ylim(0, max(heights + [10.0]) * 1.2)
    axes.set_ylabel(QCoreApplication.translate("DashboardCharts", "Left within 90 days (%)"))
    axes.set_xlabel(QCoreApplication.translate("DashboardCharts", "Hire quarter (hatched: not all 90 days over yet)"))
    set_title(axes, QCoreApplication.translate("DashboardCharts", "Early attrition by hire quarter"))
    chart.add_hover(bars, [_fill(QCoreApplication.translate(
        "DashboardCharts", "%1: %2 hired, %3 left within 90 days (%4)"),
        c.cohort.key(), c.hires, c.early_leavers, _pct(c.rate)) for c in cohorts])
    chart.draw()


def group_label(key: str, grouping_labels: dict[str, str]) -> str:
    return grouping_labels.get(key, key)


def draw_survival(chart: ChartWidget, groups: list[SurvivalGroup], grouping_labels: dict[str, str]) -> None:
    groups = [g for g in groups if g.curve.n]
    if not groups:
        chart.show_empty(QCoreApplication.translate(
            "DashboardCharts", "No hires in the last three years: survival curves need hire and leave dates."))
        return
    figure = chart.clear()
    axes = figure.add_subplot()
    start = groups[0].landmark_day  # a landmark analysis: curves begin on that day, among those still here
    for index, group in enumerate(groups):
        colour = OKABE_ITO[index % len(OKABE_ITO)]
        months = [start / DAYS_PER_MONTH] + [(s.time + start) / DAYS_PER_MONTH for s in group.curve.steps]
        survival = [100.0] + [s.survival * 100 for s in group.curve.steps]
        lower = [100.0] + [s.lower * 100 for s in group.curve.steps]
        upper = [100.0] + [s.upper * 100 for s in group.curve.steps]
        median = group.curve.median()
        name = _fill(QCoreApplication.translate("DashboardCharts", "%1 (n=%2, median %3)"),
                     group_label(group.key, grouping_labels), group.curve.n,
                     "—" if median is None else _fill(QCoreApplication.translate("DashboardCharts", "%1 mo"),
                                                      f"{(median + start) / DAYS_PER_MONTH:.1f}"))
        (line,) = axes.step(months, survival, where="post", color=colour, linewidth=2, label=name)
        axes.fill_between(months, lower, upper, step="post", color=colour, alpha=0.15, linewidth=0)
        # Translated once per curve, not once per step (a curve of three years' hires has ~700 steps).
        point = QCoreApplication.translate("DashboardCharts", "%1 · month %2: %3 still here (95% CI %4–%5), %6 at risk")
        key = group_label(group.key, grouping_labels)
        texts = [_fill(point, key, f"{start / DAYS_PER_MONTH:.1f}", "100%", "100%", "100%", group.curve.n)]
        texts += [_fill(point, key, f"{(s.time + start) / DAYS_PER_MONTH:.1f}", _pct(s.survival), _pct(s.lower),
                        _pct(s.upper), s.at_risk) for s in group.curve.steps]
        chart.add_hover(line, texts)
    axes.axvline(90 / DAYS_PER_MONTH, color="#888", linestyle="--", linewidth=1)
    axes.text(90 / DAYS_PER_MONTH, 3, QCoreApplication.translate("DashboardCharts", " 90 days"), color="#555",
              fontsize=9)
    axes.set_xlim(0, 24)
    axes.set_ylim(0, 102)
    axes.set_xlabel(QCoreApplication.translate("DashboardCharts", "Months since hire"))
    axes.set_ylabel(QCoreApplication.translate("DashboardCharts", "Still employed (%)"))
    set_title(axes, QCoreApplication.translate(
        "DashboardCharts", "Tenure survival (Kaplan–Meier, hires of the last 3 years; band: 95% CI)"))
    if start:
        _say_landmark(axes, groups, start)
    axes.grid(True, alpha=0.3)
    axes.legend(loc="upper right", fontsize=9)
    chart.draw()


def _say_landmark(axes, groups: list[SurvivalGroup], start: int) -> None:  # type: ignore[no-untyped-def]
    """A landmark chart says so: who is counted, from when, and whether the curves differ at all."""
    axes.axvline(start / DAYS_PER_MONTH, color="#444", linewidth=1)
    test = log_rank(groups[0].curve, groups[1].curve) if len(groups) == 2 else None
    verdict = "" if test is None else _fill(QCoreApplication.translate(
        "DashboardCharts", "log-rank p = %1: %2"), f"{test.p_value:.3f}",
        QCoreApplication.translate("DashboardCharts", "the curves differ") if test.p_value < 0.05
        else QCoreApplication.translate("DashboardCharts", "no evidence of a difference"))
    set_title(axes, _fill(QCoreApplication.translate(
        "DashboardCharts", "Retention from day %1 of hires still employed on day %1 (landmark; mentored = paired "
                           "by day %1)\n%2"), start, verdict), fontsize=10)


def draw_mix(chart: ChartWidget, overview: Overview) -> None:
    if not any(count for _, count in overview.stage_mix):
        chart.show_empty(QCoreApplication.translate(
            "DashboardCharts", "No active agents: the tenure-stage and generation mix need an active roster."))
        return
    figure = chart.clear()
    stage_axes, generation_axes = figure.subplots(1, 2)
    total = sum(count for _, count in overview.stage_mix)
    stage_labels = [label(stage) for stage, _ in overview.stage_mix]
    stage_counts = [count for _, count in overview.stage_mix]
    bars = stage_axes.bar(stage_labels, stage_counts, color=OKABE_ITO[:3])
    stage_axes.bar_label(bars, labels=[f"{c} ({c / total:.0%})" for c in stage_counts], fontsize=9)
    set_title(stage_axes, QCoreApplication.translate("DashboardCharts", "Tenure stage (active agents)"))
    stage_axes.set_ylim(0, max(stage_counts) * 1.2)
    chart.add_hover(bars, [f"{name}: {c} ({c / total:.0%})" for name, c in zip(stage_labels, stage_counts,
                                                                               strict=True)])
    unknown = QCoreApplication.translate("DashboardCharts", "Birth date not recorded")
    generation_labels = [label(g) if g is not None else unknown for g, _ in overview.generation_mix]
    generation_counts = [count for _, count in overview.generation_mix]
    bars = generation_axes.barh(generation_labels, generation_counts, color=OKABE_ITO[4])
    generation_axes.bar_label(bars, labels=[f"{c} ({c / total:.0%})" for c in generation_counts], fontsize=9)
    generation_axes.invert_yaxis()
    generation_axes.set_xlim(0, max(generation_counts + [1]) * 1.3)
    set_title(generation_axes, QCoreApplication.translate("DashboardCharts", "Generation (active agents)"))
    chart.add_hover(bars, [f"{name}: {c} ({c / total:.0%})" for name, c in zip(generation_labels, generation_counts,
                                                                               strict=True)])
    chart.draw()


def draw_reasons(chart: ChartWidget, overview: Overview, months: int) -> None:
    reasons = overview.reasons
    if not reasons:
        chart.show_empty(_fill(QCoreApplication.translate(
            "DashboardCharts", "Nobody left in the last %1 months, so there are no leave reasons to show."), months))
        return
    figure = chart.clear()
    axes = figure.add_subplot()
    names = [label(r.reason) for r in reasons]
    voluntary = axes.barh(names, [r.voluntary for r in reasons], color=OKABE_ITO[0],
                          label=QCoreApplication.translate("DashboardCharts", "Voluntary"))
    involuntary = axes.barh(names, [r.involuntary for r in reasons], left=[r.voluntary for r in reasons],
                            color=OKABE_ITO[1], label=QCoreApplication.translate("DashboardCharts", "Involuntary"))
    axes.invert_yaxis()
    total = sum(r.total for r in reasons)
    set_title(axes, _fill(QCoreApplication.translate(
        "DashboardCharts", "Leave reasons · last %1 months, %2 leavers"), months, total))
    axes.set_xlabel(QCoreApplication.translate("DashboardCharts", "Leavers"))
    from matplotlib.ticker import MaxNLocator  # here, not at the top: the window starts without matplotlib

    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.bar_label(involuntary, labels=[str(r.total) for r in reasons], fontsize=9, padding=3)
    axes.set_xlim(0, max(r.total for r in reasons) * 1.15)
    axes.legend(loc="lower right", fontsize=9)
    texts = [_fill(QCoreApplication.translate("DashboardCharts", "%1: %2 leavers (%3 voluntary, %4 involuntary)"),
                   label(r.reason), r.total, r.voluntary, r.involuntary) for r in reasons]
    chart.add_hover(voluntary, texts)
    chart.add_hover(involuntary, texts)
    chart.draw()


def draw_backtest(chart: ChartWidget, result: Backtest, rule_names: dict[str, str]) -> None:
    if not result.flagged.n and not result.unflagged.n:
        chart.show_empty(QCoreApplication.translate(
            "DashboardCharts", "No agents were on the roster in the past year, so the rules cannot be replayed."))
        return
    figure = chart.clear()
    axes = figure.add_subplot()
    rows = [(QCoreApplication.translate("DashboardCharts", "Not flagged"), result.unflagged),
            (QCoreApplication.translate("DashboardCharts", "Flagged (any rule)"), result.flagged)]
    rows += [(rule_names[rule.value], tally) for rule, tally in result.by_rule]
    found = rule_evidence(result)  # "any rule", then each rule: the rows after "not flagged"
    names = [name for name, _ in rows]
    rates = [(tally.rate or 0.0) * 100 for _, tally in rows]
    colours = [OKABE_ITO[5]] + [(OKABE_ITO[3] if i == 0 else OKABE_ITO[1]) if e.evidence else "#bbbbbb"
                                for i, e in enumerate(found)]
    bars = axes.barh(names, rates, color=colours)
    none = QCoreApplication.translate("DashboardCharts", "no evidence on your data")
    labels = [f"{_pct(result.unflagged.rate)}  ({result.unflagged.left}/{result.unflagged.n})"]
    labels += [f"{_pct(e.flagged.rate)}  ({e.flagged.left}/{e.flagged.n})"
               + ("" if e.lift is None else f"  ×{e.lift:.2f}") + ("" if e.evidence else f"  {none}")
               for e in found]
    axes.bar_label(bars, labels=labels, fontsize=9)
    axes.invert_yaxis()
    axes.set_xlim(0, max(rates + [10.0]) * 2.1)  # room for the lift and its verdict beside each bar
    axes.set_xlabel(QCoreApplication.translate("DashboardCharts", "Left within 90 days (%)"))
    set_title(axes, QCoreApplication.translate("DashboardCharts", "Back-test: past year, monthly snapshots"))
    chart.add_hover(bars, [_fill(QCoreApplication.translate(
        "DashboardCharts", "%1: %2 of %3 agent-snapshots left within 90 days"), name, t.left, t.n)
        for name, t in rows])
    chart.draw()


def draw_funnel(chart: ChartWidget, view: ActivityView, stage_names: dict[str, str]) -> None:
    if not view.has_candidates:
        chart.show_empty(QCoreApplication.translate(
            "DashboardCharts", "No candidates applied in this period. Record candidates in Recruiting."))
        return
    figure = chart.clear()
    axes = figure.add_subplot()
    names = [stage_names.get(s.stage, s.stage) for s in view.funnel]
    bars = axes.barh(names, [s.reached for s in view.funnel], color=OKABE_ITO[2])
    axes.bar_label(bars, labels=[f"{s.reached}" + ("" if s.pass_rate is None else f"  ({_pct(s.pass_rate)})")
                                 for s in view.funnel], fontsize=9, padding=3)
    axes.invert_yaxis()
    axes.set_xlim(0, max(s.reached for s in view.funnel) * 1.3)
    set_title(axes, QCoreApplication.translate("DashboardCharts",
                                               "Recruiting funnel (brackets: pass rate of the step)"))
    chart.add_hover(bars, [_fill(QCoreApplication.translate(
        "DashboardCharts", "%1: %2 candidates reached this step (%3 of the step before)"),
        name, s.reached, _pct(s.pass_rate)) for name, s in zip(names, view.funnel, strict=True)])
    chart.draw()


def draw_grades(chart: ChartWidget, view: ActivityView, grade_names: list[str]) -> None:
    if not view.has_scores:
        chart.show_empty(QCoreApplication.translate(
            "DashboardCharts", "No monthly scores in this period. Import KPIs and compute scores in Performance."))
        return
    figure = chart.clear()
    axes = figure.add_subplot()
    months = [g.month[2:] for g in view.grades]
    bottom = [0] * len(view.grades)
    colours = [OKABE_ITO[2], OKABE_ITO[5], OKABE_ITO[1], OKABE_ITO[3]]
    for index, name in enumerate(grade_names):
        counts = [g.counts[index] for g in view.grades]
        bars = axes.bar(months, counts, bottom=bottom, color=colours[index], label=name)
        chart.add_hover(bars, [_fill(QCoreApplication.translate("DashboardCharts", "%1 · %2: %3 agents"),
                                     g.month, name, c) for g, c in zip(view.grades, counts, strict=True)])
        bottom = [b + c for b, c in zip(bottom, counts, strict=True)]
    axes.set_ylabel(QCoreApplication.translate("DashboardCharts", "Agents"))
    axes.set_ylim(0, max(bottom) * 1.3)
    right = axes.twinx()
    averages = [g.average_score if g.average_score is not None else float("nan") for g in view.grades]
    (line,) = right.plot(months, averages, color="#333", marker="o", linewidth=1.5,
                         label=QCoreApplication.translate("DashboardCharts", "Team average score"))
    right.set_ylabel(QCoreApplication.translate("DashboardCharts", "Average score"))
    known = [g.average_score for g in view.grades if g.average_score is not None]
    right.set_ylim(max(0.0, min(known) - 10), 100)  # a fixed top keeps a 1-point wobble from looking like a cliff
    chart.add_hover(line, [_fill(QCoreApplication.translate("DashboardCharts", "%1: team average %2"),
                                 g.month, "—" if g.average_score is None else f"{g.average_score:.1f}")
                           for g in view.grades])
    handles, _ = axes.get_legend_handles_labels()
    axes.legend(handles=[*handles, line], loc="upper left", fontsize=8, ncols=5)
    set_title(axes, QCoreApplication.translate("DashboardCharts", "Grade distribution and team average score by month"))
    chart.draw()


def draw_cadence(chart: ChartWidget, view: ActivityView, bucket_names: list[str]) -> None:
    if not view.has_one_on_ones:
        chart.show_empty(QCoreApplication.translate(
            "DashboardCharts", "No 1:1s recorded yet. Record weekly 1:1s in Coaching to see the cadence."))
        return
    figure = chart.clear()
    axes = figure.add_subplot()
    counts = [count for _, count in view.cadence]
    colours = [OKABE_ITO[2], OKABE_ITO[5], OKABE_ITO[1], OKABE_ITO[3], OKABE_ITO[3], "#999999"]
    bars = axes.bar(bucket_names, counts, color=colours)
    axes.bar_label(bars, fontsize=9)
    axes.set_ylim(0, max(counts + [1]) * 1.25)
    axes.set_ylabel(QCoreApplication.translate("DashboardCharts", "Active agents"))
    set_title(axes, QCoreApplication.translate("DashboardCharts", "1:1 cadence: days since each agent's last 1:1"))
    chart.add_hover(bars, [f"{name}: {count}" for name, count in zip(bucket_names, counts, strict=True)])
    chart.draw()
