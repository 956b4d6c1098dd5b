"""Start the window: paths → lock → window shell shown → database opened on a worker thread (backup +
migrate, SQLAlchemy imported there) → pages. A bare PySide6 window is the yardstick for how fast the
shell appears (benchmarks/)."""

from __future__ import annotations

import gc
import os
import sys
import threading
import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox

from persistence.paths import app_paths
from shared import instance_lock
from shared.i18n import DEFAULT_LANGUAGE, install_translators, valid_language
from ui import idle_gc
from ui.context import AppContext
from ui.tasks import TaskRunner

EXIT_REFUSED = 3
# How long the job that opens the database waits for the roster's first rows to be painted (see `run_gui`):
# a bound, so that a page that never paints cannot hold the database back.
ROWS_PAINT_WAIT_SECONDS = 1.0


def ui_settings(config_dir: Path) -> QSettings:
    config_dir.mkdir(parents=True, exist_ok=True)
    return QSettings(str(config_dir / "ui.ini"), QSettings.Format.IniFormat)


def repair_settings(settings: QSettings, language: str | None) -> tuple[str, list[str]]:
    """The language to start in, and the saved UI settings that could not be applied. Each of those is reset
    to its default and named, so that one bad value costs a message, never a start-up that fails every
    time (a saved language once crashed the app on every start)."""
    reset: list[str] = []
    saved = settings.value("language", DEFAULT_LANGUAGE)
    if valid_language(saved) is None:
        settings.setValue("language", DEFAULT_LANGUAGE)
        saved = DEFAULT_LANGUAGE
        reset.append("language")
    geometry = settings.value("main/geometry")
    if geometry is not None and not isinstance(geometry, QByteArray):
        settings.remove("main/geometry")
        reset.append("main/geometry")
    folder = settings.value("last_folder")
    if folder is not None and not isinstance(folder, str):
        settings.remove("last_folder")
        reset.append("last_folder")
    if reset:
        settings.sync()
    return valid_language(language) or str(saved), reset


def reset_note(reset: list[str]) -> str:
    names = {
        "language": QApplication.translate("App", "interface language"),
        "main/geometry": QApplication.translate("App", "window size and position"),
        "last_folder": QApplication.translate("App", "last folder used"),
    }
    return (QApplication.translate("App", "Some saved settings could not be used and were reset to their "
                                          "defaults: %1. You can change them again in Settings.")
            .replace("%1", QApplication.translate("App", ", ").join(names.get(key, key) for key in reset)))


def remembered_database(settings: QSettings) -> Path | str | None:
    """The database chosen in File → Open database… (ui/safety/open_database_dialog.py) for every later start;
    a file that has gone (an unplugged drive) is not silently created anew: the default opens instead."""
    from persistence.locations import location

    value = str(settings.value("database", "") or "").strip()
    if not value:
        return None
    where = location(value)
    return where if isinstance(where, str) or where.is_file() else None


def open_for_window(path: Path, demo: bool):  # type: ignore[no-untyped-def]
    """Runs on the worker thread: open (create, back up, migrate) and, for --demo, fill a new file."""
    from persistence.opening import open_db  # the CLI's refusal messages too (OpenFailed)

    db = open_db(path, create=True)  # the window (and demo) are the only ones that create a database
    if demo and db.opened.created:
        from domain.demo import build_demo
        from domain.demo_size import DEMO_HEADCOUNT, DEMO_MONTHS, DEMO_SEED

        build_demo(db.uow(), DEMO_HEADCOUNT, DEMO_MONTHS, DEMO_SEED, date.today())
    import ui.roster.page  # noqa: F401  (import the first page's modules here, off the UI thread)
    settle()  # the imports' objects out of the collector's reach before the roster's rows are made

    # The areas' hooks (their words and quick records, ~0.1 s of imports) load on this worker too, but once the
    # roster's rows are on screen (see `attach` in run_gui): the pages that need them load them themselves.
    return db


def first_look(path: Path | str, demo: bool, today: date):  # type: ignore[no-untyped-def]
    """Runs on the worker before the database opens: the roster page's first rows, read with the sqlite3 driver
    (persistence/roster/first_page.py), or None when they come the normal way. A file this refuses (not ours,
    damaged, …) is refused in words by the normal open that follows."""
    if demo or isinstance(path, str):
        return None
    import ui.roster.page  # noqa: F401  (the first page's modules, off the UI thread)
    from persistence.roster.first_page import first_roster_page

    settle()  # the imports' objects out of the collector's reach before the rows are made
    return first_roster_page(path, today)


# The repositories the 看板 reads through (with their areas' models, ~0.2 s of imports): loaded in idle time
# with matplotlib, so the dashboard's first load does not wait for them.
IDLE_REPOSITORIES = ("dashboard", "wellbeing")
# The dialogs the menus open (their use cases, and through them every area's ports: 50–100 ms of imports), which
# the menus themselves import only when one is first opened (ui/safety/menus.py).
MENU_DIALOGS = ("ui.safety.backup_dialog", "ui.safety.check_dialog")


