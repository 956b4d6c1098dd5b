"""Demo care records, sealed under the demo passphrase (stated in the README) so the care page can be
unlocked in a demo. Deterministic by seed; the stories follow the seed articles (a home visit and a large
medical aid after a stroke, a flat found for a newcomer from far away, EAP after abusive calls)."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, timedelta

from domain.care.life_stage import FIELD, TABLE, LifeStage, LifeStageFlags, to_text
from domain.care.model import CareCategory, CareDetails, CareFacts, CareStatus, EapReferral
from domain.care.services import install_keyring
from domain.ports import UnitOfWork
from domain.roster.model import AgentData, Gender, Status

DEMO_PASSPHRASE = "demo-关怀-2026"
SEED_OFFSET = 600


@dataclass(frozen=True)
class Story:
    category: CareCategory
    what: str
    support: str
    aid_yuan: tuple[int, int]  # range drawn from; (0, 0) for none
    follow_up_days: int | None  # days after the event to check back, or None


STORIES = [
    Story(CareCategory.HEALTH, "颈椎病复发，久坐后头晕，近两周请了两次病假。",
          "调整排班，避免连续坐席超过两小时；配了护颈靠枕，提醒按时复诊。", (0, 0), 21),
    Story(CareCategory.HEALTH, "体检发现甲状腺结节，需要进一步检查，本人比较焦虑。",
          "陪同了解医保报销范围，批准检查当天调休。", (0, 0), 30),
    Story(CareCategory.HOSPITAL, "急性阑尾炎住院手术，预计休养两周。",
          "组内代表到医院探望，送去水果和慰问金；协助整理票据办理医保报销。", (500, 1000), 14),
    Story(CareCategory.HOSPITAL, "肺炎住院一周，出院后仍有咳嗽。",
          "电话慰问，复工第一周安排在线岗位减少说话量。", (500, 800), 10),
    Story(CareCategory.MATERNITY, "怀孕五个月，夜班后明显疲惫。",
          "按孕期规定调为白班，工位换到靠近休息室的位置，每两小时休息十分钟。", (0, 0), 30),
    Story(CareCategory.MATERNITY, "顺产一名女婴，母女平安。",
          "送去产后慰问礼包，讲清产假和生育津贴的办理流程。", (800, 800), 60),
    Story(CareCategory.FAMILY, "父亲在老家确诊糖尿病，需要定期复查，家里无人照看。",
          "每月协调两天调休回家陪同复查，排班提前一个月确定。", (0, 0), 30),
    Story(CareCategory.FAMILY, "孩子升学择校压力大，最近常请假。",
          "一对一沟通，临时调整为固定早班，方便接送。", (0, 0), None),
    Story(CareCategory.HOUSING, "外地新人，刚到杭州住在临时旅馆，通勤一个半小时。",
          "联系老员工带看，在公司附近找到合租房，工会垫付首月押金。", (1500, 2000), 30),
    Story(CareCategory.BEREAVEMENT, "祖母去世，需要回老家料理后事。",
          "批准丧假，组内送了花圈和慰问金，回岗后先安排轻量工作。", (500, 500), 14),
    Story(CareCategory.HARDSHIP, "家中老房遭遇暴雨受损，经济压力大。",
          "申请困难补助，联系工会上门慰问。", (2000, 3000), 30),
    Story(CareCategory.PSYCHOLOGICAL, "连续接到辱骂型投诉后情绪低落，下班后在休息室哭。",
          "当天一对一谈心；推荐 EAP 免费心理咨询三次；暂调在线组一周。", (0, 0), 7),
    Story(CareCategory.PSYCHOLOGICAL, "失眠两个月，担心绩效排名，上班注意力不集中。",
          "预约 EAP 心理咨询；帮助拆解本月目标，暂停加量任务。", (0, 0), 14),
    Story(CareCategory.BIRTHDAY, "生日。", "组内生日会，蛋糕和手写贺卡。", (200, 200), None),
]
STROKE = Story(CareCategory.HOME_VISIT, "突发重度脑梗住院，昏迷两周，家属非常担心医疗费用。",
               "组织家访：向家属说明同心计划大额医疗补助，让家属安心；帮助搜集整理各类票据，完成报销。",
               (50000, 50000), 30)


def _employed(agent: AgentData, day: date) -> bool:
    return agent.hire_date <= day and (agent.leave_date is None or agent.leave_date >= day)


def _facts(rng: random.Random, agent: AgentData, story: Story, day: date, today: date) -> CareFacts:
    aid = rng.randint(*story.aid_yuan) // 100 * 100 * 100 if story.aid_yuan[0] else 0
    follow_up = day + timedelta(days=story.follow_up_days) if story.follow_up_days is not None else None
    closed = follow_up is None or follow_up < today - timedelta(days=10)
    assert agent.id is not None
    return CareFacts(agent.id, day, story.category, CareStatus.CLOSED if closed else CareStatus.OPEN,
                     follow_up, aid)


EAP_FOLLOW_UPS = ("已咨询两次，睡眠有改善", "本人表示暂不需要，一个月后再问", "")


def _add(uow: UnitOfWork, key, facts: CareFacts, story: Story, today: date) -> None:  # type: ignore[no-untyped-def]
    eap = None
    if story.category is CareCategory.PSYCHOLOGICAL:  # the stories refer on to EAP: record the referral
        n = facts.day.toordinal() % 3
        eap = EapReferral(facts.day, (True, False, None)[n], EAP_FOLLOW_UPS[n])
        facts = replace(facts, eap_referred=True)
    # Entered open on its day; a closed one was closed a few days after its follow-up (or on the day, when
    # there was nothing to follow up), so the at-risk back-test sees each status on the day it held.
    record_id = uow.care.add(replace(facts, status=CareStatus.OPEN), on=facts.day)
    if facts.status is not CareStatus.OPEN:
        closed_on = facts.follow_up + timedelta(days=3) if facts.follow_up else facts.day
        uow.care.update_facts(record_id, facts, on=min(today, closed_on))
    uow.care.seal(record_id, key.seal(record_id, facts.agent_id, CareDetails(story.what, story.support, "", eap)))


def build(uow: UnitOfWork, agents: list[AgentData], seed: int, today: date) -> None:
    rng = random.Random(seed + SEED_OFFSET)
    key = install_keyring(uow, DEMO_PASSPHRASE)
    active = [a for a in agents if a.status is Status.ACTIVE and a.id is not None]
    if not active:
        return
    veteran = min(active, key=lambda a: a.hire_date)
    _add(uow, key, _facts(rng, veteran, STROKE, today - timedelta(days=25), today), STROKE, today)
    newcomers = sorted((a for a in active if a.out_of_town and (today - a.hire_date).days < 180),
                       key=lambda a: a.hire_date, reverse=True)
    housing = next(s for s in STORIES if s.category is CareCategory.HOUSING)
    for agent in newcomers[:2]:
        day = min(agent.hire_date + timedelta(days=3), today)
        _add(uow, key, _facts(rng, agent, housing, day, today), housing, today)
    others = [s for s in STORIES if s.category not in (CareCategory.HOUSING, CareCategory.BIRTHDAY)]
    birthday = next(s for s in STORIES if s.category is CareCategory.BIRTHDAY)
    for _ in range(max(12, len(agents) // 2)):
        story = rng.choice(others)
        # a quarter are recent, so a demo has follow-ups due this week
        day = today - timedelta(days=rng.randint(2, 30) if rng.random() < 0.25 else rng.randint(31, 540))
        pool = [a for a in agents if a.id is not None and _employed(a, day)
                and (story.category is not CareCategory.MATERNITY or a.gender is Gender.FEMALE)]
        if pool:
            _add(uow, key, _facts(rng, rng.choice(pool), story, day, today), story, today)
    for agent in rng.sample(active, min(6, len(active))):
        day = today - timedelta(days=rng.randint(1, 120))
        _add(uow, key, _facts(rng, agent, birthday, day, today), birthday, today)
    _life_stages(uow, key, rng, active, newcomers, today)


def _life_stages(uow: UnitOfWork, key, rng: random.Random, active: list[AgentData],  # type: ignore[no-untyped-def]
                 newcomers: list[AgentData], today: date) -> None:
    """外地单身 for the far-from-home newcomers; 孕期 and 哺乳期 for a few women — sealed like the records."""
    women = [a for a in active if a.gender is Gender.FEMALE and a not in newcomers]
    chosen = [(a, (LifeStage.SINGLE_AWAY,), "独自来本市，住公司附近合租房") for a in newcomers[:2]]
    chosen += [(a, (stage,), note) for a, (stage, note) in zip(
        rng.sample(women, min(2, len(women))),
        ((LifeStage.PREGNANT, "孕二十二周，只排白班，工位靠近休息室"), (LifeStage.NURSING, "每天两次哺乳假，各半小时")),
        strict=False)]
    for agent, stages, note in chosen:
        since = max(agent.hire_date, today - timedelta(days=rng.randint(20, 150)))
        review = today + timedelta(days=rng.randint(-2, 20))  # some fall due this week
        row_id = uow.wellbeing.life_stage_row(agent.id or 0, review)
        text = to_text(LifeStageFlags(stages, since, note))
        uow.wellbeing.seal_life_stage(row_id, key.seal_text(TABLE, row_id, agent.id or 0, FIELD, text))
