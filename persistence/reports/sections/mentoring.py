"""带教 — the pairings active in the month and the allowance payable per mentor, proration shown.

Every figure comes from the mentoring area's own `allowance_statement`, so this sheet and the allowance
statement the supervisor exports from the mentoring page agree to the fen. Same words, same rule text."""

from __future__ import annotations

from domain.mentoring.services import allowance_statement
from domain.ports import UnitOfWork
from domain.reports.workforce import Month
from persistence.mentoring.allowance_export import DETAIL_HEADERS, NOTE_ZH, RULE_LINES, TOTAL_HEADERS
from persistence.reports.sheets import DATE, YUAN, SheetSpec, Table

NO_PAIRINGS = "本月没有在带的师徒"


def mentoring(uow: UnitOfWork, month: Month) -> SheetSpec:
    """Reads through `allowance_statement`, which opens the unit of work itself (Section.own_transaction)."""
    statement = allowance_statement(uow, month.year, month.month)
    lines = [
        [ln.mentor.employee_no, ln.mentor.name, ln.apprentice.employee_no, ln.apprentice.name, ln.start_date,
         ln.end_date, ln.billed_from, ln.billed_to, ln.active_days, ln.days_in_month, ln.monthly_amount, ln.amount,
         "；".join(NOTE_ZH[n] for n in ln.notes)]
        for ln in statement.lines
    ]
    totals = [[t.mentor.employee_no, t.mentor.name, t.lines, t.amount] for t in statement.mentor_totals]
    if totals:
        totals.append(["合计", "", len(statement.lines), statement.total])
    headers = [h.replace("(元)", "") for h in DETAIL_HEADERS]
    return SheetSpec(
        name="带教",
        title=f"带教（师徒制）· {month}",
        facts=[
            ("在带师徒（对）", len(statement.lines), None),
            ("带教师傅（人）", len(statement.mentor_totals), None),
            ("本月应发辅导补贴", statement.total, YUAN),
        ],
        tables=[
            Table(
                "辅导补贴 · 按师傅汇总",
                [h.replace("(元)", "") for h in TOTAL_HEADERS],
                totals,
                formats={3: YUAN},
                empty_note=NO_PAIRINGS,
            ),
            Table(
                "在带师徒及补贴折算明细",
                headers,
                lines,
                formats={4: DATE, 5: DATE, 6: DATE, 7: DATE, 10: YUAN, 11: YUAN},
                empty_note=NO_PAIRINGS,
            ),
        ],
        notes=[f"{RULE_LINES[0]}：", *RULE_LINES[1:], "本表金额与带教模块导出的辅导补贴明细一致。"],
    )
