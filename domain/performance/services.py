"""Performance use cases: score a month, show it, explain a grade, appeals, stars and schemes.
Each public function is one unit of work; `_rescore` runs inside one that is already open."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from domain.errors import DomainError, NotFound
from domain.performance.explanation import Explanation, explain
from domain.performance.growth_figures import with_growth
from domain.performance.model import (
    Appeal,
    AppealStatus,
    Grade,
    KpiRecord,
    Metric,
    Scheme,
    SchemeKey,
    ScoreResult,
    ServiceStar,
    StarHow,
    StoredScore,
)
from domain.performance.months import last_day, shift, span
from domain.performance.schemes import DEFAULT_SCHEMES, validate_scheme
from domain.performance.scoring import pick_scheme, score_month
from domain.performance.stars import ImprovementStar, month_improvement_star
from domain.ports import UnitOfWork
from domain.roster.model import AgentData, Role, TenureStage
from domain.roster.rules import tenure_stage


class SchemeInvalid(DomainError):
    code = "scheme_invalid"

    def __init__(self, problems: list[str]) -> None:
        super().__init__(", ".join(problems))
        self.problems = problems


class NoFigures(DomainError):
    """No KPI figures for that agent and month."""

    code = "kpi_no_figures"


class AppealAlreadyDecided(DomainError):
    code = "appeal_already_decided"


class StarAlreadyRecorded(DomainError):
    code = "star_already_recorded"


@dataclass(frozen=True, slots=True)
class PerformanceRow:
    agent: AgentData
    kpi: KpiRecord
    score: StoredScore | None
    open_appeals: int
    star: bool


@dataclass(frozen=True, slots=True)
class TrendPoint:
    month: str
    score: float | None
    grade: Grade | None
    team_average: float | None


@dataclass(frozen=True, slots=True)
class AgentExplanation:
    agent: AgentData
    explanation: Explanation
    appeals: tuple[Appeal, ...]


# --- schemes ---------------------------------------------------------------------------------------

def current_schemes(uow: UnitOfWork, today: date) -> dict[Role, Scheme]:
    """The schemes in force; the seeds' defaults are saved as version 1 the first time they are needed."""
    schemes = uow.performance.current_schemes()
    for role, default in DEFAULT_SCHEMES.items():
        if role not in schemes:
            scheme = replace(default, version=1, created_on=today, note="default")
            schemes[role] = replace(scheme, id=uow.performance.add_scheme(scheme))
    return schemes


def all_schemes(uow: UnitOfWork, today: date) -> dict[SchemeKey, Scheme]:
    """Every role's scheme and every stage's own scheme in force."""
    schemes: dict[SchemeKey, Scheme] = {}
    for role, scheme in current_schemes(uow, today).items():
        schemes[role] = scheme
    for key, own in uow.performance.current_stage_schemes().items():
        schemes[key] = own
    return schemes


def load_schemes(uow: UnitOfWork, today: date) -> dict[Role, Scheme]:
    with uow:
        schemes = current_schemes(uow, today)
        uow.commit()
    return schemes


def save_scheme(uow: UnitOfWork, scheme: Scheme, today: date) -> Scheme:
    """A change is a new version: months already scored keep the version they were computed with."""
    problems = validate_scheme(scheme)
    if problems:
        raise SchemeInvalid(problems)
    with uow:
        current_schemes(uow, today)
        version = uow.performance.latest_version(scheme.role) + 1
        saved = replace(scheme, id=None, version=version, created_on=today)
        saved = replace(saved, id=uow.performance.add_scheme(saved))
        uow.commit()
    return saved


def save_schemes(uow: UnitOfWork, drafts: list[Scheme], today: date, rescore: str | None = None,
                 report: Callable[[int, int], None] = lambda done, total: None) -> tuple[list[Scheme], int]:
    """Every changed role as its new version and, when asked, the month rescored with them: one transaction, so
    the month never shows grades from a scheme that was not saved. Returns the versions and how many were scored."""
    for scheme in drafts:
        problems = validate_scheme(scheme)
        if problems:
            raise SchemeInvalid(problems)
    steps = len(drafts) + (2 if rescore else 0)
    with uow:
        current_schemes(uow, today)
        saved = []
        for done, scheme in enumerate(drafts, start=1):
            number = uow.performance.latest_version(scheme.role) + 1
            version = replace(scheme, id=None, version=number, created_on=today)
            saved.append(replace(version, id=uow.performance.add_scheme(version)))
            report(done, steps)
        scored = 0
        if rescore:
            scored = len(_rescore(uow, rescore, today, use_current=True))
            report(steps - 1, steps)
            uow.log.record("performance_rescore", rescore, scored)
        uow.commit()
        report(steps, steps)
    return saved, scored


