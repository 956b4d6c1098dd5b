"""Read models for the candidate view, interviewer calibration and the retention question."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from domain.errors import NotFound
from domain.performance.first_quarter import first_quarter_scores
from domain.ports import UnitOfWork
from domain.recruiting import analytics
from domain.recruiting.analytics import CardView, HireOutcome, dimension_means, view
from domain.recruiting.model import Candidate, Round, Stage, StageChange, Template
from domain.roster.model import AgentData


@dataclass(frozen=True, slots=True)
class CandidateDetail:
    candidate: Candidate
    cards: tuple[CardView, ...]  # by round, then date
    history: tuple[StageChange, ...]
    agent: AgentData | None  # the Employee this candidate became
    names: dict[str, str]  # dimension key → its name in the newest template that has it
    order: tuple[str, ...]  # dimension keys in the order the templates list them
    means: dict[str, float]  # per dimension across interviewers, and TOTAL
    baseline: dict[str, float]  # the same, averaged over the agents hired before this candidate
    baseline_n: int


def dimension_names(templates: list[Template]) -> tuple[dict[str, str], tuple[str, ...]]:
    names: dict[str, str] = {}
    order: list[str] = []
    for t in sorted(templates, key=lambda t: (list(Round).index(t.round), t.version)):
        for d in t.dimensions:
            names[d.key] = d.name
            if d.key not in order:
                order.append(d.key)
    return names, tuple(order)


def _views_by_candidate(uow: UnitOfWork) -> tuple[dict[int, list[CardView]], list[Template]]:
    templates = uow.recruiting.templates()
    by_id = {t.id: t for t in templates}
    grouped: dict[int, list[CardView]] = defaultdict(list)
    for card in uow.recruiting.scorecards():
        grouped[card.candidate_id].append(view(card, by_id[card.template_id]))
    return grouped, templates


def candidate_detail(uow: UnitOfWork, candidate_id: int) -> CandidateDetail:
    with uow:
        candidate = uow.recruiting.candidate(candidate_id)
        if candidate is None:
            raise NotFound(candidate_id)
        grouped, templates = _views_by_candidate(uow)
        history = tuple(uow.recruiting.stage_changes(candidate_id))
        agent = uow.agents.get(candidate.agent_id) if candidate.agent_id else None
        earlier = [c for c in uow.recruiting.candidates()
                   if c.stage is Stage.HIRED and c.id != candidate_id
                   and (c.stage_on is None or c.stage_on <= (candidate.stage_on or candidate.applied_on))]
    cards = sorted(grouped.get(candidate_id, []),
                   key=lambda cv: (list(Round).index(cv.template.round), cv.card.interview_date, cv.card.id or 0))
    hires = [dimension_means(grouped[c.id]) for c in earlier if c.id in grouped]
    pooled: dict[str, list[float]] = defaultdict(list)
    for means in hires:
        for key, value in means.items():
            pooled[key].append(value)
    names, order = dimension_names(templates)
    return CandidateDetail(candidate, tuple(cards), history, agent, names, order, dimension_means(cards),
                           {k: sum(v) / len(v) for k, v in pooled.items()}, len(hires))


@dataclass(frozen=True, slots=True)
class CalibrationReport:
    rows: tuple[analytics.CalibrationRow, ...]
    names: dict[str, str]
    order: tuple[str, ...]


def calibration_report(uow: UnitOfWork) -> CalibrationReport:
    with uow:
        grouped, templates = _views_by_candidate(uow)
    names, order = dimension_names(templates)
    rows = analytics.calibration(cv for cards in grouped.values() for cv in cards)
    return CalibrationReport(tuple(rows), names, order)


@dataclass(frozen=True, slots=True)
class PredictionReport:
    retention: analytics.RetentionReport
    kpi: tuple[analytics.Association, ...] | None  # None until a KPI source is registered
    names: dict[str, str]


def hire_outcomes(uow: UnitOfWork) -> list[HireOutcome]:
    """Every linked hire with its interview scores, read inside an open unit of work."""
    grouped, _ = _views_by_candidate(uow)
    outcomes = []
    for c in uow.recruiting.candidates():
        if c.agent_id is None or c.id not in grouped:
            continue
        agent = uow.agents.get(c.agent_id)
        if agent is None:
            continue
        outcomes.append(HireOutcome(c.id, c.agent_id, agent.hire_date, agent.leave_date,
                                    dimension_means(grouped[c.id])))
    return outcomes


def prediction_report(uow: UnitOfWork, today: date) -> PredictionReport:
    with uow:
        outcomes = hire_outcomes(uow)
        _, templates = _views_by_candidate(uow)
        judged = [(h.agent_id, h.hired_on) for h in outcomes if h.judgeable(today)]
        # No hire with a scored first quarter yet: the KPI question is not asked.
        kpi = first_quarter_scores(uow, judged) or None
    names, _ = dimension_names(templates)
    judged_outcomes = [h for h in outcomes if h.judgeable(today)]
    return PredictionReport(analytics.retention_report(outcomes, today),
                            None if kpi is None else analytics.kpi_associations(judged_outcomes, kpi), names)

