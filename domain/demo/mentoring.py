"""Demo mentoring and certification: every agent's exam history consistent with the roster's level,
and a mentor for most hires of the last year — completed, ended early when someone left, or in progress
with some check-ins falling behind, so the allowance statement, outcomes and 本周待办 all have content."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from domain.mentoring.model import EXAM_LEVELS, CertAttempt, CheckIn, NewPairing, PairingStatus
from domain.ports import UnitOfWork
from domain.roster.model import AgentData, CertLevel, HistoryEntry, TenureStage
from domain.roster.rules import add_months, tenure_stage

SEED_OFFSET = 400
MAX_APPRENTICES = 2
DESIGNATED_MENTORS = 7
ALLOWANCE = Decimal("300.00")
# Days from hire to passing each level: (earliest, latest).
PASS_WINDOWS = {CertLevel.JUNIOR: (55, 150), CertLevel.INTERMEDIATE: (240, 420), CertLevel.SENIOR: (520, 900)}
GOALS = [
    "三个月内独立处理退款、换货类来电；通过初级认证",
    "熟悉工单系统和知识库，平均处理时长降到6分钟以内",
    "掌握投诉安抚话术，满意度稳定在90%以上",
    "独立完成在线会话高峰期接待，响应时长达标",
]
CHECK_IN_NOTES = [
    ("旁听师傅接线，记下常见问题的处理步骤", 1), ("能独立处理查询类来电，退款流程还要看知识库", 2),
    ("第一次独立处理投诉，师傅在旁边补充了两句", 2), ("工单记录规范了很多，处理时长还偏长", 3),
    ("高峰期能跟上节奏，遇到情绪激动的客户还有点慌", 3), ("本周满意度 92%，可以独立处理大部分来电", 4),
    ("复盘了两通低分录音，自己找到了问题", 4), ("基本能独立上岗，准备报名初级认证", 5),
]
SECOND_ROUND_GOAL = "备考中级认证：疑难工单处理和投诉升级流程，每周复盘一通录音"
EARLY_REASONS = ["徒弟离职", "师傅离职，未能继续带教", "徒弟调整到集中培训班", "徒弟转岗，改为在线组带教"]


def _first_passes(agent: AgentData, end: date, rng: random.Random) -> dict[CertLevel, date]:
    """Pass dates for every exam level up to the agent's roster level, increasing and before `end`."""
    target = CertLevel.SENIOR if agent.cert_level is CertLevel.EXPERT else agent.cert_level
    if target not in EXAM_LEVELS:
        return {}
    levels = EXAM_LEVELS[: EXAM_LEVELS.index(target) + 1]
    passes, previous = {}, agent.hire_date + timedelta(days=30)
    for i, level in enumerate(levels):
        low, high = PASS_WINDOWS[level]
        day = agent.hire_date + timedelta(days=rng.randint(low, high))
        room = max(1, (end - previous).days - (len(levels) - i))  # keep room for the levels still to come
        if not previous < day <= previous + timedelta(days=room):
            day = previous + timedelta(days=rng.randint(1, room))
        passes[level], previous = day, day
    return passes


def _certifications(uow: UnitOfWork, agents: list[AgentData], today: date,
                    rng: random.Random) -> dict[int, dict[CertLevel, date]]:
    passes_by_agent = {}
    for agent in agents:
        assert agent.id is not None
        end = min(agent.leave_date or today, today)
        passes = _first_passes(agent, end, rng)
        passes_by_agent[agent.id] = passes
        level_before = CertLevel.NONE
        for level, day in passes.items():
            if rng.random() < 0.2 and (day - agent.hire_date).days > 60:
                uow.certifications.add(CertAttempt(agent.id, level, day - timedelta(days=rng.randint(28, 45)),
                                                   Decimal(rng.randint(45, 59)), False, "差几分，下次再考"))
            uow.certifications.add(CertAttempt(agent.id, level, day, Decimal(rng.randint(62, 97)), True))
            new = agent.cert_level if level is EXAM_LEVELS[-1] and agent.cert_level is CertLevel.EXPERT else level
            uow.agents.add_history(HistoryEntry(agent.id, "cert_level", str(level_before), str(new), day))
            level_before = new
        tenure = (end - agent.hire_date).days
        if not passes and tenure > 100 and rng.random() < 0.35:
            day = agent.hire_date + timedelta(days=rng.randint(70, min(tenure, 160)))
            uow.certifications.add(CertAttempt(agent.id, CertLevel.JUNIOR, day, Decimal(rng.randint(40, 59)), False))
    return passes_by_agent


def _qualified(agent: AgentData, day: date, passes: dict[CertLevel, date]) -> bool:
    here = agent.hire_date <= day and (agent.leave_date is None or agent.leave_date > day + timedelta(days=30))
    senior = CertLevel.SENIOR in passes and passes[CertLevel.SENIOR] <= day
    return here and (tenure_stage(agent.hire_date, day) is TenureStage.EXPERT or senior)


