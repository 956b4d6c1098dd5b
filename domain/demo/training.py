"""Demo training and careers: everyone's plan mostly done on time (a few retakes, a few items left overdue for
this week's list), monthly knowledge tests and weekly case reviews held as sessions taught by senior agents,
team leads, a QA and a trainer in dated positions, and promotions whose snapshots show the criteria as they
stood — so the readiness list has people ready now and one criterion away."""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from decimal import Decimal

from domain.ports import UnitOfWork
from domain.roster.model import AgentData, CareerTrack, CertLevel, Status, TenureStage
from domain.roster.rules import tenure_stage
from domain.training.careers import _evidence
from domain.training.ladder import check_level
from domain.training.model import (
    CheckMethod,
    LadderLevel,
    ManualTick,
    PlanItem,
    Position,
    Promotion,
    ResultStatus,
    TrainingResult,
    TrainingSession,
)
from domain.training.progress import STAGE_ORDER, item_window, status_for_score
from domain.training.services import ensure_defaults

SEED_OFFSET = 700
SKIP_RATE = 0.06  # items nobody got round to: they show as overdue
SIGNERS = ["师傅", "林主管"]


def _score(rng: random.Random) -> Decimal:
    return Decimal(str(round(min(100.0, rng.gauss(86, 7)), 1)))


def _plan_results(uow: UnitOfWork, agents: list[AgentData], items: list[PlanItem], today: date,
                  rng: random.Random) -> None:
    for agent in agents:
        end = min(agent.leave_date or today, today)
        reached = STAGE_ORDER[: STAGE_ORDER.index(tenure_stage(agent.hire_date, end)) + 1]
        for item in items:
            if item.stage not in reached:
                continue
            starts, due = item_window(agent.hire_date, item)
            if starts > end or rng.random() < SKIP_RATE or (due >= end and rng.random() < 0.6):
                continue
            day = min(end, starts + timedelta(days=rng.randint(0, max(0, (due - starts).days))))
            signer = rng.choice(SIGNERS)
            if item.check is CheckMethod.TEST:
                score = _score(rng)
                status = status_for_score(score, item.pass_mark)
                uow.training.add_result(TrainingResult(agent.id or 0, day, status, item.id, None, score, signer))
                retake = day + timedelta(days=7)
                if status is ResultStatus.FAILED and retake <= end:
                    score = max(score + Decimal(rng.randint(4, 14)), item.pass_mark or Decimal(0))
                    uow.training.add_result(TrainingResult(agent.id or 0, retake, ResultStatus.PASSED, item.id,
                                                           None, min(score, Decimal(100)), signer))
            else:
                uow.training.add_result(TrainingResult(agent.id or 0, day, ResultStatus.DONE, item.id, None, None,
                                                       signer))


def _sessions(uow: UnitOfWork, agents: list[AgentData], items: list[PlanItem], today: date, rng: random.Random,
              trainers: list[AgentData]) -> None:
    """Case reviews for the growing stage, one per fortnight over the last three months, taught in turn."""
    review = next((i for i in items if i.stage is TenureStage.GROWING and i.check is CheckMethod.ATTENDANCE), None)
    if review is None or not trainers:
        return
    day = today - timedelta(days=84)
    n = 0
    while day <= today - timedelta(days=2):
        present = [a for a in agents if a.status is Status.ACTIVE and a.hire_date <= day
                   and tenure_stage(a.hire_date, day) is TenureStage.GROWING]
        if present:
            trainer = trainers[n % len(trainers)]
            topic = ["退款纠纷升级复盘", "物流延误安抚话术", "会员权益误解", "重复来电根因分析", "高频咨询知识库更新",
                     "情绪激动客户的前三分钟"][n % 6]
            sid = uow.training.add_session(TrainingSession(f"案例解剖会：{topic}", day, trainer.name, trainer.id,
                                                           review.id))
            for a in present:
                status = ResultStatus.ABSENT if rng.random() < 0.1 else ResultStatus.DONE
                uow.training.add_result(TrainingResult(a.id or 0, day, status, review.id, sid, None, trainer.name))
        day += timedelta(days=14)
        n += 1


