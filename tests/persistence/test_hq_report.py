"""The HQ workbook read back with openpyxl and checked against the database, sheet by sheet."""

from __future__ import annotations

import sqlite3
import xml.etree.ElementTree as ET
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from domain.demo import build_demo
from domain.reports.export_use_case import export_report
from domain.reports.workforce import Month
from domain.roster import services
from domain.roster.model import AgentData, LeaveReason, Role, Status
from persistence.reports.hq_report import HQ_REPORT, section_keys

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, 0)
MONTH = Month(2026, 10)


@pytest.fixture
def report(db, tmp_path: Path):  # type: ignore[no-untyped-def]
    build_demo(db.uow(), 60, 36, 7, TODAY)
    out = tmp_path / "report.xlsx"
    export_report(db.uow, HQ_REPORT, MONTH, out, section_keys(), NOW)
    return db, out, openpyxl.load_workbook(out)


def facts(ws) -> dict[str, object]:  # type: ignore[no-untyped-def]
    found = {}
    for row in ws.iter_rows(min_row=3, max_col=2, values_only=True):
        if row[0] is None:
            break
        found[row[0]] = row[1]
    return found


def table(ws, title: str) -> list[list[object]]:  # type: ignore[no-untyped-def]
    rows = list(ws.iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if r[0] == title) + 2
    out = []
    for r in rows[start:]:
        if r[0] is None:
            break
        out.append(list(r))
    return out


def sql(db, query: str, *args: object) -> list[tuple]:  # type: ignore[no-untyped-def]
    con = sqlite3.connect(db.path)
    try:
        return con.execute(query, args).fetchall()
    finally:
        con.close()


def test_sheets_are_in_hq_order(report) -> None:  # type: ignore[no-untyped-def]
    _, _, wb = report
    assert wb.sheetnames[0] == "封面" and {"人员概况", "人员明细", "离职"} <= set(wb.sheetnames)
    cover = facts(wb["封面"])
    assert cover["报告月份"] == "2026-10" and cover["团队"] == "华东客服中心一部"


def test_workforce_figures_match_the_database(report) -> None:  # type: ignore[no-untyped-def]
    db, _, wb = report
    got = facts(wb["人员概况"])
    start = sql(db, "SELECT count(*) FROM agents WHERE hire_date <= '2026-09-30' AND "
                    "(leave_date IS NULL OR leave_date > '2026-09-30')")[0][0]
    end = sql(db, "SELECT count(*) FROM agents WHERE hire_date <= '2026-10-31' AND "
                  "(leave_date IS NULL OR leave_date > '2026-10-31')")[0][0]
    hires = sql(db, "SELECT count(*) FROM agents WHERE hire_date BETWEEN '2026-10-01' AND '2026-10-31'")[0][0]
    left = sql(db, "SELECT count(*), sum(leave_voluntary = 1), sum(leave_voluntary = 0) FROM agents "
                   "WHERE leave_date BETWEEN '2026-10-01' AND '2026-10-31'")[0]
    assert (got["月初人数"], got["月末人数"], got["本月入职"], got["本月离职"]) == (start, end, hires, left[0])
    assert (got["其中主动离职"], got["其中被动离职"]) == (left[1] or 0, left[2] or 0)
    assert got["月度流失率"] == pytest.approx(left[0] / ((start + end) / 2))
    trend = table(wb["人员概况"], "近12个月人数与流失率")
    assert [r[0] for r in trend][-1] == "2026-10" and len(trend) == 12
    assert trend[-1][1:5] == [start, end, hires, left[0]]


