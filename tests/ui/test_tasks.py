"""The background runner: serial work, answers on the UI thread, and a short switch interval while it works."""

from __future__ import annotations

import sys
import threading

from ui import tasks
from ui.tasks import BUSY_SWITCH_INTERVAL, TaskRunner


def test_the_switch_interval_is_short_while_work_is_queued_and_restored_when_the_queue_empties(qtbot) -> None:  # type: ignore[no-untyped-def]
    before = sys.getswitchinterval()
    assert before > BUSY_SWITCH_INTERVAL  # the interpreter's default (5 ms), or whatever the process chose
    runner = TaskRunner()
    release = threading.Event()
    seen: list[float] = []
    answers: list[str] = []

    def job(name: str):  # type: ignore[no-untyped-def]
        def run() -> str:
            release.wait(10)
            seen.append(sys.getswitchinterval())  # on the worker
            return name
        return run

    runner.run(job("first"), answers.append, lambda exc, trace: answers.append(trace))
    runner.run(job("second"), answers.append, lambda exc, trace: answers.append(trace))
    assert sys.getswitchinterval() == BUSY_SWITCH_INTERVAL
    release.set()
    qtbot.waitUntil(lambda: answers == ["first"] or len(answers) == 2)
    if len(answers) == 1:  # one answer in: the second job is still queued, so still short
        assert sys.getswitchinterval() == BUSY_SWITCH_INTERVAL
    qtbot.waitUntil(lambda: len(answers) == 2)
    assert answers == ["first", "second"]
    assert seen == [BUSY_SWITCH_INTERVAL, BUSY_SWITCH_INTERVAL]
    assert sys.getswitchinterval() == before
    assert not tasks._busy_runners


def test_a_failed_job_restores_the_switch_interval_too(qtbot) -> None:  # type: ignore[no-untyped-def]
    before = sys.getswitchinterval()
    runner = TaskRunner()
    failures: list[BaseException] = []

    def boom() -> None:
        raise ValueError("no")

    runner.run(boom, lambda _r: None, lambda exc, _trace: failures.append(exc))
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], ValueError)
    assert sys.getswitchinterval() == before


def test_two_runners_share_one_short_interval_until_both_are_idle(qtbot) -> None:  # type: ignore[no-untyped-def]
    before = sys.getswitchinterval()
    one, two = TaskRunner(), TaskRunner()
    gate = threading.Event()
    done: list[str] = []
    one.run(lambda: "one", done.append, lambda *_: None)
    two.run(lambda: gate.wait(10) and "two", done.append, lambda *_: None)
    qtbot.waitUntil(lambda: "one" in done)
    assert sys.getswitchinterval() == BUSY_SWITCH_INTERVAL  # the second runner still works
    gate.set()
    qtbot.waitUntil(lambda: "two" in done)
    assert sys.getswitchinterval() == before
