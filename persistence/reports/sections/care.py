"""关怀 — counts and aid totals by category for the month, and nothing else.

Everything here comes from `domain.care.reports.care_totals`, which by its type carries no name, 工号 or
detail, with the care area's small-cell suppression ("<3", amount withheld). No grand total is printed: with
a suppressed category, total minus the printed cells would give the suppressed figure back."""

from __future__ import annotations

from domain.care.model import CareCategory
from domain.care.reports import SUPPRESS_BELOW, care_totals, eap_referral_counts
from domain.ports import UnitOfWork
from domain.reports.workforce import Month
from persistence.care.excel_export import CATEGORY_ZH
from persistence.reports.sheets import INTEGER, YUAN, SheetSpec, Table

WITHHELD = "不公布"


def care(uow: UnitOfWork, month: Month) -> SheetSpec:
    """Reads through `care_totals`, which opens the unit of work itself (Section.own_transaction)."""
    totals = care_totals(uow, month.first, month.last)
    cells = {c.category: c for c in totals.cells if c.month == str(month)}
    rows: list[list[object]] = []
    for category in CareCategory:
        cell = cells.get(category)
        if cell is None:
            rows.append([CATEGORY_ZH[category], 0, 0])
        elif cell.count is None:
            rows.append([CATEGORY_ZH[category], cell.count_text, WITHHELD])
        else:
            rows.append([CATEGORY_ZH[category], cell.count, (cell.aid_fen or 0) / 100])
    [eap] = eap_referral_counts(uow, month.first, month.last)
    return SheetSpec(
        name="关怀",
        title=f"员工关怀 · {month}（仅按类别汇总）",
        facts=[("本月转介 EAP（人次）", eap.count_text if eap.referrals is None else eap.referrals, None)],
        tables=[Table("关怀记录按类别汇总", ["类别", "记录数", "补助金额"], rows if cells else [],
                      formats={1: INTEGER, 2: YUAN}, empty_note="本月没有关怀记录")],
        notes=[
            "本表只含按类别汇总的记录数和补助金额，不含任何姓名、工号或关怀详情（个人信息保护法：最小必要）。",
            f"某类别当月记录少于 {SUPPRESS_BELOW} 条时显示“<{SUPPRESS_BELOW}”，其补助金额不公布，以免推断到个人；"
            "为防止相减推算，不提供合计。",
        ],
        sensitive=True,
    )
