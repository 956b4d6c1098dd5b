"""Roster import end to end at the persistence layer: messy HQ files in, all-or-nothing out."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from domain.roster import services
from domain.roster.export_use_case import export_roster
from domain.roster.import_use_case import commit_roster_import, preview_roster_import, remember_mapping
from domain.roster.importing import ImportRejected
from domain.roster.model import AgentData, LeaveReason, Role, Status
from persistence.backup_port import DatabaseBackup
from persistence.roster.excel_export import write_roster_xlsx
from persistence.roster.roster_files import RosterFiles
from tests.persistence.helpers import content_hash

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 10, 0)


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "花名册"
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def hq_file(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "hq.xlsx", [
        ["2026年11月 客服中心花名册"],
        ["制表：人力资源部"],
        ["员工编号", "姓名", "性别", "岗位", "组别", "入职时间", "手机号码", "离职日期", "离职原因", "主动离职"],
        ["ＫＦ００１", " 王 婷 ", "女", "热线", "热线一组", datetime(2024, 3, 5), "138 1234 5678", None, None, None],
        ["KF002", "李强", "男", "在线", "在线组", "2024/3/5", "13900000000", None, None, None],
        ["KF003", "张敏", "女", "售后", "售后组", "2025年1月8日", "", "2025-03-01", "工作压力", "是"],
        ["KF004", "陈静", "女", "热线", "热线二组", 45000, None, None, None, None],
        ["KF005", "刘洋", "男", "热线", "热线二组", "20240305", None, None, None, None],
        [None, None, None, None, None, None, None, None, None, None],
        ["合计", "5人", None, None, None, None, None, None, None, None],
    ])


def test_a_messy_hq_workbook_previews_and_lands(db, tmp_path: Path) -> None:
    preview = preview_roster_import(db.uow, RosterFiles(), hq_file(tmp_path), TODAY)
    assert preview.errors == []
    assert (preview.file.sheet, preview.file.header_row) == ("花名册", 3)
    by_no = {a.employee_no: a for a in preview.plan.new}
    assert sorted(by_no) == ["KF001", "KF002", "KF003", "KF004", "KF005"]
    assert by_no["KF001"].name == "王 婷" and by_no["KF001"].phone == "13812345678"
    assert by_no["KF001"].hire_date == by_no["KF002"].hire_date == by_no["KF005"].hire_date == date(2024, 3, 5)
    assert by_no["KF003"].hire_date == date(2025, 1, 8)
    assert by_no["KF004"].hire_date == date(2023, 3, 15)  # Excel serial 45000
    assert by_no["KF003"].status is Status.LEFT and by_no["KF003"].leave_reason is LeaveReason.PRESSURE
    assert by_no["KF003"].leave_voluntary is True
    assert commit_roster_import(db.uow, DatabaseBackup(db), preview, TODAY, NOW) == (5, 0)
    assert len(services.list_roster(db.uow(), TODAY)) == 5
    assert list((tmp_path / "backups").glob("pre-import-*.sqlite")), "an import backs up first"


def test_reimport_shows_changed_and_unchanged(db, tmp_path: Path) -> None:
    first = preview_roster_import(db.uow, RosterFiles(), hq_file(tmp_path), TODAY)
    commit_roster_import(db.uow, DatabaseBackup(db), first, TODAY, NOW)
    changed = write_xlsx(tmp_path / "v2.xlsx", [
        ["工号", "姓名", "班组", "岗位"],
        ["KF001", "王婷", "热线二组", "热线"],
        ["KF002", "李强", "在线组", "在线"],
    ])
    plan = preview_roster_import(db.uow, RosterFiles(), changed, TODAY).plan
    assert [(c.after.employee_no, c.fields) for c in plan.changed] == [("KF001", ("name", "team"))]
    assert [a.employee_no for a in plan.unchanged] == ["KF002"]
    second = preview_roster_import(db.uow, RosterFiles(), changed, TODAY)
    commit_roster_import(db.uow, DatabaseBackup(db), second, TODAY, NOW)
    with db.uow() as uow:
        agent = uow.agents.by_employee_no("KF001")
        assert [(h.field, h.new_value) for h in uow.agents.history(agent.id)] == [("team", "热线二组")]


def test_one_bad_row_rejects_the_whole_file_with_its_location(db, tmp_path: Path) -> None:
    services.add_agent(db.uow(), AgentData("KF900", "周雪", Role.ONLINE, "在线组", date(2025, 1, 1)), TODAY)
    before = content_hash(db.path)
    bad = write_xlsx(tmp_path / "bad.xlsx", [
        ["工号", "姓名", "岗位", "班组", "入职日期", "手机"],
        ["KF010", "赵敏", "热线", "热线一组", "2026-02-30", "13800000000"],
        ["KF011", "钱程", "热线", "热线一组", "2026-01-05", "12345"],
        ["KF012", "孙丽", "热线", "热线一组", "2027-01-05", None],
        ["KF013", "吴刚", "客服", "热线一组", "2026-01-05", None],
        ["KF014", "郑洁", "热线", "热线一组", "2026-01-05", None],
        ["KF014", "郑洁", "热线", "热线一组", "2026-01-05", None],
    ])
    preview = preview_roster_import(db.uow, RosterFiles(), bad, TODAY)
    found = {(e.sheet, e.row, e.column, e.code) for e in preview.errors}
    assert found == {
        ("花名册", 2, "入职日期", "bad_date"),
        ("花名册", 3, "手机", "bad_phone"),
        ("花名册", 4, "入职日期", "hire_in_future"),
        ("花名册", 7, "工号", "duplicate_in_file"),
    }
    # A word that means no role is a question for the supervisor, not an error in the file.
    assert [(c.field, c.text, c.rows) for c in preview.file.pending] == [("role", "客服", [5])]
    with pytest.raises(ImportRejected):
        commit_roster_import(db.uow, DatabaseBackup(db), preview, TODAY, NOW)
    assert content_hash(db.path) == before


def test_missing_required_column_is_reported(db, tmp_path: Path) -> None:
    no_name = write_xlsx(tmp_path / "x.xlsx", [["工号", "班组", "岗位"], ["KF1", "一组", "热线"]])
    [error] = preview_roster_import(db.uow, RosterFiles(), no_name, TODAY).errors
    assert (error.code, error.column) == ("missing_column", "姓名")


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-8-sig", "utf-8"])
def test_csv_in_the_encodings_chinese_excel_writes(db, tmp_path: Path, encoding: str) -> None:
    path = tmp_path / f"roster_{encoding}.csv"
    path.write_bytes("工号,姓名,岗位,班组,入职日期\r\nKF101,欧阳娜娜,在线,在线组,2025/7/1\r\n".encode(encoding))
    preview = preview_roster_import(db.uow, RosterFiles(), path, TODAY)
    assert [(a.employee_no, a.name, a.role) for a in preview.plan.new] == [("KF101", "欧阳娜娜", Role.ONLINE)]


def test_unknown_headers_map_through_the_remembered_mapping(db, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "odd.xlsx", [["工号", "姓名", "岗位", "所在小队", "报到日"],
                                              ["KF201", "韩梅", "热线", "热线一组", "2025-05-06"]])
    first = preview_roster_import(db.uow, RosterFiles(), path, TODAY)
    assert set(first.file.unknown_headers) == {"所在小队", "报到日"}
    remember_mapping(db.uow(), {"所在小队": "team", "报到日": "hire_date"})
    second = preview_roster_import(db.uow, RosterFiles(), path, TODAY)
    assert second.errors == [] and second.plan.new[0].team == "热线一组"
    assert second.plan.new[0].hire_date == date(2025, 5, 6)


# "\t=1" and "\r=1" cannot reach the roster (names and notes are trimmed); the writer is tested with them below.
INJECTIONS = ["=1+2", '=HYPERLINK("http://x","y")', "=cmd|' /C calc'!A0", "+1", "-1", "@SUM(A1)", "a\t=1"]


def test_the_writer_keeps_every_injection_string_as_text(tmp_path: Path) -> None:
    from persistence.excel_writer import write_table

    wb = openpyxl.Workbook()
    strings = INJECTIONS + ["\t=1", "\r=1", "x\x07y", "长" * 40000]
    write_table(wb.active, ["值"], [[v] for v in strings])
    wb.save(tmp_path / "w.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "w.xlsx").active
    values = [ws.cell(row=r, column=1) for r in range(2, len(strings) + 2)]
    assert [c.data_type for c in values] == ["s"] * len(strings)
    # XML reads a bare CR back as LF; what matters is that it stays text
    assert [c.value for c in values[: len(INJECTIONS) + 2]] == INJECTIONS + ["\t=1", "\n=1"]
    assert values[-2].value == "xy"  # control characters Excel refuses are dropped
    assert len(values[-1].value) == 32_767 and values[-1].value.endswith("[截断]")
    import zipfile

    with zipfile.ZipFile(tmp_path / "w.xlsx") as z:
        assert not any(b"<f>" in z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/"))


def test_roster_export_writes_text_never_formulas(db, tmp_path: Path) -> None:
    for i, evil in enumerate(INJECTIONS):
        services.add_agent(db.uow(), AgentData(f"KF{i:03d}", f"张{i}", Role.HOTLINE, "一组", date(2025, 1, 1),
                                               notes=evil), TODAY)
    out = tmp_path / "roster.xlsx"
    assert export_roster(db.uow(), write_roster_xlsx, out, TODAY, NOW) == len(INJECTIONS)
    ws = openpyxl.load_workbook(out).active
    notes_col = [c.value for c in ws[1]].index("备注") + 1
    cells = [ws.cell(row=r, column=notes_col) for r in range(2, ws.max_row + 1)]
    assert sorted(c.value for c in cells) == sorted(INJECTIONS)
    assert all(c.data_type == "s" for c in cells)
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref.startswith("A1:")
    with db.uow() as uow:
        assert uow.log.recent(1)[0][1] == "export_roster"


def test_a_leavers_stage_in_the_export_is_the_stage_they_left_in(db, tmp_path: Path) -> None:
    """Issue 15 item 5: stage came from today, so a two-month leaver of 2024 was exported as 专家."""
    services.add_agent(db.uow(), AgentData("KF100", "早走", Role.HOTLINE, "一组", date(2024, 1, 10),
                                           status=Status.LEFT, leave_date=date(2024, 3, 5),
                                           leave_reason=LeaveReason.PRESSURE,
                                           leave_voluntary=True), TODAY)
    services.add_agent(db.uow(), AgentData("KF101", "半年", Role.HOTLINE, "一组", date(2024, 1, 10),
                                           status=Status.LEFT, leave_date=date(2024, 7, 10),
                                           leave_reason=LeaveReason.PRESSURE,
                                           leave_voluntary=True), TODAY)
    services.add_agent(db.uow(), AgentData("KF102", "在职", Role.HOTLINE, "一组", date(2024, 1, 10)), TODAY)
    out = tmp_path / "roster.xlsx"
    export_roster(db.uow(), write_roster_xlsx, out, TODAY, NOW)
    ws = openpyxl.load_workbook(out).active
    header = [c.value for c in ws[1]]
    rows = {r[header.index("工号")]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    stage = header.index("阶段") if "阶段" in header else next(i for i, h in enumerate(header) if "阶段" in str(h))
    assert (rows["KF100"][stage], rows["KF101"][stage], rows["KF102"][stage]) == ("新人", "成长", "专家")


def test_leave_reasons_in_hq_words_are_kept_and_exported_back(db, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "leavers.xlsx", [
        ["工号", "姓名", "岗位", "所属班组", "入职日期", "离职日期", "离职原因"],
        ["KF301", "赵敏", "热线坐席", "热线一组", "2024-01-05", "2026-06-30", "考公考研"],
        ["KF302", "钱程", "文字客服", "在线组", "2024-01-05", "2026-06-30", "另有打算"]])
    preview = preview_roster_import(db.uow, RosterFiles(), path, TODAY)
    assert preview.errors == [] and not preview.file.pending  # not "不是允许的取值"
    by_no = {a.employee_no: a for a in preview.plan.new}
    assert (by_no["KF301"].team, by_no["KF301"].role) == ("热线一组", Role.HOTLINE)
    assert (by_no["KF301"].leave_reason, by_no["KF301"].leave_reason_text) == (LeaveReason.STUDY, "考公考研")
    assert (by_no["KF302"].leave_reason, by_no["KF302"].leave_reason_text) == (LeaveReason.OTHER, "另有打算")
    commit_roster_import(db.uow, DatabaseBackup(db), preview, TODAY, NOW)
    out = tmp_path / "out.xlsx"
    export_roster(db.uow(), write_roster_xlsx, out, TODAY, NOW)
    ws = openpyxl.load_workbook(out).active
    column = [c.value for c in ws[1]].index("离职原因")
    assert sorted(ws.cell(row=r, column=column + 1).value for r in (2, 3)) == ["另有打算", "考公考研"]


def test_every_fault_of_a_row_is_listed_in_one_run(db, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "faults.xlsx", [
        ["工号", "姓名", "岗位", "班组", "入职日期", "手机", "出生日期"],
        ["KF401", "孙丽", "热线", "一组", "2026-02-30", "12345", "1890-01-01"],
        ["KF402", "吴刚", "热线", None, "2025-01-01", "+86 139 0000 0000", None]])
    preview = preview_roster_import(db.uow, RosterFiles(), path, TODAY)
    found = {(e.row, e.column, e.code) for e in preview.errors}
    assert {(2, "入职日期", "bad_date"), (2, "手机", "bad_phone"), (3, "班组", "required")} <= found
    long = write_xlsx(tmp_path / "long.xlsx", [["工号", "姓名", "岗位", "班组", "入职日期"],
                                               ["KF403", "周", "热线", "一组", "长" * 5000]])
    [error] = preview_roster_import(db.uow, RosterFiles(), long, TODAY).errors
    assert error.code == "bad_date" and len(error.value) < 60  # the value is quoted, not repeated whole


def test_our_own_export_imports_back_unchanged(db, tmp_path: Path) -> None:
    """A supervisor who exports the roster, fixes nothing and imports it again changes nothing: every
    column we write must read back as the same value (a category word is not HQ's verbatim reason)."""
    from domain.demo import build_demo

    build_demo(db.uow(), 40, 12, 3, TODAY)
    out = tmp_path / "roster.xlsx"
    export_roster(db.uow(), write_roster_xlsx, out, TODAY, NOW)
    preview = preview_roster_import(db.uow, RosterFiles(), out, TODAY)
    assert preview.errors == [] and not preview.file.pending
    assert (len(preview.plan.new), len(preview.plan.changed)) == (0, 0)
    assert len(preview.plan.unchanged) >= 40