# --- scoring ---------------------------------------------------------------------------------------

def adjusted_records(uow: UnitOfWork, month: str, figures: list[KpiRecord] | None = None) -> list[KpiRecord]:
    """The month's figures with accepted appeals applied (the imported figure stays stored as it came).
    `figures`: the month's figures as `kpis_for_month` reads them, when the caller has them already."""
    records = {r.agent_id: r for r in (uow.performance.kpis_for_month(month) if figures is None else figures)}
    for appeal in uow.performance.appeals(month=month):
        record = records.get(appeal.agent_id)
        if appeal.status is AppealStatus.ACCEPTED and record is not None:
            records[appeal.agent_id] = record.with_value(appeal.metric, appeal.adjusted_value)
    return list(records.values())


def _month_schemes(uow: UnitOfWork, month: str, today: date, use_current: bool) -> dict[SchemeKey, Scheme]:
    schemes = all_schemes(uow, today)
    if use_current:
        return schemes
    kept: dict[SchemeKey, Scheme] = {}
    for _role, scheme_id in uow.performance.schemes_used(month):
        scheme = uow.performance.scheme(scheme_id)
        if scheme is not None and scheme.key not in kept:
            kept[scheme.key] = scheme
    return {**schemes, **kept}


def month_stages(uow: UnitOfWork, month: str) -> dict[int, TenureStage]:
    """Each agent's tenure stage at the month's end: the stage the month's figures were earned in."""
    end = last_day(month)
    stages: dict[date, TenureStage] = {}  # a month's 5,000 agents share a few hundred hire dates
    out = {}
    for agent_id, hired in uow.performance.hire_dates(month).items():
        stage = stages.get(hired)
        if stage is None:
            stage = stages[hired] = tenure_stage(hired, end)
        out[agent_id] = stage
    return out


def _rescore(uow: UnitOfWork, month: str, today: date, use_current: bool = False,
             figures: list[KpiRecord] | None = None) -> list[ScoreResult]:
    """`figures`: the month's stored figures as `kpis_for_month` reads them, when the caller has just written
    them (`replace_kpis` returns them where it knows them); None reads them."""
    schemes = _month_schemes(uow, month, today, use_current)
    who = uow.performance.roles_and_teams(month)  # only who has figures that month, not the whole history
    records = with_growth(uow, adjusted_records(uow, month, figures), month, schemes.values())
    # Only the totals are stored: the per-metric lines (two thirds of scoring a month) are left out.
    results = score_month(records, schemes, who, stages=month_stages(uow, month), lines=False)
    uow.performance.replace_scores(month, results, today)
    return results


def rescore_month(uow: UnitOfWork, month: str, today: date, use_current: bool = True) -> int:
    """Recompute a month (after a scheme change, with `use_current`); returns how many agents were scored."""
    with uow:
        results = _rescore(uow, month, today, use_current)
        uow.log.record("performance_rescore", month, len(results))
        uow.commit()
    return len(results)


# --- reading ---------------------------------------------------------------------------------------

def months_with_figures(uow: UnitOfWork) -> list[str]:
    with uow:
        return uow.performance.kpi_months()


def month_overview(uow: UnitOfWork, month: str, today: date) -> list[PerformanceRow]:
    """Every agent with figures that month, with the stored score (scored now if the month never was)."""
    with uow:
        rows = _overview(uow, month, today)
        uow.commit()  # a no-op unless the month was scored just now
    return rows


