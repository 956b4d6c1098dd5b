"""`import roster` / `import kpi` on files shaped like HQ's and the platforms': sheets chosen, words
decided, months checked, odd figures confirmed — each refusal leaves the database unchanged."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import openpyxl

from persistence.database import open_database
from tests.persistence.helpers import content_hash

HEADER = ["工号", "姓名", "岗位", "所属班组", "入职日期"]


def workbook(path: Path, sheets: dict[str, list[list[object]]], hidden: tuple[str, ...] = ()) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
        if name in hidden:
            ws.sheet_state = "hidden"
    wb.save(path)
    return path


def new_database(tmp_path: Path) -> Path:
    """An empty database of ours: only demo and the window create one (issue 13), so the test makes it."""
    db = tmp_path / "desk.sqlite"
    open_database(db, backup_dir=tmp_path / "backups").close()
    return db


def backups(tmp_path: Path) -> list[Path]:
    return sorted(p for p in tmp_path.rglob("*.sqlite*") if "backup" in str(p.parent))


def test_hidden_sheet_is_read_only_when_named_and_the_sheet_is_named_on_success(run, tmp_path: Path) -> None:
    db = new_database(tmp_path)
    file = workbook(
        tmp_path / "r.xlsx",
        {
            "说明": [["本表由HR导出"]],
            "旧数据": [HEADER, ["KF009", "旧人", "热线", "一组", "2020-01-01"]],
            "花名册": [HEADER, ["KF001", "王婷", "热线坐席", "热线一组", "2025-01-06"]],
        },
        hidden=("旧数据",),
    )
    code, out, err = run("import", "roster", file, "--db", db)
    assert code == 0, err + out
    assert "花名册" in out
    con = sqlite3.connect(db)
    assert con.execute("SELECT employee_no, role, team FROM agents").fetchall() == [("KF001", "hotline", "热线一组")]
    con.close()
    code, out, err = run("import", "roster", file, "--db", db, "--sheet", "旧数据")
    assert code == 0 and "旧数据" in out, err


def test_several_candidate_sheets_are_a_question_listing_them(run, tmp_path: Path) -> None:
    db = new_database(tmp_path)
    row = ["KF001", "王婷", "热线", "热线一组", "2025-01-06"]
    file = workbook(tmp_path / "r.xlsx", {"一月": [HEADER, row], "二月": [HEADER, row]})
    code, out, err = run("import", "roster", file, "--db", db)
    assert code != 0 and "一月" in out + err and "二月" in out + err and "--sheet" in out + err
    assert run("import", "roster", file, "--db", db, "--sheet", "二月")[0] == 0


def test_header_only_is_no_data_rows_and_takes_no_backup(run, tmp_path: Path) -> None:
    db = new_database(tmp_path)
    assert (
        run(
            "import",
            "roster",
            workbook(tmp_path / "a.xlsx", {"花名册": [HEADER, ["KF001", "王婷", "热线", "一组", "2025-01-06"]]}),
            "--db",
            db,
        )[0]
        == 0
    )
    taken, before = backups(tmp_path), content_hash(db)
    code, out, err = run("import", "roster", workbook(tmp_path / "h.xlsx", {"花名册": [HEADER]}), "--db", db)
    assert code != 0 and "没有数据行" in out + err
    assert backups(tmp_path) == taken and content_hash(db) == before


def test_an_unknown_word_is_asked_about_then_remembered(run, tmp_path: Path) -> None:
    db = new_database(tmp_path)
    file = workbook(tmp_path / "r.xlsx", {"花名册": [HEADER, ["KF001", "王婷", "客服专员", "一组", "2025-01-06"]]})
    code, out, err = run("import", "roster", file, "--db", db)
    assert code == 3 and "客服专员" in out and "--value" in out
    code, out, err = run("import", "roster", file, "--db", db, "--value", "岗位:客服专员=在线")
    assert code == 0, err + out
    again = workbook(tmp_path / "r2.xlsx", {"花名册": [HEADER, ["KF002", "李强", "客服专员", "一组", "2025-01-06"]]})
    assert run("import", "roster", again, "--db", db)[0] == 0  # the choice was remembered
    con = sqlite3.connect(db)
    assert con.execute("SELECT role FROM agents ORDER BY employee_no").fetchall() == [("online",), ("online",)]
    con.close()


def kpi(path: Path, title: str, rows: list[list[object]]) -> Path:
    return workbook(path, {"绩效": [[title], ["工号", "姓名", "接通量", "投诉量", "满意度(%)"], *rows]})


def test_kpi_month_conflict_future_tenure_and_implausible(run, tmp_path: Path) -> None:
    db = new_database(tmp_path)
    roster = workbook(
        tmp_path / "r.xlsx",
        {
            "花名册": [
                ["工号", "姓名", "岗位", "班组", "入职日期", "离职日期", "离职原因"],
                ["KF001", "王婷", "热线", "一组", "2025-01-06", None, None],
                ["KF002", "李强", "热线", "一组", "2025-01-06", "2026-08-31", "考公考研"],
            ]
        },
    )
    assert run("import", "roster", roster, "--db", db)[0] == 0
    before = content_hash(db)
    october = kpi(
        tmp_path / "k.xlsx", "2026年10月 坐席绩效", [["KF001", "王婷", 1000, 1, 95], ["KF002", "李强", 900, 0, 96]]
    )
    code, out, err = run("import", "kpi", october, "--db", db, "--month", "2026-09")
    assert code != 0 and "2026-10" in out and "2026-09" in out
    next_year = date.today().year + 1
    future = kpi(tmp_path / "f.xlsx", f"{next_year}年1月 坐席绩效", [["KF001", "王婷", 1000, 1, 95]])
    code, out, err = run("import", "kpi", future, "--db", db)
    assert code != 0 and f"{next_year}-01" in out
    code, out, err = run("import", "kpi", october, "--db", db)
    assert code == 3 and "KF002" in out and "--accept-out-of-tenure" in out + err
    assert content_hash(db) == before
    odd = kpi(tmp_path / "o.xlsx", "2026年10月 坐席绩效", [["KF001", "王婷", 10, 12, 95]])
    code, out, err = run("import", "kpi", odd, "--db", db)
    assert code == 3 and "--accept-implausible" in out + err and content_hash(db) == before
    code, out, err = run("import", "kpi", october, "--db", db, "--accept-out-of-tenure")
    assert code == 0 and "绩效" in out, err + out
