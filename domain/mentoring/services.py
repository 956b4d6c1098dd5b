"""Mentoring and certification use cases: one unit of work each, plain values back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from domain.errors import NotFound, ValidationFailed
from domain.mentoring.allowance import AllowanceStatement, build_statement, month_bounds
from domain.mentoring.errors import PairingNotActive
from domain.mentoring.model import CertAttempt, CheckIn, MentoringDefaults, NewPairing, Pairing, PairingStatus
from domain.mentoring.outcomes import (
    AgentLevelTimes,
    MentorLevelTimes,
    MentorOutcome,
    agent_level_times,
    mentor_level_times,
    mentor_outcomes,
)
from domain.mentoring.ports import CheckInStats
from domain.mentoring.rules import (
    MAX_ALLOWANCE,
    check_pairing_allowed,
    is_qualified_mentor,
    level_after,
    validate_attempt,
    validate_check_in,
    validate_end,
    validate_new_pairing,
)
from domain.ports import SettingsRepository, UnitOfWork
from domain.roster.model import AgentData, CertLevel, Status
from domain.roster.rules import FieldError
from domain.roster.services import save_changes

ALLOWANCE_KEY = "mentoring.monthly_allowance"
MAX_APPRENTICES_KEY = "mentoring.max_apprentices"
PLANNED_MONTHS_KEY = "mentoring.planned_months"
CHECK_IN_DAYS_KEY = "mentoring.check_in_every_days"
LIMITS = {"max_apprentices": (1, 10), "planned_months": (1, 24), "check_in_every_days": (1, 90)}


def read_defaults(settings: SettingsRepository) -> MentoringDefaults:
    """Settings as stored; anything missing or unreadable falls back to the built-in default."""
    base = MentoringDefaults()

    def number(key: str, name: str, fallback: int) -> int:
        low, high = LIMITS[name]
        try:
            value = int(settings.get(key, ""))
        except ValueError:
            return fallback
        return value if low <= value <= high else fallback

    try:
        allowance = Decimal(settings.get(ALLOWANCE_KEY, "") or base.monthly_allowance)
    except InvalidOperation:
        allowance = base.monthly_allowance
    if not Decimal(0) <= allowance <= MAX_ALLOWANCE:
        allowance = base.monthly_allowance
    return MentoringDefaults(
        monthly_allowance=allowance.quantize(Decimal("0.01")),
        max_apprentices=number(MAX_APPRENTICES_KEY, "max_apprentices", base.max_apprentices),
        planned_months=number(PLANNED_MONTHS_KEY, "planned_months", base.planned_months),
        check_in_every_days=number(CHECK_IN_DAYS_KEY, "check_in_every_days", base.check_in_every_days),
    )


def load_defaults(uow: UnitOfWork) -> MentoringDefaults:
    with uow:
        return read_defaults(uow.settings)


def save_defaults(uow: UnitOfWork, defaults: MentoringDefaults) -> None:
    errors = []
    allowance = defaults.monthly_allowance
    if not Decimal(0) <= allowance <= MAX_ALLOWANCE:
        errors.append(FieldError("monthly_allowance", "allowance_out_of_range", str(allowance)))
    elif allowance != allowance.quantize(Decimal("0.01")):
        errors.append(FieldError("monthly_allowance", "allowance_fen", str(allowance)))
    for name, (low, high) in LIMITS.items():
        if not low <= getattr(defaults, name) <= high:
            errors.append(FieldError(name, "number_out_of_range", str(getattr(defaults, name))))
    if errors:
        raise ValidationFailed(errors)
    with uow:
        uow.settings.set(ALLOWANCE_KEY, f"{allowance:.2f}")
        uow.settings.set(MAX_APPRENTICES_KEY, str(defaults.max_apprentices))
        uow.settings.set(PLANNED_MONTHS_KEY, str(defaults.planned_months))
        uow.settings.set(CHECK_IN_DAYS_KEY, str(defaults.check_in_every_days))
        uow.commit()


# --- pairings ---------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class MentorCandidate:
    agent: AgentData
    qualified: bool
    active_apprentices: int


@dataclass(frozen=True, slots=True)
class PairingRow:
    pairing: Pairing
    mentor: AgentData
    apprentice: AgentData
    check_ins: CheckInStats
    next_check_in: date | None  # active pairings only


def mentor_candidates(uow: UnitOfWork, start: date) -> list[MentorCandidate]:
    """Every active agent, with whether they qualify on `start` and how many apprentices they have."""
    with uow:
        agents = [a for a in uow.agents.list_all() if a.status is Status.ACTIVE and a.id is not None]
        counts: dict[int, int] = {}
        for p in uow.mentoring.list_pairings():
            if p.status is PairingStatus.ACTIVE:
                counts[p.mentor_id] = counts.get(p.mentor_id, 0) + 1
    return [MentorCandidate(a, is_qualified_mentor(a, start), counts.get(a.id or 0, 0)) for a in agents]


def _agent(uow: UnitOfWork, agent_id: int) -> AgentData:
    agent = uow.agents.get(agent_id)
    if agent is None:
        raise NotFound(agent_id)
    return agent


def start_pairing(uow: UnitOfWork, new: NewPairing, today: date) -> int:
    new = replace(new, goals=new.goals.strip())
    with uow:
        mentor, apprentice = _agent(uow, new.mentor_id), _agent(uow, new.apprentice_id)
        defaults = read_defaults(uow.settings)
        check_pairing_allowed(mentor, apprentice, new.start_date, uow.mentoring.active_count_for_mentor(new.mentor_id),
                              uow.mentoring.active_pairing_for_apprentice(new.apprentice_id), defaults.max_apprentices,
                              [p for p in uow.mentoring.pairings_of_agent(new.apprentice_id)
                               if p.apprentice_id == apprentice.id])
        errors = validate_new_pairing(new, apprentice, today)
        if errors:
            raise ValidationFailed(errors)
        pairing_id = uow.mentoring.add_pairing(new)
        uow.commit()
    return pairing_id


def _pairing(uow: UnitOfWork, pairing_id: int) -> Pairing:
    pairing = uow.mentoring.get_pairing(pairing_id)
    if pairing is None:
        raise NotFound(pairing_id)
    return pairing


def add_check_in(uow: UnitOfWork, check_in: CheckIn, today: date) -> int:
    check_in = replace(check_in, note=check_in.note.strip(), id=None)
    with uow:
        pairing = _pairing(uow, check_in.pairing_id)
        errors = validate_check_in(check_in, pairing, today)
        if errors:
            raise ValidationFailed(errors)
        check_in_id = uow.mentoring.add_check_in(check_in)
        uow.commit()
    return check_in_id


def end_pairing(uow: UnitOfWork, pairing_id: int, end_date: date, early: bool, reason: str, today: date,
                version: int = 0) -> None:
    """`version`: the pairing as the form read it; a save since (another supervisor ended it) is refused with
    their name and time (EditedElsewhere) rather than a bare "not active"."""
    with uow:
        pairing = _pairing(uow, pairing_id)
        if version and pairing.version != version:
            pairing = replace(pairing, version=version)  # the update refuses it, naming who saved in between
            uow.mentoring.update_pairing(pairing)
        if pairing.status is not PairingStatus.ACTIVE:
            raise PairingNotActive()
        errors = validate_end(pairing, end_date, early, reason, today)
        if errors:
            raise ValidationFailed(errors)
        status = PairingStatus.ENDED_EARLY if early else PairingStatus.COMPLETED
        uow.mentoring.update_pairing(replace(pairing, status=status, end_date=end_date, end_reason=reason.strip()))
        uow.commit()


def next_check_in(pairing: Pairing, stats: CheckInStats | None, every_days: int) -> date | None:
    if pairing.status is not PairingStatus.ACTIVE:
        return None
    last = stats.last_day if stats and stats.last_day else pairing.start_date
    return last + timedelta(days=every_days)


def list_pairings(uow: UnitOfWork) -> list[PairingRow]:
    with uow:
        agents = {a.saved_id: a for a in uow.agents.list_all()}
        every = read_defaults(uow.settings).check_in_every_days
        stats = uow.mentoring.check_in_stats()
        pairings = uow.mentoring.list_pairings()
    empty = CheckInStats(0, None, None)
    return [PairingRow(p, agents[p.mentor_id], agents[p.apprentice_id], stats.get(p.id, empty),
                       next_check_in(p, stats.get(p.id), every)) for p in pairings]


def pairing_check_ins(uow: UnitOfWork, pairing_id: int) -> list[CheckIn]:
    with uow:
        return uow.mentoring.check_ins(pairing_id)


def allowance_statement(uow: UnitOfWork, year: int, month: int) -> AllowanceStatement:
    first, last = month_bounds(year, month)
    with uow:
        pairings = uow.mentoring.pairings_overlapping(first, last)
        agents = {a.saved_id: a for a in uow.agents.list_all()}
    return build_statement(year, month, pairings, agents)


# --- certification ----------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class AttemptReceipt:
    attempt_id: int
    level_before: CertLevel
    level_after: CertLevel


@dataclass(frozen=True, slots=True)
class AttemptRow:
    attempt: CertAttempt
    agent: AgentData


def record_attempt(uow: UnitOfWork, attempt: CertAttempt, today: date) -> AttemptReceipt:
    """Record one exam; when it changes which pass is the latest, the roster's level follows, through
    the roster's own service so its change history shows the new level from the exam date."""
    attempt = replace(attempt, note=attempt.note.strip(), id=None)
    with uow:
        agent = _agent(uow, attempt.agent_id)
        errors = validate_attempt(attempt, agent, today)
        if errors:
            raise ValidationFailed(errors)
        attempt_id = uow.certifications.add(attempt)
        level = level_after(uow.certifications.for_agent(agent.saved_id), agent.cert_level)
        if level != agent.cert_level:
            save_changes(uow, agent, replace(agent, cert_level=level), attempt.day)
        uow.commit()
    return AttemptReceipt(attempt_id, agent.cert_level, level)


