"""One benchmark case per process, so each peak RSS is its own:  python benchmarks/cases.py CASE DB
Prints one JSON line: {"ms": ..., "rss_mb": ..., ...}."""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TODAY = date.today()


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def roster(db_path: Path) -> dict:
    from PySide6.QtWidgets import QApplication

    from persistence.database import open_database
    from ui.context import AppContext

    app = QApplication([])
    db = open_database(db_path)
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QUndoStack

    from ui.roster.page import RosterPage
    from ui.tasks import TaskRunner

    ctx = AppContext(db=db, settings=QSettings(tempfile.mktemp(suffix=".ini"), QSettings.Format.IniFormat),
                     undo=QUndoStack(), runner=TaskRunner())
    start = time.perf_counter()
    page = RosterPage(ctx)
    page.resize(1280, 760)
    page.show()
    app.processEvents()
    shown = (time.perf_counter() - start) * 1000
    keystrokes = []
    for text in ("王", "王婷", "王婷1", "K", "KF", "KF0", "KF00", "KF001", "13", "138"):
        t = time.perf_counter()
        page.search.setText(text)
        page.apply_filter()
        app.processEvents()
        keystrokes.append((time.perf_counter() - t) * 1000)
    return {"ms": shown, "filter_ms": statistics.median(keystrokes), "filter_max_ms": max(keystrokes),
            "rows": page.model.counts()[1]}


def report(db_path: Path) -> dict:
    from domain.reports.workforce import Month
    from persistence.database import open_database
    from persistence.reports.hq_report import export_report, section_keys

    db = open_database(db_path)
    month = Month(TODAY.year, TODAY.month).shift(-1)
    out = Path(tempfile.mkdtemp()) / "report.xlsx"
    start = time.perf_counter()
    sheets = export_report(db.uow, month, out, section_keys(), datetime.now())
    ms = (time.perf_counter() - start) * 1000
    cells = sum(len(t.headers) * (len(t.rows) + 1) for s in sheets for t in s.tables)
    cells += sum(len(s.facts) * 2 for s in sheets)
    return {"ms": ms, "cells": cells}


def plain_write(cells_text: str) -> dict:
    """Baseline: the same number of cells through openpyxl's write_only mode, 20 columns wide."""
    from openpyxl import Workbook

    cells = int(cells_text)
    start = time.perf_counter()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("data")
    row = ["员工姓名", 12345, 0.953, date(2026, 1, 1)] * 5
    for _ in range(cells // len(row)):
        ws.append(row)
    wb.save(Path(tempfile.mkdtemp()) / "plain.xlsx")
    return {"ms": (time.perf_counter() - start) * 1000}


def kpi_import(db_path: Path) -> dict:
    """Import 12 monthly KPI exports of every agent active in the month (≈60k rows) into a copy."""
    import shutil

    from persistence.backup import backup_to
    from persistence.database import open_database
    from persistence.performance.importer import commit_kpi_import, preview_kpi_import

    work = Path(tempfile.mkdtemp())
    copy = backup_to(db_path, work / "copy.sqlite")  # never touch the shared dataset
    db = open_database(copy)
    months = []
    with db.uow() as uow:
        agents = uow.agents.list_all()
    this = date(TODAY.year, TODAY.month, 1)
    for back in range(12, 0, -1):
        y, m = divmod(this.year * 12 + this.month - 1 - back, 12)
        first = date(y, m + 1, 1)
        active = [a for a in agents if a.hire_date <= first and (a.leave_date is None or a.leave_date > first)]
        path = work / f"kpi_{first:%Y%m}.csv"
        lines = [f"{first:%Y年%m月}坐席绩效导出", "工号,姓名,接通量,平均处理时长,满意度,一次解决率,投诉量,质检分"]
        for i, a in enumerate(active):
            lines.append(f"{a.employee_no},{a.name},{300 + i % 200},{3 + i % 4}:{i % 60:02d},{90 + i % 10}%,"
                         f"0.{80 + i % 15},{i % 3},{85 + i % 15}")
        path.write_text("\n".join(lines), encoding="gbk")
        months.append((f"{first:%Y-%m}", path, len(active)))
    start = time.perf_counter()
    rows = 0
    for month, path, count in months:
        preview = preview_kpi_import(db, path, month)
        rows += commit_kpi_import(db, preview, TODAY, datetime.now(), replace_month=True, skip_unknown=True) or count
    ms = (time.perf_counter() - start) * 1000
    shutil.rmtree(work, ignore_errors=True)
    return {"ms": ms, "rows": sum(c for _, _, c in months)}


CASES = {"roster": roster, "report": report, "plain_write": plain_write, "kpi_import": kpi_import}

if __name__ == "__main__":
    case, arg = sys.argv[1], sys.argv[2]
    result = CASES[case](Path(arg) if case != "plain_write" else arg)
    result["rss_mb"] = rss_mb()
    print(json.dumps(result), flush=True)
