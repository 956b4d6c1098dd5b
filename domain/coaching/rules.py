"""Pure coaching rules: 1:1 cadence, the week's horizon, tags, search terms and field checks.

Cadence, worked through: with the default threshold of 14 days, an agent whose last 1:1 was on
Mon 2 Nov is due by Mon 16 Nov (14 days later). On 16 Nov they are still on time; on 17 Nov (15 days)
they are overdue. Someone never met one-to-one counts from their hire date, so a newcomer hired on
10 Nov is due by 24 Nov and is not flagged in their first two weeks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from domain.coaching.model import ActionItem, CoachingSession, SessionKind
from domain.roster.rules import FieldError

DEFAULT_CADENCE_DAYS = 14
CADENCE_SETTING = "coaching.one_on_one_overdue_days"
MIN_CADENCE_DAYS, MAX_CADENCE_DAYS = 1, 90

TITLE_MAX = 60
TAG_MAX = 12
TEXT_MAX = 4000
TRIGRAM = 3  # FTS5's trigram tokenizer indexes 3-character runs: shorter terms need the LIKE fallback

_TAG_SPLIT = re.compile(r"[,，、;；#\s]+")


def one_on_one_due(last: date | None, hire_date: date, threshold_days: int) -> date:
    """The last day the next 1:1 is still on time."""
    return (last or hire_date) + timedelta(days=threshold_days)


def one_on_one_overdue(last: date | None, hire_date: date, today: date, threshold_days: int) -> bool:
    return today > one_on_one_due(last, hire_date, threshold_days)


def days_since(day: date | None, today: date) -> int | None:
    return None if day is None else (today - day).days


def week_end(today: date) -> date:
    """Sunday of today's week (Monday-first, as in China)."""
    return today + timedelta(days=6 - today.weekday())


def parse_cadence_days(text: str) -> int:
    """The stored setting, tolerating a missing or damaged value by falling back to the default."""
    try:
        value = int(text)
    except (TypeError, ValueError):
        return DEFAULT_CADENCE_DAYS
    return value if MIN_CADENCE_DAYS <= value <= MAX_CADENCE_DAYS else DEFAULT_CADENCE_DAYS


def normalise_tags(raw: str | tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """'投诉，退款 投诉' → ('投诉', '退款'): split on Chinese or ASCII separators, trim, drop repeats."""
    parts = _TAG_SPLIT.split(raw) if isinstance(raw, str) else [p for t in raw for p in _TAG_SPLIT.split(t)]
    seen: dict[str, None] = {}
    for part in parts:
        part = part.strip()
        if part:
            seen.setdefault(part, None)
    return tuple(seen)


@dataclass(frozen=True, slots=True)
class SearchTerms:
    """A query split into words: long ones go to the trigram index, short ones to LIKE on the table."""

    indexed: tuple[str, ...]
    short: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return not self.indexed and not self.short


def search_terms(query: str) -> SearchTerms:
    words = normalise_tags(query.replace('"', " "))
    return SearchTerms(
        indexed=tuple(w for w in words if len(w) >= TRIGRAM),
        short=tuple(w for w in words if len(w) < TRIGRAM),
    )


def fts_phrase(word: str) -> str:
    """A word as an FTS5 phrase, so that its characters are never read as query syntax."""
    return '"' + word.replace('"', '""') + '"'


def like_pattern(word: str) -> str:
    """A LIKE pattern that matches the word literally (ESCAPE '\\')."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def validate_session(session: CoachingSession, today: date) -> list[FieldError]:
    errors: list[FieldError] = []
    if not session.agent_id:
        errors.append(FieldError("agent", "required"))
    if session.held_on > today:
        errors.append(FieldError("held_on", "session_in_future", session.held_on.isoformat()))
    if session.mood is not None and not 1 <= session.mood <= 5:
        errors.append(FieldError("mood", "mood_range", str(session.mood)))
    if len(session.title) > TITLE_MAX:
        errors.append(FieldError("title", "too_long", session.title))
    if session.kind is SessionKind.CASE_REVIEW and not session.title.strip():
        errors.append(FieldError("title", "case_needs_title"))
    texts = (session.title, session.situation, session.strengths, session.improve, session.agent_view)
    if not any(t.strip() for t in texts):
        errors.append(FieldError("situation", "session_empty"))
    for name in ("situation", "strengths", "improve", "agent_view"):
        if len(getattr(session, name)) > TEXT_MAX:
            errors.append(FieldError(name, "too_long"))
    if any(len(tag) > TAG_MAX for tag in session.tags):
        errors.append(FieldError("tags", "tag_too_long", next(t for t in session.tags if len(t) > TAG_MAX)))
    return errors


def validate_action_item(item: ActionItem, held_on: date) -> list[FieldError]:
    errors: list[FieldError] = []
    if not item.text.strip():
        errors.append(FieldError("action_items", "action_needs_text"))
    if not item.owner.strip():
        errors.append(FieldError("action_items", "action_needs_owner", item.text))
    if item.due_on < held_on:
        errors.append(FieldError("action_items", "due_before_session", item.text))
    if item.done_on is not None and item.done_on < held_on:
        errors.append(FieldError("action_items", "done_before_session", item.text))
    return errors
