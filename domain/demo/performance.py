"""Demo KPIs: every active month of every agent (up to ten years), plausible by role. New hires ramp up
over their first months; about two in three leavers slide in the three months before they go.
Fast enough for 5,000 agents × 120 months: one pass of cheap draws, Core bulk inserts, SQL-free scoring."""

from __future__ import annotations

import math
import random
from dataclasses import replace
from datetime import date

from domain.performance.model import (
    AppealStatus,
    Direction,
    FloorRule,
    Grade,
    KpiRecord,
    Metric,
    MetricRule,
    Scheme,
    ScoreResult,
    StarHow,
    Trigger,
)
from domain.performance.months import last_day, month_of, shift
from domain.performance.scoring import score_month
from domain.performance.services import all_schemes, current_schemes
from domain.ports import UnitOfWork
from domain.roster.model import AgentData, Role, TenureStage
from domain.roster.rules import tenure_stage

SEED_OFFSET = 700
MAX_MONTHS = 120

# Typical month by role: handled, handle time (s), first response (s), CSAT, FCR, complaint rate, QA, adherence.
BASE = {
    Role.HOTLINE: (1000, 320, 17.0, 0.912, 0.80, 0.0024, 87.0, 0.95),
    Role.ONLINE: (1480, 540, 36.0, 0.893, 0.78, 0.0022, 86.5, 0.96),
    Role.AFTER_SALES: (395, 780, 45.0, 0.893, 0.77, 0.0034, 86.5, 0.95),
}


def _months_of(agent: AgentData, first_allowed: str, last: str) -> list[str]:
    first = max(month_of(agent.hire_date), first_allowed)
    end = min(last, month_of(agent.leave_date)) if agent.leave_date else last
    months, month = [], first
    while month <= end:
        months.append(month)
        month = shift(month, 1)
    return months


def _records(agent: AgentData, months: list[str], rng: random.Random) -> list[KpiRecord]:
    handled0, aht0, response0, csat0, fcr0, rate0, qa0, adherence0 = BASE[agent.role]
    skill = rng.gauss(0, 1)
    slides = agent.leave_date is not None and rng.random() < 0.65
    hired = agent.hire_date.year * 12 + agent.hire_date.month
    leaves = agent.leave_date.year * 12 + agent.leave_date.month if agent.leave_date else None
    gauss, rand = rng.gauss, rng.random
    # 接通率 draws come from their own stream, so the figures demo data had before stay as they were.
    calls = random.Random(agent.id or 0) if agent.role is Role.HOTLINE else None
    rush = calls.gauss(0, 1) if calls else 0.0
    out = []
    for month in months:
        index = int(month[:4]) * 12 + int(month[5:7])
        ramp = min(1.0, 0.62 + 0.13 * (index - hired))  # about 62 % of a full month in the first, full by the 4th
        slide = 0.0
        if slides and leaves is not None:
            slide = max(0.0, (3 - (leaves - index)) / 3)  # 0 three months out, 1 in the month they leave
        form = skill * 0.8 + gauss(0, 0.5) - 1.6 * slide - (1 - ramp) * 3.0 - 0.25
        handled = max(20.0, round(handled0 * ramp * (1 + 0.1 * form + gauss(0, 0.05)) * (1 - 0.25 * slide)))
        rate = max(0.0, rate0 * (1 - 0.25 * form + gauss(0, 0.2)))
        expected = rate * handled
        complaints = float(max(0, int(expected + gauss(0, 1) * math.sqrt(expected) + 0.5)))
        csat = min(0.995, csat0 + 0.018 * form + gauss(0, 0.01))
        answer = inbound = None
        if calls is not None:
            # The hotline's tension: who answers more has less time per caller, and CSAT pays for it.
            answer = round(min(0.995, max(0.7, 0.925 + 0.02 * rush - 0.4 * (csat - csat0) + calls.gauss(0, 0.01))), 4)
            inbound = float(round(handled / answer))
        out.append(KpiRecord(
            agent.id or 0, month,
            handled=handled,
            aht_seconds=round(aht0 * (1 - 0.05 * form + gauss(0, 0.04)) / max(ramp, 0.7)),
            response_seconds=round(max(3.0, response0 * (1 - 0.12 * form + gauss(0, 0.08))), 1),
            csat=round(csat, 4),
            fcr=round(min(0.99, fcr0 + 0.03 * form + gauss(0, 0.015)), 4),
            complaints=complaints,
            complaint_rate=round(complaints / handled, 5),
            qa_score=round(min(100.0, qa0 + 3.5 * form + gauss(0, 1.5)), 1),
            adherence=round(min(1.0, adherence0 + 0.01 * form + gauss(0, 0.01)), 4) if rand() < 0.97 else None,
            inbound=inbound, answer_rate=answer,
        ))
    return out


H, L = Direction.HIGHER, Direction.LOWER
FLOORS = (FloorRule(Metric.COMPLAINT_RATE, 0.005, Trigger.ABOVE, Grade.PASS),)
# The seeds: "新人关注基础能力成长，资深人员强化…". A hotline newcomer is judged mostly on the basics (quality,
# CSAT, answering the phone), volume weighing less; an expert carries the answer rate and complaints.
STAGE_SCHEMES = (
    Scheme(Role.HOTLINE, (MetricRule(Metric.QA, 30, 92, H), MetricRule(Metric.CSAT, 30, 0.95, H),
                          MetricRule(Metric.ANSWER_RATE, 20, 0.95, H), MetricRule(Metric.HANDLED, 20, 1200, H)),
           floors=FLOORS, stage=TenureStage.NEW, note="新人方案：基础能力"),
    Scheme(Role.HOTLINE, (MetricRule(Metric.HANDLED, 25, 1200, H), MetricRule(Metric.ANSWER_RATE, 20, 0.95, H),
                          MetricRule(Metric.CSAT, 30, 0.95, H), MetricRule(Metric.COMPLAINT_RATE, 25, 0.002, L)),
           floors=FLOORS, stage=TenureStage.EXPERT, note="专家方案：接通率与投诉"),
)


