"""`import kpi` end to end, as a subprocess on temp databases."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from persistence.database import open_database
from tests.persistence.helpers import content_hash


def kpi_csv(path: Path, rows: list[str], encoding: str = "gbk") -> Path:
    path.write_bytes(("工号,姓名,接通量,首次响应时长,满意度,投诉量\n" + "\n".join(rows) + "\n").encode(encoding))
    return path


def roster(path: Path) -> Path:
    path.write_text("工号,姓名,岗位,班组,入职日期\nKF001,王婷,热线,热线一组,2025-01-06\n"
                    "KF002,李强,热线,热线一组,2025-02-10\n", encoding="utf-8")
    return path


def test_import_kpi_dry_run_then_for_real_then_replace(run, tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite"
    open_database(db).close()  # only demo and the window create a database (issue 13)
    assert run("import", "roster", roster(tmp_path / "r.csv"), "--db", db)[0] == 0
    file = kpi_csv(tmp_path / "k.csv", ["KF001,王婷,1080,00:20,93.1%,4", "KF002,李强,1300,12,97%,1"])
    code, out, err = run("import", "kpi", file, "--db", db, "--month", "2026-10", "--dry-run")
    assert code == 0, err
    assert "2026-10 月份：2 名员工的数据" in out and "未写入" in out
    code, out, err = run("import", "kpi", file, "--db", db, "--month", "2026-10")
    assert code == 0 and "已从工作表 k 导入 2026-10 的 2 名员工绩效数据" in out, err
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM kpi_monthly").fetchone() == (2,)
    assert con.execute("SELECT grade FROM performance_scores ORDER BY agent_id").fetchall() == [("good",),
                                                                                              ("excellent",)]
    con.close()
    before = content_hash(db)
    code, _, err = run("import", "kpi", file, "--db", db, "--month", "2026-10")
    assert code == 3 and "--replace" in err and content_hash(db) == before
    assert run("import", "kpi", file, "--db", db, "--month", "2026-10", "--replace")[0] == 0


def test_bad_file_and_unknown_agents_leave_the_database_unchanged(run, tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite"
    open_database(db).close()  # only demo and the window create a database (issue 13)
    assert run("import", "roster", roster(tmp_path / "r.csv"), "--db", db)[0] == 0
    before = content_hash(db)
    bad = kpi_csv(tmp_path / "bad.csv", ["KF001,王婷,很多,00:20,93%,1"], "utf-8")
    code, out, err = run("import", "kpi", bad, "--db", db, "--month", "2026-10")
    assert code == 2 and "第 2 行" in out and "接通量" in out and "不是数字" in out
    unknown = kpi_csv(tmp_path / "u.csv", ["KF001,王婷,1000,15,95%,0", "KF777,陌生人,900,15,95%,0"])
    code, out, err = run("import", "kpi", unknown, "--db", db, "--month", "2026-10")
    assert code == 3 and "KF777" in out and "--skip-unknown" in err
    code, _, err = run("import", "kpi", unknown, "--db", db, "--month", "2026-13")
    assert code == 2 and "2026-03" in err
    assert content_hash(db) == before
    code, out, err = run("import", "kpi", unknown, "--db", db, "--month", "2026-10", "--skip-unknown")
    assert code == 0, err
