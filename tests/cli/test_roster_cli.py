"""The headless commands end to end, as subprocesses on temp databases."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from persistence.database import open_database
from tests.persistence.helpers import content_hash


def test_demo_check_and_export(run, tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    code, out, err = run("demo", "--db", db, "--agents", "40", "--months", "24", "--seed", "3")
    assert code == 0, err
    assert "演示数据已写入" in out
    code, out, _ = run("check", "--db", db)
    assert code == 0 and "数据库状态良好" in out and "完整性检查：ok" in out
    xlsx = tmp_path / "out.xlsx"
    code, out, err = run("export", "roster", "--db", db, "--out", xlsx)
    assert code == 0, err
    ws = openpyxl.load_workbook(xlsx).active
    assert ws.title == "花名册" and ws["A1"].value == "工号" and ws.max_row > 40
    code, _, err = run("demo", "--db", db)
    assert code == 3 and "已有数据" in err


def test_demo_is_deterministic_by_seed(run, tmp_path: Path) -> None:
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    assert run("demo", "--db", a, "--agents", "20", "--months", "12", "--seed", "9")[0] == 0
    assert run("demo", "--db", b, "--agents", "20", "--months", "12", "--seed", "9")[0] == 0
    assert roster_rows(a) == roster_rows(b)


def roster_rows(path: Path) -> list[tuple]:
    import sqlite3

    con = sqlite3.connect(path)
    try:  # every column but the wall-clock stamp
        return con.execute(
            "SELECT employee_no, name, gender, birth_date, phone, hometown, role, team, hire_date, "
            "cert_level, career_track, status, leave_date, leave_reason FROM agents ORDER BY id"
        ).fetchall()
    finally:
        con.close()


def test_import_gbk_csv_dry_run_then_for_real(run, tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite"
    open_database(db).close()  # only demo and the window create a database (issue 13)
    csv = tmp_path / "花名册.csv"
    csv.write_bytes("员工编号,姓名,岗位,组别,入职时间\r\nKF501,欧阳娜娜,售后,售后组,2025年7月1日\r\n"
                    "KF502,司马光,热线,热线一组,2025/8/15\r\n".encode("gbk"))
    code, out, err = run("import", "roster", csv, "--db", db, "--dry-run")
    assert code == 0, err
    assert "新增 2 人" in out and "试运行" in out
    code, out, err = run("export", "roster", "--db", db, "--out", tmp_path / "x.xlsx")
    assert openpyxl.load_workbook(tmp_path / "x.xlsx").active.max_row == 1  # dry run wrote nothing
    code, out, err = run("import", "roster", csv, "--db", db)
    assert code == 0 and "导入完成" in out, err


def test_malformed_file_names_the_place_and_leaves_the_database_unchanged(run, tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite"
    assert run("demo", "--db", db, "--agents", "10", "--months", "6")[0] == 0
    before = content_hash(db)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "员工"
    ws.append(["工号", "姓名", "岗位", "班组", "入职日期"])
    ws.append(["KF601", "林夕", "热线", "热线一组", "2025-01-01"])
    ws.append(["KF602", "林夕二", "热线", "热线一组", "2025-02-30"])
    bad = tmp_path / "bad.xlsx"
    wb.save(bad)
    code, out, err = run("import", "roster", bad, "--db", db)
    assert code == 2
    for words in ("文件", "工作表 员工", "第 3 行", "列 入职日期", "不是有效日期"):
        assert words in out
    assert "未导入任何数据" in err
    assert content_hash(db) == before
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04garbage")
    code, _, err = run("import", "roster", broken, "--db", db)
    assert code == 2 and ("文件已损坏" in err or "不是 Excel" in err)
    assert content_hash(db) == before


def test_refuses_a_file_that_is_not_ours(run, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes")
    code, _, err = run("export", "roster", "--db", notes, "--out", tmp_path / "x.xlsx")
    assert code == 3 and "不是本工作台的数据库" in err
    assert notes.read_text() == "my notes"
