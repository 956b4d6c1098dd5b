"""Demo buddies (and, as they land, recognition and exit interviews): built after coaching and mentoring,
so a suggestion sees the demo's moods, grades and mentors exactly as the window will."""

from __future__ import annotations

import random
from datetime import date, timedelta

from domain.care.buddy import BuddyCheckIn, BuddyPair, suggest_buddies
from domain.ports import UnitOfWork
from domain.roster.model import AgentData, Status

SEED_OFFSET = 2211
CHECK_IN_NOTES = ("一起吃午饭，聊了夜班的安排", "帮她熟悉了工单系统的快捷键", "被客户骂后聊了聊，情绪好多了", "")


def build(uow: UnitOfWork, agents: list[AgentData], seed: int, today: date) -> None:
    rng = random.Random(seed + SEED_OFFSET)
    active = [a for a in agents if a.status is Status.ACTIVE and a.id is not None]
    newcomers = sorted((a for a in active if (today - a.hire_date).days < 120), key=lambda a: a.hire_date)
    moods = {a: m[-1] for a, m in uow.wellbeing.recent_moods(today, 1).items() if m}
    months = uow.performance.kpi_months()
    grades = {s.agent_id: s.grade.value for s in uow.performance.scores_for_month(max(months))} if months else {}
    for new in newcomers[:5]:
        mentors = {p.mentor_id for p in uow.mentoring.pairings_of_agent(new.id or 0) if p.end_date is None}
        found = suggest_buddies(new, active, mentors, moods, grades, uow.wellbeing.active_buddy_counts(), today)
        if not found:
            continue
        start = min(new.hire_date + timedelta(days=2), today)
        pair_id = uow.wellbeing.add_buddy_pair(BuddyPair(0, new.id or 0, found[0].agent.id or 0, start, None,
                                                         "新人前两个月的伙伴"))
        day = start + timedelta(days=7)
        while day <= today:
            uow.wellbeing.add_buddy_check_in(BuddyCheckIn(pair_id, day, rng.choice((3, 4, 4, 5)),
                                                          rng.choice(CHECK_IN_NOTES)))
            day += timedelta(days=rng.choice((7, 14)))
