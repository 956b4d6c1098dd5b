"""ui/idle_gc.py: the oldest generation is collected only while the supervisor pauses (issue 17's stalls)."""

from __future__ import annotations

import gc
import os
import subprocess
import sys

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent

from ui import idle_gc


class Runner(QObject):
    busy_changed = Signal(bool)


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def collector(qapp):  # type: ignore[no-untyped-def]
    clock, calls, runner = Clock(), [], Runner()
    c = idle_gc.IdleCollector(runner.busy_changed, clock=clock, collect=lambda: calls.append(clock.now))
    return c, clock, calls, runner


def test_a_pause_collects_and_input_or_work_puts_it_off(qapp) -> None:  # type: ignore[no-untyped-def]
    c, clock, calls, runner = collector(qapp)
    gc.collect(1)  # a young pass, so the oldest generation has something new
    clock.now += idle_gc.IDLE_SECONDS - 1
    c.check()
    assert calls == []  # not idle long enough
    c.eventFilter(c, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"))
    clock.now += idle_gc.IDLE_SECONDS - 1
    c.check()
    assert calls == []  # typing restarted the wait
    runner.busy_changed.emit(True)
    clock.now += 60
    c.check()
    assert calls == []  # the runner is working for the supervisor
    runner.busy_changed.emit(False)
    c.check()
    assert calls == []  # an answer just landed: its page may still be drawing
    clock.now += idle_gc.IDLE_SECONDS
    gc.collect(1)
    c.check()
    assert calls == [clock.now] and c.collections == 1


def test_install_switches_off_the_automatic_oldest_pass_only(qapp) -> None:  # type: ignore[no-untyped-def]
    before = gc.get_threshold()
    try:
        runner = Runner()
        c = idle_gc.install(qapp, runner.busy_changed)
        first, second, third = gc.get_threshold()
        assert (first, second) == (700, 10) and third >= 1_000_000 and gc.isenabled()
        assert c.timer.isActive()
        qapp.removeEventFilter(c)
        c.timer.stop()
    finally:
        gc.set_threshold(*before)


def _key() -> QKeyEvent:
    return QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")


def test_no_event_passes_through_python_while_the_runner_works(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication, QLineEdit

    clock, runner, calls = Clock(), Runner(), []
    c = idle_gc.IdleCollector(runner.busy_changed, clock=clock, collect=lambda: calls.append(clock.now))
    seen: list[int] = []
    filtered = c.eventFilter
    c.eventFilter = lambda watched, event: seen.append(int(event.type().value)) or filtered(watched, event)  # type: ignore[method-assign]
    c.start(qapp)
    box = QLineEdit()
    try:
        QApplication.sendEvent(box, QEvent(QEvent.Type.User))
        assert seen  # idle: the filter sees events
        runner.busy_changed.emit(True)
        seen.clear()
        QApplication.sendEvent(box, _key())
        QApplication.sendEvent(box, QEvent(QEvent.Type.User))
        assert seen == [] and not c.listening  # working: no Python call per event
        runner.busy_changed.emit(False)
        assert c.listening and c.last_input == clock.now
        clock.now += 1
        QApplication.sendEvent(box, _key())
        assert c.last_input == clock.now and not c.listening  # input seen, then nothing filtered until a check
        seen.clear()
        QApplication.sendEvent(box, QEvent(QEvent.Type.User))
        assert seen == []
    finally:
        c.stop()


def test_input_while_not_listening_never_brings_a_collection_forward(qapp) -> None:  # type: ignore[no-untyped-def]
    c, clock, calls, runner = collector(qapp)
    gc.collect(1)
    c.eventFilter(c, _key())  # seen at 100; nothing more is seen until the next check
    clock.now += idle_gc.IDLE_SECONDS + 1  # the next check comes late: input may have come unseen meanwhile
    c.check()
    assert calls == [] and c.listening and c.last_input == clock.now  # the wait restarts here
    clock.now += idle_gc.IDLE_SECONDS - 1
    c.check()
    assert calls == []
    clock.now += 1
    gc.collect(1)
    c.check()
    assert calls == [clock.now]


_FIRST_VIEW_AFTER_INSTALL = """
import enum, sys
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication
from ui import idle_gc
from ui.list_table import SizedTable

app = QApplication([])

class Runner(QObject):
    busy_changed = Signal(bool)

runner = Runner()
idle_gc.install(app, runner.busy_changed)
made = []
plain_new = enum.EnumType.__new__
enum.EnumType.__new__ = lambda *a, **k: made.append(a[1]) or plain_new(*a, **k)
SizedTable().show()
app.processEvents()
print(len(made))
"""


def test_the_first_page_after_install_does_not_pay_for_qt_type_resolution() -> None:
    """A page built after the collector's filter is installed used to make PySide6 create ~170 enum classes
    (30-40 ms of the UI thread) on the filter's first events from Qt's private objects; `start` pays it.
    A fresh interpreter: in this one, earlier tests have resolved them already."""
    done = subprocess.run([sys.executable, "-c", _FIRST_VIEW_AFTER_INSTALL], capture_output=True, text=True,
                          check=False, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.split()[-1]) < 20