def idle_preload() -> None:
    """On the worker, once the roster's rows are on screen: matplotlib, the dashboard's repositories and every
    page's modules — importing a page's modules on the UI thread when it was first opened was 10–100 ms of its
    stall (issue 17). Page modules define classes only: nothing in them is built until the UI thread builds it."""
    import importlib

    from persistence.unit_of_work import repository_class
    from ui.areas import AREAS
    from ui.charts import preload

    preload()
    for name in IDLE_REPOSITORIES:
        repository_class(name)
    for area in AREAS:
        importlib.import_module(area.page_class.split(":")[0])
    for module in MENU_DIALOGS:
        importlib.import_module(module)


def start_worker_process(ctx: AppContext) -> None:
    """On the worker, in idle time after the idle imports: the second process that runs the heaviest use cases
    (ui/door.py `Door.apart`; persistence/worker_process.py). Its own imports and connection take it ~1 s on
    another core; until it is ready those use cases run on the worker thread as before."""
    from persistence.worker_process import WorkerProcess

    if ctx.is_open and ctx.door.process is None and WorkerProcess.can_serve(ctx.db):
        process = WorkerProcess(ctx.db)
        process.start()
        ctx.door.process = process  # on the worker thread, which is also the only one that runs jobs


def settle() -> None:
    """Once start-up's imports are done (matplotlib's too): move every object alive now out of the garbage
    collector's reach. A full collection walks every object, and with SQLAlchemy, matplotlib and the Qt wrappers
    loaded that paused whichever thread triggered it ~90 ms, the UI thread included (the dashboard's first
    load). Objects made later are collected as usual."""
    import gc

    gc.freeze()


def _benchmark_hook(app: QApplication, what: str) -> None:
    """benchmarks/ starts the app with DESK_BENCH_STARTUP=shown|ready: report the moment, then quit."""
    if os.environ.get("DESK_BENCH_STARTUP") == what:
        # the wall-clock moment, then this process's CPU seconds so far (steadier than wall time on a busy machine)
        print(f"{what.upper()} {time.time():.6f} {time.process_time():.6f}", flush=True)
        QTimer.singleShot(0, app.quit)


