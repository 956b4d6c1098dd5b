"""Full garbage collections while the supervisor is idle, not in the middle of what they asked for (issue 17).

A full collection (the oldest generation) walks every object the process holds. At centre scale — 158k
coaching sessions, 25k agents, the models' rows — one pass took 0.3–1.5 s, and it holds the interpreter lock on
whichever thread started it, so the window froze whenever one came due: while the performance page switched
month, while the HQ report finished, while a big page opened (benchmarks/ui_stalls.py, the GC column). Young
collections stay automatic: they look at recent objects only and take a few ms. The oldest generation's
automatic pass is switched off, and this collector runs it when nothing has been asked of the app for
`IDLE_SECONDS`: no key, click or wheel, and no work on the runner. Memory held in reference cycles then waits
at most until the supervisor next pauses; nothing is frozen, so nothing leaks."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

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
        busy_changed.connect(self._busy_changed)  # type: ignore[attr-defined]
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)

    def start(self, app: QApplication) -> None:
        app.installEventFilter(self)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self.last_input = self._clock()
        return False

    def _busy_changed(self, busy: bool) -> None:
        self.busy = busy
        if not busy:
            self.last_input = max(self.last_input, self._clock())  # an answer just landed: the page may be drawing

    def check(self) -> None:
        """Collect the oldest generation if anything reached it since the last pass and the app is idle."""
        if self.busy or self._clock() - self.last_input < IDLE_SECONDS or not gc.get_count()[2]:
            return
        self._collect()
        self.collections += 1


def install(app: QApplication, busy_changed: object) -> IdleCollector:
    gc.set_threshold(*THRESHOLDS)
    collector = IdleCollector(busy_changed, parent=app)
    collector.start(app)
    return collector