def test_roster_detail_and_leavers_match(report, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, _, wb = report
    detail = table(wb["人员明细"], "人员明细")
    expected = sql(db, "SELECT employee_no FROM agents WHERE hire_date <= '2026-10-31' AND "
                       "(leave_date IS NULL OR leave_date >= '2026-10-01') ORDER BY employee_no")
    assert [r[0] for r in detail] == [e[0] for e in expected]

    # The demo's draws may leave October without leavers: record one, so the sheet has rows to prove.
    active = services.list_roster(db.uow(), TODAY, Status.ACTIVE)
    earliest = min(active, key=lambda r: r.agent.hire_date).agent
    services.mark_left(db.uow(), earliest.id, date(2026, 10, 15), LeaveReason.CAREER, True, TODAY)
    again = tmp_path / "with_leaver.xlsx"
    export_report(db.uow, HQ_REPORT, MONTH, again, section_keys(), NOW)
    leavers = table(openpyxl.load_workbook(again)["离职"], "离职明细")
    expected_leavers = sql(db, "SELECT employee_no FROM agents WHERE leave_date BETWEEN '2026-10-01' AND '2026-10-31'")
    assert earliest.employee_no in {e[0] for e in expected_leavers}
    assert sorted(r[0] for r in leavers) == sorted(e[0] for e in expected_leavers)


def test_same_database_and_month_give_the_same_figures(report, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, first, _ = report
    second = tmp_path / "again.xlsx"
    export_report(db.uow, HQ_REPORT, MONTH, second, section_keys(), datetime(2026, 11, 24, 18, 0))
    a, b = openpyxl.load_workbook(first), openpyxl.load_workbook(second)
    for name in a.sheetnames[1:]:
        assert [list(r) for r in a[name].iter_rows(values_only=True)] == \
               [list(r) for r in b[name].iter_rows(values_only=True)], name


def test_native_charts_formats_and_print_setup(report) -> None:  # type: ignore[no-untyped-def]
    _, path, wb = report
    ws = wb["人员概况"]
    with zipfile.ZipFile(path) as z:
        assert any(n.startswith("xl/charts/chart") for n in z.namelist())
    assert ws.page_setup.orientation == "landscape" and ws.sheet_properties.pageSetUpPr.fitToPage
    rate_cell = next(c for row in ws.iter_rows(min_row=3, max_col=2) for c in row[1:] if c.number_format == "0.0%")
    assert rate_cell.value is None or 0 <= rate_cell.value <= 1
    assert wb["人员明细"].freeze_panes is not None and wb["人员明细"].auto_filter.ref


def test_every_export_is_logged(report) -> None:  # type: ignore[no-untyped-def]
    db, _, _ = report
    [(kind, detail)] = sql(db, "SELECT kind, detail FROM activity_log WHERE kind = 'export_report'")
    assert "month=2026-10" in detail and "sections=workforce" in detail


def test_names_are_written_as_text_not_formulas(db, tmp_path: Path) -> None:
    services.add_agent(db.uow(), AgentData("KF1", "=HYPERLINK(\"http://x\",\"y\")", Role.HOTLINE, "=1+2",
                                           date(2026, 10, 3)), TODAY)
    out = tmp_path / "r.xlsx"
    export_report(db.uow, HQ_REPORT, MONTH, out, section_keys(), NOW)
    with zipfile.ZipFile(out) as z:
        sheets = [z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
    assert not any(b"<f>" in s for s in sheets)
    detail = table(openpyxl.load_workbook(out)["人员明细"], "人员明细")
    assert detail[0][1] == "=HYPERLINK(\"http://x\",\"y\")"


def test_charts_start_bars_at_zero_and_draw_straight_monthly_lines(report) -> None:  # type: ignore[no-untyped-def]
    """Issue 15 item 8, read from the chart XML itself: every value axis has <c:min val="0"/>, and every line
    series says <c:smooth val="0"/> (without it LibreOffice and Excel may curve between months)."""
    _, path, _ = report
    ns = {"c": "http://schemas.openxmlformats.org/drawingml/2006/chart"}
    with zipfile.ZipFile(path) as z:
        charts = [ET.fromstring(z.read(n)) for n in z.namelist() if n.startswith("xl/charts/chart")]
    assert charts
    line_series = 0
    for root in charts:
        for axis in root.iterfind(".//c:valAx", ns):
            floor = axis.find("c:scaling/c:min", ns)
            assert floor is not None and float(floor.get("val")) == 0
        for series in root.iterfind(".//c:lineChart/c:ser", ns):
            line_series += 1
            smooth = series.find("c:smooth", ns)
            assert smooth is not None and smooth.get("val") in ("0", "false")
    assert line_series >= 1  # the attrition line beside the headcount bars


def test_every_sheet_comes_from_one_snapshot(db, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The supervisor keeps working while the report builds: October's 1:1s moved to September (committed on
    another connection) after the first sheets were read must not change a later sheet — not even after a section
    whose area service opens the unit of work itself."""
    from persistence.reports import hq_report

    build_demo(db.uow(), 60, 36, 7, TODAY)
    october = "SELECT count(*) FROM coaching_sessions WHERE kind = 'one_on_one' AND held_on BETWEEN '2026-10-01' " \
              "AND '2026-10-31'"
    held = sql(db, october)[0][0]
    assert held > 0
    nested = next(s for s in hq_report.SECTIONS if s.key == "mentoring")
    assert nested.own_transaction

    def mentoring_then_someone_else_writes(uow, month):  # type: ignore[no-untyped-def]
        sheet = nested.build(uow, month)
        con = sqlite3.connect(db.path)
        with con:
            con.execute("UPDATE coaching_sessions SET held_on = '2026-09-15' WHERE held_on BETWEEN '2026-10-01' "
                        "AND '2026-10-31'")
        con.close()
        return sheet

    sections = [hq_report.Section(s.key, s.sheet, mentoring_then_someone_else_writes, s.own_transaction)
                if s is nested else s for s in hq_report.SECTIONS]
    monkeypatch.setattr(hq_report, "SECTIONS", sections)
    out = tmp_path / "snapshot.xlsx"
    export_report(db.uow, HQ_REPORT, MONTH, out, section_keys(), NOW)

    assert sql(db, october)[0][0] == 0  # the other connection's write did land
    assert facts(openpyxl.load_workbook(out)["辅导"])["一对一（次）"] == held
