"""A second process that runs the window's heaviest use cases (本周待办, a performance month and its weekly review,
the KPI import's preview and commit, the HQ report) on its own connection to the same store, so that they never
hold the window's interpreter lock.

Why a process: run on the window's worker thread, those use cases held the GIL in stretches of 20–150 ms (the
C loops that build result rows, sort and group them do not let go of it), and each stretch froze the window
for as long (benchmarks/ui_stalls.py). In its own interpreter the same work costs the window nothing: the worker
thread only waits on a pipe, which releases the lock.

The process is started in idle time once the window is up ("spawn", the same on Linux and Windows and in a
frozen bundle once main() has called `multiprocessing.freeze_support()`), below the window's CPU priority; it
opens the store the window opened (the file, or the server URL, never migrating it: the window did) under the
same team scope and with the same backup folder. Until it is ready, after it died, or for a store it cannot
open again (one not on disk), `run` says so and the caller runs the job on its own thread, as before. If it dies
during a job, `run` raises ProcessLost: the door runs a query again on its thread, and tells a change (which may
have landed) rather than repeat it (ui/door.py `Door.apart`).
"""

from __future__ import annotations

import contextlib
import io
import logging
import multiprocessing
import os
import pickle
import threading
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

    from domain.ports import Job, Progress
    from persistence.database import Database
    from persistence.unit_of_work import SqlUnitOfWork

_log = logging.getLogger("desk")
START_TIMEOUT_S = 60.0  # the child's imports and connection; a slower start is treated as a failed one


class JobFailed(Exception):
    """The job raised in the process and what it raised could not come back as it was, or its answer could not."""


class ProcessLost(Exception):
    """The process died during a job (a crash, an OOM kill): a query can be run again elsewhere; a change may or
    may not have landed, so it is not run again but told (shared/safety_words.py)."""

    code = "work_interrupted"


