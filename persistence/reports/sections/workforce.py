"""封面, 人员概况, 人员明细 and 离职 — the sheets the roster alone can fill."""

from __future__ import annotations

from datetime import datetime

from domain.ports import UnitOfWork
from domain.reports.workforce import Month, in_month_roster, leavers_in, workforce_trend
from domain.roster.model import TenureStage
from domain.roster.rules import tenure_days
from domain.roster.services import roster_row
from persistence.reports.sheets import DATE, PERCENT, ChartSpec, SheetSpec, Table
from persistence.roster.excel_export import HEADERS as ROSTER_HEADERS
from persistence.roster.excel_export import roster_cells
from persistence.roster.vocabulary import zh


def cover(uow: UnitOfWork, month: Month, now: datetime, version: str, sections: list[str]) -> SheetSpec:
    return SheetSpec(
        name="封面",
        title=f"{uow.settings.get('team_name', '') or '客服团队'} · {month.year}年{month.month}月 月度报告",
        facts=[
            ("团队", uow.settings.get("team_name", ""), None),
            ("主管", uow.settings.get("supervisor_name", ""), None),
            ("报告月份", str(month), None),
            ("生成时间", now.replace(microsecond=0), "yyyy-mm-dd hh:mm"),
            ("软件版本", f"客服主管工作台 {version}", None),
            ("包含内容", "、".join(sections), None),
        ],
        notes=["本报告由客服主管工作台离线生成。关怀数据仅以类别汇总呈现，不含任何姓名、工号或详情。"],
    )


def workforce(uow: UnitOfWork, month: Month) -> SheetSpec:
    agents = uow.agents.list_all()
    trend = workforce_trend(agents, month, 12)
    now = trend[-1]  # the month itself, counted over the agents who can count in it (tested equal)
    facts = [
        ("月初人数", now.headcount_start, None),
        ("月末人数", now.headcount_end, None),
        ("本月入职", now.hires, None),
        ("本月离职", now.leavers, None),
        ("其中主动离职", now.voluntary, None),
        ("其中被动离职", now.involuntary, None),
        ("月度流失率", now.attrition, PERCENT),
        (f"早期流失率（{now.early.cohort}入职，90天内离职）", now.early.rate, PERCENT),
        ("早期流失人数 / 该月入职人数", f"{now.early.left_within_90} / {now.early.hires}", None),
    ]
    stage_words = {
        TenureStage.NEW: "新人期(<3月)",
        TenureStage.GROWING: "成长期(3-12月)",
        TenureStage.EXPERT: "专家期(>12月)",
    }
    return SheetSpec(
        name="人员概况",
        title=f"人员概况 · {month}",
        facts=facts,
        tables=[
            Table(
                "近12个月人数与流失率",
                ["月份", "月初人数", "月末人数", "入职", "离职", "流失率"],
                [[str(m.month), m.headcount_start, m.headcount_end, m.hires, m.leavers, m.attrition] for m in trend],
                formats={5: PERCENT},
                chart=ChartSpec("bar", "人数与月度流失率", 0, [2], "人数", secondary_cols=[5]),
            ),
            Table(
                "司龄阶段分布（月末在职）",
                ["阶段", "人数", "占比"],
                [
                    [stage_words[s], n, n / now.headcount_end if now.headcount_end else None]
                    for s, n in now.stage_mix.items()
                ],
                formats={2: PERCENT},
            ),
            Table(
                "岗位分布（月末在职）",
                ["岗位", "人数", "占比"],
                [[zh(r), n, n / now.headcount_end if now.headcount_end else None] for r, n in now.role_mix.items()],
                formats={2: PERCENT},
            ),
        ],
        notes=[
            "流失率 = 当月离职人数 ÷ 当月平均人数（(月初 + 月末) ÷ 2）。",
            "早期流失率 = 该批入职者中 90 天内离职的人数 ÷ 该批入职人数；"
            "取 90 天已满的最近一批（报告月前第 3 个月入职）。",
        ],
    )


def roster_detail(uow: UnitOfWork, month: Month) -> SheetSpec:
    agents = in_month_roster(uow.agents.list_all(), month)
    rows = [roster_cells(roster_row(a, month.last)) for a in sorted(agents, key=lambda a: a.employee_no)]
    return SheetSpec(
        name="人员明细",
        title=f"人员明细 · {month}（当月在册人员，不含任何关怀信息）",
        tables=[Table("人员明细", list(ROSTER_HEADERS), rows, formats={3: DATE, 10: DATE, 16: DATE})],
    )


def leavers(uow: UnitOfWork, month: Month) -> SheetSpec:
    left = sorted(leavers_in(uow.agents.list_all(), month), key=lambda a: (a.leave_date, a.employee_no))
    rows = [
        [
            a.employee_no,
            a.name,
            zh(a.role),
            a.team,
            a.hire_date,
            a.leave_date,
            tenure_days(a.hire_date, month.last, a.leave_date),  # a leaver's tenure ends on the leaving day
            zh(a.leave_reason),
            "主动" if a.leave_voluntary else ("被动" if a.leave_voluntary is False else ""),
        ]
        for a in left
    ]
    by_reason: dict[str, int] = {}
    for a in left:
        by_reason[zh(a.leave_reason)] = by_reason.get(zh(a.leave_reason), 0) + 1
    reasons = sorted(by_reason.items(), key=lambda reason_count: reason_count[1], reverse=True)
    return SheetSpec(
        name="离职",
        title=f"离职人员 · {month}",
        tables=[
            Table(
                "离职明细",
                ["工号", "姓名", "岗位", "班组", "入职日期", "离职日期", "司龄(天)", "离职原因", "类型"],
                rows,
                formats={4: DATE, 5: DATE},
                empty_note="本月无人离职",
            ),
            Table(
                "离职原因汇总",
                ["离职原因", "人数"],
                reasons,
                empty_note="本月无人离职",
            ),
        ],
    )
