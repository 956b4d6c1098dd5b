"""Pure care rules: what a valid record is, and which follow-ups need the supervisor. `today` is passed in."""

from __future__ import annotations

from datetime import date, timedelta

from domain.care.model import CareDetails, CareFacts, CareStatus
from domain.roster.rules import FieldError

MAX_TEXT = 4000
MAX_AID_FEN = 100_000_000  # ¥1,000,000: anything larger is a typo, not a grant
FOLLOW_UP_HORIZON = timedelta(days=7)  # "due this week": overdue ones, and the next seven days


def validate_record(facts: CareFacts, details: CareDetails, today: date) -> list[FieldError]:
    errors: list[FieldError] = []
    if facts.day > today:
        errors.append(FieldError("day", "care_day_in_future", facts.day.isoformat()))
    if facts.follow_up is not None and facts.follow_up < facts.day:
        errors.append(FieldError("follow_up", "care_follow_up_before_day", facts.follow_up.isoformat()))
    if not 0 <= facts.aid_fen <= MAX_AID_FEN:
        errors.append(FieldError("aid_fen", "care_aid_out_of_range", str(facts.aid_fen)))
    if not details.what_happened.strip():
        errors.append(FieldError("what_happened", "required"))
    for name in ("what_happened", "support_given", "notes"):
        if len(getattr(details, name)) > MAX_TEXT:
            errors.append(FieldError(name, "too_long"))
    if details.eap is not None:
        if details.eap.referred_on > today:
            errors.append(FieldError("eap", "care_day_in_future", details.eap.referred_on.isoformat()))
        if len(details.eap.follow_up) > MAX_TEXT:
            errors.append(FieldError("eap", "too_long"))
    return errors


def follow_up_due(facts: CareFacts, today: date) -> bool:
    return (facts.status is CareStatus.OPEN and facts.follow_up is not None
            and facts.follow_up <= today + FOLLOW_UP_HORIZON)


def month_key(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def month_range(first: date, last: date) -> tuple[date, date]:
    """First day of `first`'s month to the last day of `last`'s month."""
    start = first.replace(day=1)
    following = date(last.year + (last.month == 12), last.month % 12 + 1, 1)
    return start, following - timedelta(days=1)


def months_between(first: date, last: date) -> list[str]:
    months, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = year + (month == 12), month % 12 + 1
    return months


def agents_matching(agents: list[tuple[int, str, str]], text: str) -> list[int]:
    """Agents (id, name, employee_no) that `text` names exactly: the full name, the 工号, or the list's own
    "name（工号）" wording. Typing 王婷 must be enough — two agents of that name give two ids, and the
    caller asks which one rather than guessing."""
    wanted = text.strip()
    if not wanted:
        return []
    hits = [i for i, name, no in agents if wanted in (f"{name}（{no}）", f"{name}({no})")]
    if hits:
        return hits
    hits = [i for i, _name, no in agents if no and wanted.casefold() == no.casefold()]
    return hits or [i for i, name, _no in agents if wanted == name]
