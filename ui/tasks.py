"""Background work: one serial worker thread for database and file work; results come back on the UI thread."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object, str)
    progressed = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._fn, self._signals = fn, signals

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # handed to the UI thread, which shows it
            self._signals.failed.emit(exc, traceback.format_exc())
        else:
            self._signals.succeeded.emit(result)


class TaskRunner(QObject):
    """Serial: SQLite has one writer, and a supervisor's actions should land in the order made."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pending: dict[_Signals, Callable[[], Any]] = {}

    def run(self, fn: Callable[[], Any], success: Callable[[Any], None],
            failure: Callable[[BaseException, str], None]) -> None:
        self._start(lambda _signals: fn(), success, failure, None)

    def run_with_progress(self, fn: Callable[[Callable[[int, int], None]], Any],
                          progress: Callable[[int, int], None], success: Callable[[Any], None],
                          failure: Callable[[BaseException, str], None]) -> None:
        """`fn(report)` calls `report(done, total)` from the worker; `progress` runs on the UI thread."""
        self._start(lambda signals: fn(signals.progressed.emit), success, failure, progress)

    def _start(self, fn: Callable[[_Signals], Any], success: Callable[[Any], None],
               failure: Callable[[BaseException, str], None], progress: Callable[[int, int], None] | None) -> None:
        signals = _Signals()  # created here, so it lives on the UI thread and its slots run there
        # The job's callable closes over pages and dialogs. Qt deletes a finished QRunnable on its worker
        # thread; if that dropped the last reference, a widget's wrapper would be destroyed off the UI thread
        # (a segfault, seen in long test runs). So the runner keeps the callable until the UI thread is done.
        call = lambda: fn(signals)  # noqa: E731
        self._pending[signals] = call
        if progress is not None:
            signals.progressed.connect(progress)

        def done(*_: object) -> None:
            self._pending.pop(signals, None)
            self.busy_changed.emit(bool(self._pending))

        signals.succeeded.connect(success)
        signals.failed.connect(failure)
        signals.succeeded.connect(done)
        signals.failed.connect(done)
        self.busy_changed.emit(True)
        self._pool.start(_Job(call, signals))

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)
