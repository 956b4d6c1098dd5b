"""UI-thread stalls at centre scale (issue 17): a scripted session under an event-loop watchdog.

    python benchmarks/ui_stalls.py DB                     # the code this file sits in; one JSON line per action
    python benchmarks/ui_stalls.py DB --compare OLD_ROOT  # also the code in OLD_ROOT (a `git worktree add` of
                                                          # the commit before), each on its own copy of DB

The session: open the window on the database, open every page, edit an agent (its team), record a 1:1, switch
the performance month, import a KPI month (the latest, replacing it), export the HQ report. A QTimer ticks
every 5 ms; a tick that comes late means the UI thread was busy, and the lateness is the stall. For each
action the longest stall is printed, from the moment it starts until its work is done and the event loop has
been quiet (nothing queued on the runner) for a short settle time, so refreshes the action causes count too.
Beside it, to say where a stall came from: the UI thread's own CPU time in its longest gap between two beats
(`stall_cpu_ms`: its own work, without waiting for the GIL or a core), the longest runner answer (the UI
thread's own work on a result, `answer_ms`) and the longest cyclic-GC pass on any thread (`gc_ms`; it holds
the GIL, so the UI waits for it). DESK_STALL_PROFILE=DIR saves each action's UI-thread cProfile in DIR.
A stall well above both is the UI thread waiting for the GIL while the worker runs C code that keeps it.
Which code runs is chosen by PYTHONPATH / DESK_CODE (the compare mode sets both for each run); the script
only touches APIs both sides have (MainWindow.show_area, the pages' buttons and dialogs). The compare mode runs
each side with its modules' bytecode compiled first (as an installed copy has); either mode works on a copy of DB.
"""

from __future__ import annotations

import gc
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
CODE = Path(os.environ.get("DESK_CODE", HERE.parent))
sys.path.insert(0, str(CODE))

TICK_MS = 5
SETTLE_MS = 300
POLL_MS = 20  # how often the end of an action is looked for
TIMEOUT_MS = 120_000


