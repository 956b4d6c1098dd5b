"""A second process that runs the window's heaviest read-mostly use cases (本周待办, a performance month, the HQ
report) on its own connection to the same store, so that they never hold the window's interpreter lock.

Why a process: run on the window's worker thread, those use cases hold the GIL in stretches of 20–120 ms (the
C loops that build result rows, sort and group them do not let go of it), and each stretch froze the window
for as long (benchmarks/ui_stalls.py). In its own interpreter the same work costs the window nothing: the worker
thread only waits on a pipe, which releases the lock.

The process is started in idle time once the window is up ("spawn", the same on Linux and Windows and in a
frozen bundle once main() has called `multiprocessing.freeze_support()`); it opens the store the window opened
(the file, or the server URL, never migrating it: the window did) under the same team scope. Until it is ready,
after it died, or for a store it cannot open again (an in-memory one), `run` says so and the caller runs the use
case on its own thread, as before. Only idempotent work goes here (reads, and a report written then logged): a
job whose process died half-way is run again on the worker thread.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import pickle
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

    from persistence.database import Database
    from persistence.unit_of_work import SqlUnitOfWork

Progress = Callable[[int, int], None]
Job = Callable[[Any, Progress], Any]  # job(store, report): a picklable callable (domain.ports.Job)

_log = logging.getLogger("desk")
START_TIMEOUT_S = 60.0  # the child's imports and connection; a slower start is treated as a failed one


class JobFailed(Exception):
    """The job raised in the process, and what it raised could not be brought back as it was."""


class WorkerProcess:
    """The window's one second process. `run` is called from one thread at a time (the serial runner)."""

    def __init__(self, db: Database) -> None:
        self._address = (db.url or str(db.path), db.url is not None, db.user)
        self._conn: Connection | None = None
        self._process: multiprocessing.process.BaseProcess | None = None
        self._ready = False
        self._lock = threading.Lock()

    @staticmethod
    def can_serve(db: Database) -> bool:
        """A store another process can open too: a server database, or a SQLite file on disk."""
        return db.url is not None or (str(db.path) != ":memory:" and Path(db.path).is_file())

    def start(self) -> None:
        """Non-blocking: the child imports and connects while the window goes on; `run` uses it once ready."""
        if self._process is not None:
            return
        ctx = multiprocessing.get_context("spawn")
        self._conn, child_end = ctx.Pipe(duplex=True)
        self._process = ctx.Process(target=serve, args=(child_end, *self._address), name="desk-worker",
                                    daemon=True)
        self._process.start()
        child_end.close()

    @property
    def ready(self) -> bool:
        """True once the child has opened the store (checked without waiting)."""
        if not self._ready and self._conn is not None and self._alive():
            with contextlib.suppress(EOFError, OSError):
                if self._conn.poll(0):
                    self._ready = self._conn.recv() == ("ready",)
                    if not self._ready:
                        self._stop()
        return self._ready

    def wait_ready(self, timeout: float = START_TIMEOUT_S) -> bool:
        """Block until the child is ready or has failed (tests, and the CLI's benchmarks)."""
        if self._conn is None:
            return False
        with contextlib.suppress(EOFError, OSError):
            if not self._ready and self._conn.poll(timeout):
                self._ready = self._conn.recv() == ("ready",)
        return self.ready

    def run(self, job: Job, report: Progress | None = None) -> tuple[bool, Any]:
        """(True, result) when the process ran `job`; (False, None) when it could not (not ready, gone, or the
        job cannot be sent): the caller runs it itself. What the job raised is raised here."""
        with self._lock:
            if not self.ready:
                return False, None
            assert self._conn is not None
            try:
                self._conn.send(job)
            except (pickle.PicklingError, AttributeError, TypeError):
                _log.warning("a job could not be sent to the worker process\n%s", traceback.format_exc())
                return False, None
            except (OSError, EOFError):
                self._stop()
                return False, None
            return self._answer(report)

    def _answer(self, report: Progress | None) -> tuple[bool, Any]:
        assert self._conn is not None
        while True:
            try:
                message = self._conn.recv()  # waits with the GIL released
            except (EOFError, OSError):  # the child died half-way: the caller runs the job itself
                _log.warning("the worker process died during a job; running it on the worker thread")
                self._stop()
                return False, None
            kind, *payload = message
            if kind == "progress":
                if report is not None:
                    report(*payload)
            elif kind == "ok":
                return True, payload[0]
            elif kind == "raised":
                raise payload[0]
            elif kind == "unsendable":
                _log.warning("a job's answer could not come back from the worker process\n%s", payload[0])
                return False, None
            else:  # "failed": an exception that would not travel as it was
                raise JobFailed(payload[0])

    def _alive(self) -> bool:
        return self._process is not None and self._process.is_alive()

    def _stop(self) -> None:
        self._ready = False
        if self._conn is not None:
            with contextlib.suppress(OSError):
                self._conn.close()
        if self._process is not None and self._process.is_alive():
            self._process.kill()

    def close(self) -> None:
        with self._lock:
            if self._conn is not None and self._alive():
                with contextlib.suppress(OSError, EOFError):
                    self._conn.send(None)
            self._stop()
            if self._process is not None:
                self._process.join(5)


class _ChildStore:
    """What a job is given in the child: the store's units of work and file ports (domain.ports.Store)."""

    def __init__(self, db: Database) -> None:
        from persistence.file_ports import FilePorts

        self.db, self.files = db, FilePorts(db)

    def uow(self) -> SqlUnitOfWork:
        return self.db.uow()


def _open(location: str, is_server: bool, user: str | None) -> Database:
    """The store as the window opened it, without migrating (the window did) and without a start-up backup."""
    from persistence.database import Database, default_backup_dir
    from persistence.db import make_engine, make_session_factory
    from persistence.migrate import OpenResult
    from persistence.paths import app_paths

    engine = make_engine(location)
    path = Path(location) if not is_server else Path("server")
    backup_dir = app_paths().data / "backups" if is_server else default_backup_dir(path)
    return Database(path=path, engine=engine, session_factory=make_session_factory(engine),
                    opened=OpenResult(created=False, migrated_from=None, backup=None), backup_dir=backup_dir,
                    url=location if is_server else None, user=user)


def serve(conn: Connection, location: str, is_server: bool, user: str | None) -> None:
    """The child's loop: open the store, say "ready", then run each job sent until None or the pipe closes."""
    try:
        store = _ChildStore(_open(location, is_server, user))
    except BaseException:  # noqa: BLE001  the parent runs everything itself
        with contextlib.suppress(OSError):
            conn.send(("failed", traceback.format_exc()))
        return
    conn.send(("ready",))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            break
        if job is None:
            break
        outcome = _outcome(job, store, lambda done, total: conn.send(("progress", done, total)))
        try:
            conn.send(outcome)
        except (pickle.PicklingError, AttributeError, TypeError):  # an answer that cannot travel
            conn.send(("unsendable", traceback.format_exc()))
    store.db.engine.dispose()


def _outcome(job: Job, store: _ChildStore, report: Progress) -> tuple[Any, ...]:
    try:
        result = job(store, report)
    except Exception as exc:  # noqa: BLE001  raised again in the parent, if it travels
        exc.add_note("(in the worker process)\n" + traceback.format_exc())
        try:
            pickle.loads(pickle.dumps(exc))
        except Exception:  # noqa: BLE001
            return ("failed", traceback.format_exc())
        return ("raised", exc)
    return ("ok", result)
