"""Demo recruiting: three rounds of scorecards from several interviewers (one lenient, one harsh), the
team's recent hires linked to their candidates, rejections with reasons, and a live pipeline.

The signal is real and deliberate: hires who stayed past 90 days showed more emotional stability in
their interviews, so the "does the interview predict retention" view has something honest to find."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from domain.demo.roster import _name as person_name
from domain.ports import UnitOfWork
from domain.recruiting.defaults import DEFAULT_DIMENSIONS, DEFAULT_SCENARIOS
from domain.recruiting.model import (
    STAGE_OF_ROUND,
    Candidate,
    DimensionScore,
    Recommendation,
    Round,
    Scorecard,
    Source,
    Stage,
    StageChange,
    Template,
)
from domain.recruiting.scoring import score
from domain.roster.model import AgentData, Gender, Role

SEED_OFFSET = 300
LINKED_MONTHS = 36  # recruiting records start three years back; older agents predate them
INTERVIEWERS = {Round.HR: ["周敏", "陈静"], Round.SUPERVISOR: ["林主管", "赵刚", "孙悦"],
                Round.VETERAN: ["何丽", "马超", "郭婷"]}
BIAS = {"马超": 0.7, "孙悦": -0.6}  # one lenient veteran, one harsh team lead
SOURCES = [Source.SOCIAL] * 8 + [Source.REFERRAL] * 4 + [Source.CAMPUS] * 4 + [Source.AGENCY] * 3 + [Source.OTHER]
REJECT_REASONS = {Round.HR: ["沟通表达不清晰", "一票否决：情绪稳定性", "对倒班有顾虑"],
                  Round.SUPERVISOR: ["情景模拟处理生硬", "一票否决：情绪稳定性", "服务意识不足"],
                  Round.VETERAN: ["团队融合度低", "抗压表现一般"]}
WITHDRAW_REASONS = ["薪资期望不匹配", "已接受其他offer", "通勤距离太远", "家人不同意倒班"]
ROUNDS = (Round.HR, Round.SUPERVISOR, Round.VETERAN)


class _Builder:
    def __init__(self, uow: UnitOfWork, rng: random.Random, today: date) -> None:
        self.uow, self.rng, self.today = uow, rng, today
        self.templates: dict[Round, list[Template]] = {}

    def make_templates(self, start: date) -> None:
        for round_ in ROUNDS:
            first = Template(round_, 1, DEFAULT_DIMENSIONS[round_], DEFAULT_SCENARIOS[round_], start)
            self.templates[round_] = [replace(first, id=self.uow.recruiting.add_template(first))]
        # Half a year ago the HR round was reweighted toward emotional stability: version 2.
        v1 = self.templates[Round.HR][0]
        dims = tuple(replace(d, weight={"emotional_stability": 40, "service_attitude": 20}.get(d.key, d.weight))
                     for d in v1.dimensions)
        v2 = Template(Round.HR, 2, dims, v1.scenarios, self.today - timedelta(days=182))
        self.templates[Round.HR].append(replace(v2, id=self.uow.recruiting.add_template(v2)))

    def template_on(self, round_: Round, day: date) -> Template:
        versions = [t for t in self.templates[round_] if t.created_on is None or t.created_on <= day]
        return versions[-1] if versions else self.templates[round_][0]

    def card(self, candidate_id: int, round_: Round, day: date, interviewer: str, truth: dict[str, float],
             floor: int = 1) -> tuple[int, bool]:
        template = self.template_on(round_, day)
        bias = BIAS.get(interviewer, 0.0)
        scores = {}
        for d in template.dimensions:
            value = round(truth[d.key] + bias + self.rng.gauss(0, 0.45))
            scores[d.key] = max(floor if d.key == "emotional_stability" else 1, min(5, value))
        result = score(template, scores)
        total = result.total or 0
        if result.knocked_out or total < 2.8:
            rec = Recommendation.STRONG_NO if total < 2.6 else Recommendation.NO
        else:
            rec = Recommendation.STRONG_YES if total >= 4.2 else Recommendation.YES
        evidence = {d.key: d.anchors[scores[d.key] - 1] if self.rng.random() < 0.6 else "" for d in template.dimensions}
        scenario = self.rng.choice(template.scenarios) if template.scenarios else ""
        card = Scorecard(candidate_id, template.id or 0, interviewer, day,
                         tuple(DimensionScore(k, v, evidence[k]) for k, v in scores.items()), rec, scenario)
        self.uow.recruiting.add_scorecard(card)
        return candidate_id, result.knocked_out

    def panel(self, round_: Round) -> list[str]:
        people = INTERVIEWERS[round_]
        size = 1 if round_ is Round.HR else self.rng.choice([1, 2, 2])
        return self.rng.sample(people, size)

    def truth(self, stays: bool | None) -> dict[str, float]:
        base = self.rng.gauss(3.5, 0.4)
        es = base + (0.5 if stays else -0.4 if stays is False else 0.0) + self.rng.gauss(0, 0.35)
        return {"communication": base + self.rng.gauss(0.1, 0.4), "emotional_stability": es,
                "service_attitude": base + (0.15 if stays else 0.0) + self.rng.gauss(0, 0.4),
                "scenario": base + self.rng.gauss(0, 0.45), "team_fit": base + self.rng.gauss(0.1, 0.4)}

    def candidate(self, name: str, role: Role, applied: date, phone: str) -> int:
        c = Candidate(name, role, self.rng.choice(SOURCES), applied, phone, Stage.APPLIED, applied)
        candidate_id = self.uow.recruiting.add_candidate(c)
        self.uow.recruiting.add_stage_change(StageChange(candidate_id, Stage.APPLIED, applied))
        return candidate_id

    def move(self, candidate_id: int, stage: Stage, day: date, reason: str = "", agent_id: int | None = None) -> None:
        current = self.uow.recruiting.candidate(candidate_id)
        assert current is not None
        self.uow.recruiting.update_candidate(replace(current, stage=stage, stage_on=day, reason=reason,
                                                     agent_id=agent_id))
        self.uow.recruiting.add_stage_change(StageChange(candidate_id, stage, day, reason))

    def run_rounds(self, candidate_id: int, applied: date, truth: dict[str, float], rounds: int,
                   hire: bool = False) -> date:
        """Interview through `rounds` rounds; returns the day of the last one. Someone on the way to a hire
        passed every knock-out, so their emotional stability is at least 3."""
        day = applied
        for round_ in ROUNDS[:rounds]:
            day = min(self.today, day + timedelta(days=self.rng.randint(2, 6)))
            self.move(candidate_id, STAGE_OF_ROUND[round_], day)
            for who in self.panel(round_):
                self.card(candidate_id, round_, day, who, truth, floor=3 if hire else 1)
        return day


def _phone(rng: random.Random) -> str:
    return f"1{rng.choice('3578')}{rng.randrange(10**9):09d}"


def _name(rng: random.Random) -> str:
    return person_name(rng, Gender.FEMALE if rng.random() < 0.68 else Gender.MALE)


def build(uow: UnitOfWork, agents: list[AgentData], seed: int, today: date) -> None:
    rng = random.Random(seed + SEED_OFFSET)
    start = today - timedelta(days=LINKED_MONTHS * 30)
    b = _Builder(uow, rng, today)
    b.make_templates(start - timedelta(days=45))

    # Recent hires: each agent hired in the window came through the three rounds.
    for agent in sorted((a for a in agents if a.hire_date >= start and a.id is not None), key=lambda a: a.hire_date):
        left_early = agent.leave_date is not None and (agent.leave_date - agent.hire_date).days <= 90
        applied = agent.hire_date - timedelta(days=rng.randint(20, 40))
        candidate_id = b.candidate(agent.name, agent.role, applied, agent.phone)
        last = b.run_rounds(candidate_id, applied, b.truth(not left_early), 3, hire=True)
        b.move(candidate_id, Stage.OFFER, min(agent.hire_date, last + timedelta(days=rng.randint(1, 5))))
        b.move(candidate_id, Stage.HIRED, agent.hire_date, agent_id=agent.id)

    # Those who did not make it, or walked away.
    for _ in range(100):
        applied = start + timedelta(days=rng.randrange(0, (today - start).days - 30))
        candidate_id = b.candidate(_name(rng), rng.choice(list(Role)), applied, _phone(rng))
        truth = b.truth(False)
        rounds = rng.choice([1, 1, 2, 2, 3])
        last = b.run_rounds(candidate_id, applied, truth, rounds)
        if rng.random() < 0.2:
            b.move(candidate_id, Stage.WITHDRAWN, last + timedelta(days=2), rng.choice(WITHDRAW_REASONS))
        else:
            reason = rng.choice(REJECT_REASONS[ROUNDS[rounds - 1]])
            b.move(candidate_id, Stage.REJECTED, last + timedelta(days=1), reason)

    # The live pipeline: applied in the last month, somewhere between 已投递 and 录用意向.
    for done in [0, 0, 0, 1, 1, 1, 2, 2, 3, 3, 3]:
        applied = today - timedelta(days=rng.randint(3 + 4 * done, 12 + 5 * done))
        candidate_id = b.candidate(_name(rng), rng.choice(list(Role)), applied, _phone(rng))
        last = b.run_rounds(candidate_id, applied, b.truth(None), done, hire=done == 3)
        waiting = {0: Stage.HR_SCREEN, 1: Stage.SUPERVISOR, 2: Stage.VETERAN, 3: Stage.OFFER}[done]
        if done or rng.random() < 0.5:
            b.move(candidate_id, waiting, min(today, last + timedelta(days=1)))