def _stage_schemes(uow: UnitOfWork, today: date) -> None:
    for scheme in STAGE_SCHEMES:
        version = uow.performance.latest_version(scheme.role) + 1
        uow.performance.add_scheme(replace(scheme, version=version, created_on=today))


def shift_date(month: str, months: int, day: int) -> date:
    later = shift(month, months)
    return date(int(later[:4]), int(later[5:7]), day)


def build(uow: UnitOfWork, agents: list[AgentData], seed: int, today: date) -> None:
    rng = random.Random(seed + SEED_OFFSET)
    last = shift(month_of(today), -1)  # the platform exports a month once it is over
    first_allowed = shift(last, -(MAX_MONTHS - 1))
    by_month: dict[str, list[KpiRecord]] = {}
    for agent in agents:
        for record in _records(agent, _months_of(agent, first_allowed, last), rng):
            by_month.setdefault(record.month, []).append(record)
    uow.performance.add_kpis(r for month in sorted(by_month) for r in by_month[month])
    current_schemes(uow, today)
    _stage_schemes(uow, today)
    schemes = all_schemes(uow, today)
    who = {a.id: (a.role, a.team) for a in agents if a.id is not None}
    names = {a.saved_id: a for a in agents}
    recent = sorted(by_month)[-3:]
    _demo_appeals(uow, rng, recent, by_month, today)
    for month in sorted(by_month):
        records = by_month[month]
        # A month is scored a few days after it ends; accepted appeals rescore it later, adding a version.
        scored_on = min(today, shift_date(month, 1, 4))
        end = last_day(month)
        stages = {a.id: tenure_stage(a.hire_date, end) for a in agents if a.id is not None}
        results = score_month(records, schemes, who, lines=False, stages=stages)
        uow.performance.add_scores(results, scored_on)
        if month in recent:
            results = score_month(_with_accepted_appeals(uow, month, records), schemes, who, lines=False,
                                  stages=stages)
            uow.performance.replace_scores(month, results, today)
        if month >= shift(last, -11):
            _demo_star(uow, rng, month, results, names, today)


def _demo_appeals(uow: UnitOfWork, rng: random.Random, months: list[str],
                  by_month: dict[str, list[KpiRecord]], today: date) -> None:
    """A few appeals a month, as a real team files them: mostly about complaints and CSAT samples."""
    from domain.performance.model import Appeal

    reasons = {
        Metric.COMPLAINT_RATE: ("客户投诉的是物流延误，不是服务问题", "重复投诉同一工单，被计了两次"),
        Metric.CSAT: ("差评客户当天情绪激动，录音显示处理规范", "系统故障期间的评价不应计入"),
        Metric.HANDLED: ("有三天被抽调做培训，接通量应按排班折算",),
    }
    for n, month in enumerate(months):
        records = by_month.get(month, [])
        for record in rng.sample(records, min(len(records), 2 + n % 2)):
            metric = rng.choice(list(reasons))
            value = record.value(metric)
            if value is None:
                continue
            better = value * (0.5 if metric is Metric.COMPLAINT_RATE else 1.02 if metric is Metric.CSAT else 1.08)
            filed = min(today, date(int(month[:4]), int(month[5:7]), 1).replace(day=28))
            status = (AppealStatus.PENDING if month == months[-1] else
                      rng.choice([AppealStatus.ACCEPTED, AppealStatus.REJECTED]))
            decided = status is not AppealStatus.PENDING
            uow.performance.add_appeal(Appeal(
                record.agent_id, month, metric, value, round(better, 5), rng.choice(reasons[metric]), filed,
                status, round(better, 5) if status is AppealStatus.ACCEPTED else None,
                today if decided else None, "林主管" if decided else "",
                ("核实录音后同意调整" if status is AppealStatus.ACCEPTED else "经核实数据无误，维持原结果")
                if decided else ""))


def _with_accepted_appeals(uow: UnitOfWork, month: str, records: list[KpiRecord]) -> list[KpiRecord]:
    adjusted = {a.agent_id: a for a in uow.performance.appeals(month=month) if a.status is AppealStatus.ACCEPTED}
    return [r.with_value(adjusted[r.agent_id].metric, adjusted[r.agent_id].adjusted_value)
            if r.agent_id in adjusted else r for r in records]


def _demo_star(uow: UnitOfWork, rng: random.Random, month: str, results: list[ScoreResult], names: dict[int, AgentData],
               today: date) -> None:
    eligible = [r for r in results if r.grade is Grade.EXCELLENT and not r.floors]
    if not eligible:
        return
    best = max(eligible, key=lambda r: (r.score, -r.agent_id))
    from domain.performance.model import ServiceStar

    uow.performance.add_star(ServiceStar(month, best.agent_id, StarHow.TOP_SCORE, "月度综合得分第一", today))
    if rng.random() < 0.4 and len(eligible) > 1:
        other = rng.choice([r for r in eligible if r.agent_id != best.agent_id])
        uow.performance.add_star(ServiceStar(month, other.agent_id, StarHow.NOMINATED,
                                             "客户来电表扬，耐心处理疑难工单", today))