def run_gui(db_path: Path | str | None, language: str | None, demo: bool) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("SupervisorsDesk")
    paths = app_paths()
    settings = ui_settings(paths.config)
    language, reset = repair_settings(settings, language)
    install_translators(language)
    path = db_path or (paths.demo_db if demo else remembered_database(settings) or paths.default_db)
    if isinstance(path, str):  # a shared server database (issue 23): the server orders the writers
        lock = instance_lock.HeldLock()
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = instance_lock.acquire(path)
    if lock is None:
        if instance_lock.holder(path) == instance_lock.WRITER:  # an import or restore from the command line
            text = QApplication.translate("App", "Another program is writing to %1; open it again when it has "
                                                 "finished.")
        else:
            text = QApplication.translate("App", "%1 is already open in another window of this app.")
        QMessageBox.critical(None, QApplication.translate("App", "Already open"), text.replace("%1", str(path)))
        return EXIT_REFUSED
    from ui.main_window import MainWindow

    window = MainWindow(settings=settings, db_path=path)
    window.show()
    if reset:
        note = QMessageBox(QMessageBox.Icon.Information, QApplication.translate("App", "Settings reset"),
                           reset_note(reset), parent=window)
        note.open()  # not modal: the window goes on starting behind it
        print(reset_note(reset), file=sys.stderr, flush=True)
    QTimer.singleShot(0, lambda: _benchmark_hook(app, "shown"))
    runner = TaskRunner()
    # Full garbage collections wait for a pause (ui/idle_gc.py): its thresholds now, its event filter once the
    # window has started (`idle_after`). An application-wide filter in Python has every event of every object
    # wrapped for Python first; while the window was being built and painted that made PySide6 resolve ~110
    # internal Qt types it otherwise never wraps (~25 ms of CPU before the rows showed), and it costs a call into
    # Python per event after. Nothing needs it earlier: until it is installed no full collection runs at all.
    gc.set_threshold(*idle_gc.THRESHOLDS)
    opened: list = []
    ctx = AppContext.before_opening(settings=settings, undo=QUndoStack(), runner=runner)
    # The database opens once the roster's first rows are painted, not while they are being shown: its imports
    # (SQLAlchemy, ~250 ms) hold the GIL in long stretches, and the page's build and first paint waited behind
    # them (rows on screen 300 ms after the page was built instead of 35). The runner stays serial, so every use
    # case the page queues still runs after the job that opens the database.
    rows_painted = threading.Event()
    app.aboutToQuit.connect(rows_painted.set)  # closed before the rows showed: nothing to wait for

    def roster_built() -> None:
        window.roster.loaded.connect(lambda: QTimer.singleShot(0, rows_painted.set))
        if os.environ.get("DESK_BENCH_STARTUP") == "ready":  # "ready" is the roster's rows on screen
            window.roster.loaded.connect(lambda: QTimer.singleShot(0, lambda: _benchmark_hook(app, "ready")))
        window.roster.loaded.connect(when_idle)

    # Once the roster's rows are on screen and the database is open the app is idle: load the areas' hooks and
    # import matplotlib (~0.5 s) on the worker then, so the first chart a supervisor opens does not wait for it.
    # Not before: imports hold the GIL in long stretches, and the rows' first paint would wait behind them; and
    # not while the UI thread builds the menus (PySide6 makes Qt's Python enums on first use, not thread-safely).
    idle: set[str] = set()

    def when_idle() -> None:
        window.roster.loaded.disconnect(when_idle)
        idle_after("loaded")

    def idle_after(step: str) -> None:
        idle.add(step)
        if idle == {"loaded", "open"}:
            idle_gc.install(app, runner.busy_changed)
            QTimer.singleShot(300, idle_imports)  # after the rows' first paint, which `loaded` only precedes

    def idle_imports() -> None:
        from ui.areas import preload_hooks
        from ui.safety import crash

        runner.run(preload_hooks, lambda _none: None, lambda _exc, trace: crash.log.warning("hooks: %s", trace))
        runner.run(idle_preload, lambda _none: settle(), lambda _exc, trace: crash.log.warning("preload: %s", trace))
        runner.run(lambda: start_worker_process(ctx), lambda _none: None,
                   lambda _exc, trace: crash.log.warning("worker process: %s", trace))

    def first_rows(page) -> None:  # type: ignore[no-untyped-def]
        if page is None or window.ctx is not None:
            return
        ctx.first_roster = page
        window.attach(ctx)  # the navigation and menus wait for the database (`attach` below)
        roster_built()

    def attach(db) -> None:  # type: ignore[no-untyped-def]
        from ui.safety.startup import start_daily_backup

        opened.append(db)
        if window.ctx is None:
            window.attach(ctx)
            roster_built()
        else:  # the roster is already on screen, from the rows read before the database opened
            window.database_opened()
        start_daily_backup(ctx, window)
        from ui.fonts import warn_once_without_chinese_font

        warn_once_without_chinese_font(window, settings)
        if db.opened.created:
            QMessageBox.information(window, QApplication.translate("App", "New database"),
                                    QApplication.translate("App", "A new database was created at %1.")
                                    .replace("%1", db.location))
        elif db.opened.migrated_from:
            window.statusBar().showMessage(QApplication.translate("App", "Database upgraded; a copy was kept at %1")
                                           .replace("%1", str(db.opened.backup)), 10_000)
        idle_after("open")

    def refused(exc: BaseException, trace: str) -> None:
        message = getattr(exc, "message", None)
        if message is None:
            from ui.safety import crash

            crash.log.error("opening %s failed\n%s", path, trace)
            from shared.error_sentences import sentence

            message = QApplication.translate("App", "The database could not be opened: %1").replace(
                "%1", sentence(exc, path, trace=trace))
        QMessageBox.critical(window, QApplication.translate("App", "Cannot open the database"), message)
        app.exit(EXIT_REFUSED)

    def look_on_worker(today: date):  # type: ignore[no-untyped-def]
        page = None
        try:
            page = first_look(path, demo, today)
        finally:
            if page is None:  # no rows to wait for: the database opens the normal way, now
                rows_painted.set()
        return page

    def open_on_worker():  # type: ignore[no-untyped-def]
        rows_painted.wait(ROWS_PAINT_WAIT_SECONDS)
        db = open_for_window(path, demo)
        ctx.use(db)  # here, on the worker: the use cases queued after this job find the database open
        return db

    def after_first_paint() -> None:
        # Unexpected errors from here on are logged and told in a dialog that closes no window.
        from ui.safety import crash

        crash.install(paths.logs)
        # The worker's imports hold the GIL in long stretches: start it once the window is up. The roster's
        # first rows first (the sqlite3 driver, before SQLAlchemy's ~250 ms of imports), then the database.
        today = ctx.today()
        runner.run(lambda: look_on_worker(today), first_rows,
                   lambda _exc, trace: crash.log.info("first rows read the normal way: %s", trace))
        runner.run(open_on_worker, attach, refused)

    QTimer.singleShot(1, after_first_paint)
    code = app.exec()
    runner.wait()
    if ctx.door.process is not None:
        ctx.door.process.close()
    for db in opened:
        db.close()
    lock.unlock()
    return code
