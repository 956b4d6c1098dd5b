"""Full garbage collections while the supervisor is idle, not in the middle of what they asked for (issue 17).

A full collection (the oldest generation) walks every object the process holds. At centre scale — 158k
coaching sessions, 25k agents, the models' rows — one pass took 0.3–1.5 s, and it holds the interpreter lock on
whichever thread started it, so the window froze whenever one came due: while the performance page switched
month, while the HQ report finished, while a big page opened (benchmarks/ui_stalls.py, the GC column). Young
collections stay automatic: they look at recent objects only and take a few ms. The oldest generation's
automatic pass is switched off, and this collector runs it when nothing has been asked of the app for
`IDLE_SECONDS`: no key, click or wheel, and no work on the runner. Memory held in reference cycles then waits
at most until the supervisor next pauses; nothing is frozen, so nothing leaks.

The input is watched by an application-wide event filter, which Qt calls in Python for every event of every
widget (a page's build and first paint: ~1,000). So it is installed only while it can matter: not while the
runner works (the end of the work restarts the wait anyway), when every one of those calls also waited for the
interpreter lock held by the worker; and not from the first input until the next check, which then counts as
input (the wait restarts there: a collection can come up to `CHECK_MS` later, never earlier)."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QTableView

IDLE_SECONDS = 5.0
CHECK_MS = 2_000
# gen0 after 700 new objects, gen1 after 10 gen0 passes (Python's own figures); the oldest generation only
# after a million gen1 passes, i.e. in practice never by itself: a pass of it is what froze the window. (A 0
# here would mean "always", not "never": only the first threshold switches collection off at 0.)
THRESHOLDS = (700, 10, 1_000_000)
_INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
                    QEvent.Type.Wheel, QEvent.Type.ShortcutOverride})


class IdleCollector(QObject):
    def __init__(self, busy_changed: object, *, clock: Callable[[], float] = time.monotonic,
                 collect: Callable[[], object] = gc.collect, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock, self._collect = clock, collect
        self.last_input = clock()
        self.busy = False
        self.collections = 0
        self._app: QApplication | None = None
        self.listening = True  # whether input since `last_input` would have been seen
        busy_changed.connect(self._busy_changed)  # type: ignore[attr-defined]
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)

    def start(self, app: QApplication) -> None:
        self._app = app
        self.listening = False
        self._listen(True)
        self.timer.start()
        # The first events the filter sees from Qt's own private objects (a view's scroll-bar container, its
        # viewport…) make PySide6 find them a Python type, and that once initialises most of QtWidgets' types
        # and their enums: ~170 enum classes, 30–40 ms. Paid here, now that the app is idle, not by the first
        # page the supervisor opens (it was most of 本周待办's first-opening stall).
        QTableView().deleteLater()

    def stop(self) -> None:
        self.timer.stop()
        self._listen(False)

    def _listen(self, on: bool) -> None:
        if on == self.listening:
            return
        self.listening = on
        if self._app is not None:
            if on:
                self._app.installEventFilter(self)
            else:
                self._app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in _INPUT:
            self.last_input = self._clock()
            self._listen(False)  # the wait restarts at the next check; until then nothing is filtered
        return False

    def _busy_changed(self, busy: bool) -> None:
        self.busy = busy
        if not busy:
            self.last_input = max(self.last_input, self._clock())  # an answer just landed: the page may be drawing
        self._listen(not busy)

    def check(self) -> None:
        """Collect the oldest generation if anything reached it since the last pass and the app is idle."""
        if not self.listening:  # input may have come unseen since: count it as now
            self.last_input = max(self.last_input, self._clock())
            self._listen(not self.busy)
            return
        if self.busy or self._clock() - self.last_input < IDLE_SECONDS or not gc.get_count()[2]:
            return
        self._collect()
        self.collections += 1


def install(app: QApplication, busy_changed: object) -> IdleCollector:
    gc.set_threshold(*THRESHOLDS)
    collector = IdleCollector(busy_changed, parent=app)
    collector.start(app)
    return collector
