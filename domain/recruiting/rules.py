"""Pure checks for what the supervisor types: candidates, templates and scorecards."""

from __future__ import annotations

from datetime import date

from domain.errors import DomainError
from domain.recruiting.model import SCALE, Candidate, Dimension, Scorecard, Template
from domain.roster.rules import PHONE_RE, FieldError


class CandidateClosed(DomainError):
    """Hired, rejected or withdrawn: the pipeline no longer moves."""

    code = "candidate_closed"


class AlreadyHired(DomainError):
    code = "candidate_already_hired"


def validate_candidate(candidate: Candidate, today: date) -> list[FieldError]:
    errors: list[FieldError] = []
    if not candidate.name.strip():
        errors.append(FieldError("name", "required"))
    elif len(candidate.name) > 40:
        errors.append(FieldError("name", "too_long", candidate.name))
    if candidate.phone and not PHONE_RE.match(candidate.phone):
        errors.append(FieldError("phone", "phone_shape", candidate.phone))
    if candidate.applied_on > today:
        errors.append(FieldError("applied_on", "applied_in_future", candidate.applied_on.isoformat()))
    return errors


def validate_dimensions(dimensions: tuple[Dimension, ...]) -> list[FieldError]:
    errors: list[FieldError] = []
    if not dimensions:
        errors.append(FieldError("dimensions", "template_needs_a_dimension"))
    keys, names = set(), set()
    for d in dimensions:
        name = d.name.strip()
        if not name:
            errors.append(FieldError("dimensions", "required", d.key))
        elif name in names:
            errors.append(FieldError("dimensions", "duplicate_dimension", name))
        if d.key in keys:
            errors.append(FieldError("dimensions", "duplicate_dimension", d.key))
        keys.add(d.key)
        names.add(name)
        if d.weight < 0:
            errors.append(FieldError("dimensions", "weight_negative", name))
        if d.knockout_below is not None and d.knockout_below not in SCALE[1:]:
            errors.append(FieldError("dimensions", "knockout_out_of_range", name))
        if len(d.anchors) != len(SCALE):
            errors.append(FieldError("dimensions", "anchors_need_five", name))
    if dimensions and sum(d.weight for d in dimensions) <= 0:
        errors.append(FieldError("dimensions", "weights_sum_to_zero"))
    return errors


def validate_scorecard(card: Scorecard, template: Template, today: date) -> list[FieldError]:
    errors: list[FieldError] = []
    if not card.interviewer.strip():
        errors.append(FieldError("interviewer", "required"))
    if card.interview_date > today:
        errors.append(FieldError("interview_date", "interview_in_future", card.interview_date.isoformat()))
    given = {s.key: s.score for s in card.scores}
    for dimension in template.dimensions:
        if given.get(dimension.key) not in SCALE:
            errors.append(FieldError("scores", "score_missing", dimension.key))
    unknown = set(given) - {d.key for d in template.dimensions}
    for key in sorted(unknown):
        errors.append(FieldError("scores", "score_unknown_dimension", key))
    return errors


def new_dimension_key(existing: set[str]) -> str:
    """Keys for dimensions the supervisor adds: stable across versions, never reused."""
    n = 1
    while f"custom_{n}" in existing:
        n += 1
    return f"custom_{n}"