def _snapshot(uow: UnitOfWork, agent: AgentData, level: LadderLevel, previous: str, day: date) -> str:
    checks = check_level(level, _evidence(uow, agent), day)
    return json.dumps({"track": str(level.track), "level": level.name, "rank": level.rank, "from": previous,
                       "criteria": [{"criterion": str(c.criterion), "required": c.required, "met": c.met,
                                     "evidence": c.evidence} for c in checks]}, ensure_ascii=False)


def _careers(uow: UnitOfWork, agents: list[AgentData], today: date, rng: random.Random) -> list[AgentData]:
    """Positions and promotions; returns the trainers (for sessions)."""
    levels = uow.training.levels()
    active = sorted((a for a in agents if a.status is Status.ACTIVE), key=lambda a: a.hire_date)
    veterans = [a for a in active if tenure_stage(a.hire_date, today) is TenureStage.EXPERT]

    def level(track: CareerTrack, rank: int) -> LadderLevel:
        return next(lv for lv in levels if lv.track is track and lv.rank == rank)

    leads = [a for a in veterans if a.career_track is CareerTrack.MANAGEMENT][:2]
    for a in leads:
        start = min(today - timedelta(days=rng.randint(120, 400)), a.hire_date + timedelta(days=400))
        start = max(start, a.hire_date + timedelta(days=370))
        if start > today:
            continue
        uow.training.add_position(Position(a.id or 0, "组长", start))
        lv = level(CareerTrack.MANAGEMENT, 1)
        uow.training.add_promotion(Promotion(a.id or 0, lv.id or 0, lv.track, lv.name, start,
                                             _snapshot(uow, a, lv, "客服专员", start), "季度人才评议通过"))
    trainers = [a for a in veterans if a.career_track is CareerTrack.TRAINER][:2]
    for a in trainers:
        start = max(a.hire_date + timedelta(days=400), today - timedelta(days=300))
        if start <= today:
            uow.training.add_position(Position(a.id or 0, "培训师", start))
            lv = level(CareerTrack.TRAINER, 1)
            uow.training.add_promotion(Promotion(a.id or 0, lv.id or 0, lv.track, lv.name, start,
                                                 _snapshot(uow, a, lv, "资深客服", start)))
    qa = next((a for a in veterans if a not in leads and a not in trainers), None)
    if qa is not None:
        uow.training.add_position(Position(qa.id or 0, "质检", today - timedelta(days=200),
                                           today - timedelta(days=20), "轮岗半年"))
    for a in (x for x in active if x.career_track is CareerTrack.EXPERT):  # the expert ladder follows certificates
        rank = {CertLevel.INTERMEDIATE: 1, CertLevel.SENIOR: 2, CertLevel.EXPERT: 3}.get(a.cert_level, 0)
        for r in range(1, rank + 1):
            lv = level(CareerTrack.EXPERT, r)
            day = min(today - timedelta(days=30 * (rank - r) + rng.randint(5, 25)), today)
            if day > a.hire_date:
                uow.training.add_promotion(Promotion(a.id or 0, lv.id or 0, lv.track, lv.name, day,
                                                     _snapshot(uow, a, lv, level(CareerTrack.EXPERT, r - 1).name,
                                                               day)))
    # Hand-checked criteria already confirmed for the longest-serving few on each non-expert track.
    ticked = [x for x in veterans if x.career_track not in (CareerTrack.EXPERT, CareerTrack.UNDECIDED)
              and x not in leads and x not in trainers]
    for a in ticked[:8]:
        lv = level(a.career_track, 1)
        for text in lv.manual:
            uow.training.add_tick(ManualTick(a.id or 0, lv.id or 0, text, today - timedelta(days=10)))
    return trainers or veterans[:2]


def build(uow: UnitOfWork, agents: list[AgentData], seed: int, today: date) -> None:
    rng = random.Random(seed + SEED_OFFSET)
    ensure_defaults(uow)
    items = uow.training.plan_items()
    _plan_results(uow, agents, items, today, rng)
    trainers = _careers(uow, agents, today, rng)  # after the results: the snapshots count items complete
    _sessions(uow, agents, items, today, rng, trainers)