def _overview(uow: UnitOfWork, month: str, today: date) -> list[PerformanceRow]:
    records = uow.performance.kpis_for_month(month)
    scores = {s.agent_id: s for s in uow.performance.scores_for_month(month)}
    if records and not scores:
        _rescore(uow, month, today)
        scores = {s.agent_id: s for s in uow.performance.scores_for_month(month)}
    agents = {a.id: a for a in uow.agents.list_all()}
    open_appeals: dict[int, int] = {}
    for appeal in uow.performance.appeals(month=month):
        if appeal.status is AppealStatus.PENDING:
            open_appeals[appeal.agent_id] = open_appeals.get(appeal.agent_id, 0) + 1
    stars = {s.agent_id for s in uow.performance.stars(month=month)}
    return [PerformanceRow(agents[r.agent_id], r, scores.get(r.agent_id), open_appeals.get(r.agent_id, 0),
                           r.agent_id in stars)
            for r in records if r.agent_id in agents]


def agent_trend(uow: UnitOfWork, agent_id: int, last_month: str, months: int = 12) -> list[TrendPoint]:
    first = shift(last_month, -(months - 1))
    with uow:
        agent = uow.agents.get(agent_id)
        if agent is None:
            raise NotFound(agent_id)
        scores = {s.month: s for s in uow.performance.scores_for_agent(agent_id) if first <= s.month <= last_month}
        average = uow.performance.team_average_by_month(agent.team, first, last_month)
    return [TrendPoint(m, scores[m].score if m in scores else None, scores[m].grade if m in scores else None,
                       average.get(m)) for m in span(first, last_month)]


def explain_grade(uow: UnitOfWork, agent_id: int, month: str, today: date) -> AgentExplanation:
    """Recompute the agent's month with the scheme version it was scored with, line by line."""
    with uow:
        found = _explain(uow, agent_id, month, today)
        uow.commit()  # current_schemes may have saved the defaults
    return found


def _explain(uow: UnitOfWork, agent_id: int, month: str, today: date) -> AgentExplanation:
    agent = uow.agents.get(agent_id)
    if agent is None:
        raise NotFound(agent_id)
    stored = {s.agent_id: s for s in uow.performance.scores_for_month(month)}
    schemes = _month_schemes(uow, month, today, use_current=False)
    who = {i: (s.role, s.team) for i, s in stored.items()}
    if agent_id not in who:
        who[agent_id] = (agent.role, agent.team)
    records = with_growth(uow, adjusted_records(uow, month), month, schemes.values())
    mine = next((r for r in records if r.agent_id == agent_id), None)
    if mine is None:
        raise NotFound(agent_id)
    role = who[agent_id][0]
    stages = month_stages(uow, month)
    stages.setdefault(agent_id, tenure_stage(agent.hire_date, last_day(month)))
    if agent_id in stored and stored[agent_id].scheme_id is not None:
        own = uow.performance.scheme(stored[agent_id].scheme_id)  # type: ignore[arg-type]
        if own is not None:
            # The agent is scored again with exactly the version stored, whatever its stage is now.
            schemes[own.key] = own
            stages[agent_id] = own.stage  # type: ignore[assignment]
            if own.stage is None:
                stages.pop(agent_id)
    team = who[agent_id][1]
    peers = [r for r in records if who.get(r.agent_id, (None, None))[1] == team]
    result = next((x for x in score_month(peers, schemes, who, stages=stages) if x.agent_id == agent_id), None)
    appeals = tuple(uow.performance.appeals(month=month, agent_id=agent_id))
    if result is None:
        raise NoFigures(agent_id)
    accepted = {a.metric for a in appeals if a.status is AppealStatus.ACCEPTED}
    if accepted:
        result = replace(result, lines=tuple(replace(line, adjusted=line.metric in accepted) for line in result.lines))
    values = {m: mine.value(m) for m in Metric}
    used = pick_scheme(schemes, role, stages.get(agent_id)) or schemes[role]
    return AgentExplanation(agent, explain(result, used, values), appeals)


# --- appeals ---------------------------------------------------------------------------------------

def file_appeal(uow: UnitOfWork, agent_id: int, month: str, metric: Metric, requested_value: float | None,
                reason: str, today: date) -> int:
    with uow:
        record = next((r for r in uow.performance.kpis_for_month(month) if r.agent_id == agent_id), None)
        if record is None:
            raise NoFigures(agent_id)
        appeal_id = uow.performance.add_appeal(Appeal(agent_id, month, metric, record.value(metric),
                                                      requested_value, reason.strip(), today))
        uow.commit()
    return appeal_id


