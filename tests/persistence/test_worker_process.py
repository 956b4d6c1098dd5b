"""The second process (persistence/worker_process.py): a job run there gives what it gives on the window's own
thread, under the same team scope, on a real SQLite file; what the job raises comes back as itself; progress
comes back as it is made; a process that is not ready, or died, says so, and the caller runs the job itself."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from domain.dashboard import services as dashboard
from domain.demo import build_demo
from domain.errors import NotFound
from domain.performance import services as performance
from domain.performance.importing import MonthAlreadyImported
from domain.performance.improvement import weekly_review
from domain.ports import Job, Store
from domain.reports.export_use_case import export_report_job
from domain.reports.workforce import Month
from domain.roster import services as roster
from domain.roster.teams import assign_teams
from domain.this_week import this_week
from persistence.database import Database
from persistence.file_ports import FilePorts, report_sections
from persistence.worker_process import KEPT_ANSWERS, JobFailed, ProcessLost, WorkerProcess, _Referring

TODAY = date(2026, 11, 18)


class _Here:
    """The store as the window's own thread sees it (ui/context.py's AppContext plays this part)."""

    def __init__(self, db: Database) -> None:
        self.db, self.files = db, FilePorts(db)

    def uow(self):  # type: ignore[no-untyped-def]
        return self.db.uow()


@pytest.fixture
def centre(db: Database) -> Database:
    build_demo(db.uow(), 25, 14, 5, TODAY)
    return db


@pytest.fixture
def process(centre: Database) -> Iterator[WorkerProcess]:
    started = WorkerProcess(centre)
    started.start()
    assert started.wait_ready(), "the worker process did not open the store"
    yield started
    started.close()


def _pid(_store: Store, _report: object) -> int:
    return os.getpid()


def _counts(_store: Store, report, total: int) -> str:  # type: ignore[no-untyped-def]
    for done in range(1, total + 1):
        report(done, total)
    return "counted"


def _missing_agent(store: Store, _report: object) -> object:
    return roster.get_agent(store.uow(), 999_999)


def _month_exists(_store: Store, _report: object) -> None:
    raise MonthAlreadyImported("2026-10", 60)  # its one message arg does not rebuild it: pickle alone fails


class _Unsendable(Exception):
    def __init__(self) -> None:
        super().__init__("carries a lambda")
        self.callback = lambda: None


def _unsendable_error(_store: Store, _report: object) -> None:
    raise _Unsendable()


def test_a_job_runs_in_another_process(process: WorkerProcess) -> None:
    ran, pid = process.run(Job(_pid))
    assert ran and pid != os.getpid()


def test_every_page_answer_is_the_same_there(centre: Database, process: WorkerProcess) -> None:
    here = _Here(centre)
    for job in (Job.query(this_week, TODAY), Job.query(performance.page_data, None, TODAY),
                Job.query(weekly_review, None), Job.query(dashboard.at_risk_data, TODAY),
                Job.query(dashboard.backtest_with_stored_rules, TODAY)):
        ran, there = process.run(job)
        assert ran
        assert there == job(here, lambda _d, _t: None)
    ran, items = process.run(Job.query(this_week, TODAY))
    assert items, "the demo centre has something due this week: an empty answer would prove nothing"


def test_it_sees_what_the_window_committed_just_before(centre: Database, process: WorkerProcess) -> None:
    """The runner is serial: a query sent after a change must see it, though the change was made elsewhere."""
    ran, before = process.run(Job.query(roster.list_roster, TODAY))
    agent = before[0].agent
    roster.update_agent(centre.uow(), replace(agent, team="新组名"), TODAY)
    ran, after = process.run(Job.query(roster.list_roster, TODAY))
    assert ran and {r.agent.team for r in after if r.agent.id == agent.id} == {"新组名"}


def test_the_team_scope_travels(centre: Database) -> None:
    teams = sorted({r.agent.team for r in roster.list_roster(centre.uow(), TODAY)})
    assert len(teams) >= 2
    assign_teams(centre.uow(), {teams[0]: "zhang", **{t: "li" for t in teams[1:]}}, set())
    centre.user = "zhang"
    scoped = WorkerProcess(centre)
    scoped.start()
    try:
        assert scoped.wait_ready()
        ran, there = scoped.run(Job.query(roster.list_roster, TODAY))
        assert ran and {r.agent.team for r in there} == {teams[0]}
        assert there == roster.list_roster(centre.uow(), TODAY)
    finally:
        scoped.close()


def _backup_dir(store: Store, _report: object) -> str:
    return str(store.files.db.backup_dir)


def test_its_backups_go_where_the_windows_go(centre: Database, tmp_path: Path) -> None:
    """A job that backs up first (a KPI import) must put the copy in the folder chosen in Settings → Backups."""
    centre.backup_dir = tmp_path / "chosen"
    process = WorkerProcess(centre)
    process.start()
    try:
        assert process.wait_ready()
        assert process.run(Job(_backup_dir)) == (True, str(tmp_path / "chosen"))
    finally:
        process.close()


def test_what_a_job_raises_comes_back_as_itself(process: WorkerProcess) -> None:
    with pytest.raises(NotFound) as raised:
        process.run(Job(_missing_agent))
    assert any("worker process" in note for note in raised.value.__notes__)
    with pytest.raises(MonthAlreadyImported) as exists:  # the KPI commit's refusal, with what the words need
        process.run(Job(_month_exists))
    assert (exists.value.month, exists.value.count, exists.value.code) == ("2026-10", 60, "kpi_month_exists")
    with pytest.raises(JobFailed, match="_Unsendable"):  # one that cannot travel comes back in words
        process.run(Job(_unsendable_error))
    assert process.run(Job(_pid))[0], "a job that raised leaves the process serving"


def test_progress_comes_back_as_it_is_made(process: WorkerProcess) -> None:
    seen: list[tuple[int, int]] = []
    assert process.run(Job(_counts, (3,)), lambda done, total: seen.append((done, total))) == (True, "counted")
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_the_hq_report_is_written_there_and_logged(centre: Database, process: WorkerProcess, tmp_path: Path) -> None:
    month = Month.parse((TODAY.replace(day=1) - timedelta(days=1)).strftime("%Y-%m"))
    keys, now = [key for key, _sheet in report_sections()], datetime(2026, 11, 18, 9)
    ran, there = process.run(Job(export_report_job, (month, tmp_path / "there.xlsx", keys, now)))
    here = Job(export_report_job, (month, tmp_path / "here.xlsx", keys, now))(_Here(centre), lambda _d, _t: None)
    assert ran and there == here and len(there) > len(keys) // 2
    assert (tmp_path / "there.xlsx").stat().st_size > 0
    with centre.uow() as uow:
        logged = uow.log.recent(2)
    assert [row[1] for row in logged] == ["export_report", "export_report"]
    assert "there.xlsx" in logged[1][2]


def _dies(_store: Store, _report: object) -> None:
    os._exit(9)  # a crash, an OOM kill, half-way through a job


def _unsendable(_store: Store, _report: object) -> object:
    return lambda: None


def test_an_answer_that_cannot_travel_or_a_death_half_way_is_said(process: WorkerProcess) -> None:
    with pytest.raises(JobFailed, match="(?i)pickle"):
        process.run(Job(_unsendable))
    assert process.run(Job(_pid))[0]
    with pytest.raises(ProcessLost) as lost:
        process.run(Job(_dies))
    assert lost.value.code == "work_interrupted"
    assert process.run(Job(_pid)) == (False, None) and not process.ready


def _big(_store: Store, _report: object, n: int) -> tuple[str, list[tuple[int, str]]]:
    return "rows", [(i, f"工号{i:06d}") for i in range(n)]


def _total(_store: Store, _report: object, rows: list[tuple[int, str]]) -> int:
    return sum(i for i, _no in rows)


def test_an_answer_sent_back_goes_as_a_reference_and_as_a_copy_once_forgotten(process: WorkerProcess) -> None:
    """A KPI preview goes back to the commit: as a reference to the process's own copy, not 1.6 MB pickled on
    the worker thread again (which held the window's GIL ~90 ms)."""
    ran, (_label, rows) = process.run(Job(_big, (50_000,), keep=True))
    expected = sum(range(50_000))
    sent = Job(_total, (rows,))
    assert len(_Referring.dumps(sent, process._kept)) < 500 < len(_Referring.dumps(sent, {}))
    assert process.run(sent) == (True, expected)
    for _ in range(KEPT_ANSWERS):  # later kept answers push it out, on both sides alike
        process.run(Job(_big, (10,), keep=True))
    assert len(_Referring.dumps(sent, process._kept)) > 500
    assert process.run(sent) == (True, expected)
    ran, (_label, rows) = process.run(Job(_big, (1_000,), keep=True))
    entry = process._kept[id(rows)]
    process._kept[id(rows)] = (rows, entry[1] + 100, entry[2])  # an answer the process never kept
    assert process.run(Job(_total, (rows,))) == (True, sum(range(1_000)))  # it asks again, for a copy
    ran, (_label, unkept) = process.run(Job(_big, (1_000,)))
    assert id(unkept) not in process._kept, "only an answer asked to be kept is kept"


def test_a_job_the_process_cannot_read_is_run_here(process: WorkerProcess, monkeypatch: pytest.MonkeyPatch) -> None:
    """A job whose function lives in a module only this process has (nothing ran there, so it is not lost)."""
    import sys
    import types

    only_here = types.ModuleType("desk_only_in_this_process")
    exec("def job(store, report):\n    return 'ran'\n", only_here.__dict__)  # noqa: S102
    monkeypatch.setitem(sys.modules, only_here.__name__, only_here)
    assert process.run(Job(only_here.job)) == (False, None)
    assert process.run(Job(_pid))[0], "the process goes on serving"


def test_not_ready_unsendable_or_gone_means_run_it_yourself(centre: Database) -> None:
    never_started = WorkerProcess(centre)
    assert never_started.run(Job(_pid)) == (False, None)
    process = WorkerProcess(centre)
    process.start()
    try:
        assert process.wait_ready()
        assert process.run(lambda _store, _report: 1) == (False, None)  # type: ignore[arg-type]  (no pickle)
        assert process.run(Job(_pid))[0], "a job that could not be sent leaves the process serving"
        process._process.kill()  # type: ignore[union-attr]  (a crash, an OOM kill)
        process._process.join(5)  # type: ignore[union-attr]
        assert process.run(Job(_pid)) == (False, None)
        assert not process.ready
    finally:
        process.close()


def test_only_a_store_on_disk_or_a_server_can_be_served(centre: Database, tmp_path: Path) -> None:
    assert WorkerProcess.can_serve(centre)
    gone = Database(path=tmp_path / "never.sqlite", engine=centre.engine, session_factory=centre.session_factory,
                    opened=centre.opened, backup_dir=tmp_path)
    assert not WorkerProcess.can_serve(gone)
