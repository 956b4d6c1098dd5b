"""`Door.apart`: the heaviest use cases run in the second process once the app has started it (ui/app.py
`start_worker_process`), on the worker thread before that or after it died; either way the answer, the progress
and the notice reach the UI thread, and the pages that use it (本周待办, performance, reports) show the same."""

from __future__ import annotations

import os
import threading
from datetime import date
from pathlib import Path

import openpyxl

from domain.demo import build_demo
from domain.ports import Job, Store
from ui.app import start_worker_process
from ui.context import AppContext
from ui.door import Touched

TODAY = date(2026, 11, 23)


def _where(_store: Store, report, steps: int) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    for done in range(1, steps + 1):
        report(done, steps)
    return os.getpid(), threading.get_ident()


def _started(ctx: AppContext) -> None:
    start_worker_process(ctx)
    assert ctx.door.process is not None and ctx.door.process.wait_ready()


def _ask(ctx: AppContext, qtbot) -> tuple[tuple[int, int], list[tuple[int, int]], list[Touched], int]:  # type: ignore[no-untyped-def]
    answers: list[tuple[tuple[int, int], int]] = []
    steps: list[tuple[int, int]] = []
    notices: list[Touched] = []
    then_thread: list[int] = []
    ctx.door.changed.connect(notices.append)

    def then(answer: tuple[int, int]) -> tuple[int, int]:
        then_thread.append(threading.get_ident())
        return answer

    ctx.door.apart(Job(_where, (2,)), lambda answer: answers.append((answer, threading.get_ident())),
                   then=then, progress=lambda done, total: steps.append((done, total)), touches=Touched.of("exports"))
    qtbot.waitUntil(lambda: bool(answers) and bool(notices), timeout=20_000)
    ctx.door.changed.disconnect(notices.append)
    assert answers[0][1] == threading.get_ident(), "the answer comes back on the UI thread"
    assert then_thread[0] not in (threading.get_ident(),), "`then` runs on the worker thread"
    return answers[0][0], steps, notices, then_thread[0]


def test_before_the_process_is_up_the_worker_thread_runs_the_job(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    (pid, thread), steps, notices, then_thread = _ask(ctx, qtbot)
    assert pid == os.getpid() and thread == then_thread
    assert steps == [(1, 2), (2, 2)] and notices[0].concerns({"exports"})


def test_once_it_is_up_the_job_runs_there_and_after_it_died_here_again(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    _started(ctx)
    try:
        (pid, _thread), steps, notices, _then = _ask(ctx, qtbot)
        assert pid != os.getpid()
        assert steps == [(1, 2), (2, 2)] and notices[0].concerns({"exports"})
        ctx.door.process._process.kill()  # type: ignore[union-attr]
        ctx.door.process._process.join(5)  # type: ignore[union-attr]
        (pid, _thread), _steps, _notices, _then = _ask(ctx, qtbot)
        assert pid == os.getpid()
    finally:
        ctx.door.process.close()  # type: ignore[union-attr]


def _dies_there(_store: Store, _report, window_pid: int) -> str:  # type: ignore[no-untyped-def]
    if os.getpid() != window_pid:
        os._exit(9)  # the second process, killed half-way through the job
    return "here"


def test_a_query_whose_process_died_half_way_is_run_here_a_change_is_told(ctx: AppContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    from shared.error_sentences import sentence

    answers: list[str] = []
    failures: list[BaseException] = []
    notices: list[Touched] = []
    ctx.door.changed.connect(notices.append)
    _started(ctx)
    try:
        ctx.door.apart(Job(_dies_there, (os.getpid(),)), answers.append)
        qtbot.waitUntil(lambda: bool(answers), timeout=20_000)
        assert answers == ["here"] and not notices
        _started_again(ctx)
        ctx.door.apart(Job(_dies_there, (os.getpid(),)), answers.append, touches=Touched.of("kpi"),
                       failed=lambda exc, _trace: failures.append(exc))
        qtbot.waitUntil(lambda: bool(failures), timeout=20_000)
        assert answers == ["here"], "a change that may have landed is not run a second time"
        assert "may or may not" in sentence(failures[0]) or "可能" in sentence(failures[0])
        qtbot.waitUntil(lambda: bool(notices))  # the pages look again at what is there
        assert notices[0].concerns({"kpi"})
    finally:
        ctx.door.process.close()  # type: ignore[union-attr]


def _started_again(ctx: AppContext) -> None:
    ctx.door.process.close()  # type: ignore[union-attr]
    ctx.door.process = None
    _started(ctx)


def test_no_process_for_a_store_not_yet_open(ctx: AppContext) -> None:
    closed = AppContext.before_opening(ctx.settings, ctx.undo, ctx.runner)
    start_worker_process(closed)
    assert closed.door.process is None


def test_the_pages_show_the_same_from_the_process(ctx: AppContext, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.dashboard.risk_page import AtRiskPage
    from ui.performance.page import PerformancePage
    from ui.reports.page import ReportsPage
    from ui.this_week.page import ThisWeekPage

    build_demo(ctx.uow(), 25, 14, 5, TODAY)

    def table(model) -> list[list[str]]:  # type: ignore[no-untyped-def]
        return [[str(model.index(r, c).data()) for c in range(model.columnCount())] for r in range(model.rowCount())]

    def shown() -> tuple[list[list[str]], list[list[str]], list[list[str]], str]:
        week, performance, risk = ThisWeekPage(ctx), PerformancePage(ctx), AtRiskPage(ctx)
        for page in (week, performance, risk):
            qtbot.addWidget(page)
        risk.refresh()
        qtbot.waitUntil(lambda: week.model.rowCount() > 0 and performance.model.rowCount() > 0
                        and risk.model.rowCount() > 0 and bool(risk.backtest_text.text()), timeout=30_000)
        ctx.runner.wait()
        return table(week.model), table(performance.model), table(risk.model), risk.backtest_text.text()

    here = shown()
    _started(ctx)
    try:
        assert shown() == here
        reports = ReportsPage(ctx)
        qtbot.addWidget(reports)
        reports.export_to(tmp_path / "hq.xlsx")
        qtbot.waitUntil(lambda: reports.export_button.isEnabled(), timeout=30_000)
        assert reports.status.text().startswith("已保存到")
        assert openpyxl.load_workbook(tmp_path / "hq.xlsx").sheetnames[0] == "封面"
        qtbot.waitUntil(lambda: reports.log_model.rowCount() >= 1)
    finally:
        ctx.door.process.close()  # type: ignore[union-attr]


def test_the_kpi_import_lands_from_the_process_as_from_the_thread(qtbot, ctx, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                  monkeypatch) -> None:
    """The import flow's own test (preview, commit, replace), with both steps in the process; the preview the
    commit lands is the process's own copy, referred to (not sent back)."""
    from tests.ui.test_flow_kpi_import import test_the_months_kpi_file_in_three_actions as three_actions

    _started(ctx)
    try:
        three_actions(qtbot, ctx, tmp_path, monkeypatch)
        assert any(type(obj).__name__ == "KpiPreview" for obj, _n, _i in ctx.door.process._kept.values())  # type: ignore[union-attr]
    finally:
        ctx.door.process.close()  # type: ignore[union-attr]
