"""Exits that teach: a structured exit interview recorded with the leave — the reason category, the agent's
own words, where they are going, would we rehire them, would they come back. Kept in its own table keyed by
agent id and leave date (the roster's agent record and its leave reason belong to the roster)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from domain.errors import NotFound, ValidationFailed
from domain.ports import UnitOfWork
from domain.roster.model import LeaveReason
from domain.roster.rules import FieldError

TEXT_CHARS = 2000
NOTE_CHARS = 100


class Destination(StrEnum):
    SAME_INDUSTRY = "same_industry"  # 同行业客服
    OTHER_INDUSTRY = "other_industry"  # 其他行业
    STUDY = "study"  # 深造/考试
    HOMETOWN = "hometown"  # 回老家发展
    FAMILY = "family"  # 回归家庭
    NOT_YET = "not_yet"  # 尚未确定
    OTHER = "other"


class Answer(StrEnum):
    YES = "yes"
    MAYBE = "maybe"
    NO = "no"


@dataclass(frozen=True, slots=True)
class ExitInterview:
    agent_id: int
    leave_date: date
    reason: LeaveReason
    own_words: str = ""
    destination: Destination = Destination.NOT_YET
    destination_note: str = ""  # e.g. the company or the city, if they said
    would_rehire: Answer = Answer.MAYBE  # our view
    would_return: Answer = Answer.MAYBE  # theirs
    id: int | None = None


@dataclass(frozen=True, slots=True)
class ExitSummary:
    """For the dashboard: counts only."""

    interviews: int
    by_destination: tuple[tuple[str, int], ...]  # (Destination value, count), most first
    would_rehire: int  # leavers we would take back
    would_return: int  # leavers who said they might come back (yes or maybe)


def validate_interview(interview: ExitInterview, today: date) -> list[FieldError]:
    errors = []
    if interview.leave_date > today:
        errors.append(FieldError("leave_date", "care_day_in_future", interview.leave_date.isoformat()))
    if len(interview.own_words) > TEXT_CHARS:
        errors.append(FieldError("own_words", "too_long"))
    if len(interview.destination_note) > NOTE_CHARS:
        errors.append(FieldError("destination_note", "too_long"))
    return errors


def exit_summary(interviews: Iterable[ExitInterview], first: date, last: date) -> ExitSummary:
    chosen = [i for i in interviews if first <= i.leave_date <= last]
    places = Counter(i.destination.value for i in chosen)
    return ExitSummary(len(chosen), tuple(sorted(places.items(), key=lambda p: (-p[1], p[0]))),
                       sum(i.would_rehire is Answer.YES for i in chosen),
                       sum(i.would_return is not Answer.NO for i in chosen))


def save_interview(uow: UnitOfWork, interview: ExitInterview, today: date) -> int:
    """One per agent and leave date: saving again replaces the earlier answers."""
    interview = ExitInterview(interview.agent_id, interview.leave_date, interview.reason, interview.own_words.strip(),
                              interview.destination, interview.destination_note.strip(), interview.would_rehire,
                              interview.would_return)
    errors = validate_interview(interview, today)
    if errors:
        raise ValidationFailed(errors)
    with uow:
        if uow.agents.get(interview.agent_id) is None:
            raise NotFound(interview.agent_id)
        interview_id = uow.wellbeing.save_exit_interview(interview)
        uow.commit()
    return interview_id


def interviews_of(uow: UnitOfWork, agent_id: int) -> list[ExitInterview]:
    with uow:
        return uow.wellbeing.exit_interviews(agent_id)


def leavers_summary(uow: UnitOfWork, first: date, last: date) -> ExitSummary:
    """For the dashboard: leavers by destination and how many we would rehire (counts only)."""
    with uow:
        found = uow.wellbeing.exit_interviews_between(first, last)
    return exit_summary(found, first, last)


def exit_events(uow: UnitOfWork, agent_id: int) -> list:  # type: ignore[type-arg]
    """The agent timeline: kind exit_interview_<destination>, summary the agent's words (shortened)."""
    from domain.timeline import TimelineEvent  # here, not at the top: domain.timeline imports this module

    events = []
    for i in uow.wellbeing.exit_interviews(agent_id):
        words = i.own_words.replace("\n", " ")
        events.append(TimelineEvent(i.leave_date, "exit", f"exit_interview_{i.destination.value}",
                                    words if len(words) <= 40 else words[:39] + "…", i.id))
    return events