def decide_appeal(uow: UnitOfWork, appeal_id: int, accepted: bool, adjusted_value: float | None,
                  decided_by: str, note: str, today: date) -> tuple[StoredScore | None, StoredScore | None]:
    """Record the decision (who, when, why) and, when accepted, rescore the month with the adjusted figure.
    Returns the agent's score before and after."""
    with uow:
        appeal = uow.performance.appeal(appeal_id)
        if appeal is None:
            raise NotFound(appeal_id)
        if appeal.status is not AppealStatus.PENDING:
            raise AppealAlreadyDecided(appeal_id)
        before = _stored(uow, appeal.month, appeal.agent_id)
        status = AppealStatus.ACCEPTED if accepted else AppealStatus.REJECTED
        uow.performance.update_appeal(replace(
            appeal, status=status, adjusted_value=adjusted_value if accepted else None, decided_on=today,
            decided_by=decided_by.strip(), decision_note=note.strip()))
        if accepted:
            _rescore(uow, appeal.month, today)
        after = _stored(uow, appeal.month, appeal.agent_id)
        uow.commit()
    return before, after


def _stored(uow: UnitOfWork, month: str, agent_id: int) -> StoredScore | None:
    return next((s for s in uow.performance.scores_for_month(month) if s.agent_id == agent_id), None)


def list_appeals(uow: UnitOfWork, month: str | None = None) -> list[Appeal]:
    with uow:
        return uow.performance.appeals(month=month)


# --- 服务之星 ---------------------------------------------------------------------------------------

def suggest_star(uow: UnitOfWork, month: str) -> int | None:
    """The month's best score among 优秀 grades that no floor rule touched."""
    with uow:
        scores = uow.performance.scores_for_month(month)
    eligible = [s for s in scores if s.grade is Grade.EXCELLENT and not s.floor_metrics]
    if not eligible:
        return None
    return max(eligible, key=lambda s: (s.score, -s.agent_id)).agent_id


def record_star(uow: UnitOfWork, month: str, agent_id: int, how: StarHow, note: str, today: date) -> int:
    with uow:
        if any(s.agent_id == agent_id for s in uow.performance.stars(month=month)):
            raise StarAlreadyRecorded(agent_id)
        star_id = uow.performance.add_star(ServiceStar(month, agent_id, how, note.strip(), today))
        uow.commit()
    return star_id


def remove_star(uow: UnitOfWork, star_id: int) -> None:
    with uow:
        uow.performance.remove_star(star_id)
        uow.commit()


def stars_of(uow: UnitOfWork, agent_id: int) -> list[ServiceStar]:
    with uow:
        return uow.performance.stars(agent_id=agent_id)


# --- what a screen loads, in one transaction each -----------------------------------------------

@dataclass(frozen=True)
class PerformancePage:
    months: list[str]  # oldest first
    month: str | None  # the month asked for if it has figures, else the newest
    rows: list[PerformanceRow]
    appeals: list[Appeal]
    supervisor: str  # who decides appeals, unless the supervisor types another name
    improvement_star: ImprovementStar | None = None  # 改进之星, beside 服务之星


def page_data(uow: UnitOfWork, month: str | None, today: date) -> PerformancePage:
    with uow:
        months = uow.performance.kpi_months()
        chosen = month if month in months else (months[-1] if months else None)
        rows = _overview(uow, chosen, today) if chosen else []
        appeals = uow.performance.appeals(month=chosen) if chosen else []
        supervisor = uow.settings.get("supervisor_name", "")
        star = month_improvement_star(uow, chosen) if chosen else None
        uow.commit()  # a no-op unless the month was scored just now
    return PerformancePage(months, chosen, rows, appeals, supervisor, star)


def explanation_data(uow: UnitOfWork, agent_id: int, month: str, today: date) -> tuple[AgentExplanation, str]:
    """The explanation and the team's name its sheet is headed with."""
    with uow:
        found = _explain(uow, agent_id, month, today)
        team_name = uow.settings.get("team_name", "")
        uow.commit()  # current_schemes may have saved the defaults
    return found, team_name


def record_explanation_export(uow: UnitOfWork, employee_no: str, month: str, path: str) -> None:
    with uow:
        uow.log.record("export_explanation", f"{employee_no} {month} {path}", 1)
        uow.commit()