def list_attempts(uow: UnitOfWork) -> list[AttemptRow]:
    with uow:
        agents = {a.saved_id: a for a in uow.agents.list_all()}
        attempts = uow.certifications.list_all()
    return [AttemptRow(a, agents[a.agent_id]) for a in attempts]


def outcomes(uow: UnitOfWork, today: date) -> list[MentorOutcome]:
    with uow:
        agents = {a.saved_id: a for a in uow.agents.list_all()}
        pairings = uow.mentoring.list_pairings()
        attempts = uow.certifications.list_all()
        ended = {p.apprentice_id for p in pairings if p.end_date is not None}
        scores = {agent_id: [(s.month, s.score) for s in uow.performance.scores_for_agent(agent_id)]
                  for agent_id in ended}
    return mentor_outcomes(pairings, agents, attempts, today, scores)


def level_times(uow: UnitOfWork) -> tuple[list[AgentLevelTimes], list[MentorLevelTimes]]:
    with uow:
        agents = {a.saved_id: a for a in uow.agents.list_all()}
        pairings = uow.mentoring.list_pairings()
        attempts = uow.certifications.list_all()
    return agent_level_times(agents.values(), attempts), mentor_level_times(pairings, agents, attempts)


# --- one read per screen load (issue 17: a page asks the door once, and gets one snapshot) -----------------

