"""The area sheets of the HQ workbook under pressure: care details never leave the app, hostile text stays
text, accepted appeals show in the figures, unscored months are scored without writing, empty areas say so."""

from __future__ import annotations

import sqlite3
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from domain.care import services as care
from domain.care.model import CareCategory, CareDetails, CareFacts
from domain.coaching.model import ActionItem, CoachingSession, SessionKind
from domain.coaching.services import add_session
from domain.demo import build_demo
from domain.demo.care import DEMO_PASSPHRASE
from domain.performance.model import KpiRecord, Metric
from domain.performance.services import decide_appeal, file_appeal, rescore_month
from domain.reports.export_use_case import export_report
from domain.reports.workforce import Month
from domain.roster import services as roster
from domain.roster.model import AgentData, Role
from persistence.database import Database
from persistence.reports.hq_report import HQ_REPORT, section_keys
from tests.persistence.hq_sheets import facts, sql, table, texts

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, 0)
MONTH = Month(2026, 10)
CANARY = "CANARY-4d7c 住院手术后家属请假陪护，申请大病医疗补助"
MARKERS = ("CANARY-4d7c", "住院手术后家属请假陪护", "申请大病医疗补助")
HOSTILE_NAME = '=HYPERLINK("http://x","点我")'
HOSTILE_TEAM = "+SUM(1,2)"
HOSTILE_ITEM = "@cmd|' /C calc'!A0"
HOSTILE_OWNER = "-1+1"


def export(db: Database, tmp_path: Path, keys: list[str] | None = None) -> Path:
    out = tmp_path / "report.xlsx"
    export_report(db.uow, HQ_REPORT, MONTH, out, keys or section_keys(), NOW)
    return out


def test_care_details_never_reach_any_part_of_the_workbook(db: Database, tmp_path: Path) -> None:
    build_demo(db.uow(), 60, 36, 7, TODAY)
    key = care.unlock(db.uow(), DEMO_PASSPHRASE)
    agents = sql(db.path, "SELECT id FROM agents WHERE leave_date IS NULL ORDER BY id LIMIT 3")
    for (agent_id,) in agents:  # three records, so the category's count is printed rather than "<3"
        care.add_record(db.uow(), key, CareFacts(agent_id, date(2026, 10, 12), CareCategory.HOUSING, aid_fen=88800),
                        CareDetails(CANARY, CANARY, CANARY), TODAY)
    path = export(db, tmp_path)

    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    assert any(n.startswith("xl/charts/") for n in parts) and "docProps/core.xml" in parts
    for name, data in parts.items():
        for marker in MARKERS:
            assert marker.encode("utf-8") not in data, (name, marker)

    ws = openpyxl.load_workbook(path)["关怀"]
    _, rows = table(ws, "关怀记录按类别汇总")
    housing = sql(db.path, "SELECT count(*), sum(aid_fen) FROM care_records WHERE category = 'housing' "
                           "AND day BETWEEN '2026-10-01' AND '2026-10-31'")[0]
    assert housing[0] >= 3 and ["住房", housing[0], pytest.approx(housing[1] / 100)] in rows
    people = {v for row in sql(db.path, "SELECT name, employee_no FROM agents") for v in row}
    cells = texts(ws)
    assert not people & set(cells)
    assert not [c for c in cells if "KF0" in c or any(name in c for name in people if len(name) >= 2)]


def hostile_agent(db: Database) -> int:
    receipt = roster.add_agent(db.uow(), AgentData("KF99001", HOSTILE_NAME, Role.HOTLINE, HOSTILE_TEAM,
                                                   date(2026, 9, 1)), TODAY)
    return receipt.agent_id


