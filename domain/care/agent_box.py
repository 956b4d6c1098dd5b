"""What the agent page's 关怀 box shows, read in one call on the background runner (issue 17: the window asks
once through the door instead of opening six units of work on the UI thread). Numbers, names and — only while
care is unlocked — the life-stage flags; never the encrypted care details."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from domain.care.buddy import BuddyCandidate, BuddyView, buddy_suggestions, buddy_view
from domain.care.crypto import CareKey
from domain.care.life_stage import LifeStageFlags, flags_of
from domain.care.recognition import Award, Praise, recognition_of
from domain.care.rehire import RehireView, earlier_candidates, rehire_view
from domain.care.wellbeing import AgentMood, agent_mood
from domain.errors import DomainError
from domain.ports import UnitOfWork
from domain.roster.model import AgentData, Status


@dataclass(frozen=True)
class AgentCareBox:
    mood: AgentMood
    buddy: BuddyView
    awards: list[Award]
    praises: list[Praise]
    flags: LifeStageFlags | None
    review: date | None
    flags_unreadable: bool  # sealed with a key that no longer opens them (or damaged)
    periods: RehireView
    can_link_earlier: bool


def agent_care_box(uow: UnitOfWork, agent_id: int, key: CareKey | None, today: date) -> AgentCareBox:
    try:
        flags, review = flags_of(uow, key, agent_id)
        unreadable = False
    except DomainError:
        flags, review, unreadable = None, None, True
    return AgentCareBox(agent_mood(uow, agent_id), buddy_view(uow, agent_id), *recognition_of(uow, agent_id),
                        flags, review, unreadable, rehire_view(uow, agent_id, today),
                        bool(earlier_candidates(uow, agent_id)))


@dataclass(frozen=True)
class BuddyChoices:
    suggested: list[BuddyCandidate]
    others: list[AgentData]  # every other active agent, by team and number


def buddy_choices(uow: UnitOfWork, agent_id: int, today: date) -> BuddyChoices:
    suggested = buddy_suggestions(uow, agent_id, today)
    shown = {c.agent.id for c in suggested}
    with uow:
        others = [a for a in uow.agents.list_all(Status.ACTIVE) if a.id not in shown and a.id != agent_id]
    return BuddyChoices(suggested, sorted(others, key=lambda a: (a.team, a.employee_no)))