def session(db_path: Path) -> list[dict]:
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from persistence.database import open_database
    from ui.context import AppContext
    from ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    answers, pauses = _time_the_answers(bool(os.environ.get("DESK_STALL_WHO"))), _time_the_collections()
    try:
        from shared.i18n import install_translators
    except ImportError:  # the code before issue 17's layering
        from ui.i18n import install_translators  # type: ignore[no-redef]
    install_translators("zh_CN")
    db = open_database(db_path)
    with db.uow() as uow:  # set-up reads, not measured
        agents = [a for a in uow.agents.list_all() if a.leave_date is None]
    runner = TaskRunner()
    try:  # as the app does: the oldest generation is collected when the supervisor pauses, not mid-action
        from ui import idle_gc

        gc.set_threshold(*idle_gc.THRESHOLDS)
    except ImportError:  # the code before it
        idle_gc = None  # type: ignore[assignment]
    ctx = AppContext(db=db, settings=QSettings(tempfile.mktemp(suffix=".ini"), QSettings.Format.IniFormat),
                     undo=QUndoStack(), runner=runner)

    worst, worst_cpu, cpu_at = [0.0], [0.0], [time.thread_time()]
    beat = [time.perf_counter()]  # the last tick; a Python clock, so a tick makes no call into Qt
    ticker = QTimer()
    ticker.setInterval(TICK_MS)

    acting = [""]
    trace = _tracer(acting)

    def tick() -> None:
        trace()
        now = time.perf_counter()
        worst[0] = max(worst[0], (now - beat[0]) * 1000 - TICK_MS)
        beat[0] = now
        now_cpu = time.thread_time()  # the UI thread's own work between two beats, without waits for the GIL
        worst_cpu[0] = max(worst_cpu[0], (now_cpu - cpu_at[0]) * 1000)
        cpu_at[0] = now_cpu

    ticker.timeout.connect(tick)
    results: list[dict] = []

    def measure(name: str, start: Callable[[], None], done: Callable[[], bool] = lambda: True) -> None:
        """`start` may open a modal dialog (exec): the ticker keeps ticking in its nested event loop."""
        worst[0] = worst_cpu[0] = answers[0] = pauses[0] = 0.0
        profile = _profiler(name)
        acting[0] = name
        if os.environ.get("DESK_STALL_TRACE"):
            print(f"=== {name}", file=sys.stderr, flush=True)
        began = beat[0] = time.perf_counter()
        cpu_at[0] = time.thread_time()
        start()
        deadline = time.perf_counter() + TIMEOUT_MS / 1000
        quiet_since: list[float | None] = [None]
        loop = QEventLoop()

        def poll() -> None:
            now = time.perf_counter()
            if now >= deadline:
                loop.quit()
            elif done() and not runner._pending:
                quiet_since[0] = quiet_since[0] or now
                if now - quiet_since[0] >= SETTLE_MS / 1000:
                    loop.quit()
            else:
                quiet_since[0] = None
        # The wait runs in an event loop, as the app's UI thread does: it holds the interpreter lock only
        # while a slot runs. (A processEvents/sleep(1 ms) loop took the lock back twice a millisecond, and
        # each time waited up to a switch interval for a busy worker: stalls the app does not have.)
        poller = QTimer()
        poller.setInterval(POLL_MS)
        poller.timeout.connect(poll)
        poller.start()
        loop.exec()
        poller.stop()
        timed_out = time.perf_counter() >= deadline
        profile()
        results.append({"action": name, "stall_ms": round(worst[0], 1), "stall_cpu_ms": round(worst_cpu[0], 1),
                        "answer_ms": round(answers[0], 1),
                        "gc_ms": round(pauses[0], 1),
                        "took_ms": round((time.perf_counter() - began) * 1000 - SETTLE_MS, 1),
                        **({"timed_out": True} if timed_out else {})})
        print(json.dumps(results[-1], ensure_ascii=False), flush=True)

    def when_modal(cls_name: str, act: Callable[[object], None]) -> None:
        def look() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None or type(dialog).__name__ != cls_name:
                QTimer.singleShot(10, look)
                return
            act(dialog)
        QTimer.singleShot(0, look)

    def save(dialog: object) -> None:
        buttons = dialog.findChild(QDialogButtonBox)  # type: ignore[attr-defined]
        buttons.button(QDialogButtonBox.StandardButton.Save).click()

    beat[0] = time.perf_counter()
    ticker.start()
    from ui.main_window import MainWindow

    window: list[MainWindow] = []
    measure("open the window (roster first)", lambda: window.append(MainWindow(ctx)) or window[0].show())
    win = window[0]
    if idle_gc is not None:  # its input filter once the window has started, as ui/app.py installs it (fifth round)
        idle_gc.install(app, runner.busy_changed)
    try:  # what the app does once the roster's rows are on screen (ui/app.py): its idle-time imports
        from ui.app import idle_preload, settle
        from ui.areas import preload_hooks

        def idle() -> None:
            runner.run(preload_hooks, lambda _none: None, lambda _exc, _trace: None)
            runner.run(idle_preload, lambda _none: settle(), lambda _exc, _trace: None)
            try:  # and, since the sixth round, starts its second process
                from ui.app import start_worker_process
            except ImportError:
                return
            runner.run(lambda: start_worker_process(ctx), lambda _none: None, lambda _exc, _trace: None)
        measure("(idle, after the roster) the app's idle-time imports", idle)
        process = getattr(ctx.door, "process", None)
        if process is not None:  # as a supervisor pauses before opening the next page (its start takes ~1 s)
            process.wait_ready()
    except ImportError:  # code from before them
        pass
    from ui.areas import AREAS

    for area in AREAS:
        measure(f"open page: {area.key}", lambda key=area.key: win.show_area(key))

    roster = win.show_area("roster")
    target = agents[len(agents) // 2]
    teams = sorted({a.team for a in agents if a.team != target.team})

    def edit_agent() -> None:
        # The supervisor's steps arrive as separate events, as input does: the 工号 typed into the search (the
        # filter runs), the row selected, then the editor opened (a double click). Run in one call, as until the
        # sixth round, they made one piece of UI-thread work no supervisor can cause.
        roster.search.setText(target.employee_no)
        roster.apply_filter()
        roster.select_agent(target.id)

        def change(dialog: object) -> None:
            dialog.team.setText(teams[0])  # type: ignore[attr-defined]
            save(dialog)
        when_modal("AgentDialog", change)
        QTimer.singleShot(1, roster.edit_selected)

    measure("edit an agent (team)", edit_agent)

    def one_on_one() -> None:
        from ui.coaching.actions import new_session

        def fill(dialog: object) -> None:
            dialog.situation.setPlainText("例行一对一：本周接通量稳定")  # type: ignore[attr-defined]
            save(dialog)
        when_modal("SessionDialog", fill)
        new_session(ctx, win, target.id)

    measure("record a 1:1", one_on_one)

    performance = win.show_area("performance")
    app.processEvents()
    runner.wait()
    measure("switch the performance month", lambda: performance.month.setCurrentIndex(
        min(1, performance.month.count() - 1)))

    csv = _kpi_month(agents, Path(tempfile.mkdtemp()))
    imported: list[bool] = []

    def kpi_import() -> None:
        from ui.performance.import_dialog import KpiImportDialog

        dialog = KpiImportDialog(ctx, win, csv)
        dialog.confirm_replace = lambda *_args: True  # type: ignore[method-assign]
        dialog.finished.connect(lambda _r: imported.append(True))

        def go() -> None:
            if dialog.preview is None:
                QTimer.singleShot(10, go)
                return
            for name in ("skip_unknown", "accept_tenure", "accept_odd"):  # whichever this version asks
                if hasattr(dialog, name):
                    getattr(dialog, name).setChecked(True)
            if not dialog.preview.plan.ok:
                print(json.dumps({"kpi_preview_refused": str(dialog.summary.text())}, ensure_ascii=False),
                      file=sys.stderr)
                imported.append(False)
                dialog.reject()
                return
            dialog.commit()
        QTimer.singleShot(0, go)
        dialog.open()  # given a path, the dialog previews it at once

    measure("import a KPI month", kpi_import, lambda: bool(imported))

    reports = win.show_area("reports")
    app.processEvents()
    runner.wait()
    out = Path(tempfile.mkdtemp()) / "hq.xlsx"
    measure("export the HQ report", lambda: reports.export_to(out), lambda: out.exists())
    ticker.stop()
    runner.wait()
    # what the app leaves for a pause (ui/idle_gc.py): one full collection of everything alive now

    began = time.perf_counter()
    gc.collect()
    results.append({"action": "(a pause) the full collection left for it", "stall_ms": None, "answer_ms": None,
                    "gc_ms": round((time.perf_counter() - began) * 1000, 1), "took_ms": None})
    print(json.dumps(results[-1], ensure_ascii=False), flush=True)
    return results


def _tracer(action: list[str]) -> Callable[[], None]:
    """With DESK_STALL_TRACE=MS[:TEXT], every thread's stack is written to stderr whenever the UI thread has not
    ticked for MS during an action whose name holds TEXT: faulthandler's watchdog needs no GIL, so it shows what
    the worker was doing while the UI waited for it (C code that keeps the GIL shows as the Python line that
    called it). A diagnosis only: it reads the other threads' frames unlocked and can crash the session. Returns
    what re-arms it (each tick)."""
    after, _, which = os.environ.get("DESK_STALL_TRACE", "").partition(":")
    if not after:
        return lambda: None
    import faulthandler

    seconds = float(after) / 1000

    def arm() -> None:
        if which in action[0]:
            faulthandler.dump_traceback_later(seconds, repeat=False, exit=False)
        else:
            faulthandler.cancel_dump_traceback_later()
    return arm


def _profiler(action: str) -> Callable[[], None]:
    """With DESK_STALL_PROFILE=DIR, the UI thread's work during each action as DIR/<action>.pstats (cProfile
    sees only the thread it runs on, so the worker's work stays out). Returns what stops it."""
    folder = os.environ.get("DESK_STALL_PROFILE")
    if not folder:
        return lambda: None
    import cProfile
    import re

    profile = cProfile.Profile()
    profile.enable()

    def stop() -> None:
        profile.disable()
        Path(folder).mkdir(parents=True, exist_ok=True)
        profile.dump_stats(str(Path(folder) / (re.sub(r"[^\w]+", "_", action).strip("_") + ".pstats")))
    return stop


def _name(fn: object, depth: int = 0) -> str:
    """The page method behind a runner callback (the door wraps them in closures)."""
    inner = [c.cell_contents for c in (getattr(fn, "__closure__", None) or ()) if callable(c.cell_contents)]
    if depth < 3:
        for candidate in inner:
            found = _name(candidate, depth + 1)
            if "<locals>" not in found or not found.startswith(("Door.", "_unless_gone")):
                return found
    return str(getattr(fn, "__qualname__", fn))


def _time_the_answers(name_slow: bool) -> list[float]:
    """The longest runner answer (success callback) per action: the UI thread's own work on an answer. With
    DESK_STALL_WHO=1 every answer over 100 ms is also printed by name."""
    from ui.tasks import TaskRunner

    longest = [0.0]
    start = TaskRunner._start

    def timed_start(self, fn, success, failure, progress):  # type: ignore[no-untyped-def]
        def timed(result):  # type: ignore[no-untyped-def]
            began = time.perf_counter()
            success(result)
            took = (time.perf_counter() - began) * 1000
            longest[0] = max(longest[0], took)
            if name_slow and took > 100:
                print(f"  slow answer {took:,.0f} ms: {_name(success)}", file=sys.stderr, flush=True)
        start(self, fn, timed, failure, progress)

    TaskRunner._start = timed_start  # type: ignore[method-assign]
    return longest


def _time_the_collections() -> list[float]:
    """The longest cyclic-GC pass per action, on any thread: it holds the GIL, so the UI thread waits too."""
    longest, began = [0.0], [0.0]

    def callback(phase: str, _info: dict) -> None:  # type: ignore[type-arg]
        if phase == "start":
            began[0] = time.perf_counter()
        else:
            longest[0] = max(longest[0], (time.perf_counter() - began[0]) * 1000)

    gc.callbacks.append(callback)
    return longest


def _kpi_month(agents: list, folder: Path) -> Path:  # type: ignore[type-arg]
    """Last month's KPI export for every active agent (the month exists: the import replaces it)."""
    today = date.today()
    y, m = divmod(today.year * 12 + today.month - 2, 12)
    first = date(y, m + 1, 1)
    lines = [f"{first:%Y年%m月}坐席绩效导出", "工号,姓名,接通量,平均处理时长,满意度,一次解决率,投诉量,质检分"]
    for i, a in enumerate(agents):
        lines.append(f"{a.employee_no},{a.name},{300 + i % 200},{3 + i % 4}:{i % 60:02d},{90 + i % 10}%,"
                     f"0.{80 + i % 15},{i % 3},{85 + i % 15}")
    path = folder / f"kpi_{first:%Y%m}.csv"
    path.write_text("\n".join(lines), encoding="utf-8-sig")  # unambiguous (a short GBK file can read as Cyrillic)
    return path


def _compiled(code: Path) -> Path:
    """A bytecode cache of `code`'s modules (and the libraries'), filled before the session: an installed copy
    has its bytecode (the installer compiles it), while a checkout run with PYTHONDONTWRITEBYTECODE=1 (as on the
    shared build machine) compiled every module the session imported on the thread that imported it, ~15 ms
    of one window-opening turn (sixth round). One cache per code root, so the two sides never share one."""
    cache = Path(tempfile.gettempdir()) / "desk-stalls-pycache" / code.resolve().as_posix().strip("/").replace("/", "_")
    env = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}, "PYTHONPYCACHEPREFIX": str(cache)}
    folders = [str(code / name) for name in ("domain", "persistence", "ui", "shared", "cli") if (code / name).is_dir()]
    # The prefix holds every module's bytecode, the standard library's too (Python looks only there).
    subprocess.run([sys.executable, "-m", "compileall", "-q", "-j", "0", "-x", r"[/\\](tests?|idlelib|tkinter|lib2to3|"
                    r"turtledemo|ensurepip)[/\\]", *folders, *_library_folders()], env=env, cwd=code,
                   capture_output=True, check=False)
    return cache


