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
    from PySide6.QtCore import QEventLoop, QTimer

    # The unit of work imports a repository on first use; opening the database used to import all twelve. Import
    # them here, as opening did, so this figure stays the page's own work (start-up counts the imports).
    from persistence.unit_of_work import REPOSITORIES, repository_class

    for name in REPOSITORIES:
        repository_class(name)
    # As start-up does before the roster's rows are made (ui/app.py: settle): what the imports made is moved out
    # of the collector's reach. Without it the first few thousand rows set off a full collection of every
    # imported module's objects (~50–70 ms here), which the app never pays at this point.
    import gc

    gc.freeze()

    start, cpu = time.perf_counter(), time.process_time()
    page = RosterPage(ctx)
    page.resize(1280, 760)
    loop = QEventLoop()
    page.loaded.connect(loop.quit)  # the rows come through the door, from the worker thread
    page.show()
    QTimer.singleShot(60_000, loop.quit)
    loop.exec()
    app.processEvents()  # the rows painted
    shown, shown_cpu = (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000
    # The days since each agent's last 1:1 are asked for once the rows are painted (ui/roster/page.py); the
    # keystrokes are timed after they arrived, as a supervisor types: not against the worker's aggregate.
    deadline = time.perf_counter() + 60
    while not page.model._one_on_ones_known and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.001)
    keystrokes, keystrokes_cpu = [], []
    for text in ("王", "王婷", "王婷1", "K", "KF", "KF0", "KF00", "KF001", "13", "138"):
        t, c = time.perf_counter(), time.thread_time()
        page.search.setText(text)
        page.apply_filter()
        app.processEvents()
        keystrokes.append((time.perf_counter() - t) * 1000)
        keystrokes_cpu.append((time.thread_time() - c) * 1000)
    return {"ms": shown, "cpu_ms": shown_cpu, "filter_ms": statistics.median(keystrokes),
            "filter_cpu_ms": statistics.median(keystrokes_cpu), "filter_max_ms": max(keystrokes),
            "rows": page.model.counts()[1]}


