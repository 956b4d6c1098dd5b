"""招聘 — the funnel for the month and the year to date, pass rate per interview round, and the average
dimension scores each round gave.

The funnel follows candidates by the date they applied (the dashboard's definition): everyone who applied in
the window, counted at every stage they reached so far. Dimension averages cover the scorecards of
interviews held in the window."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from domain.dashboard.activity import FUNNEL_STAGES, FunnelStep, funnel
from domain.ports import UnitOfWork
from domain.recruiting.analytics import TOTAL, CardView, dimension_means, view
from domain.recruiting.model import Round, Template
from domain.recruiting.reports import dimension_names
from domain.reports.workforce import Month
from persistence.reports.sheets import PERCENT, ChartSpec, SheetSpec, Table

STAGE_ZH = {"applied": "已投递", "hr_screen": "HR初筛", "supervisor": "业务主管面试", "veteran": "老员工面试",
            "offer": "录用意向", "hired": "已入职"}
ROUND_ZH = {Round.HR: "HR初筛", Round.SUPERVISOR: "业务主管面试", Round.VETERAN: "老员工面试"}
# A round is passed by reaching the stage after it.
ROUND_STAGES = ((Round.HR, "hr_screen", "supervisor"), (Round.SUPERVISOR, "supervisor", "veteran"),
                (Round.VETERAN, "veteran", "offer"))
SCORE_FORMAT = "0.00"


def _reached(steps: tuple[FunnelStep, ...], stage: str) -> int:
    return steps[FUNNEL_STAGES.index(stage)].reached


def _round_rows(month: tuple[FunnelStep, ...], ytd: tuple[FunnelStep, ...]) -> list[list[object]]:
    rows = []
    for round_, stage, after in ROUND_STAGES:
        row: list[object] = [ROUND_ZH[round_]]
        for steps in (month, ytd):
            entered, passed = _reached(steps, stage), _reached(steps, after)
            row += [entered, passed, passed / entered if entered else None]
        rows.append(row)
    return rows


def _score_table(title: str, cards: list[CardView], templates: list[Template]) -> Table:
    names, order = dimension_names(templates)
    by_round: dict[Round, list[CardView]] = defaultdict(list)
    for cv in cards:
        by_round[cv.template.round].append(cv)
    keys = [k for k in order if any(s.key == k for cv in cards for s in cv.card.scores)]
    rows = []
    for round_ in Round:
        group = by_round.get(round_, [])
        if not group:
            continue
        means = dimension_means(group)
        rows.append([ROUND_ZH[round_], len(group), len({cv.card.candidate_id for cv in group}),
                     *(means.get(k) for k in keys), means.get(TOTAL)])
    formats = {2 + i: SCORE_FORMAT for i in range(1, len(keys) + 2)}
    return Table(title, ["轮次", "评估表数", "候选人数", *(names[k] for k in keys), "加权总分"], rows, formats=formats,
                 empty_note="该期间没有面试评估表")


def recruiting(uow: UnitOfWork, month: Month) -> SheetSpec:
    year_start = date(month.year, 1, 1)
    in_month = funnel(uow.dashboard.funnel_counts(month.first, month.last, None))
    ytd = funnel(uow.dashboard.funnel_counts(year_start, month.last, None))
    templates = uow.recruiting.templates()
    by_id = {t.id: t for t in templates}
    cards = [view(c, by_id[c.template_id]) for c in uow.recruiting.scorecards(interviewed=(year_start, month.last))]
    month_cards = [cv for cv in cards if cv.card.interview_date >= month.first]
    any_applied = in_month[0].reached or ytd[0].reached
    funnel_rows = [[STAGE_ZH[m.stage], m.reached, m.pass_rate, y.reached, y.pass_rate]
                   for m, y in zip(in_month, ytd, strict=True)] if any_applied else []
    return SheetSpec(
        name="招聘",
        title=f"招聘 · {month}",
        facts=[
            ("本月申请人数", in_month[0].reached, None),
            ("本月申请者中已入职", in_month[-1].reached, None),
            (f"{month.year}年初至今申请人数", ytd[0].reached, None),
            (f"{month.year}年初至今申请者中已入职", ytd[-1].reached, None),
            ("本月面试评估表", len(month_cards), None),
        ],
        tables=[
            Table(
                "招聘漏斗（按申请时间）",
                ["阶段", "本月申请·到达人数", "本月·较上一阶段通过率", "年初至今申请·到达人数",
                 "年初至今·较上一阶段通过率"],
                funnel_rows,
                formats={2: PERCENT, 4: PERCENT},
                chart=ChartSpec("bar", "招聘漏斗（年初至今申请）", 0, [3], "人数") if any_applied else None,
                empty_note="本年度尚无候选人记录",
            ),
            Table(
                "各轮面试通过率",
                ["轮次", "本月·进入本轮", "本月·通过", "本月·通过率", "年初至今·进入本轮", "年初至今·通过",
                 "年初至今·通过率"],
                _round_rows(in_month, ytd) if any_applied else [],
                formats={3: PERCENT, 6: PERCENT},
                empty_note="本年度尚无候选人记录",
            ),
            _score_table("各轮平均维度得分（本月面试，1–5分）", month_cards, templates),
            _score_table("各轮平均维度得分（年初至今面试，1–5分）", cards, templates),
        ],
        notes=[
            "漏斗按申请日期统计：当期申请的候选人截至报告生成时到达过的各阶段人数（被淘汰或放弃者计入其到达过的阶段）。",
            "某轮通过率 = 进入下一阶段的人数 ÷ 进入本轮的人数；仍在本轮等待结果的候选人计入分母。",
            "维度得分为各面试官打分的平均；加权总分为完整评估表按模板权重计算的总分的平均。",
        ],
    )
