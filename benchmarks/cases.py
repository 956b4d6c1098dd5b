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
from collections import Counter
from datetime import date, datetime, timedelta
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


def dashboard(db_path: Path, warm: bool = True) -> dict:
    """From constructing the page to its `loaded` signal (every chart built, one per event-loop turn) and the
    visible tab painted. The load runs on the worker thread; the longest UI-thread stall is reported too.
    `warm`: matplotlib already imported, as the app does in idle time once the database is open."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, QTimer
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from persistence.database import open_database
    from ui.context import AppContext
    from ui.dashboard.page import DashboardPage
    from ui.tasks import TaskRunner

    app = QApplication([])
    db = open_database(db_path)
    ctx = AppContext(db=db, settings=QSettings(tempfile.mktemp(suffix=".ini"), QSettings.Format.IniFormat),
                     undo=QUndoStack(), runner=TaskRunner())
    if warm:
        from ui.charts import preload

        preload()
    stalls: list[float] = []
    beat = QElapsedTimer()
    ticker = QTimer()
    ticker.setInterval(5)  # a heartbeat: a late tick means the UI thread was busy that long

    def tick() -> None:
        stalls.append(beat.restart())

    ticker.timeout.connect(tick)
    start = time.perf_counter()
    page = DashboardPage(ctx)
    page.resize(1280, 760)
    loop = QEventLoop()
    page.loaded.connect(loop.quit)
    beat.start()
    ticker.start()
    page.show()
    QTimer.singleShot(60_000, loop.quit)
    loop.exec()
    app.processEvents()  # the visible tab's draw_idle paints here
    ms = (time.perf_counter() - start) * 1000
    ticker.stop()
    drawn = sum(chart.has_figure() or chart.is_empty() for chart in page.findChildren(type(page.headcount_chart)))
    return {"ms": ms, "charts": drawn, "ui_stall_max_ms": max(stalls, default=0)}


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
    mix: Counter[str] = Counter()  # what the plain write must write too, so the comparison is like for like
    for sheet in sheets:
        for _, value, _ in sheet.facts:
            mix["str"] += 1
            mix[_kind(value)] += 1
        for table in sheet.tables:
            mix["str"] += len(table.headers)
            for row in table.rows:
                for value in row:
                    mix[_kind(value)] += 1
    return {"ms": ms, "cells": sum(mix.values()), "mix": dict(mix)}


def _kind(value: object) -> str:
    if value is None:
        return "none"
    if isinstance(value, str):
        return "str"
    if isinstance(value, date):
        return "date"
    return "int" if isinstance(value, int) else "float"


def plain_write(mix_json: str) -> dict:
    """Baseline: the report's cells — as many, of the same kinds (text, integers, decimals, dates, blanks) —
    through openpyxl's write_only mode with no styling, 20 columns wide. Text is half codes unique to the row
    (like 工号) and half repeated words (like 班组), as in the report."""
    from openpyxl import Workbook

    mix = json.loads(mix_json)
    total = sum(mix.values())
    width = 20
    kinds: list[str] = []
    for kind, count in sorted(mix.items(), key=lambda kv: -kv[1]):
        kinds += [kind] * round(width * count / total)
    kinds = (kinds + ["str"] * width)[:width]
    words = ["热线一组", "在线客服", "专家期", "主动", "是", "优秀"]
    start = time.perf_counter()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("data")
    for i in range(total // width):
        row: list[object] = []
        for c, kind in enumerate(kinds):
            if kind == "str":
                row.append(f"KF{i:06d}" if c % 2 else words[(i + c) % len(words)])
            elif kind == "int":
                row.append(i + c)
            elif kind == "float":
                row.append((i % 997) / 997)
            elif kind == "date":
                row.append(date(2016, 1, 1) + timedelta(days=(i + c) % 3650))
            else:
                row.append(None)
        ws.append(row)
    wb.save(Path(tempfile.mkdtemp()) / "plain.xlsx")
    return {"ms": (time.perf_counter() - start) * 1000}


def kpi_import(db_path: Path) -> dict:
    """Import 12 monthly KPI exports (GBK CSV) of every agent active in the month (≈60k rows) into a copy, as one
    run: one pre-import backup, one roster read, every month landing in one transaction. The importer takes one
    month per file (a file mixing months is refused), so 60k rows means a year of monthly files."""
    import shutil

    from persistence.backup import backup_to
    from persistence.database import open_database
    from persistence.performance.importer import commit_kpi_imports, preview_kpi_imports

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
    previews = preview_kpi_imports(db, [path for _, path, _ in months])
    previewed = time.perf_counter()
    rows = commit_kpi_imports(db, previews, TODAY, datetime.now(), replace_month=True, skip_unknown=True)
    ms = (time.perf_counter() - start) * 1000
    assert rows == sum(c for _, _, c in months), rows
    shutil.rmtree(work, ignore_errors=True)
    return {"ms": ms, "rows": rows, "preview_ms": (previewed - start) * 1000}


def dashboard_cold(db_path: Path) -> dict:
    return dashboard(db_path, warm=False)


CASES = {"roster": roster, "dashboard": dashboard, "report": report, "plain_write": plain_write,
         "kpi_import": kpi_import, "dashboard_cold": dashboard_cold}

if __name__ == "__main__":
    case, arg = sys.argv[1], sys.argv[2]
    result = CASES[case](Path(arg) if case != "plain_write" else arg)
    result["rss_mb"] = rss_mb()
    print(json.dumps(result), flush=True)
