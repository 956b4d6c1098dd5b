"""Issue 23's "done when", as typed at a terminal against a PostgreSQL URL: demo, check, export report,
backup (pg_dump) and a restore that refuses without --yes-overwrite-shared."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl

from persistence.database import open_database


def agents(url: str) -> int:
    db = open_database(url)
    try:
        with db.uow() as uow:
            return uow.agents.count()
    finally:
        db.close()


def test_demo_check_and_report_on_a_server_url(run, pg_url: str, tmp_path: Path) -> None:
    code, out, err = run("demo", "--db", pg_url, "--agents", "12", "--months", "6")
    assert code == 0, err
    assert "演示数据已写入 postgresql+psycopg://" in out
    code, out, err = run("check", "--db", pg_url)
    assert code == 0, err
    assert "数据库状态良好" in out
    today = date.today()
    month = f"{today.year - (today.month == 1)}-{(today.month - 2) % 12 + 1:02d}"
    report = tmp_path / "report.xlsx"
    code, out, err = run("export", "report", "--month", month, "--db", pg_url, "--out", report)
    assert code == 0, err
    assert len(openpyxl.load_workbook(report, read_only=True).sheetnames) >= 5
    code, _, err = run("demo", "--db", pg_url)  # holds data now: refused, as for a file
    assert code == 3 and "已有数据" in err


def test_a_server_url_that_is_not_ours_or_unreachable_is_refused_in_words(run, pg_url: str, tmp_path: Path) -> None:
    code, _, err = run("check", "--db", pg_url.replace("/t_", "/missing_"))
    assert code != 0 and "Traceback" not in err
    code, _, err = run("export", "roster", "--db", pg_url.replace("/t_", "/missing_"), "--out", tmp_path / "r.xlsx")
    assert code == 3 and "无法连接数据库服务器" in err and "Traceback" not in err


def test_backup_dumps_and_restore_needs_the_explicit_flag(run, pg_url: str, tmp_path: Path) -> None:
    assert run("demo", "--db", pg_url, "--agents", "8", "--months", "3")[0] == 0
    before = agents(pg_url)
    code, out, err = run("backup", "--db", pg_url, "--to", tmp_path / "dumps")
    assert code == 0, err
    [dump] = (tmp_path / "dumps").glob("server-*.dump")
    code, _, err = run("restore", dump, "--db", pg_url)
    assert code == 3 and "--yes-overwrite-shared" in err and "未做任何更改" in err
    code, out, err = run("restore", dump, "--db", pg_url, "--yes-overwrite-shared")
    assert code == 0, err
    assert agents(pg_url) == before


def test_a_server_database_holding_another_programs_tables_is_left_untouched(run, pg_url: str,
                                                                            tmp_path: Path) -> None:
    from sqlalchemy import create_engine, inspect

    engine = create_engine(pg_url)
    with engine.begin() as con:
        con.exec_driver_sql("CREATE TABLE invoices (id integer primary key)")
    code, _, err = run("export", "roster", "--db", pg_url, "--out", tmp_path / "r.xlsx")
    assert code == 3 and "不是本工作台的数据库" in err
    assert inspect(engine).get_table_names() == ["invoices"]
    engine.dispose()


def test_teams_are_given_to_supervisors_and_managers_named(run, pg_url: str) -> None:
    assert run("demo", "--db", pg_url, "--agents", "8", "--months", "3")[0] == 0
    code, out, err = run("teams", "--db", pg_url, "--owner", "热线一组=zhang", "--manager", "boss")
    assert code == 0, err
    assert "热线一组：zhang" in out and "boss" in out
    code, _, err = run("teams", "--db", pg_url, "--owner", "热线一组")
    assert code == 2 and "--owner" in err


def test_a_workstation_backup_is_restored_into_the_server_only_with_the_flag(run, pg_url: str, tmp_path: Path) -> None:
    file = tmp_path / "desk.sqlite"
    assert run("demo", "--db", file, "--agents", "9", "--months", "2")[0] == 0
    assert run("demo", "--db", pg_url, "--agents", "5", "--months", "2")[0] == 0
    before = agents(pg_url)
    assert before != agents(str(file))
    code, _, err = run("restore", file, "--db", pg_url)
    assert code == 3 and "--yes-overwrite-shared" in err and agents(pg_url) == before
    code, out, err = run("restore", file, "--db", pg_url, "--yes-overwrite-shared")
    assert code == 0, err
    assert agents(pg_url) == agents(str(file)) and "恢复到共享数据库" in out
