"""辅导补贴 statement → .xlsx for HQ: one line per pairing-month, a total per mentor, and the rule written
out so that whoever checks it at HQ can recompute every figure."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from domain.mentoring.allowance import AllowanceStatement, LineNote
from persistence.excel_writer import save_workbook, set_value, write_table

MONEY = "#,##0.00"
DETAIL_HEADERS = ("师傅工号", "师傅", "徒弟工号", "徒弟", "结对开始", "结对结束", "本月计费起", "本月计费止",
                  "计费天数", "本月天数", "月补贴标准(元)", "应发金额(元)", "说明")
TOTAL_HEADERS = ("师傅工号", "师傅", "带徒人次", "应发合计(元)")
NOTE_ZH = {
    LineNote.STARTED_IN_MONTH: "本月开始",
    LineNote.ENDED_IN_MONTH: "本月结束",
    LineNote.APPRENTICE_LEFT: "徒弟离职，计至离职日",
    LineNote.MENTOR_LEFT: "师傅离职，计至离职日",
    LineNote.PAST_PLANNED_END: "已过计划结束日仍在带教",
}
RULE_LINES = (
    "计算规则",
    "应发金额 = 月补贴标准 × 本月计费天数 ÷ 本月自然日天数，按四舍五入保留到分（0.01元）。",
    "计费天数按自然日计算，起止日均计入：从结对开始日（或月初）到结对结束日（或月末）。",
    "徒弟或师傅离职的，计至离职日；整月带教的，按月补贴标准全额发放。",
    "每行单独四舍五入；师傅合计为其各行金额之和。",
)


def statement_title(statement: AllowanceStatement, team_name: str) -> str:
    return f"{team_name} {statement.year}年{statement.month}月 师徒制辅导补贴".strip()


def write_allowance_xlsx(path: Path, statement: AllowanceStatement, team_name: str, now: datetime) -> int:
    wb = Workbook()
    detail = wb.active
    detail.title = "补贴明细"
    rows = [[ln.mentor.employee_no, ln.mentor.name, ln.apprentice.employee_no, ln.apprentice.name, ln.start_date,
             ln.end_date, ln.billed_from, ln.billed_to, ln.active_days, ln.days_in_month, ln.monthly_amount,
             ln.amount, "；".join(NOTE_ZH[n] for n in ln.notes)] for ln in statement.lines]
    last = write_table(detail, DETAIL_HEADERS, rows, formats={10: MONEY, 11: MONEY})
    total_row = last + 1
    set_value(detail.cell(row=total_row, column=1), "合计").font = Font(bold=True)
    set_value(detail.cell(row=total_row, column=12), statement.total, MONEY).font = Font(bold=True)

    totals = wb.create_sheet("按师傅汇总")
    last = write_table(totals, TOTAL_HEADERS, [[t.mentor.employee_no, t.mentor.name, t.lines, t.amount]
                                               for t in statement.mentor_totals], formats={3: MONEY})
    set_value(totals.cell(row=last + 1, column=1), "合计").font = Font(bold=True)
    set_value(totals.cell(row=last + 1, column=4), statement.total, MONEY).font = Font(bold=True)

    rule = wb.create_sheet("计算规则")
    for row, text in enumerate(RULE_LINES, start=1):
        set_value(rule.cell(row=row, column=1), text)
    rule["A1"].font = Font(bold=True)
    rule.column_dimensions["A"].width = 90

    wb.properties.title = statement_title(statement, team_name)
    wb.properties.creator = "客服主管工作台"
    wb.properties.created = now
    save_workbook(wb, path)  # temp name, then rename: never a partial file
    return len(statement.lines)

