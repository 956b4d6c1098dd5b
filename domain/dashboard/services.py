"""Dashboard use cases: read-only, one unit of work each, safe to run on the background thread."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date
from typing import Any

from domain.dashboard.activity import GRADES, ActivityView, CadenceBucket, GradeMonth, cadence_bucket, funnel
from domain.dashboard.attrition import early_attrition, month_starts, quarters_back
from domain.dashboard.model import (
    MENTORED_LANDMARK_DAYS,
    SURVIVAL_HORIZON_DAYS,
    SURVIVAL_LOOKBACK_MONTHS,
    DashboardFilter,
    Overview,
    ReasonCount,
    SurvivalGroup,
    SurvivalGrouping,
)
from domain.dashboard.people import PeopleView, people_view
from domain.dashboard.risk import (
    SETTING_PREFIX,
    AgentRisk,
    Backtest,
    RiskRule,
    RiskSettings,
    at_risk,
    backtest,
    backtest_dates,
    settings_from,
    settings_to,
)
from domain.dashboard.survival import kaplan_meier, landmark
from domain.ports import UnitOfWork
from domain.roster.model import Generation, LeaveReason, TenureStage
from domain.roster.rules import add_months, generation, tenure_stage

EARLY_COHORT_QUARTERS = 8


@dataclass(frozen=True)
class DashboardData:
    """Everything the 看板 draws, read in one snapshot so the charts never disagree with each other."""

    overview: Overview
    activity: ActivityView
    groupings: list[SurvivalGrouping]
    grouping: SurvivalGrouping
    survival: list[SurvivalGroup]
    people: PeopleView


PARTS = ("overview", "activity", "survival", "people")  # what dashboard_data reads, each feeding its own charts


def dashboard_data(uow: UnitOfWork, today: date, chosen: DashboardFilter, grouping: SurvivalGrouping,
                   first: Collection[str] = (), ready: Callable[[dict[str, Any]], None] | None = None
                   ) -> DashboardData:
    """The whole page in one unit of work; a grouping no longer available falls back to the first one.
    `first`: parts (of PARTS) to read before the others, then `ready` gets what is read so far (the fields of
    DashboardData by name), on this thread, while the unit of work stays open for the rest: the page starts
    drawing the charts it shows while the other parts are read."""
    parts: dict[str, Any] = {}

    def read(part: str) -> None:
        if part == "overview":
            parts["overview"] = _overview(uow, today, chosen)
        elif part == "activity":
            parts["activity"] = _activity(uow, today, chosen)
        elif part == "survival":
            groupings = uow.dashboard.groupings()
            use = grouping if grouping in groupings else groupings[0]
            parts.update(groupings=groupings, grouping=use, survival=_survival(uow, today, use, chosen))
        else:
            parts["people"] = people_view(uow, today, chosen)

    early = [p for p in PARTS if p in first]
    with uow:
        for part in early:
            read(part)
        if ready is not None and early:
            ready(dict(parts))
        for part in PARTS:
            if part not in early:
                read(part)
    return DashboardData(parts["overview"], parts["activity"], parts["groupings"], parts["grouping"],
                         parts["survival"], parts["people"])


def load_overview(uow: UnitOfWork, today: date, chosen: DashboardFilter) -> Overview:
    with uow:
        return _overview(uow, today, chosen)


def _overview(uow: UnitOfWork, today: date, chosen: DashboardFilter) -> Overview:
    starts = month_starts(today, chosen.months)
    quarters = quarters_back(today, EARLY_COHORT_QUARTERS)
    repo = uow.dashboard
    roster = repo.roster_counts(starts, today, chosen.team, chosen.role, chosen.generation)
    cohort_counts = repo.early_attrition_counts(quarters[0].first_day, chosen.team, chosen.role, chosen.generation)
    reasons = repo.leave_reasons(starts[0], today, chosen.team, chosen.role, chosen.generation)
    teams = repo.teams()
    stages: Counter[TenureStage] = Counter()
    for hired, count in roster.active_by_hire_date:  # a few hundred distinct dates; the stage rule stays in one place
        stages[tenure_stage(hired, today)] += count
    generations: Counter[Generation | None] = Counter()
    for year, count in roster.active_by_birth_year:
        generations[generation(date(year, 1, 1)) if year else None] += count
    known = {q: (hires, early) for q, hires, early in cohort_counts}
    cohorts = early_attrition([(q, *known.get(q, (0, 0))) for q in quarters], today)
    return Overview(
        today=today,
        flows=tuple(roster.flows),
        cohorts=tuple(cohorts),
        stage_mix=tuple((stage, stages[stage]) for stage in TenureStage),
        generation_mix=tuple((g, generations[g]) for g in [*Generation, None] if generations[g]),
        reasons=_reason_counts(reasons),
        teams=tuple(teams),
    )


def _reason_counts(rows: list[tuple[str, bool, int]]) -> tuple[ReasonCount, ...]:
    voluntary: Counter[LeaveReason] = Counter()
    involuntary: Counter[LeaveReason] = Counter()
    for reason, is_voluntary, count in rows:
        member = LeaveReason(reason) if reason in LeaveReason._value2member_map_ else LeaveReason.OTHER
        (voluntary if is_voluntary else involuntary)[member] += count
    counts = [ReasonCount(r, voluntary[r], involuntary[r]) for r in LeaveReason if voluntary[r] + involuntary[r]]
    return tuple(sorted(counts, key=lambda c: -c.total))


def available_groupings(uow: UnitOfWork) -> list[SurvivalGrouping]:
    with uow:
        return uow.dashboard.groupings()


def survival_groups(uow: UnitOfWork, today: date, grouping: SurvivalGrouping,
                    chosen: DashboardFilter) -> list[SurvivalGroup]:
    """Kaplan–Meier per group, over hires of the last three years; still employed = censored today.
    Durations past the two-year horizon are censored there, which leaves every estimate inside it unchanged.
    Mentored or not is a landmark analysis from day 30 (see MENTORED_LANDMARK_DAYS)."""
    with uow:
        return _survival(uow, today, grouping, chosen)


def _survival(uow: UnitOfWork, today: date, grouping: SurvivalGrouping,
              chosen: DashboardFilter) -> list[SurvivalGroup]:
    since = add_months(today.replace(day=1), -SURVIVAL_LOOKBACK_MONTHS)
    observations = uow.dashboard.tenure_observations(grouping, since, today, chosen.team, chosen.role,
                                                     chosen.generation)
    groups = []
    for key in sorted(observations):
        # A leave date before the hire date (the roster refuses one; an old file or a hand-edited copy may hold
        # it) counts as leaving on the first day, so one bad record cannot take the whole tab down.
        capped = [(min(max(days, 0), SURVIVAL_HORIZON_DAYS), left and days <= SURVIVAL_HORIZON_DAYS, count)
                  for days, left, count in observations[key]]
        if grouping is SurvivalGrouping.MENTORED:
            groups.append(SurvivalGroup(key, kaplan_meier(landmark(capped, MENTORED_LANDMARK_DAYS)),
                                        MENTORED_LANDMARK_DAYS))
        else:
            groups.append(SurvivalGroup(key, kaplan_meier(capped)))
    return groups


def load_risk_settings(uow: UnitOfWork) -> RiskSettings:
    with uow:
        return _risk_settings(uow)


def _risk_settings(uow: UnitOfWork) -> RiskSettings:
    values = uow.settings.all()
    return settings_from({k: v for k, v in values.items() if k.startswith(SETTING_PREFIX)})


def save_risk_settings(uow: UnitOfWork, settings: RiskSettings) -> None:
    with uow:
        for key, value in settings_to(settings).items():
            uow.settings.set(key, value)
        uow.commit()


def _score_months(settings: RiskSettings) -> int:
    return max(settings.setting(RiskRule.SCORE_DOWN).threshold + 1,
               settings.setting(RiskRule.COMPLAINT_FLOOR).threshold)


def list_at_risk(uow: UnitOfWork, today: date, settings: RiskSettings) -> tuple[list[AgentRisk], frozenset[str]]:
    with uow:
        sources = uow.dashboard.risk_sources()
        facts = uow.dashboard.risk_facts(today, _score_months(settings))
    return at_risk(facts, settings, sources), sources


@dataclass(frozen=True)
class RiskData:
    settings: RiskSettings
    flagged: list[AgentRisk]
    sources: frozenset[str]


def at_risk_data(uow: UnitOfWork, today: date) -> RiskData:
    """流失预警's list: the rules as stored and who they flag today, in one unit of work."""
    with uow:
        settings = _risk_settings(uow)
        sources = uow.dashboard.risk_sources()
        facts = uow.dashboard.risk_facts(today, _score_months(settings))
    return RiskData(settings, at_risk(facts, settings, sources), sources)


