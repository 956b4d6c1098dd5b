"""Every file of the real-shapes corpus imported, with what the database must hold afterwards; and a
second import of the same file changes nothing."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from domain.performance.importing import MonthAlreadyImported
from domain.performance.kpi_import_use_case import commit_kpi_import, preview_kpi_import
from domain.roster import services
from domain.roster.import_use_case import commit_roster_import, preview_roster_import
from domain.roster.model import AgentData, Role
from persistence.backup_port import DatabaseBackup
from persistence.performance.kpi_files import KpiFiles
from persistence.roster.roster_files import RosterFiles
from tests.fixtures.real_shapes import Case, all_cases
from tests.persistence.helpers import content_hash

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, 0)
CASES = all_cases()


def test_the_corpus_is_big_enough() -> None:
    assert len(CASES) >= 40 and len({c.name for c in CASES}) == len(CASES)


def stored_agents(path: Path) -> dict[str, dict[str, object]]:
    con = sqlite3.connect(path)
    con.row_factory = sqlite3.Row
    rows = {r["employee_no"]: dict(r) for r in con.execute("SELECT * FROM agents")}
    con.close()
    return rows


def stored_figures(path: Path, month: str) -> dict[str, dict[str, object]]:
    con = sqlite3.connect(path)
    con.row_factory = sqlite3.Row
    rows = {
        r["employee_no"]: dict(r)
        for r in con.execute(
            "SELECT a.employee_no, k.* FROM kpi_monthly k JOIN agents a ON a.id = k.agent_id WHERE k.month = ?",
            (month,),
        )
    }
    con.close()
    return rows


def roster_of_two(db) -> None:  # type: ignore[no-untyped-def]
    for no, name in (("KF001", "王婷"), ("KF002", "李强")):
        services.add_agent(db.uow(), AgentData(no, name, Role.HOTLINE, "一组", date(2024, 1, 2)), TODAY)


def _roster(db, case: Case, path: Path) -> None:  # type: ignore[no-untyped-def]
    preview = preview_roster_import(db.uow, RosterFiles(), path, TODAY)
    if case.refusal:
        assert [e.code for e in preview.errors] == [case.refusal]
        return
    assert preview.errors == [], preview.errors
    if case.pending:
        assert [c.text for c in preview.file.pending] == list(case.pending) and not preview.ready
        return
    commit_roster_import(db.uow, DatabaseBackup(db), preview, TODAY, NOW)
    stored = stored_agents(db.path)
    assert set(stored) == set(case.agents)
    for no, expected in case.agents.items():
        assert {k: stored[no][k] or "" for k in expected} == {k: v or "" for k, v in expected.items()}, no
    before = content_hash(db.path)
    again = preview_roster_import(db.uow, RosterFiles(), path, TODAY)
    assert not again.plan.new and not again.plan.changed and not again.errors
    assert commit_roster_import(db.uow, DatabaseBackup(db), again, TODAY, NOW) == (0, 0)
    assert content_hash(db.path) == before  # the same file twice: not even a log line or a backup


def _kpi(db, case: Case, path: Path) -> None:  # type: ignore[no-untyped-def]
    roster_of_two(db)
    preview = preview_kpi_import(db.uow, KpiFiles(), path, today=TODAY)
    if case.refusal:
        assert [e.code for e in preview.errors] == [case.refusal]
        return
    assert preview.errors == [] and preview.plan.month == case.month, preview.errors
    assert not preview.plan.implausible and not preview.plan.out_of_tenure
    commit_kpi_import(db.uow, DatabaseBackup(db), preview, TODAY, NOW)
    stored = stored_figures(db.path, case.month)
    assert set(stored) == set(case.figures)
    for no, expected in case.figures.items():
        assert {k: stored[no][k] for k in expected} == pytest.approx(expected), no
    before = content_hash(db.path)
    with pytest.raises(MonthAlreadyImported):
        commit_kpi_import(db.uow, DatabaseBackup(db), preview_kpi_import(db.uow, KpiFiles(), path, today=TODAY), TODAY,
                          NOW)
    assert content_hash(db.path) == before


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_real_shape(db, tmp_path: Path, case: Case) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "files"
    folder.mkdir()
    path = case.make(folder)
    (_roster if case.kind == "roster" else _kpi)(db, case, path)
