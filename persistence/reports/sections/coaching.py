"""辅导 — 1:1s and case reviews per agent in the month, and the action items overdue when the month closed.

Every agent on the books at some point of the month is listed, with zeros, so HQ sees who had no 1:1.
Counts come from one SQL aggregate; only session kinds and dates are read, never what was said."""

from __future__ import annotations

from domain.coaching.model import SessionKind
from domain.ports import UnitOfWork
from domain.reports.workforce import Month, in_month_roster
from persistence.reports.sheets import DATE, PERCENT, SheetSpec, Table
from persistence.roster.vocabulary import zh

KIND_ZH = {SessionKind.ONE_ON_ONE: "一对一", SessionKind.CASE_REVIEW: "案例解剖", SessionKind.QA_FEEDBACK: "质检反馈",
           SessionKind.LIVE_INTERVENTION: "实时介入", SessionKind.IMPROVEMENT_PLAN: "改进计划"}
OTHER_KINDS = (SessionKind.QA_FEEDBACK, SessionKind.LIVE_INTERVENTION, SessionKind.IMPROVEMENT_PLAN)


def coaching(uow: UnitOfWork, month: Month) -> SheetSpec:
    counts = uow.coaching.session_counts(month.first, month.last)
    overdue = uow.coaching.overdue_at(month.last)
    everyone = uow.agents.list_all()
    agents = {a.id: a for a in everyone}
    on_books = sorted(in_month_roster(everyone, month), key=lambda a: a.employee_no)
    open_by_agent: dict[int, int] = {}
    for row in overdue:
        open_by_agent[row.agent_id] = open_by_agent.get(row.agent_id, 0) + 1

    def count(agent_id: int, *kinds: SessionKind) -> int:
        return sum(counts.get((agent_id, k), 0) for k in kinds)

    per_agent = []
    for a in on_books:
        assert a.id is not None
        per_agent.append([a.employee_no, a.name, zh(a.role), a.team, count(a.id, SessionKind.ONE_ON_ONE),
                          count(a.id, SessionKind.CASE_REVIEW), count(a.id, *OTHER_KINDS),
                          open_by_agent.get(a.id, 0)])
    has_sessions = bool(counts)
    items = [
        [agents[r.agent_id].employee_no, r.agent_name, r.item.text, r.item.owner, KIND_ZH[r.session_kind], r.held_on,
         r.item.due_on, (month.last - r.item.due_on).days, r.item.done_on]
        for r in overdue
    ]
    one_on_ones = sum(n for (_, kind), n in counts.items() if kind is SessionKind.ONE_ON_ONE)
    covered = sum(1 for row in per_agent if row[4])
    return SheetSpec(
        name="辅导",
        title=f"辅导 · {month}",
        facts=[
            ("一对一（次）", one_on_ones, None),
            ("当月在册人数", len(on_books), None),
            ("一对一覆盖人数", covered, None),
            ("一对一覆盖率", covered / len(on_books) if on_books else None, PERCENT),
            ("案例解剖（次）", sum(n for (_, kind), n in counts.items() if kind is SessionKind.CASE_REVIEW), None),
            ("其他辅导（次）", sum(n for (_, kind), n in counts.items() if kind in OTHER_KINDS), None),
            ("月末逾期行动项", len(overdue), None),
        ],
        tables=[
            Table(
                "月末逾期行动项明细",
                ["工号", "姓名", "行动项", "负责人", "来源", "辅导日期", "截止日期", "逾期天数(至月末)", "完成日期"],
                items,
                formats={5: DATE, 6: DATE, 8: DATE},
                empty_note="月末没有逾期的行动项",
            ),
            Table(
                "每人辅导次数",
                ["工号", "姓名", "岗位", "班组", "一对一", "案例解剖", "其他辅导", "月末逾期行动项"],
                per_agent if has_sessions or overdue else [],
                empty_note="本月没有辅导记录",
            ),
        ],
        notes=[
            "列出当月在册的全部人员（含月内入职、离职者），次数为 0 表示本月没有该类辅导。",
            "其他辅导 = 质检反馈、实时介入、改进计划。",
            "逾期行动项：截止日期早于月末最后一天、且到月末仍未完成的行动项；完成日期为空表示至今未完成。",
        ],
    )