def _library_folders() -> list[str]:
    import sysconfig

    paths = sysconfig.get_paths()
    return sorted({paths["stdlib"], paths["purelib"], paths["platlib"]})


def _run(code: Path, db: Path) -> list[dict]:
    """One session in its own process on its own copy of the database (the session writes)."""
    work = Path(tempfile.mkdtemp())
    copy = work / "centre.sqlite"
    shutil.copy(db, copy)
    env = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}, "DESK_CODE": str(code),
           "PYTHONPATH": str(code), "QT_QPA_PLATFORM": "offscreen", "HOME": str(work),
           "PYTHONPYCACHEPREFIX": str(_compiled(code))}
    done = subprocess.run([sys.executable, str(Path(__file__).resolve()), str(copy)], env=env, cwd=code,
                          capture_output=True, text=True, check=False)
    shutil.rmtree(work, ignore_errors=True)
    rows = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    for line in done.stderr.splitlines():
        if line.startswith("  slow answer"):  # DESK_STALL_WHO=1
            print(f"{code.name}:{line}", file=sys.stderr)
    if done.returncode != 0:
        print(done.stderr[-3000:], file=sys.stderr)
    return rows


def main(argv: list[str]) -> int:
    db = Path(argv[0])
    if "--compare" not in argv:  # on a copy too: the session edits, records and imports
        work = Path(tempfile.mkdtemp())
        try:
            shutil.copy(db, work / "centre.sqlite")
            session(work / "centre.sqlite")
        finally:
            shutil.rmtree(work, ignore_errors=True)
        return 0
    old = Path(argv[argv.index("--compare") + 1])
    now_rows = _run(HERE.parent, db)
    old_rows = {r["action"]: r for r in _run(old, db)}
    print(f"{'action':<36} {'now: longest stall':>20} {'its CPU':>8} {'answer':>8} {'GC':>8} {'before: stall':>14} "
          f"{'its CPU':>8} {'answer':>8} {'GC':>8}")
    for r in now_rows:
        before = old_rows.get(r["action"]) or {}

        def ms(row: dict, key: str, width: int) -> str:  # type: ignore[type-arg]
            return f"{row[key]:,.0f} ms".rjust(width) if row.get(key) is not None else "—".rjust(width)
        print(f"{r['action']:<36} {ms(r, 'stall_ms', 20)} {ms(r, 'stall_cpu_ms', 8)} {ms(r, 'answer_ms', 8)} "
              f"{ms(r, 'gc_ms', 8)} {ms(before, 'stall_ms', 14)} {ms(before, 'stall_cpu_ms', 8)} "
              f"{ms(before, 'answer_ms', 8)} {ms(before, 'gc_ms', 8)}"
              + ("  (timed out)" if r.get("timed_out") else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
