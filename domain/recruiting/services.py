"""Recruiting use cases. Each runs in one unit of work and returns plain values."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date

from domain.errors import NotFound, ValidationFailed
from domain.ports import UnitOfWork
from domain.recruiting.analytics import TOTAL, CardView, dimension_means, view
from domain.recruiting.defaults import DEFAULT_DIMENSIONS, DEFAULT_SCENARIOS
from domain.recruiting.model import (
    PIPELINE,
    STAGE_OF_ROUND,
    Candidate,
    Dimension,
    Round,
    Scorecard,
    Stage,
    StageChange,
    Template,
)
from domain.recruiting.rules import (
    AlreadyHired,
    CandidateClosed,
    validate_candidate,
    validate_dimensions,
    validate_scorecard,
)
from domain.roster import services as roster
from domain.roster.model import AgentData
from domain.roster.rules import FieldError


# --- templates -----------------------------------------------------------------------------------
def ensure_templates(uow: UnitOfWork, today: date) -> None:
    """Give every round its first template from the seeds, once."""
    with uow:
        if _ensure_templates(uow, today):
            uow.commit()


def _ensure_templates(uow: UnitOfWork, today: date) -> bool:
    missing = [r for r in Round if uow.recruiting.current_template(r) is None]
    for round_ in missing:
        uow.recruiting.add_template(Template(round_, 1, DEFAULT_DIMENSIONS[round_], DEFAULT_SCENARIOS[round_], today))
    return bool(missing)


def current_templates(uow: UnitOfWork) -> dict[Round, Template]:
    with uow:
        found = {r: uow.recruiting.current_template(r) for r in Round}
    return {r: t for r, t in found.items() if t is not None}


def all_templates(uow: UnitOfWork) -> list[Template]:
    with uow:
        return uow.recruiting.templates()


def _clean(d: Dimension) -> Dimension:
    return replace(d, name=d.name.strip(), description=d.description.strip(),
                   anchors=tuple(a.strip() for a in d.anchors))


def save_template(uow: UnitOfWork, round_: Round, dimensions: tuple[Dimension, ...], scenarios: tuple[str, ...],
                  today: date) -> Template:
    """Save an edit as a new version; an edit that changes nothing keeps the current version."""
    dimensions = tuple(_clean(d) for d in dimensions)
    scenarios = tuple(s.strip() for s in scenarios if s.strip())
    errors = validate_dimensions(dimensions)
    if errors:
        raise ValidationFailed(errors)
    with uow:
        current = uow.recruiting.current_template(round_)
        if current is not None and current.dimensions == dimensions and current.scenarios == scenarios:
            return current
        template = Template(round_, (current.version if current else 0) + 1, dimensions, scenarios, today)
        template_id = uow.recruiting.add_template(template)
        uow.commit()
    return replace(template, id=template_id)


# --- candidates ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class CandidateRow:
    candidate: Candidate
    cards: int
    total: float | None  # mean weighted total over complete scorecards
    knocked_out: bool
    last_interview: date | None


def _views(uow: UnitOfWork, cards: list[Scorecard]) -> list[CardView]:
    templates = {t.id: t for t in uow.recruiting.templates()}
    return [view(c, templates[c.template_id]) for c in cards]


def list_candidates(uow: UnitOfWork) -> list[CandidateRow]:
    with uow:
        return _candidate_rows(uow)


def _candidate_rows(uow: UnitOfWork) -> list[CandidateRow]:
    candidates = uow.recruiting.candidates()
    by_candidate: dict[int, list[CardView]] = {}
    for cv in _views(uow, uow.recruiting.scorecards()):
        by_candidate.setdefault(cv.card.candidate_id, []).append(cv)
    rows = []
    for c in candidates:
        cards = by_candidate.get(c.id or 0, [])
        means = dimension_means(cards)
        rows.append(CandidateRow(c, len(cards), means.get(TOTAL), any(cv.result.knocked_out for cv in cards),
                                 max((cv.card.interview_date for cv in cards), default=None)))
    return rows


def stage_counts(rows: list[CandidateRow]) -> dict[Stage, int]:
    counts = Counter(r.candidate.stage for r in rows)
    return {stage: counts.get(stage, 0) for stage in Stage}


def _normalise(candidate: Candidate) -> Candidate:
    return replace(candidate, name=candidate.name.strip(), phone=candidate.phone.replace(" ", "").strip(),
                   notes=candidate.notes.strip(), reason=candidate.reason.strip())


def add_candidate(uow: UnitOfWork, candidate: Candidate, today: date) -> int:
    candidate = _normalise(replace(candidate, id=None, stage=Stage.APPLIED, stage_on=candidate.applied_on,
                                   agent_id=None, reason=""))
    errors = validate_candidate(candidate, today)
    if errors:
        raise ValidationFailed(errors)
    with uow:
        candidate_id = uow.recruiting.add_candidate(candidate)
        uow.recruiting.add_stage_change(StageChange(candidate_id, Stage.APPLIED, candidate.applied_on))
        uow.commit()
    return candidate_id


def update_candidate(uow: UnitOfWork, candidate: Candidate, today: date) -> None:
    """Edit what was typed about the candidate; the stage moves only through move_candidate and hire."""
    candidate = _normalise(candidate)
    errors = validate_candidate(candidate, today)
    if errors:
        raise ValidationFailed(errors)
    with uow:
        before = uow.recruiting.candidate(candidate.id) if candidate.id is not None else None
        if before is None:
            raise NotFound(candidate.id)
        uow.recruiting.update_candidate(replace(candidate, stage=before.stage, stage_on=before.stage_on,
                                                reason=before.reason, agent_id=before.agent_id))
        uow.commit()


def next_stage(stage: Stage) -> Stage | None:
    if stage in PIPELINE and stage is not PIPELINE[-1]:
        return PIPELINE[PIPELINE.index(stage) + 1]
    return None


def move_candidate(uow: UnitOfWork, candidate_id: int, stage: Stage, day: date, reason: str = "") -> Candidate:
    """Along the pipeline (or back), or out of it: 未通过 needs its reason. 已录用 only through hire()."""
    reason = reason.strip()
    if stage is Stage.HIRED:
        raise ValidationFailed([FieldError("stage", "hire_through_hire")])
    if stage is Stage.REJECTED and not reason:
        raise ValidationFailed([FieldError("reason", "rejection_needs_reason")])
    with uow:
        before = uow.recruiting.candidate(candidate_id)
        if before is None:
            raise NotFound(candidate_id)
        if not before.is_open:
            raise CandidateClosed(candidate_id)
        after = replace(before, stage=stage, stage_on=day, reason=reason if stage not in PIPELINE else "")
        uow.recruiting.update_candidate(after)
        uow.recruiting.add_stage_change(StageChange(candidate_id, stage, day, after.reason))
        uow.commit()
    return after


def reopen(uow: UnitOfWork, candidate_id: int, stage: Stage, day: date) -> Candidate:
    """Undo a rejection or withdrawal (a mistaken click, or the candidate came back)."""
    with uow:
        before = uow.recruiting.candidate(candidate_id)
        if before is None:
            raise NotFound(candidate_id)
        if before.stage is Stage.HIRED or stage not in PIPELINE:
            raise CandidateClosed(candidate_id)
        after = replace(before, stage=stage, stage_on=day, reason="")
        uow.recruiting.update_candidate(after)
        uow.recruiting.add_stage_change(StageChange(candidate_id, stage, day))
        uow.commit()
    return after


# --- scorecards ----------------------------------------------------------------------------------
def record_scorecard(uow: UnitOfWork, card: Scorecard, today: date) -> int:
    card = replace(card, interviewer=card.interviewer.strip(), scenario=card.scenario.strip(),
                   notes=card.notes.strip(), scores=tuple(replace(s, evidence=s.evidence.strip()) for s in card.scores))
    with uow:
        candidate = uow.recruiting.candidate(card.candidate_id)
        if candidate is None:
            raise NotFound(card.candidate_id)
        template = uow.recruiting.template(card.template_id)
        if template is None:
            raise NotFound(card.template_id)
        errors = validate_scorecard(card, template, today)
        if errors:
            raise ValidationFailed(errors)
        card_id = uow.recruiting.add_scorecard(replace(card, id=None))
        # A scorecard for a later round means that interview happened: the pipeline catches up with it.
        reached = STAGE_OF_ROUND[template.round]
        if candidate.stage in PIPELINE and PIPELINE.index(candidate.stage) < PIPELINE.index(reached):
            uow.recruiting.update_candidate(replace(candidate, stage=reached, stage_on=card.interview_date))
            uow.recruiting.add_stage_change(StageChange(candidate.id or 0, reached, card.interview_date))
        uow.commit()
    return card_id


def remove_scorecard(uow: UnitOfWork, scorecard_id: int) -> None:
    with uow:
        uow.recruiting.remove_scorecard(scorecard_id)
        uow.commit()


def interviewers(uow: UnitOfWork) -> list[str]:
    with uow:
        cards = uow.recruiting.scorecards()
    return _interviewers(cards)


def _interviewers(cards: list[Scorecard]) -> list[str]:
    return [name for name, _ in Counter(c.interviewer for c in cards).most_common()]


# --- hiring ----------------------------------------------------------------------------------------
def suggest_employee_no(agents: list[AgentData]) -> str:
    """One past the highest KF-style number in the roster, keeping its prefix and width."""
    best: tuple[int, str, int] | None = None
    for a in agents:
        m = re.fullmatch(r"([A-Z]*)(\d+)", a.employee_no)
        if m and (best is None or int(m.group(2)) > best[0]):
            best = (int(m.group(2)), m.group(1), len(m.group(2)))
    if best is None:
        return "KF00001"
    number, prefix, width = best
    return f"{prefix}{number + 1:0{width}d}"


def agent_from_candidate(uow: UnitOfWork, candidate_id: int, today: date) -> AgentData:
    """The Employee a hire would become, prefilled for the supervisor to check and complete."""
    with uow:
        c = uow.recruiting.candidate(candidate_id)
        if c is None:
            raise NotFound(candidate_id)
        agents = uow.agents.list_all()
    return _agent_from(c, agents, today)


def _agent_from(c: Candidate, agents: list[AgentData], today: date) -> AgentData:
    teams = Counter(a.team for a in agents if a.role is c.role)
    return AgentData(employee_no=suggest_employee_no(agents), name=c.name, role=c.role,
                     team=teams.most_common(1)[0][0] if teams else "", hire_date=today, phone=c.phone)


def hire(uow: UnitOfWork, candidate_id: int, agent: AgentData, today: date) -> int:
    """Create the Employee through the roster, then link the candidate to it. The roster's add is its own
    transaction; if linking fails, the new agent is removed again, so neither exists without the other."""
    with uow:
        candidate = uow.recruiting.candidate(candidate_id)
        if candidate is None:
            raise NotFound(candidate_id)
        if candidate.agent_id is not None or candidate.stage is Stage.HIRED:
            raise AlreadyHired(candidate_id)
        if not candidate.is_open:
            raise CandidateClosed(candidate_id)
    receipt = roster.add_agent(uow, agent, today)
    try:
        with uow:
            current = uow.recruiting.candidate(candidate_id)
            if current is None or current.agent_id is not None:
                raise AlreadyHired(candidate_id)
            hired_on = agent.hire_date
            uow.recruiting.update_candidate(replace(current, stage=Stage.HIRED, stage_on=hired_on, reason="",
                                                    agent_id=receipt.agent_id))
            uow.recruiting.add_stage_change(StageChange(candidate_id, Stage.HIRED, hired_on))
            uow.commit()
    except BaseException:
        roster.revert(uow, receipt)
        raise
    return receipt.agent_id


def default_interviewer(uow: UnitOfWork, round_: Round) -> str:
    """Who most likely interviews next in this round: whoever entered its latest scorecard, else the latest
    scorecard of any round, else the supervisor named in the settings (issue 24: never a blank box)."""
    with uow:
        cards = uow.recruiting.scorecards()
        rounds = {t.id: t.round for t in uow.recruiting.templates()}
        supervisor = uow.settings.get("supervisor_name", "")
    return _default_interviewer(cards, rounds, supervisor, round_)


def _default_interviewer(cards: list[Scorecard], rounds: dict[int | None, Round], supervisor: str,
                         round_: Round) -> str:
    latest = sorted(cards, key=lambda c: (c.interview_date, c.id or 0))
    same = [c for c in latest if rounds.get(c.template_id) is round_]
    for pool in (same, latest):
        if pool:
            return pool[-1].interviewer
    return supervisor


# --- what a screen loads, in one transaction each --------------------------------------------------
def page_data(uow: UnitOfWork, today: date) -> list[CandidateRow]:
    """The pipeline, after giving every round its first template (once)."""
    with uow:
        added = _ensure_templates(uow, today)
        rows = _candidate_rows(uow)
        if added:
            uow.commit()
    return rows


@dataclass(frozen=True)
class ScorecardForm:
    templates: dict[Round, Template]
    interviewers: list[str]  # most scorecards first
    default_interviewer: str


def scorecard_form(uow: UnitOfWork, round_: Round) -> ScorecardForm:
    with uow:
        found = {r: uow.recruiting.current_template(r) for r in Round}
        cards = uow.recruiting.scorecards()
        rounds = {t.id: t.round for t in uow.recruiting.templates()}
        supervisor = uow.settings.get("supervisor_name", "")
    return ScorecardForm({r: t for r, t in found.items() if t is not None}, _interviewers(cards),
                         _default_interviewer(cards, rounds, supervisor, round_))


def hire_form(uow: UnitOfWork, candidate_id: int, today: date) -> tuple[AgentData, list[str]]:
    """The Employee a hire would become, prefilled, and the roster's teams to choose from."""
    with uow:
        c = uow.recruiting.candidate(candidate_id)
        if c is None:
            raise NotFound(candidate_id)
        agents = uow.agents.list_all()
    return _agent_from(c, agents, today), sorted({a.team for a in agents})