class WorkerProcess:
    """The window's one second process. `run` is called from one thread at a time (the serial runner)."""

    def __init__(self, db: Database) -> None:
        self._address = (db.url or str(db.path), db.url is not None, db.user, str(db.backup_dir))
        self._conn: Connection | None = None
        self._process: multiprocessing.process.BaseProcess | None = None
        self._ready = False
        self._lock = threading.Lock()
        self._kept: dict[int, tuple[Any, int, int | None]] = {}  # id → (the answer or an item of it, its number, index)

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
        # A daemon: multiprocessing ends it when this process exits; it also ends when asked (`close`) or when
        # its end of the pipe closes.
        self._process = ctx.Process(target=serve, args=(child_end, *self._address), name="desk-worker", daemon=True)
        self._process.start()
        child_end.close()

    @property
    def ready(self) -> bool:
        """True once the child has opened the store, and while it lives (checked without waiting)."""
        if self._ready and not self._alive():
            self._stop()
        if not self._ready and self._conn is not None and self._alive():
            with contextlib.suppress(EOFError, OSError):
                if self._conn.poll(0):
                    self._started(self._conn.recv())
        return self._ready

    def wait_ready(self, timeout: float = START_TIMEOUT_S) -> bool:
        """Block until the child is ready or has failed (tests, benchmarks/ui_stalls.py)."""
        if self._conn is None:
            return False
        with contextlib.suppress(EOFError, OSError):
            if not self._ready and self._conn.poll(timeout):
                self._started(self._conn.recv())
        return self.ready

    def _started(self, message: tuple[Any, ...]) -> None:
        self._ready = message == ("ready",)
        if not self._ready:  # ("failed", trace): it could not open the store; everything runs here
            _log.warning("the worker process did not start\n%s", message[-1])
            self._stop()

    def run(self, job: Job, report: Progress | None = None) -> tuple[bool, Any]:
        """(True, result) when the process ran `job`; (False, None) when it did not start it (not ready, gone, or
        the job cannot be sent): the caller runs it itself. What the job raised is raised here; ProcessLost when
        the process died during it."""
        with self._lock:
            if not self.ready:
                return False, None
            if not self._send(job, refer=True):
                return False, None
            return self._answer(job, report)

    def _send(self, job: Job, refer: bool) -> bool:
        """An answer this process gave goes back to it as a reference (`_Referring`), not a copy: pickling a KPI
        preview of 5,000 lines on the worker thread to send it back held the window's GIL ~90 ms."""
        assert self._conn is not None
        try:
            self._conn.send_bytes(_Referring.dumps(job, self._kept if refer else {}))
        except (pickle.PicklingError, AttributeError, TypeError):
            _log.warning("a job could not be sent to the worker process\n%s", traceback.format_exc())
            return False
        except (OSError, EOFError):
            self._stop()
            return False
        return True

    def _keep(self, answer: Any, number: int) -> None:
        """Remember the answer (and a tuple answer's items) by identity, as the child keeps it by `number`."""
        for key in [k for k, (_obj, kept, _i) in self._kept.items() if kept <= number - KEPT_ANSWERS]:
            del self._kept[key]
        self._kept[id(answer)] = (answer, number, None)
        if isinstance(answer, tuple):
            for index, item in enumerate(answer):
                self._kept.setdefault(id(item), (item, number, index))

    def _answer(self, job: Job, report: Progress | None) -> tuple[bool, Any]:
        assert self._conn is not None
        while True:
            try:
                message = self._conn.recv()  # waits with the GIL released
            except (EOFError, OSError) as exc:  # the child died half-way
                _log.warning("the worker process died during a job")
                self._stop()
                raise ProcessLost("the worker process died during a job") from exc
            kind, *payload = message
            if kind == "progress":
                if report is not None:
                    report(*payload)
            elif kind == "ok":
                if getattr(job, "keep", False):
                    self._keep(payload[0], payload[1])
                return True, payload[0]
            elif kind == "resend":  # it no longer holds an answer the job refers to: a copy, then
                if not self._send(job, refer=False):
                    raise ProcessLost("the worker process could not be given the job again")
            elif kind == "unreadable":  # the process could not unpickle the job: nothing ran there
                _log.warning("the worker process could not read a job\n%s", payload[0])
                return False, None
            elif kind == "raised":
                raise _rebuilt(payload[0])
            else:  # "failed": an exception, or "unsendable": an answer, that would not travel as it was
                raise JobFailed(payload[0])

    def _alive(self) -> bool:
        return self._process is not None and self._process.is_alive()

    def _stop(self) -> None:
        self._ready = False
        if self._conn is not None:
            with contextlib.suppress(OSError):
                self._conn.close()
            self._conn = None
        if self._process is not None and self._process.is_alive():
            self._process.kill()

    def close(self) -> None:
        with self._lock:
            if self._conn is not None and self._alive():
                with contextlib.suppress(OSError, EOFError):
                    self._conn.send_bytes(pickle.dumps(None))
            self._stop()
            if self._process is not None:
                self._process.join(5)


KEPT_ANSWERS = 4  # how many of its last answers the child keeps for jobs that refer to them


class _Gone(Exception):
    """A job refers to an answer the child no longer keeps."""


class _Referring:
    """Pickling with references to kept answers (pickle's persistent ids): what the parent holds from an answer
    goes as (number, index), and the child puts its own copy of that object in its place."""

    @staticmethod
    def dumps(obj: Any, kept: dict[int, tuple[Any, int, int | None]]) -> bytes:
        if not kept:
            return pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
        buffer = io.BytesIO()

        class Pickler(pickle.Pickler):
            def persistent_id(self, item: Any) -> tuple[int, int | None] | None:
                entry = kept.get(id(item))
                return (entry[1], entry[2]) if entry is not None and entry[0] is item else None

        Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(obj)
        return buffer.getvalue()

    @staticmethod
    def loads(data: bytes, kept: dict[int, Any]) -> Any:
        class Unpickler(pickle.Unpickler):
            def persistent_load(self, pid: Any) -> Any:
                number, index = pid
                if number not in kept:
                    raise _Gone(number)
                return kept[number] if index is None else kept[number][index]

        return Unpickler(io.BytesIO(data)).load()


class _ChildStore:
    """What a job is given in the child: the store's units of work and file ports (domain.ports.Store)."""

    def __init__(self, db: Database) -> None:
        from persistence.file_ports import FilePorts

        self.db, self.files = db, FilePorts(db)

    def uow(self) -> SqlUnitOfWork:
        return self.db.uow()


