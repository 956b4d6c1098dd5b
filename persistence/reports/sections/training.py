"""培养与发展 — training completion and test pass rate by tenure stage, promotions in the month, and how many
agents are ready (or one criterion away) for their track's next level.

Counts only: the report leaves the team. Who is ready is posted to the team itself with the training area's
公示 workbook, where the supervisor decides to publish names."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from domain.ports import UnitOfWork
from domain.reports.workforce import Month
from domain.training import careers
from domain.training.hq_sheet import development_sheet
from persistence.reports.sheets import INTEGER, PERCENT, SheetSpec, Table
from persistence.training.publish_export import TRACK_ZH

STAGE_ZH = {"new": "新人期(<3月)", "growing": "成长期(3-12月)", "expert": "专家期(>12月)"}  # as on 人员概况


def _fraction(percent: Decimal | None) -> float | str:
    return "—" if percent is None else float(percent) / 100


def training(uow: UnitOfWork, month: Month, today: date | None = None) -> SheetSpec:
    """Readiness comes from `careers.everyone_readiness`, which opens the unit of work itself
    (Section.own_transaction); it is taken as of the month's last day, or today for the month in progress."""
    as_of = min(month.last, today or date.today())
    readiness = careers.everyone_readiness(uow, as_of)
    with uow:
        sheet = development_sheet(uow.agents.list_all(), uow.training.plan_items(),
                                  uow.training.complete_items(month.last),
                                  uow.training.results_between(month.first, month.last), uow.training.promotions(),
                                  readiness, month.first, month.last)
    stages = [[STAGE_ZH.get(str(s.stage), str(s.stage)), s.agents, s.items_due, s.items_complete,
               _fraction(s.completion_rate), s.tests_taken, s.tests_passed, _fraction(s.pass_rate)]
              for s in sheet.stages]
    tracks = [[TRACK_ZH.get(str(t.track), str(t.track)), t.promotions, t.ready, t.one_away] for t in sheet.tracks]
    return SheetSpec(
        name="培养与发展",
        title=f"培养与发展 · {month}",
        facts=[
            ("本月晋升（人次）", sum(t.promotions for t in sheet.tracks), INTEGER),
            ("可晋升（人）", sum(t.ready for t in sheet.tracks), INTEGER),
        ],
        tables=[
            Table("分层培训 · 按司龄阶段", ["阶段", "在职人数", "应完成项目", "已完成", "完成率", "本月考核",
                                      "通过", "通过率"], stages,
                  formats={1: INTEGER, 2: INTEGER, 3: INTEGER, 4: PERCENT, 5: INTEGER, 6: INTEGER, 7: PERCENT},
                  empty_note="本月没有培训数据"),
            Table("职业发展通道 · 按序列", ["序列", "本月晋升", "已满足全部条件", "差一项条件"], tracks,
                  formats={1: INTEGER, 2: INTEGER, 3: INTEGER}, empty_note="尚未设置职业发展通道"),
        ],
        notes=["本表只含人数统计，不含姓名；可晋升名单由主管在培训模块导出“公示”工作簿后在团队内公布。",
               "“应完成项目”为各阶段培训计划中截至月末应完成的项目；完成率 = 已完成 ÷ 应完成。"],
    )
