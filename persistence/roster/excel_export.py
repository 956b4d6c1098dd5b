"""Roster → .xlsx for HQ (the writer port of domain/roster/export_use_case.py). Carries no care data by
construction: it only knows roster fields."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

from domain.roster.services import RosterRow
from persistence.excel_writer import save_workbook, write_table
from persistence.roster.vocabulary import zh

HEADERS = ("工号", "姓名", "性别", "出生日期", "代际", "手机", "籍贯", "外地", "岗位", "班组", "入职日期",
           "司龄阶段", "司龄(天)", "认证等级", "职业序列", "状态", "离职日期", "离职原因", "主动离职", "备注")
GENERATION_ZH = {"before_80": "80前", "post_80": "80后", "post_90": "90后", "post_95": "95后", "post_00": "00后"}


def _yes_no(value: bool | None) -> str:
    return "" if value is None else ("是" if value else "否")


def roster_cells(row: RosterRow) -> list[object]:
    a = row.agent
    return [
        a.employee_no, a.name, zh(a.gender), a.birth_date,
        GENERATION_ZH.get(row.generation.value, "") if row.generation else "",
        a.phone, a.hometown, _yes_no(a.out_of_town), zh(a.role), a.team, a.hire_date,
        zh(row.stage), row.tenure_days, zh(a.cert_level), zh(a.career_track), zh(a.status),
        a.leave_date, a.leave_reason_text or zh(a.leave_reason), _yes_no(a.leave_voluntary), a.notes,
    ]


def write_roster_xlsx(path: Path, rows: list[RosterRow], team_name: str, now: datetime) -> int:
    wb = Workbook()
    ws = wb.active
    ws.title = "花名册"
    write_table(ws, HEADERS, (roster_cells(r) for r in rows))
    wb.properties.title = f"{team_name} 花名册"
    wb.properties.creator = "客服主管工作台"
    wb.properties.created = now
    save_workbook(wb, path)  # temp name, then rename: never a partial file
    return len(rows)