def backtest_with_stored_rules(uow: UnitOfWork, today: date) -> Backtest:
    """The back-test of the rules as stored; seconds on a big team, so the page asks for it after the list."""
    with uow:
        settings = _risk_settings(uow)
        return _backtest(uow, today, settings)


def run_backtest(uow: UnitOfWork, today: date, settings: RiskSettings) -> Backtest:
    """Replay the rules on monthly snapshots of the past year and count who left within 90 days of each."""
    with uow:
        return _backtest(uow, today, settings)


def _backtest(uow: UnitOfWork, today: date, settings: RiskSettings) -> Backtest:
    sources = uow.dashboard.risk_sources()
    snapshots = [(day, uow.dashboard.risk_facts(day, _score_months(settings), replay=True))
                 for day in backtest_dates(today)]
    return backtest(snapshots, settings, sources)


def load_activity(uow: UnitOfWork, today: date, chosen: DashboardFilter) -> ActivityView:
    """Recruiting funnel of the period, grades of its completed months, and today's 1:1 cadence."""
    with uow:
        return _activity(uow, today, chosen)


def _activity(uow: UnitOfWork, today: date, chosen: DashboardFilter) -> ActivityView:
    starts = month_starts(today, chosen.months)
    first_month, last_month = starts[0].strftime("%Y-%m"), add_months(starts[-1], -1).strftime("%Y-%m")
    repo = uow.dashboard
    stopped_at = repo.funnel_counts(starts[0], today, chosen.role)
    grade_rows = repo.grade_counts(first_month, last_month, chosen.team, chosen.role, chosen.generation)
    gaps = repo.one_on_one_days(today, chosen.team, chosen.role, chosen.generation)
    sources = repo.risk_sources()
    by_month: dict[str, dict[str, tuple[int, float]]] = {}
    for month, grade, count, total in grade_rows:
        by_month.setdefault(month, {})[grade] = (count, total)
    grades = []
    for month in sorted(by_month):
        cells = by_month[month]
        agents = sum(n for n, _ in cells.values())
        grades.append(GradeMonth(month, tuple(cells.get(g, (0, 0.0))[0] for g in GRADES),
                                 sum(t for _, t in cells.values()) / agents if agents else None))
    buckets: Counter[CadenceBucket] = Counter()
    for days, count in gaps:
        buckets[cadence_bucket(days)] += count
    return ActivityView(
        funnel=funnel(stopped_at),
        grades=tuple(grades),
        cadence=tuple((b, buckets[b]) for b in CadenceBucket),
        has_candidates=bool(stopped_at),
        has_scores=bool(grades),
        has_one_on_ones="coaching" in sources,
    )
