"""Care records → .xlsx for the supervisor's own use (the writer port of domain/care/export_use_case.py, which
needs the unlocked key and logs every export). It holds sensitive details in plain text."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

from domain.care.model import CareCategory, CareRow, CareStatus, EapReferral
from persistence.excel_writer import save_workbook, write_table

HEADERS = ("日期", "坐席", "类别", "状态", "回访日期", "补助金额(元)", "经过", "支持措施", "备注", "EAP转介")
CATEGORY_ZH = {
    CareCategory.HEALTH: "健康", CareCategory.HOSPITAL: "住院", CareCategory.MATERNITY: "孕产",
    CareCategory.FAMILY: "家庭", CareCategory.HOUSING: "住房", CareCategory.BEREAVEMENT: "丧事",
    CareCategory.HARDSHIP: "经济困难", CareCategory.PSYCHOLOGICAL: "心理(EAP)", CareCategory.BIRTHDAY: "生日",
    CareCategory.HOME_VISIT: "家访",
}
STATUS_ZH = {CareStatus.OPEN: "跟进中", CareStatus.CLOSED: "已结束"}
ACCEPTED_ZH = {None: "是否接受未知", True: "已接受", False: "未接受"}
DAMAGED = "（数据损坏，无法读取）"


def eap_text(eap: EapReferral | None) -> str:
    if eap is None:
        return ""
    return " · ".join(t for t in (eap.referred_on.isoformat(), ACCEPTED_ZH[eap.accepted], eap.follow_up) if t)


def care_cells(row: CareRow) -> list[object]:
    facts, details = row.facts, row.details
    assert facts is not None, "export needs unlocked rows"
    texts = (details.what_happened, details.support_given, details.notes, eap_text(details.eap)) if details \
        else (DAMAGED, "", "", "")
    return [row.header.day, row.header.agent_name, CATEGORY_ZH[row.header.category], STATUS_ZH[facts.status],
            facts.follow_up, facts.aid_fen / 100, *texts]


def write_care_xlsx(path: Path, rows: list[CareRow], now: datetime) -> int:
    wb = Workbook()
    ws = wb.active
    ws.title = "关怀记录"
    write_table(ws, HEADERS, (care_cells(r) for r in rows), formats={5: "#,##0.00"})
    wb.properties.title = "关怀记录（敏感个人信息）"
    wb.properties.creator = "客服主管工作台"
    wb.properties.created = now
    save_workbook(wb, path)  # temp name, then rename: never a partial file
    return len(rows)