def _open(location: str, is_server: bool, user: str | None, backup_dir: str) -> Database:
    """The store as the window opened it (its backup folder too), without migrating (the window did)."""
    from persistence.database import Database
    from persistence.db import make_engine, make_session_factory
    from persistence.locations import shown
    from persistence.migrate import OpenResult

    engine = make_engine(location)
    return Database(path=Path(shown(location)) if is_server else Path(location), engine=engine,
                    session_factory=make_session_factory(engine),
                    opened=OpenResult(created=False, migrated_from=None, backup=None), backup_dir=Path(backup_dir),
                    url=location if is_server else None, user=user)


def serve(conn: Connection, location: str, is_server: bool, user: str | None, backup_dir: str) -> None:
    """The child's loop: open the store, say "ready", then run each job sent until None or the pipe closes."""
    _yield_the_cpu()
    # A job may start a process of its own (a KPI file is read in a sandboxed one), which multiprocessing
    # refuses a daemon; this one is a daemon only so that the window's exit ends it.
    multiprocessing.current_process().daemon = False
    try:
        store = _ChildStore(_open(location, is_server, user, backup_dir))
    except BaseException:  # noqa: BLE001  the parent runs everything itself
        with contextlib.suppress(OSError):
            conn.send(("failed", traceback.format_exc()))
        return
    conn.send(("ready",))
    _warm_up()
    kept: dict[int, Any] = {}  # the last answers, by number, that a job may refer to
    number = 0
    while True:
        try:
            data = conn.recv_bytes()
        except (EOFError, OSError):
            break
        try:
            job = _Referring.loads(data, kept)
        except _Gone:
            conn.send(("resend",))
            continue
        except Exception:  # noqa: BLE001  (a module this process cannot import, …): nothing ran; the parent runs it
            conn.send(("unreadable", traceback.format_exc()))
            continue
        if job is None:
            break
        number += 1
        outcome = _outcome(job, store, lambda done, total: conn.send(("progress", done, total)), number)
        if outcome[0] == "ok" and getattr(job, "keep", False):
            kept[number] = outcome[1]
            for old in [n for n in kept if n <= number - KEPT_ANSWERS]:
                del kept[old]
        try:
            conn.send(outcome)
        except (pickle.PicklingError, AttributeError, TypeError):  # an answer that cannot travel
            conn.send(("unsendable", traceback.format_exc()))
    store.db.engine.dispose()


def _warm_up() -> None:
    """Every area's repository (and its domain) imported now, while the window is idle, rather than by the first
    job, which the window waits for (本周待办 reads every area)."""
    from persistence.unit_of_work import REPOSITORIES, repository_class

    for name in REPOSITORIES:
        with contextlib.suppress(Exception):
            repository_class(name)


def _yield_the_cpu() -> None:
    """Below the window in the OS's CPU queue: on a 2-core workstation with the window's thread, its worker thread
    and this process all wanting a core, the window's thread should get one first."""
    with contextlib.suppress(OSError, AttributeError, ImportError):
        if hasattr(os, "nice"):
            os.nice(10)
        else:  # Windows
            import ctypes

            below_normal = 0x4000
            ctypes.windll.kernel32.SetPriorityClass(ctypes.windll.kernel32.GetCurrentProcess(), below_normal)  # type: ignore[attr-defined]


def _outcome(job: Job, store: _ChildStore, report: Progress, number: int) -> tuple[Any, ...]:
    try:
        result = job(store, report)
    except Exception as exc:  # noqa: BLE001  raised again in the parent, if it travels
        exc.add_note("(in the worker process)\n" + traceback.format_exc())
        # As its class, args and attributes, not pickled as itself: pickle rebuilds an exception by calling its
        # class with `args`, which fails for most of ours (MonthAlreadyImported(month, count) has one message arg).
        travelling = (type(exc), exc.args, dict(vars(exc)))
        try:
            pickle.loads(pickle.dumps(travelling))
        except Exception:  # noqa: BLE001
            return ("failed", traceback.format_exc())
        return ("raised", travelling)
    return ("ok", result, number)


def _rebuilt(travelling: tuple[type[BaseException], tuple[Any, ...], dict[str, Any]]) -> BaseException:
    cls, args, state = travelling
    exc = cls.__new__(cls, *args)  # BaseException.__new__ keeps `args` and does not call __init__
    exc.args = args
    exc.__dict__.update(state)
    return exc
