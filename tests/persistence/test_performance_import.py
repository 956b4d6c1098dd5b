"""KPI import on messy real-shaped files (merged headers, GBK CSV, mm:ss, "95%") and on bad ones
(database unchanged), through the real reader and a real SQLite file."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from domain.performance.importing import MonthAlreadyImported, UnknownAgentsInFile
from domain.performance.kpi_import_use_case import (
    commit_kpi_import,
    preview_kpi_import,
    remember_mapping,
    remembered_mapping,
)
from domain.performance.model import Grade, Metric
from domain.roster import services as roster
from domain.roster.importing import ImportRejected
from domain.roster.model import AgentData, Role
from persistence.backup_port import DatabaseBackup
from persistence.performance.kpi_files import KpiFiles
from persistence.tabular import UnreadableFile
from tests.persistence.helpers import content_hash

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, 0)


def add_agents(db) -> dict[str, int]:  # type: ignore[no-untyped-def]
    people = [("KF001", "王婷", Role.HOTLINE, "热线一组"), ("KF002", "李强", Role.HOTLINE, "热线一组"),
              ("KF003", "张敏", Role.ONLINE, "在线组")]
    ids = {}
    for no, name, role, team in people:
        ids[no] = roster.add_agent(db.uow(), AgentData(no, name, role, team, date(2025, 1, 6)), TODAY).agent_id
    return ids


def messy_xlsx(path: Path, rows: list[list[object]] | None = None) -> Path:
    """Title rows, a two-level merged header (效率指标 over 接通量 and 平均处理时长), a totals row."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "坐席绩效"
    ws.append(["2026年10月 坐席月度绩效报表"])
    ws.merge_cells("A1:H1")
    ws.append(["导出时间：2026-11-02 08:00"])
    ws.append(["工号", "姓名", "效率指标", None, None, "质量指标", None, None])
    ws.append([None, None, "接通量", "平均处理时长", "首次响应时长(秒)", "满意度", "投诉量", "质检得分"])
    for cells in ("A3:A4", "B3:B4", "C3:E3", "F3:H3"):
        ws.merge_cells(cells)
    for row in rows or [["KF001", "王婷", 1200, "05:30", 12, "95%", 1, 92.5],
                        ["kf002", "李强", "1,050", "0:06:10", "15", 91, 0, "88"],
                        ["KF003", "张敏", 1800, "09:05", 28, 93, 2, 90]]:
        ws.append(row)
    ws.append(["合计", None, 4050])
    wb.save(path)
    return path


def test_messy_workbook_lands_whole_with_scores(db, tmp_path: Path) -> None:
    ids = add_agents(db)
    preview = preview_kpi_import(db.uow, KpiFiles(), messy_xlsx(tmp_path / "k.xlsx"))
    assert preview.errors == [] and preview.plan.month == "2026-10" and preview.file.header_row == 4
    records = {line.agent.employee_no: line.record for line in preview.plan.lines}
    wang = records["KF001"]
    assert (wang.handled, wang.aht_seconds, wang.response_seconds, wang.csat, wang.complaints, wang.qa_score) == (
        1200, 330, 12, 0.95, 1, 92.5)
    assert wang.complaint_rate == pytest.approx(1 / 1200)
    assert records["KF002"].handled == 1050 and records["KF002"].aht_seconds == 370 and records["KF002"].csat == 0.91
    assert records["KF003"].csat == 0.93
    assert commit_kpi_import(db.uow, DatabaseBackup(db), preview, TODAY, NOW) == 3
    with db.uow() as uow:
        assert uow.performance.kpi_count("2026-10") == 3
        scores = {s.agent_id: s for s in uow.performance.scores_for_month("2026-10")}
        log = uow.log.recent(5)
    assert set(scores) == set(ids.values()) and all(s.scheme_id for s in scores.values())
    assert any(kind == "import_kpi" for _, kind, _, _ in log)
    assert list((tmp_path / "backups").glob("pre-import-*.sqlite"))


def test_gbk_csv_with_month_from_the_command_line(db, tmp_path: Path) -> None:
    add_agents(db)
    path = tmp_path / "kpi.csv"
    path.write_bytes("坐席工号,坐席姓名,会话量,平均响应时长,客户满意度,一次解决率,投诉率,质检分\n"
                     "KF003,张敏,1700,00:32,92.5%,81%,0.12%,91\n".encode("gbk"))
    preview = preview_kpi_import(db.uow, KpiFiles(), path, "2026-09")
    assert preview.errors == []
    record = preview.plan.lines[0].record
    assert (record.month, record.handled, record.response_seconds, record.csat, record.fcr) == (
        "2026-09", 1700, 32, 0.925, 0.81)
    assert record.complaint_rate == pytest.approx(0.0012)


def test_file_month_disagreeing_with_the_chosen_month_is_an_error(db, tmp_path: Path) -> None:
    add_agents(db)
    path = tmp_path / "kpi.csv"
    path.write_text("工号,月份,接通量\nKF001,2026-10,1000\nKF002,2026年9月,900\n", encoding="utf-8")
    assert [e.code for e in preview_kpi_import(db.uow, KpiFiles(), path).errors] == ["kpi_mixed_months"]
    assert [(e.row, e.code) for e in preview_kpi_import(db.uow, KpiFiles(), path, "2026-10").errors] == [
        (3, "kpi_month_mismatch")]
    path.write_text("工号,接通量,满意度\nKF001,1000,90%\n", encoding="utf-8")
    assert [e.code for e in preview_kpi_import(db.uow, KpiFiles(), path).errors] == ["kpi_no_month"]


