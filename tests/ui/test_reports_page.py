from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl

from domain.demo import build_demo
from ui.reports.page import ReportsPage, recent_months

TODAY = date(2026, 11, 23)


def test_recent_months_start_with_last_month() -> None:
    months = [str(m) for m in recent_months(TODAY, 3)]
    assert months == ["2026-10", "2026-09", "2026-08", "2026-11"]


def test_export_runs_in_the_background_and_is_logged(qtbot, ctx, tmp_path: Path) -> None:
    build_demo(ctx.uow(), 30, 18, 5, TODAY)
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    assert page.selected_month().month == 10
    page.boxes["roster"].setChecked(False)
    out = tmp_path / "report.xlsx"
    page.export_to(out)
    qtbot.waitUntil(lambda: page.export_button.isEnabled(), timeout=30_000)
    assert page.status.text().startswith("已保存到")
    wb = openpyxl.load_workbook(out)
    assert "人员明细" not in wb.sheetnames and wb.sheetnames[:2] == ["封面", "人员概况"]
    assert page.log_model.rowCount() >= 1
    assert page.log_model.index(0, 1).data() == "总部月报"