def bare_roster(db_path: Path) -> dict:
    """Baseline for "roster shown": the same active agents (every column of theirs) read with sqlite3, shown as
    text in a bare QAbstractTableModel of the roster's 19 columns, in a QTableView at the page's size, painted."""
    import sqlite3

    from PySide6.QtCore import QAbstractTableModel, Qt
    from PySide6.QtWidgets import QApplication, QTableView

    class Bare(QAbstractTableModel):
        def __init__(self, rows: list[tuple]) -> None:  # type: ignore[type-arg]
            super().__init__()
            self.rows = rows

        def rowCount(self, parent=None) -> int:  # type: ignore[no-untyped-def]
            return 0 if parent is not None and parent.isValid() else len(self.rows)

        def columnCount(self, parent=None) -> int:  # type: ignore[no-untyped-def]
            return 19

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
            if role == Qt.ItemDataRole.DisplayRole:
                row = self.rows[index.row()]
                return str(row[index.column() % len(row)])
            return None

    app = QApplication([])
    start, cpu = time.perf_counter(), time.process_time()
    con = sqlite3.connect(db_path)
    rows = con.execute("SELECT * FROM agents WHERE status = 'active' ORDER BY employee_no").fetchall()
    view = QTableView()
    view.setModel(Bare(rows))
    view.resize(1280, 700)
    view.show()
    app.processEvents()
    ms, cpu_ms = (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000
    return {"ms": ms, "cpu_ms": cpu_ms, "rows": len(rows)}


def cpu_seconds() -> float:
    """This process's CPU time and its finished children's (the KPI reader parses files in child processes):
    steadier than wall time on the shared machine, where another engineer's job can double a wall figure."""
    import resource

    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def dashboard(db_path: Path, warm: bool = True) -> dict:
    """From constructing the page to the visible tab's charts shown (its `shown` signal) and painted: `ms`; and
    on to its `loaded` signal (every part of the data read, the hidden tabs' charts pending): `all_ms`. Before
    the fifth round the two were one (`loaded`). The load runs on the worker thread; the longest UI-thread stall
    until `loaded` is reported too. `warm`: matplotlib already imported, as the app does in idle time once the
    database is open."""
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
    if warm:  # as the app does once the roster is on screen (ui/app.py: idle_imports)
        from ui.app import idle_preload, settle

        idle_preload()  # matplotlib and the dashboard's repositories
        settle()
    stalls: list[float] = []
    cpu_stalls: list[float] = []  # the UI thread's own CPU time between ticks: what a busy machine does not inflate
    beat = QElapsedTimer()
    ticker = QTimer()
    ticker.setInterval(5)  # a heartbeat: a late tick means the UI thread was busy that long
    last_cpu = [time.thread_time()]

    def tick() -> None:
        stalls.append(beat.restart())
        now = time.thread_time()
        cpu_stalls.append((now - last_cpu[0]) * 1000)
        last_cpu[0] = now

    ticker.timeout.connect(tick)
    start, start_cpu, start_ui_cpu = time.perf_counter(), time.process_time(), time.thread_time()
    page = DashboardPage(ctx)
    page.resize(1280, 760)
    loop = QEventLoop()
    ends: dict[str, float] = {}

    def shown() -> None:
        app.processEvents()  # the visible tab's canvases paint here
        ends.update(ms=time.perf_counter(), cpu=time.process_time(), ui_cpu=time.thread_time())

    page.shown.connect(shown)
    page.loaded.connect(loop.quit)
    beat.start()
    ticker.start()
    page.show()
    QTimer.singleShot(60_000, loop.quit)
    loop.exec()
    app.processEvents()
    all_ms, all_cpu_ms = (time.perf_counter() - start) * 1000, (time.process_time() - start_cpu) * 1000
    ms = (ends["ms"] - start) * 1000
    cpu_ms, ui_cpu_ms = (ends["cpu"] - start_cpu) * 1000, (ends["ui_cpu"] - start_ui_cpu) * 1000
    ticker.stop()
    charts = page.findChildren(type(page.headcount_chart))
    # A chart on a hidden tab may wait, pending, until its tab is shown (ui/charts.py: set_pending).
    waiting = sum(getattr(chart, "pending", lambda: None)() is not None for chart in charts)
    drawn = sum(chart.has_figure() or chart.is_empty() for chart in charts) if not waiting else len(charts) - waiting
    return {"ms": ms, "all_ms": all_ms, "charts": drawn, "pending": waiting, "ui_stall_max_ms": max(stalls, default=0),
            "cpu_ms": cpu_ms, "all_cpu_ms": all_cpu_ms, "ui_cpu_ms": ui_cpu_ms,
            "ui_stall_cpu_max_ms": max(cpu_stalls, default=0)}


def report(db_path: Path) -> dict:
    from domain.reports.export_use_case import export_report
    from domain.reports.workforce import Month
    from persistence.database import open_database
    from persistence.reports.hq_report import HQ_REPORT, section_keys

    db = open_database(db_path)
    month = Month(TODAY.year, TODAY.month).shift(-1)
    out = Path(tempfile.mkdtemp()) / "report.xlsx"
    start, cpu = time.perf_counter(), cpu_seconds()
    sheets = export_report(db.uow, HQ_REPORT, month, out, section_keys(), datetime.now())
    ms, cpu_ms = (time.perf_counter() - start) * 1000, (cpu_seconds() - cpu) * 1000
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
    return {"ms": ms, "cpu_ms": cpu_ms, "cells": sum(mix.values()), "mix": dict(mix)}


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
    start, cpu = time.perf_counter(), cpu_seconds()
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
    return {"ms": (time.perf_counter() - start) * 1000, "cpu_ms": (cpu_seconds() - cpu) * 1000}


def _kpi_files(db_path: Path, work: Path, fmt: str) -> tuple[Path, list[tuple[str, Path, int]]]:
    """A backup-API copy of the centre (never touch the shared dataset) and 12 monthly KPI exports of every
    agent active in the month (≈60k rows), as CSV or .xlsx. The same files for the import and its floor."""
    from persistence.backup import backup_to
    from persistence.database import open_database

    copy = backup_to(db_path, work / "copy.sqlite")
    db = open_database(copy)
    with db.uow() as uow:
        agents = uow.agents.list_all()
    db.close()
    months = []
    this = date(TODAY.year, TODAY.month, 1)
    for back in range(12, 0, -1):
        y, m = divmod(this.year * 12 + this.month - 1 - back, 12)
        first = date(y, m + 1, 1)
        active = [a for a in agents if a.hire_date <= first and (a.leave_date is None or a.leave_date > first)]
        rows = [[f"{first:%Y年%m月}坐席绩效导出"], ["工号", "姓名", "接通量", "平均处理时长", "满意度", "一次解决率",
                                                  "投诉量", "质检分"]]
        for i, a in enumerate(active):
            rows.append([a.employee_no, a.name, str(300 + i % 200), f"{3 + i % 4}:{i % 60:02d}", f"{90 + i % 10}%",
                         f"0.{80 + i % 15}", str(i % 3), str(85 + i % 15)])
        path = work / f"kpi_{first:%Y%m}.{fmt}"
        if fmt == "csv":
            # GBK, as HQ's systems export CSV (this shape was once refused as unknown_encoding: see
            # tests/persistence/test_gbk_detection.py).
            path.write_text("\n".join(",".join(r) for r in rows), encoding="gbk")
        else:
            from openpyxl import Workbook

            wb = Workbook(write_only=True)
            ws = wb.create_sheet("绩效")
            for r in rows[:2]:
                ws.append(r)
            for r in rows[2:]:  # numbers as numbers, as the platform's .xlsx export has them
                ws.append([r[0], r[1], int(r[2]), r[3], r[4], float(r[5]), int(r[6]), int(r[7])])
            wb.save(path)
        months.append((f"{first:%Y-%m}", path, len(active)))
    return copy, months


def kpi_import(db_path: Path, fmt: str = "csv") -> dict:
    """Import 12 monthly KPI exports (CSV, or .xlsx) into a copy, as one run: one pre-import backup, one
    roster read, every month landing in one transaction. The importer takes one month per file (a file mixing
    months is refused), so 60k rows means a year of monthly files."""
    import shutil

    from domain.performance.kpi_import_use_case import commit_kpi_imports, preview_kpi_imports
    from persistence.database import open_database
    from persistence.file_ports import FilePorts

    work = Path(tempfile.mkdtemp())
    copy, months = _kpi_files(db_path, work, fmt)
    db = open_database(copy)
    ports = FilePorts(db)
    start, cpu = time.perf_counter(), cpu_seconds()
    previews = preview_kpi_imports(ports.uows, ports.kpi_reader, [path for _, path, _ in months])
    previewed = time.perf_counter()
    rows = commit_kpi_imports(ports.uows, ports.backup, previews, TODAY, datetime.now(), replace_month=True,
                              skip_unknown=True)
    ms, cpu_ms = (time.perf_counter() - start) * 1000, (cpu_seconds() - cpu) * 1000
    assert rows == sum(c for _, _, c in months), rows
    shutil.rmtree(work, ignore_errors=True)
    return {"ms": ms, "cpu_ms": cpu_ms, "rows": rows, "preview_ms": (previewed - start) * 1000}


def kpi_import_xlsx(db_path: Path) -> dict:
    return kpi_import(db_path, "xlsx")


def kpi_floor(db_path: Path, fmt: str = "csv") -> dict:
    """Baseline for the KPI import: the same 12 files read by the fastest reader for them (python-calamine for
    .xlsx; the csv module for CSV, which calamine does not read), employee numbers looked up in one query, and
    each month replaced (DELETE, then sqlite3 executemany of the same rows) in one transaction. No checks,
    units, scoring or backup."""
    import csv
    import shutil
    import sqlite3

    work = Path(tempfile.mkdtemp())
    copy, months = _kpi_files(db_path, work, fmt)
    start, cpu = time.perf_counter(), cpu_seconds()
    con = sqlite3.connect(copy)
    ids = dict(con.execute("SELECT employee_no, id FROM agents"))
    total = 0
    con.execute("BEGIN")
    for month, path, _ in months:
        if fmt == "csv":
            with path.open(encoding="gbk", newline="") as fh:
                rows = list(csv.reader(fh))[2:]
        else:
            import python_calamine as pc

            rows = pc.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()[2:]
        con.execute("DELETE FROM kpi_monthly WHERE month = ?", (month,))
        con.executemany("INSERT INTO kpi_monthly (month, agent_id, handled, aht_seconds, csat, fcr, complaints, "
                        "qa_score) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        [(month, ids[r[0]], *r[2:8]) for r in rows])
        total += len(rows)
    con.commit()
    con.close()
    ms, cpu_ms = (time.perf_counter() - start) * 1000, (cpu_seconds() - cpu) * 1000
    shutil.rmtree(work, ignore_errors=True)
    return {"ms": ms, "cpu_ms": cpu_ms, "rows": total}


def kpi_floor_xlsx(db_path: Path) -> dict:
    return kpi_floor(db_path, "xlsx")


def dashboard_cold(db_path: Path) -> dict:
    return dashboard(db_path, warm=False)


CASES = {"roster": roster, "bare_roster": bare_roster, "dashboard": dashboard, "report": report,
         "plain_write": plain_write, "kpi_import": kpi_import, "kpi_import_xlsx": kpi_import_xlsx,
         "kpi_floor": kpi_floor, "kpi_floor_xlsx": kpi_floor_xlsx, "dashboard_cold": dashboard_cold}

if __name__ == "__main__":
    case, arg = sys.argv[1], sys.argv[2]
    result = CASES[case](Path(arg) if case != "plain_write" else arg)
    result["rss_mb"] = rss_mb()
    print(json.dumps(result), flush=True)
