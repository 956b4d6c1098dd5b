"""`export publish`: the team's 公示 workbook for a month, read back with openpyxl (issue 21 item 5)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from persistence.database import open_database
from tests.cli.test_performance_cli import kpi_csv, roster


def test_publish_writes_schemes_grades_and_what_the_next_band_needs(run, tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite"
    open_database(db).close()
    assert run("import", "roster", roster(tmp_path / "r.csv"), "--db", db)[0] == 0
    file = kpi_csv(tmp_path / "k.csv", ["KF001,王婷,1080,00:20,93.1%,4", "KF002,李强,1300,12,97%,1"])
    assert run("import", "kpi", file, "--db", db, "--month", "2026-10")[0] == 0
    out = tmp_path / "公示.xlsx"
    code, said, err = run("export", "publish", "--month", "2026-10", "--db", db, "--out", out)
    assert code == 0, err
    assert "2 名员工" in said
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["考核方案", "等级公示"]
    schemes = [list(r) for r in wb["考核方案"].iter_rows(min_row=4, values_only=True) if r[0]]
    name = "热线 · 全部阶段（第 1 版）"
    assert schemes[:4] == [
        [name, 2, "指标", "接通量", "30%", "1,200", "越高越好"],
        [name, 2, "指标", "响应时长", "20%", "15秒", "越低越好"],
        [name, 2, "指标", "满意度", "30%", "95.0%", "越高越好"],
        [name, 2, "指标", "投诉率", "20%", "0.20%", "越低越好"],
    ]
    assert schemes[4] == [name, 2, "等级线", None, None, None, "优秀 ≥ 90，良好 ≥ 80，合格 ≥ 60"]
    assert schemes[5] == [name, 2, "底线", "投诉率", None, "0.50%", "高于 0.50%：等级最高为合格"]
    grades = [list(r) for r in wb["等级公示"].iter_rows(min_row=4, values_only=True) if r[0]]
    # 王婷: 1080/1200 = 90 ×.3 = 27; 15/20 s = 75 ×.2 = 15; .931/.95 = 98 ×.3 = 29.4;
    # 4/1080 = .3704 %: .2/.3704 = 54 ×.2 = 10.8 → 82.2 良好. 7.8 points to 优秀: only the complaint rate can
    # close it (54 + 7.8/.2 = 93 points → .2 % × 100/93 = 0.22 %).
    assert grades[0][:7] == ["KF001", "王婷", "热线", "热线一组", name, 82.2, "良好"]
    assert grades[0][7] == "得分 82.20，良好；得分最多的是满意度（29.4）"
    assert grades[0][8] == "再得 7.80 分可达优秀，例如投诉率达到 0.22%↓"
    assert grades[1][:7] == ["KF002", "李强", "热线", "热线一组", name, 100, "优秀"]
    assert grades[1][8] == "已是最高等级，高出等级线 10.00 分"
    code, _, err = run("export", "publish", "--month", "2026-09", "--db", db, "--out", tmp_path / "x.xlsx")
    assert code != 0 and "2026-09" in err and not (tmp_path / "x.xlsx").exists()