def test_every_bad_cell_is_listed_and_nothing_lands(db, tmp_path: Path) -> None:
    add_agents(db)
    path = messy_xlsx(tmp_path / "bad.xlsx", [["KF001", "王婷", "很多", "05:30", 12, "95%", 1, 92],
                                              ["KF002", "李强", 1000, "5分半", 12, "120%", 0, 130],
                                              ["KF001", "王婷", 1000, "05:30", 12, "95%", 1, 92]])
    before = content_hash(db.path)
    preview = preview_kpi_import(db.uow, KpiFiles(), path)
    assert sorted((e.row, e.column, e.code) for e in preview.errors) == [
        (5, "接通量", "not_a_number"), (6, "平均处理时长", "bad_duration"),
        (6, "质检得分", "kpi_out_of_range"), (7, "工号", "duplicate_in_file")]
    # 120 % reads fine but cannot be true: listed for the supervisor to confirm, not an unreadable cell.
    assert [(e.row, e.column, e.code) for e in preview.plan.implausible] == [(6, "满意度", "kpi_over_100")]
    with pytest.raises(ImportRejected):
        commit_kpi_import(db.uow, DatabaseBackup(db), preview, TODAY, NOW)
    assert content_hash(db.path) == before


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 truncated", "工号,姓名\n".encode()])
def test_unreadable_or_empty_files_change_nothing(db, tmp_path: Path, content: bytes) -> None:
    add_agents(db)
    path = tmp_path / ("x.xlsx" if content.startswith(b"PK") else "x.csv")
    path.write_bytes(content)
    before = content_hash(db.path)
    try:
        preview = preview_kpi_import(db.uow, KpiFiles(), path)
    except UnreadableFile:
        pass
    else:
        assert preview.errors and not preview.plan.ok
    assert content_hash(db.path) == before


def test_unknown_employee_numbers_are_listed_and_must_be_skipped_explicitly(db, tmp_path: Path) -> None:
    add_agents(db)
    path = tmp_path / "kpi.csv"
    path.write_text("工号,姓名,接通量,满意度\nKF001,王婷,1000,90%\nKF999,新人甲,800,88%\n", encoding="utf-8")
    preview = preview_kpi_import(db.uow, KpiFiles(), path, "2026-10")
    assert [(u.employee_no, u.name) for u in preview.plan.unknown] == [("KF999", "新人甲")]
    before = content_hash(db.path)
    with pytest.raises(UnknownAgentsInFile):
        commit_kpi_import(db.uow, DatabaseBackup(db), preview, TODAY, NOW)
    assert content_hash(db.path) == before
    assert commit_kpi_import(db.uow, DatabaseBackup(db), preview, TODAY, NOW, skip_unknown=True) == 1


def test_reimporting_a_month_replaces_it_only_when_confirmed(db, tmp_path: Path) -> None:
    add_agents(db)
    first = preview_kpi_import(db.uow, KpiFiles(), messy_xlsx(tmp_path / "a.xlsx"))
    commit_kpi_import(db.uow, DatabaseBackup(db), first, TODAY, NOW)
    path = tmp_path / "again.csv"
    path.write_text("工号,接通量,满意度\nKF001,600,70%\n", encoding="utf-8")
    preview = preview_kpi_import(db.uow, KpiFiles(), path, "2026-10")
    assert preview.plan.existing == 3
    before = content_hash(db.path)
    with pytest.raises(MonthAlreadyImported):
        commit_kpi_import(db.uow, DatabaseBackup(db), preview, TODAY, NOW)
    assert content_hash(db.path) == before
    commit_kpi_import(db.uow, DatabaseBackup(db), preview, TODAY, NOW, replace_month=True)
    with db.uow() as uow:
        records = uow.performance.kpis_for_month("2026-10")
        scores = uow.performance.scores_for_month("2026-10")
    assert [(r.handled, r.csat) for r in records] == [(600, 0.7)]
    # handled 600/1200 = 50 and CSAT .70/.95 = 73.7, each at half the weight (no other figures) → 61.84
    assert len(scores) == 1 and scores[0].score == 61.84 and scores[0].grade is Grade.PASS


def test_an_unknown_column_mapped_once_is_remembered(db, tmp_path: Path) -> None:
    add_agents(db)
    path = tmp_path / "kpi.csv"
    path.write_text("工号,姓名,通话总量,满意度\nKF001,王婷,1000,90%\n", encoding="utf-8")
    first = preview_kpi_import(db.uow, KpiFiles(), path, "2026-10")
    assert first.file.unknown_headers == ["通话总量"] and first.plan.lines[0].record.handled is None
    remember_mapping(db.uow(), {"通话总量": Metric.HANDLED.value})
    assert remembered_mapping(db.uow()) == {"通话总量": "handled"}
    again = preview_kpi_import(db.uow, KpiFiles(), path, "2026-10")
    assert again.file.unknown_headers == [] and again.plan.lines[0].record.handled == 1000
