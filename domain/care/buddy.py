"""伙伴系统: peer pairs for emotional support — separate from 师徒带教 (no allowance, no goals, no
certification), so a new hire has someone to talk to who is not grading or teaching them.

Pure rules here (who may be a buddy, who to suggest); the use cases are at the end and take a UnitOfWork.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from domain.errors import NotFound, ValidationFailed
from domain.ports import UnitOfWork
from domain.roster.model import AgentData, Status
from domain.roster.rules import FieldError, add_months

MAX_BUDDIES = 2  # a peer supporting more than two new hires at once is no longer a peer, but a job
MIN_MONTHS = 3  # past the 新人 stage themselves
GOOD_MOOD = 4
GRADE_RANK = {"excellent": 0, "good": 1, "pass": 2}  # 待改进 never suggested: they need support themselves
NOTE_CHARS = 500


@dataclass(frozen=True, slots=True)
class BuddyPair:
    id: int
    agent_id: int  # the one supported (usually a new hire)
    buddy_id: int
    start_date: date
    end_date: date | None = None
    note: str = ""

    @property
    def active(self) -> bool:
        return self.end_date is None


@dataclass(frozen=True, slots=True)
class BuddyCheckIn:
    pair_id: int
    day: date
    went_well: int  # 1–5, how the buddy says it is going
    note: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class BuddyCandidate:
    agent: AgentData
    mood: int | None  # the latest 1:1 mood
    grade: str | None  # the latest performance grade code
    buddies_now: int


def suggest_buddies(new_hire: AgentData, agents: list[AgentData], mentor_ids: set[int],
                    moods: Mapping[int, int], grades: Mapping[int, str], buddies_now: Mapping[int, int],
                    today: date) -> list[BuddyCandidate]:
    """Same team, active, three months in, not their mentor, not already supporting two, mood not low and
    grade not 待改进; best first: good mood, better grade, fewer buddies now, then longer tenure."""
    found = []
    for a in agents:
        if (a.id is None or a.id == new_hire.id or a.id in mentor_ids or a.status is not Status.ACTIVE
                or a.team != new_hire.team or add_months(a.hire_date, MIN_MONTHS) > today
                or buddies_now.get(a.id, 0) >= MAX_BUDDIES):
            continue
        mood, grade = moods.get(a.id), grades.get(a.id)
        if (mood is not None and mood < GOOD_MOOD - 1) or (grade is not None and grade not in GRADE_RANK):
            continue
        found.append(BuddyCandidate(a, mood, grade, buddies_now.get(a.id, 0)))
    return sorted(found, key=lambda c: (-(c.mood or 0), GRADE_RANK.get(c.grade or "", 1.5), c.buddies_now,
                                        c.agent.hire_date))


def check_pair(agent: AgentData, buddy: AgentData, start: date, mentor_ids: set[int], has_buddy: bool,
               buddies_now: int, today: date) -> list[FieldError]:
    errors = []
    if agent.id == buddy.id:
        errors.append(FieldError("buddy_id", "buddy_self"))
    if buddy.id in mentor_ids:
        errors.append(FieldError("buddy_id", "buddy_is_mentor"))
    if buddy.status is not Status.ACTIVE or agent.status is not Status.ACTIVE:
        errors.append(FieldError("buddy_id", "buddy_not_active"))
    if has_buddy:
        errors.append(FieldError("agent_id", "buddy_already"))
    if buddies_now >= MAX_BUDDIES:
        errors.append(FieldError("buddy_id", "buddy_full"))
    if start > today:
        errors.append(FieldError("start_date", "care_day_in_future", start.isoformat()))
    return errors


# --- use cases ---------------------------------------------------------------------------------
def _mentor_ids(uow: UnitOfWork, agent_id: int) -> set[int]:
    return {p.mentor_id for p in uow.mentoring.pairings_of_agent(agent_id)
            if p.apprentice_id == agent_id and p.end_date is None}


def _latest_grades(uow: UnitOfWork) -> dict[int, str]:
    months = uow.performance.kpi_months()
    if not months:
        return {}
    return {s.agent_id: s.grade.value for s in uow.performance.scores_for_month(max(months))}


def buddy_suggestions(uow: UnitOfWork, agent_id: int, today: date) -> list[BuddyCandidate]:
    with uow:
        new_hire = uow.agents.get(agent_id)
        if new_hire is None:
            raise NotFound(agent_id)
        moods = {a: m[-1] for a, m in uow.wellbeing.recent_moods(today, 1).items() if m}
        return suggest_buddies(new_hire, uow.agents.list_all(Status.ACTIVE), _mentor_ids(uow, agent_id), moods,
                               _latest_grades(uow), uow.wellbeing.active_buddy_counts(), today)


def start_buddy(uow: UnitOfWork, agent_id: int, buddy_id: int, start: date, note: str, today: date) -> int:
    with uow:
        agent, buddy = uow.agents.get(agent_id), uow.agents.get(buddy_id)
        if agent is None or buddy is None:
            raise NotFound(buddy_id if agent else agent_id)
        errors = check_pair(agent, buddy, start, _mentor_ids(uow, agent_id),
                            uow.wellbeing.active_buddy_of(agent_id) is not None,
                            uow.wellbeing.active_buddy_counts().get(buddy_id, 0), today)
        if len(note) > NOTE_CHARS:
            errors.append(FieldError("note", "too_long"))
        if errors:
            raise ValidationFailed(errors)
        pair_id = uow.wellbeing.add_buddy_pair(BuddyPair(0, agent_id, buddy_id, start, None, note.strip()))
        uow.commit()
    return pair_id


def end_buddy(uow: UnitOfWork, pair_id: int, end: date) -> None:
    with uow:
        uow.wellbeing.end_buddy_pair(pair_id, end)
        uow.commit()


def add_buddy_check_in(uow: UnitOfWork, check_in: BuddyCheckIn, today: date) -> int:
    errors = []
    if check_in.day > today:
        errors.append(FieldError("day", "care_day_in_future", check_in.day.isoformat()))
    if not 1 <= check_in.went_well <= 5:
        errors.append(FieldError("went_well", "buddy_rating_range", str(check_in.went_well)))
    if len(check_in.note) > NOTE_CHARS:
        errors.append(FieldError("note", "too_long"))
    if errors:
        raise ValidationFailed(errors)
    with uow:
        check_in_id = uow.wellbeing.add_buddy_check_in(check_in)
        uow.commit()
    return check_in_id


@dataclass(frozen=True, slots=True)
class BuddyView:
    """For the agent page: whom this agent leans on, and whom they support."""

    pair: BuddyPair | None
    buddy_name: str
    check_ins: int
    supporting: tuple[str, ...]


def buddy_view(uow: UnitOfWork, agent_id: int) -> BuddyView:
    with uow:
        pair = uow.wellbeing.active_buddy_of(agent_id)
        names = {a.id: a.name for a in uow.agents.list_all()}
        check_ins = len(uow.wellbeing.buddy_check_ins(pair.id)) if pair else 0
        supporting = tuple(names.get(p.agent_id, "") for p in uow.wellbeing.buddy_pairs_of(agent_id)
                           if p.active and p.buddy_id == agent_id)
    return BuddyView(pair, names.get(pair.buddy_id, "") if pair else "", check_ins, supporting)
