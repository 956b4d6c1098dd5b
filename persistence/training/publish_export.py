"""晋升公示 → .xlsx for the team: every ladder with its published criteria, and who is ready now or one
criterion away. Words are written in Chinese here, as the HQ exports are (the workbook is posted as is)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from domain.training.ladder import Check, Readiness
from domain.training.model import Criterion, LadderLevel
from persistence.excel_writer import save_workbook, set_value, write_table

TRACK_ZH = {"management": "管理序列", "expert": "专家序列", "trainer": "培训师序列", "operations": "运营序列",
            "product": "产品序列"}
CERT_ZH = {"none": "无", "junior": "初级", "intermediate": "中级", "senior": "高级", "expert": "资深专家"}
GRADE_ZH = {"excellent": "优秀", "good": "良好", "pass": "合格", "improve": "待改进"}
LADDER_HEADERS = ("序列", "职级", "级别名称", "最低司龄(月)", "技能认证", "绩效要求", "无底线月份(近N月)",
                  "完成培训项", "带徒出师人数", "其他条件(人工确认)")
READY_HEADERS = ("名单", "工号", "姓名", "班组", "序列", "当前职级", "目标职级", "未满足条件")
CRITERION_ZH = {Criterion.TENURE_MONTHS: "司龄", Criterion.CERT_LEVEL: "技能认证", Criterion.KPI_GRADE: "绩效",
                Criterion.NO_FLOOR: "投诉底线", Criterion.ITEMS_PASSED: "培训项", Criterion.APPRENTICES: "带徒",
                Criterion.MANUAL: "人工确认"}


def _kpi(level: LadderLevel) -> str:
    if not (level.kpi_grade and level.kpi_months):
        return ""
    return f"近{level.kpi_months}个月均达到{GRADE_ZH.get(level.kpi_grade, level.kpi_grade)}及以上"


def _unmet(check: Check) -> str:
    return check.required if check.criterion is Criterion.MANUAL else CRITERION_ZH[check.criterion]


def write_publish_xlsx(path: Path, levels: list[LadderLevel], ready: list[Readiness], near: list[Readiness],
                       title: str) -> int:
    """Returns the number of people listed."""
    wb = Workbook()
    sheet = wb.active
    sheet.title = "晋升通道与标准"
    rows = [[TRACK_ZH.get(str(lv.track), str(lv.track)), lv.rank, lv.name, lv.min_tenure_months or "",
             CERT_ZH[str(lv.min_cert)] if lv.min_cert != "none" else "", _kpi(lv), lv.no_floor_months or "",
             lv.items_passed or "", lv.apprentices or "", "；".join(lv.manual)] for lv in levels]
    set_value(sheet.cell(row=1, column=1), title).font = Font(bold=True, size=14)
    write_table(sheet, LADDER_HEADERS, rows, start_row=3)
    people = wb.create_sheet("晋升准备名单")
    lines = []
    for group, found in (("已满足全部条件", ready), ("差一项条件", near)):
        for r in found:
            lines.append([group, r.agent.employee_no, r.agent.name, r.agent.team, TRACK_ZH.get(str(r.track), ""),
                          r.current.name if r.current else "", r.target.name if r.target else "",
                          "；".join(_unmet(c) for c in r.checks if not c.met)])
    write_table(people, READY_HEADERS, lines)
    save_workbook(wb, path)  # a temporary name, then renamed: never a half-written file
    return len(lines)


def write_posting_xlsx(path: Path, levels: list[LadderLevel], ready: list[Readiness], near: list[Readiness],
                       today: date) -> int:
    """The writer port of domain/training/posting_use_case.py: the workbook titled with the day it was posted."""
    return write_publish_xlsx(path, levels, ready, near, f"职业发展通道与晋升标准（{today.isoformat()}）")
