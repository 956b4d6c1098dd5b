"""Mentoring's contributions to the agent timeline and to 本周待办 (registered at the end of
domain/timeline.py and domain/this_week.py). Those modules import this one at their end, so their
event types are imported inside the functions: importing this module first must not need them half-built."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from domain.mentoring.model import PairingStatus
from domain.mentoring.services import next_check_in, read_defaults
from domain.ports import UnitOfWork
from domain.roster.model import Status

if TYPE_CHECKING:
    from domain.this_week import TodoItem
    from domain.timeline import TimelineEvent

SUMMARY_CHARS = 40


def _short(text: str) -> str:
    text = text.strip().replace("\n", " ")
    return text if len(text) <= SUMMARY_CHARS else text[: SUMMARY_CHARS - 1] + "…"


def _week_end(today: date) -> date:
    return today + timedelta(days=6 - today.weekday())


def mentoring_events(uow: UnitOfWork, agent_id: int) -> list[TimelineEvent]:
    """Kinds: mentor_assigned / apprentice_assigned (summary: the other person), pairing_completed,
    pairing_ended_early (summary: the reason), check_in (summary: "3/5 · note"),
    cert_<level>_passed / cert_<level>_failed, e.g. cert_junior_passed (summary: "86.5/100", if scored)."""
    from domain.timeline import TimelineEvent

    events = []
    pairings = uow.mentoring.pairings_of_agent(agent_id)
    names = {a.id: a.name for a in uow.agents.list_all()} if pairings else {}
    for p in pairings:
        as_apprentice = p.apprentice_id == agent_id
        other = names.get(p.mentor_id if as_apprentice else p.apprentice_id, "")
        kind = "mentor_assigned" if as_apprentice else "apprentice_assigned"
        events.append(TimelineEvent(p.start_date, "mentoring", kind, other, p.id))
        if p.end_date is not None:
            ended = "pairing_completed" if p.status is PairingStatus.COMPLETED else "pairing_ended_early"
            events.append(TimelineEvent(p.end_date, "mentoring", ended, _short(f"{other} {p.end_reason}"), p.id))
        if as_apprentice:
            for c in uow.mentoring.check_ins(p.id):
                events.append(TimelineEvent(c.day, "mentoring", "check_in", _short(f"{c.progress}/5 · {c.note}"),
                                            c.id))
    for a in uow.certifications.for_agent(agent_id):
        kind = f"cert_{a.level}_{'passed' if a.passed else 'failed'}"
        events.append(TimelineEvent(a.day, "mentoring", kind, "" if a.score is None else f"{a.score}/100", a.id))
    return events


def mentoring_todos(uow: UnitOfWork, today: date) -> list[TodoItem]:
    """For active pairings: check-ins due by Sunday (overdue ones too), planned ends falling by Sunday or
    already passed, and pairings where the mentor or apprentice has left (to be ended)."""
    from domain.this_week import TodoItem

    horizon = _week_end(today)
    pairings = [p for p in uow.mentoring.list_pairings() if p.status is PairingStatus.ACTIVE]
    if not pairings:
        return []
    agents = {a.id: a for a in uow.agents.list_all()}
    every = read_defaults(uow.settings).check_in_every_days
    stats = uow.mentoring.check_in_stats()
    items = []
    for p in pairings:
        mentor, apprentice = agents[p.mentor_id], agents[p.apprentice_id]
        who = f"{mentor.name} → {apprentice.name}"
        if mentor.status is not Status.ACTIVE or apprentice.status is not Status.ACTIVE:
            items.append(TodoItem(today, "mentoring", "pairing_person_left", apprentice.id, apprentice.name,
                                  who, p.id))
            continue
        due = next_check_in(p, stats.get(p.id), every)
        if due is not None and due <= horizon:
            items.append(TodoItem(due, "mentoring", "check_in_due", apprentice.id, apprentice.name, who, p.id))
        if p.planned_end <= horizon:
            items.append(TodoItem(p.planned_end, "mentoring", "pairing_ending", apprentice.id, apprentice.name,
                                  who, p.id))
    return items