def test_hostile_text_comes_back_as_plain_text_never_a_formula(db: Database, tmp_path: Path) -> None:
    build_demo(db.uow(), 60, 36, 7, TODAY)
    agent_id = hostile_agent(db)
    uow = db.uow()
    with uow:
        uow.performance.add_kpis([KpiRecord(agent_id, "2026-10", handled=900, aht_seconds=330, response_seconds=18,
                                            csat=0.9, fcr=0.8, complaints=1, complaint_rate=1 / 900, qa_score=85)])
        uow.commit()
    rescore_month(db.uow(), "2026-10", TODAY)
    add_session(db.uow(), CoachingSession(agent_id, SessionKind.ONE_ON_ONE, date(2026, 10, 5), title="=1+1"),
                [ActionItem(HOSTILE_ITEM, HOSTILE_OWNER, date(2026, 10, 10))], TODAY)
    path = export(db, tmp_path)

    with zipfile.ZipFile(path) as z:
        sheets = [z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
    assert sheets and not any(b"<f>" in s or b"<f " in s for s in sheets)
    wb = openpyxl.load_workbook(path)
    _, detail = table(wb["绩效"], "个人绩效明细")
    assert [r[:4] for r in detail if r[0] == "KF99001"] == [["KF99001", HOSTILE_NAME, "热线", HOSTILE_TEAM]]
    _, teams = table(wb["绩效"], "班组平均")
    assert HOSTILE_TEAM in [t[0] for t in teams]
    _, per_agent = table(wb["辅导"], "每人辅导次数")
    assert [r[:5] for r in per_agent if r[0] == "KF99001"] == [["KF99001", HOSTILE_NAME, "热线", HOSTILE_TEAM, 1]]
    _, items = table(wb["辅导"], "月末逾期行动项明细")
    assert ["KF99001", HOSTILE_NAME, HOSTILE_ITEM, HOSTILE_OWNER] in [r[:4] for r in items]
    for ws in wb.worksheets:
        assert all(c.data_type != "f" for row in ws.iter_rows() for c in row), ws.title


def test_an_accepted_appeal_changes_the_figure_and_the_score_on_the_sheet(db: Database, tmp_path: Path) -> None:
    build_demo(db.uow(), 60, 36, 7, TODAY)
    agent_id, no = sql(db.path, "SELECT a.id, a.employee_no FROM kpi_monthly k JOIN agents a ON a.id = k.agent_id "
                                "WHERE k.month = '2026-10' AND k.csat < 0.95 ORDER BY a.employee_no LIMIT 1")[0]
    appeal = file_appeal(db.uow(), agent_id, "2026-10", Metric.CSAT, 0.99, "系统故障期间的评价", TODAY)
    decide_appeal(db.uow(), appeal, True, 0.99, "林主管", "核实后调整", TODAY)
    wb = openpyxl.load_workbook(export(db, tmp_path, ["performance"]))
    assert wb.sheetnames == ["封面", "绩效"]
    headers, detail = table(wb["绩效"], "个人绩效明细")
    [row] = [r for r in detail if r[0] == no]
    [(score, raw)] = sql(db.path, "SELECT s.score, k.csat FROM performance_scores s JOIN kpi_monthly k ON "
                                  "k.agent_id = s.agent_id AND k.month = s.month WHERE s.month = '2026-10' "
                                  "AND s.agent_id = ?", agent_id)
    assert row[headers.index("满意度")] == 0.99 and raw < 0.95  # the stored import is kept as it came
    assert row[headers.index("得分")] == pytest.approx(score)


def test_a_month_never_scored_is_scored_for_the_sheet_without_writing(db: Database, tmp_path: Path) -> None:
    build_demo(db.uow(), 60, 36, 7, TODAY)
    stored_wb = openpyxl.load_workbook(export(db, tmp_path, ["performance"]))
    con = sqlite3.connect(db.path)
    with con:
        con.execute("DELETE FROM performance_scores WHERE month = '2026-10'")
    con.close()
    fresh_path = tmp_path / "fresh.xlsx"
    export_report(db.uow, HQ_REPORT, MONTH, fresh_path, ["performance"], NOW)
    fresh = openpyxl.load_workbook(fresh_path)["绩效"]
    assert table(fresh, "个人绩效明细") == table(stored_wb["绩效"], "个人绩效明细")
    assert any("尚未在绩效模块中保存" in t for t in texts(fresh))
    assert sql(db.path, "SELECT count(*) FROM performance_scores WHERE month = '2026-10'") == [(0,)]


def test_an_empty_database_keeps_every_area_sheet_and_says_there_is_no_data(db: Database, tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(export(db, tmp_path))
    assert wb.sheetnames == ["封面", "人员概况", "人员明细", "绩效", "招聘", "带教", "辅导", "培养与发展", "关怀",
                             "离职"]
    assert facts(wb["培养与发展"])["本月晋升（人次）"] == 0 and facts(wb["培养与发展"])["可晋升（人）"] == 0
    expected = {
        "绩效": ["本月无绩效数据（尚未导入KPI）"],
        "招聘": ["本年度尚无候选人记录", "该期间没有面试评估表"],
        "带教": ["本月没有在带的师徒"],
        "辅导": ["本月没有辅导记录", "月末没有逾期的行动项"],
        "关怀": ["本月没有关怀记录"],
    }
    for sheet, notes in expected.items():
        for note in notes:
            assert note in texts(wb[sheet]), (sheet, note)
    assert facts(wb["绩效"])["参评人数"] == 0 and facts(wb["带教"])["本月应发辅导补贴"] == 0
