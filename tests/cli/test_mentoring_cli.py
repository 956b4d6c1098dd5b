"""`export allowance` end to end: a subprocess on a demo database, read back with openpyxl."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl


def test_export_allowance_from_a_demo_database(run, tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    code, _, err = run("demo", "--db", db, "--agents", "40", "--months", "24", "--seed", "5")
    assert code == 0, err
    out = tmp_path / "补贴.xlsx"
    import sqlite3

    con = sqlite3.connect(db)
    try:
        month = con.execute("SELECT strftime('%Y-%m', start_date) FROM mentor_pairings ORDER BY start_date DESC "
                            "LIMIT 1").fetchone()[0]
    finally:
        con.close()
    code, stdout, err = run("export", "allowance", "--db", db, "--month", month, "--out", out)
    assert code == 0, err
    assert f"{month} 辅导补贴表已写入" in stdout
    wb = openpyxl.load_workbook(out)
    detail = wb["补贴明细"]
    amounts = [Decimal(str(r[11])) for r in detail.iter_rows(min_row=2, values_only=True) if r[0] != "合计" and r[0]]
    total_row = [r for r in detail.iter_rows(min_row=2, values_only=True) if r[0] == "合计"][0]
    assert amounts and Decimal(str(total_row[11])) == sum(amounts)
    assert f"合计 ¥{sum(amounts):,.2f}" in stdout


def test_export_allowance_refuses_bad_input(run, tmp_path: Path) -> None:
    code, _, err = run("export", "allowance", "--db", tmp_path / "x.sqlite", "--month", "2026-13", "--out",
                       tmp_path / "a.xlsx")
    assert code == 2 and "月份格式应为 2026-10" in err
    code, _, err = run("export", "allowance", "--db", tmp_path / "missing.sqlite", "--month", "2026-10", "--out",
                       tmp_path / "a.xlsx")
    assert code == 2 and "不存在" in err and not (tmp_path / "missing.sqlite").exists()
