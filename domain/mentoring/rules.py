"""Pure mentoring and certification rules: who may mentor, and what a valid record looks like.
`today` (or the pairing's start date) is always passed in."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from domain.mentoring.errors import (
    ApprenticeAlreadyPaired,
    ApprenticeNotActive,
    CannotMentorSelf,
    MentorAtCapacity,
    MentorNotActive,
    MentorNotQualified,
    PairingOverlaps,
)
from domain.mentoring.model import EXAM_LEVELS, CertAttempt, CheckIn, NewPairing, Pairing
from domain.roster.model import AgentData, CertLevel, Status, TenureStage
from domain.roster.rules import FieldError, tenure_stage

QUALIFYING_CERTS = frozenset({CertLevel.SENIOR, CertLevel.EXPERT})
MAX_TEXT = 2000
MAX_ALLOWANCE = Decimal("100000")


def is_qualified_mentor(mentor: AgentData, on: date) -> bool:
    """Expert stage on the pairing's start date, or certified senior (高级) or senior expert."""
    return tenure_stage(mentor.hire_date, on) is TenureStage.EXPERT or mentor.cert_level in QUALIFYING_CERTS


def overlapping(history: Iterable[Pairing], start: date, end: date | None = None) -> Pairing | None:
    """The first of the apprentice's pairings that shares a day with [start, end] (both inclusive; None: still
    running). A new pairing is open-ended, so any earlier pairing still running on or after `start` overlaps —
    ending X on 31 March and back-dating Y to 1 February would pay two mentors for February."""
    for other in history:
        other_end = other.end_date
        if (end is None or other.start_date <= end) and (other_end is None or other_end >= start):
            return other
    return None


def check_pairing_allowed(mentor: AgentData, apprentice: AgentData, start: date, mentor_active_count: int,
                          apprentice_current: Pairing | None, max_apprentices: int,
                          apprentice_history: Iterable[Pairing] = ()) -> None:
    """Raise the first rule the pairing breaks, most fundamental first. `apprentice_history`: every pairing
    the apprentice has had (as apprentice), ended or not."""
    if mentor.id == apprentice.id:
        raise CannotMentorSelf()
    if mentor.status is not Status.ACTIVE:
        raise MentorNotActive()
    if apprentice.status is not Status.ACTIVE:
        raise ApprenticeNotActive()
    if not is_qualified_mentor(mentor, start):
        raise MentorNotQualified()
    if apprentice_current is not None:
        raise ApprenticeAlreadyPaired()
    clash = overlapping(apprentice_history, start)
    if clash is not None:
        raise PairingOverlaps(clash.start_date, clash.end_date)
    if mentor_active_count >= max_apprentices:
        raise MentorAtCapacity(max_apprentices)


def validate_new_pairing(new: NewPairing, apprentice: AgentData, today: date) -> list[FieldError]:
    errors = []
    if new.start_date > today:
        errors.append(FieldError("start_date", "pairing_start_in_future", new.start_date.isoformat()))
    elif new.start_date < apprentice.hire_date:
        errors.append(FieldError("start_date", "pairing_before_hire", new.start_date.isoformat()))
    if new.planned_end <= new.start_date:
        errors.append(FieldError("planned_end", "planned_end_not_after_start", new.planned_end.isoformat()))
    if new.monthly_allowance < 0 or new.monthly_allowance > MAX_ALLOWANCE:
        errors.append(FieldError("monthly_allowance", "allowance_out_of_range", str(new.monthly_allowance)))
    elif new.monthly_allowance != new.monthly_allowance.quantize(Decimal("0.01")):
        errors.append(FieldError("monthly_allowance", "allowance_fen", str(new.monthly_allowance)))
    if len(new.goals) > MAX_TEXT:
        errors.append(FieldError("goals", "too_long"))
    return errors


def validate_check_in(check_in: CheckIn, pairing: Pairing, today: date) -> list[FieldError]:
    errors = []
    if not 1 <= check_in.progress <= 5:
        errors.append(FieldError("progress", "progress_out_of_range", str(check_in.progress)))
    last_day = min(pairing.end_date or today, today)
    if check_in.day < pairing.start_date or check_in.day > last_day:
        errors.append(FieldError("day", "check_in_outside_pairing", check_in.day.isoformat()))
    if len(check_in.note) > MAX_TEXT:
        errors.append(FieldError("note", "too_long"))
    return errors


def validate_end(pairing: Pairing, end_date: date, early: bool, reason: str, today: date) -> list[FieldError]:
    errors = []
    if end_date < pairing.start_date:
        errors.append(FieldError("end_date", "end_before_start", end_date.isoformat()))
    elif end_date > today:
        errors.append(FieldError("end_date", "end_in_future", end_date.isoformat()))
    if early and not reason.strip():
        errors.append(FieldError("reason", "required"))
    if len(reason) > MAX_TEXT:
        errors.append(FieldError("reason", "too_long"))
    return errors


def validate_attempt(attempt: CertAttempt, agent: AgentData, today: date) -> list[FieldError]:
    errors = []
    if attempt.level not in EXAM_LEVELS:
        errors.append(FieldError("level", "bad_choice", str(attempt.level)))
    if attempt.day > today:
        errors.append(FieldError("day", "attempt_in_future", attempt.day.isoformat()))
    elif attempt.day < agent.hire_date:
        errors.append(FieldError("day", "attempt_before_hire", attempt.day.isoformat()))
    if attempt.score is not None and not Decimal(0) <= attempt.score <= Decimal(100):
        errors.append(FieldError("score", "score_out_of_range", str(attempt.score)))
    if len(attempt.note) > MAX_TEXT:
        errors.append(FieldError("note", "too_long"))
    return errors


def level_after(attempts: list[CertAttempt], current: CertLevel) -> CertLevel:
    """The roster's level follows the latest pass (by date, then by entry order). With no pass on
    record the roster keeps what it had — e.g. a level HQ reported before this app was used."""
    passes = [a for a in attempts if a.passed]
    if not passes:
        return current
    latest = max(passes, key=lambda a: (a.day, a.id or 0))
    return latest.level
