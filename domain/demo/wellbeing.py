"""Demo buddies (and, as they land, recognition and exit interviews): built after coaching and mentoring,
so a suggestion sees the demo's moods, grades and mentors exactly as the window will."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from domain.care.buddy import BuddyCheckIn, BuddyPair, suggest_buddies
from domain.care.exit_interview import Answer, Destination, ExitInterview
from domain.care.recognition import Award, AwardKind, Praise, PraiseChannel
from domain.ports import UnitOfWork
from domain.roster.model import AgentData, Status
from domain.roster.rules import add_months

SEED_OFFSET = 2211
PRAISE_WORDS = ("小姑娘特别有耐心，帮我一步步把挂失办完了", "解释得很清楚，没有推诿，谢谢你",
                "老人家听不清，她一遍遍重复，太暖心了", "问题当天就解决了，服务态度一流", "")
AWARD_NOTES = {AwardKind.SERVICE_STAR: "本月满意度第一",
               AwardKind.IMPROVEMENT_STAR: "一次解决率提升 8 个百分点",
               AwardKind.BEST_CASE: "安抚情绪激动客户的录音，组内分享",
               AwardKind.BEST_MENTOR: "带出的新人全部通过初级认证",
               AwardKind.CUSTOM: "主动关心独居老人来电"}
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

    _recognition(uow, rng, active, today)
    _exit_interviews(uow, rng, agents, today)
    _rehire(uow, agents, today)


def _rehire(uow: UnitOfWork, agents: list[AgentData], today: date) -> None:
    """One leaver who went to study comes back (the seeds' "boomerang"): a new record, linked to the old."""
    leaver = next((a for a in sorted(agents, key=lambda a: a.leave_date or today, reverse=True)
                   if a.status is Status.LEFT and a.leave_date and (today - a.leave_date).days > 120), None)
    if leaver is None:
        return
    back = replace(leaver, employee_no=f"{leaver.employee_no}R"[:20], hire_date=today - timedelta(days=40),
                   status=Status.ACTIVE, leave_date=None, leave_reason=None, leave_voluntary=None, id=None,
                   notes="再次入职")
    uow.wellbeing.link_rehire(uow.agents.add(back), leaver.id or 0)


# Where people in the seeds went, by the leave reason recorded: (destination, their words).
EXITS = {
    "pay": (Destination.SAME_INDUSTRY, "隔壁电商客服底薪高五百，房租压力太大"),
    "career": (Destination.OTHER_INDUSTRY, "三年了还是一线，想去做运营试试"),
    "pressure": (Destination.NOT_YET, "每天被骂，晚上睡不着，先休息一段时间"),
    "family": (Destination.FAMILY, "孩子上小学了，没人接送"),
    "relocation": (Destination.HOMETOWN, "父母年纪大了，回老家发展"),
    "study": (Destination.STUDY, "准备考研，全职复习"),
}


def _exit_interviews(uow: UnitOfWork, rng: random.Random, agents: list[AgentData], today: date) -> None:
    """The last year's voluntary leavers: most had an exit interview, and a few would be welcome back."""
    for a in agents:
        if (a.status is not Status.LEFT or a.leave_date is None or a.leave_reason is None
                or (today - a.leave_date).days > 365 or rng.random() < 0.2):
            continue
        destination, words = EXITS.get(a.leave_reason.value, (Destination.OTHER, ""))
        uow.wellbeing.save_exit_interview(ExitInterview(
            a.id or 0, a.leave_date, a.leave_reason, words, destination, "",
            rng.choice((Answer.YES, Answer.YES, Answer.MAYBE, Answer.NO)),
            rng.choice((Answer.YES, Answer.MAYBE, Answer.MAYBE, Answer.NO))))


def _recognition(uow: UnitOfWork, rng: random.Random, active: list[AgentData], today: date) -> None:
    """Six months of awards (a 服务之星 and an 改进之星 each month, now and then the others) and praise."""
    settled = [a for a in active if (today - a.hire_date).days > 60] or active
    if not settled:
        return
    for back in range(6, -1, -1):
        month_start = add_months(today.replace(day=1), -back)
        last_day = min(today, add_months(month_start, 1) - timedelta(days=1))
        kinds = [AwardKind.SERVICE_STAR, AwardKind.IMPROVEMENT_STAR] if back else []  # this month: not yet
        if back % 3 == 1:
            kinds += [AwardKind.BEST_CASE, AwardKind.CUSTOM]
        if back == 2:
            kinds.append(AwardKind.BEST_MENTOR)
        for kind in kinds:
            agent = rng.choice(settled)
            uow.wellbeing.add_award(Award(agent.id or 0, last_day, kind,
                                          "暖心之星" if kind is AwardKind.CUSTOM else "", AWARD_NOTES[kind]))
        for _ in range(rng.randint(2, 5)):
            agent = rng.choice(active)
            day = month_start + timedelta(days=rng.randint(0, max(0, (last_day - month_start).days)))
            if day >= agent.hire_date:
                uow.wellbeing.add_praise(Praise(agent.id or 0, day, rng.choice(list(PraiseChannel)),
                                                rng.choice(PRAISE_WORDS)))