@dataclass(frozen=True, slots=True)
class PairingForm:
    defaults: MentoringDefaults
    candidates: list[MentorCandidate]


@dataclass(frozen=True, slots=True)
class CertificationView:
    attempts: list[AttemptRow]
    times: list[AgentLevelTimes]


@dataclass(frozen=True, slots=True)
class OutcomesView:
    outcomes: list[MentorOutcome]
    level_times: list[MentorLevelTimes]


def pairing_form(uow: UnitOfWork, start: date) -> PairingForm:
    """The new-pairing dialog: defaults and every possible mentor, from one snapshot."""
    with uow:
        defaults = read_defaults(uow.settings)
        agents = [a for a in uow.agents.list_all() if a.status is Status.ACTIVE and a.id is not None]
        counts: dict[int, int] = {}
        for p in uow.mentoring.list_pairings():
            if p.status is PairingStatus.ACTIVE:
                counts[p.mentor_id] = counts.get(p.mentor_id, 0) + 1
    return PairingForm(defaults, [MentorCandidate(a, is_qualified_mentor(a, start), counts.get(a.id or 0, 0))
                                  for a in agents])


def examinable_agents(uow: UnitOfWork) -> list[AgentData]:
    """Active agents, newest hire first: the exam dialog's list."""
    with uow:
        agents = [a for a in uow.agents.list_all() if a.status is Status.ACTIVE]
    return sorted(agents, key=lambda a: a.hire_date, reverse=True)


def certification_view(uow: UnitOfWork) -> CertificationView:
    with uow:
        agents = {a.id: a for a in uow.agents.list_all()}
        attempts = uow.certifications.list_all()
    return CertificationView([AttemptRow(a, agents[a.agent_id]) for a in attempts],
                             agent_level_times(agents.values(), attempts))


def outcomes_view(uow: UnitOfWork, today: date) -> OutcomesView:
    with uow:
        agents = {a.saved_id: a for a in uow.agents.list_all()}
        pairings = uow.mentoring.list_pairings()
        attempts = uow.certifications.list_all()
        ended = {p.apprentice_id for p in pairings if p.end_date is not None}
        scores = {agent_id: [(s.month, s.score) for s in uow.performance.scores_for_agent(agent_id)]
                  for agent_id in ended}
    return OutcomesView(mentor_outcomes(pairings, agents, attempts, today, scores),
                        mentor_level_times(pairings, agents, attempts))


StatementWriter = Callable[[AllowanceStatement, str], None]  # (statement, team name): writes the file


def export_allowance_statement(uow: UnitOfWork, write: StatementWriter, target: str, year: int,
                               month: int) -> AllowanceStatement:
    """The month's statement to a file, from one snapshot, logged in the same transaction; `write` is the
    persistence writer (the domain knows no file format)."""
    first, last = month_bounds(year, month)
    with uow:
        statement = build_statement(year, month, uow.mentoring.pairings_overlapping(first, last),
                                    {a.saved_id: a for a in uow.agents.list_all()})
        write(statement, uow.settings.get("team_name", ""))
        uow.log.record("export_allowance", f"{year}-{month:02d} {target} total={statement.total}", len(statement.lines))
        uow.commit()
    return statement
