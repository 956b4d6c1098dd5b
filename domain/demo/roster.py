"""A realistic team for demos and benchmarks: deterministic by seed, with the early-attrition cliff
the seeds describe (about half of a bad cohort gone within three months; 30–40 % a year overall)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from domain.roster.model import AgentData, CareerTrack, CertLevel, Gender, LeaveReason, Role, Status
from domain.roster.rules import add_months

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡"
    "余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯"
    "龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
GIVEN_F = "婷敏静丽娟燕艳玲芳霞红梅莉琳雪倩颖佳欣怡萱瑶涵琪璐蕾晶晨雯楠洁慧"
GIVEN_M = "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林阳斌志"
LOCAL = "杭州"
HOMETOWNS = ["杭州"] * 9 + ["温州", "宁波", "金华", "安徽阜阳", "江西上饶", "河南信阳", "湖南邵阳", "四川南充",
                          "贵州遵义", "云南曲靖", "湖北黄冈", "山东临沂", "甘肃天水"]
TEAMS = {Role.HOTLINE: ["热线一组", "热线二组"], Role.ONLINE: ["在线组"], Role.AFTER_SALES: ["售后组"]}
ROLE_WEIGHTS = [(Role.HOTLINE, 0.5), (Role.ONLINE, 0.3), (Role.AFTER_SALES, 0.2)]
EARLY_REASONS = [LeaveReason.PRESSURE] * 4 + [LeaveReason.PAY] * 2 + [LeaveReason.CAREER, LeaveReason.FAMILY,
                                                                      LeaveReason.OTHER, LeaveReason.PERFORMANCE]
LATER_REASONS = [LeaveReason.CAREER] * 3 + [LeaveReason.PAY] * 2 + [
    LeaveReason.PRESSURE, LeaveReason.FAMILY, LeaveReason.RELOCATION, LeaveReason.STUDY, LeaveReason.HEALTH,
    LeaveReason.CONTRACT_END, LeaveReason.PERFORMANCE]
INVOLUNTARY = {LeaveReason.PERFORMANCE, LeaveReason.MISCONDUCT, LeaveReason.CONTRACT_END}


def _name(rng: random.Random, gender: Gender) -> str:
    pool = GIVEN_F if gender is Gender.FEMALE else GIVEN_M
    given = rng.choice(pool) + (rng.choice(pool) if rng.random() < 0.7 else "")
    return rng.choice(SURNAMES) + given


def _role(rng: random.Random) -> Role:
    x, acc = rng.random(), 0.0
    for role, weight in ROLE_WEIGHTS:
        acc += weight
        if x < acc:
            return role
    return Role.HOTLINE


def _leave_after_days(rng: random.Random, out_of_town: bool) -> int:
    """Days until this hire leaves (possibly beyond today, i.e. still here)."""
    # The cliff: nearly a third of all hires leave in their first 90 days — more of those from out of town
    # (no family nearby, a new city, a long commute from a temporary room), fewer of the locals.
    if rng.random() < (0.36 if out_of_town else 0.21):
        return int(rng.triangular(7, 90, 40))
    # Afterwards a steady hazard: mean stay ~3.8 years, which with the cliff gives the seeds'
    # 30–40 % yearly attrition once the team is in steady state.
    return 90 + int(rng.expovariate(1 / 1400))


def _cert_and_track(rng: random.Random, months: float) -> tuple[CertLevel, CareerTrack]:
    if months < 3:
        return CertLevel.NONE, CareerTrack.UNDECIDED
    if months < 8:
        return rng.choice([CertLevel.NONE, CertLevel.JUNIOR]), CareerTrack.UNDECIDED
    if months < 18:
        return rng.choice([CertLevel.JUNIOR, CertLevel.INTERMEDIATE]), rng.choice(
            [CareerTrack.UNDECIDED, CareerTrack.EXPERT, CareerTrack.TRAINER])
    level = rng.choice([CertLevel.INTERMEDIATE, CertLevel.SENIOR, CertLevel.SENIOR, CertLevel.EXPERT])
    return level, rng.choice(list(CareerTrack)[1:])


def generate_agents(headcount: int, months: int, seed: int, today: date) -> list[AgentData]:
    """Simulate `months` of hiring to keep about `headcount` agents, ending at `today`."""
    rng = random.Random(seed)
    start = add_months(today.replace(day=1), -months)
    agents: list[AgentData] = []
    active_until: list[date | None] = []
    counter = 0

    def hire(hired: date) -> None:
        nonlocal counter
        counter += 1
        gender = Gender.FEMALE if rng.random() < 0.68 else Gender.MALE
        age = rng.triangular(19, 40, 23)
        birth = hired - timedelta(days=int(age * 365.25))
        role = _role(rng)
        hometown = rng.choice(HOMETOWNS)
        days = _leave_after_days(rng, LOCAL not in hometown)
        leaves_on = hired + timedelta(days=days)
        leave = leaves_on if leaves_on <= today else None
        end = leave or today
        cert, track = _cert_and_track(rng, (end - hired).days / 30.4)
        reason = None
        if leave is not None:
            reason = rng.choice(EARLY_REASONS if days <= 90 else LATER_REASONS)
        agents.append(AgentData(
            employee_no=f"KF{counter:05d}", name=_name(rng, gender), role=role,
            team=rng.choice(TEAMS[role]), hire_date=hired, gender=gender, birth_date=birth,
            phone=f"1{rng.choice('3578')}{rng.randrange(10**9):09d}", hometown=hometown,
            out_of_town=LOCAL not in hometown, cert_level=cert, career_track=track,
            status=Status.LEFT if leave else Status.ACTIVE, leave_date=leave, leave_reason=reason,
            leave_voluntary=None if reason is None else reason not in INVOLUNTARY,
        ))
        active_until.append(leave)

    # The team as it stood when the period starts: survivors of earlier years.
    for _ in range(int(headcount * 0.75)):
        hire(start - timedelta(days=rng.randrange(120, 5 * 365)))
    month = start
    while month <= today:
        active = sum(1 for end in active_until if end is None or end > month)
        gap = max(0, headcount - active)
        for _ in range(gap + (1 if rng.random() < 0.3 else 0)):
            day = month + timedelta(days=rng.randrange(0, 28))
            if day <= today:
                hire(day)
        month = add_months(month, 1)
    return agents