def _leaves_early(agent: AgentData) -> bool:
    return agent.leave_date is not None and (agent.leave_date - agent.hire_date).days <= 120


def build(uow: UnitOfWork, agents: list[AgentData], seed: int, today: date) -> None:
    rng = random.Random(seed + SEED_OFFSET)
    passes = _certifications(uow, agents, today, rng)
    # Newcomers left without a mentor leave more often: of those who go within their first four months
    # only about half had been paired, of those who stay nearly all.
    newcomers = [(a, a.hire_date + timedelta(days=rng.randint(2, 10))) for a in agents
                 if (today - a.hire_date).days <= 540 and rng.random() < (0.5 if _leaves_early(a) else 0.92)]
    # A second round for a few growing-stage agents: a mentor to prepare the intermediate exam.
    growing = [a for a in agents if a.leave_date is None and 150 <= (today - a.hire_date).days <= 360]
    second = [(a, today - timedelta(days=rng.randint(3, 75))) for a in rng.sample(growing, min(5, len(growing)))]
    # A supervisor leans on a handful of steady veterans as mentors, so each has a track record.
    veterans = [a for a in agents if (today - a.hire_date).days > 900 and (a.leave_date is None or rng.random() < 0.2)]
    designated = {a.id for a in rng.sample(veterans, min(DESIGNATED_MENTORS, len(veterans)))}
    busy: dict[int, list[tuple[date, date]]] = {}  # mentor id -> (start, last day) of their pairings
    paired_until: dict[int, date] = {}  # apprentice id -> last day of their latest pairing
    for apprentice, start in sorted(newcomers + second, key=lambda pair: pair[1]):
        if start > today or (apprentice.leave_date is not None and apprentice.leave_date <= start):
            continue
        if paired_until.get(apprentice.saved_id, date.min) >= start:
            continue
        planned = add_months(start, 3)
        mentors = [m for m in agents if m.saved_id != apprentice.saved_id and _qualified(m, start, passes[m.saved_id])
                   and sum(s <= start <= e for s, e in busy.get(m.saved_id, [])) < MAX_APPRENTICES]
        mentors = [m for m in mentors if m.saved_id in designated] or mentors
        if not mentors:
            continue
        same_team = [m for m in mentors if m.team == apprentice.team]
        mentor = rng.choice(same_team or mentors)
        status, end, reason = _ending(apprentice, mentor, planned, today, rng)
        busy.setdefault(mentor.saved_id, []).append((start, end or date.max))
        paired_until[apprentice.saved_id] = end or date.max
        goals = rng.choice(GOALS) if start - apprentice.hire_date < timedelta(days=30) else SECOND_ROUND_GOAL
        # entered the day it starts or a day or two later — never after the apprentice's outcome is known
        entered = datetime.combine(min(today, start + timedelta(days=rng.choice((0, 0, 0, 1, 2)))), time(9, 30))
        new = NewPairing(mentor.saved_id, apprentice.saved_id, start, planned, ALLOWANCE, goals)
        pairing_id = uow.mentoring.add_pairing(new, recorded_at=entered)
        if status is not PairingStatus.ACTIVE:
            pairing = uow.mentoring.get_pairing(pairing_id)
            assert pairing is not None  # added just above
            uow.mentoring.update_pairing(replace(pairing, status=status, end_date=end, end_reason=reason))
        _check_ins(uow, pairing_id, start, end, status, today, rng)


def _ending(apprentice: AgentData, mentor: AgentData, planned: date, today: date,
            rng: random.Random) -> tuple[PairingStatus, date | None, str]:
    departures = [(d, r) for d, r in ((apprentice.leave_date, EARLY_REASONS[0]), (mentor.leave_date, EARLY_REASONS[1]))
                  if d is not None and d < planned]
    if departures:
        day, reason = min(departures)
        return PairingStatus.ENDED_EARLY, day, reason
    if planned <= today:
        if rng.random() < 0.08:
            return PairingStatus.ENDED_EARLY, planned - timedelta(days=rng.randint(10, 40)), rng.choice(
                EARLY_REASONS[2:])
        return PairingStatus.COMPLETED, planned, "按计划完成，可独立上岗"
    return PairingStatus.ACTIVE, None, ""


def _check_ins(uow: UnitOfWork, pairing_id: int, start: date, end: date | None, status: PairingStatus, today: date,
               rng: random.Random) -> None:
    last = end or today
    if status is PairingStatus.ACTIVE and rng.random() < 0.35:
        last = today - timedelta(days=rng.randint(15, 25))  # fell behind: shows as overdue this week
    day, step = start + timedelta(days=rng.randint(6, 12)), 0
    while day <= last:
        note, progress = CHECK_IN_NOTES[min(step * 2 + rng.randint(0, 1), len(CHECK_IN_NOTES) - 1)]
        uow.mentoring.add_check_in(CheckIn(pairing_id, day, max(1, min(5, progress + rng.choice((-1, 0, 0, 1)))),
                                           note))
        day += timedelta(days=rng.randint(10, 17))
        step += 1
