"""An import hands the figures it has just written to scoring instead of reading them back (issue 18), and reads
hire dates through the driver. Proved here: `replace_kpis` returns exactly what `kpis_for_month` then reads
(values, their types, order), and a year imported with the hand-over stores the same figures, scores and
version history as the same import reading every month back, appeals and tenure stages included."""

from __future__ import annotations

import random
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from domain.performance import services
from domain.performance.importing import KpiLine, KpiPlan, apply_kpi_imports
from domain.performance.model import KpiRecord, Metric
from domain.roster import services as roster
from domain.roster.model import AgentData, Role
from domain.roster.rules import tenure_stage
from persistence.database import Database, open_database
from persistence.performance.repository import AGENTS, KPI, SqlPerformanceRepository

TODAY = date(2026, 11, 23)
MONTHS = ("2026-06", "2026-07", "2026-08")
ODD = (0.0, -0.0, 1.0, 300, 7, 0.1 + 0.2, 1e300, float("inf"), float("nan"), None, 2.5e-12, 123456789.125)


def _centre(path: Path, agents: int) -> tuple[Database, list[AgentData]]:
    db = open_database(path, backup_dir=path.parent / f"{path.stem}-backups")
    rng = random.Random(11)
    for n in range(agents):
        hired = date(2024, 1, 1) + timedelta(days=rng.randrange(935))  # new, growing and expert by July 2026
        roster.add_agent(db.uow(), AgentData(f"KF{n:03d}", f"员工{n}", rng.choice((Role.HOTLINE, Role.ONLINE)),
                                             rng.choice(("热线一组", "热线二组")), hired), TODAY)
    with db.uow() as uow:
        return db, uow.agents.list_all()


def _typed(records: list[KpiRecord]) -> list[tuple[object, ...]]:
    # 300 == 300.0 and nan != nan: compare each field's repr, which shows both.
    return [tuple(repr(getattr(r, f)) for f in r.__slots__) for r in records]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_replace_kpis_returns_what_the_month_then_reads(tmp_path: Path, seed: int) -> None:
    db, agents = _centre(tmp_path / "c.sqlite", 60)
    rng = random.Random(seed)
    for _ in range(4):  # months written again: agents updated in place, gone and new
        records = [KpiRecord(a.id or 0, "2026-07", handled=rng.choice(ODD), csat=rng.choice(ODD),
                             aht_seconds=rng.choice((180.0, 181, None)), qa_score=rng.choice(ODD),
                             complaint_rate=rng.choice(ODD))
                   for a in agents if rng.random() < 0.8]
        rng.shuffle(records)  # the writer's order must not be the read's
        with db.uow() as uow:
            handed = uow.performance.replace_kpis("2026-07", records)
            read = uow.performance.kpis_for_month("2026-07")
            uow.commit()
        assert handed is not None
        assert _typed(handed) == _typed(read)
    db.close()


def test_no_hand_over_where_the_read_would_filter_or_differ(tmp_path: Path) -> None:
    from domain.roster.teams import assign_teams

    db, agents = _centre(tmp_path / "c.sqlite", 6)
    record = KpiRecord(agents[0].id or 0, "2026-07", handled=300.0)
    with db.uow() as uow:  # a duplicate agent goes the old way, to fail on the unique key
        with pytest.raises(Exception):  # noqa: B017, PT011  the driver's IntegrityError, wrapped
            uow.performance.replace_kpis("2026-07", [record, record])
    assign_teams(db.uow(), {"热线一组": "zhang", "热线二组": "li"}, {"wang"})
    db.user = "zhang"  # a team scope: the read drops other teams' agents
    mine = [a for a in agents if a.team == "热线一组"]
    with db.uow() as uow:
        assert uow.performance.replace_kpis("2026-07", [KpiRecord(a.id or 0, "2026-07", handled=1.0)
                                                        for a in mine]) is None
    db.close()


def test_hire_dates_through_the_driver_equal_sqlalchemys(tmp_path: Path) -> None:
    db, agents = _centre(tmp_path / "c.sqlite", 80)
    with db.uow() as uow:
        uow.performance.replace_kpis("2026-07", [KpiRecord(a.id or 0, "2026-07", handled=1.0) for a in agents[::2]])
        repository = uow.performance
        assert isinstance(repository, SqlPerformanceRepository)
        session = repository._session  # noqa: SLF001
        old = dict(session.connection().execute(select(AGENTS.c.id, AGENTS.c.hire_date).where(
            AGENTS.c.id.in_(select(KPI.c.agent_id).where(KPI.c.month == "2026-07")))).fetchall())
        new = repository.hire_dates("2026-07")
        assert new == old and len(new) == 40
        assert all(type(d) is date for d in new.values())
        stages = services.month_stages(uow, "2026-07")
        assert stages == {agent_id: tenure_stage(hired, date(2026, 7, 31)) for agent_id, hired in old.items()}
        assert len(set(stages.values())) == 3
    db.close()


def _tables(db: Database) -> list[list[tuple[object, ...]]]:
    con = sqlite3.connect(db.path)
    try:
        return [con.execute(sql).fetchall() for sql in (
            "SELECT * FROM kpi_monthly ORDER BY id",
            "SELECT * FROM performance_scores ORDER BY id",
            "SELECT * FROM performance_score_versions ORDER BY id")]
    finally:
        con.close()


def _import_year(db: Database, agents: list[AgentData], seed: int, day: date) -> None:
    rng = random.Random(seed)
    plans = []
    for month in MONTHS:
        plan = KpiPlan(month=month)
        for row, agent in enumerate(a for a in agents if rng.random() < 0.9):
            plan.lines.append(KpiLine(row + 2, agent, KpiRecord(
                agent.id or 0, month, handled=float(rng.randrange(200, 400)), aht_seconds=rng.choice((180.0, 240.5)),
                csat=rng.choice((0.95, 0.8, 0.7, None)), fcr=rng.choice((0.9, 0.6)),
                complaints=rng.choice((0.0, 1.0, 5.0)), qa_score=rng.choice((99.0, 85.5, 60.0)),
                adherence=rng.choice((0.97, 0.9, None)))))
        rng.shuffle(plan.lines)
        plans.append((plan, f"{month}.csv"))
    apply_kpi_imports(db.uow(), plans, day, replace_month=True)


_REPLACE_KPIS = SqlPerformanceRepository.replace_kpis


def _no_hand_over(self: SqlPerformanceRepository, month: str, records: list[KpiRecord]) -> None:
    _REPLACE_KPIS(self, month, records)  # written as before, nothing handed over: scoring reads the month back


@pytest.mark.parametrize("seed", [5, 6])
def test_an_import_scores_the_handed_figures_as_it_scored_them_read_back(
        tmp_path: Path, seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    tables = []
    for read_back in (False, True):
        if read_back:  # the old way: every month's figures read back for scoring
            monkeypatch.setattr(SqlPerformanceRepository, "replace_kpis", _no_hand_over)
        db, agents = _centre(tmp_path / f"{read_back}.sqlite", 70)
        _import_year(db, agents, seed, date(2026, 10, 2))
        # An accepted appeal adjusts a figure: the next import must score the adjusted value either way.
        with db.uow() as uow:
            record = uow.performance.kpis_for_month("2026-07")[3]
        appeal = services.file_appeal(db.uow(), record.agent_id, "2026-07", Metric.CSAT, 0.99, "系统误差",
                                      date(2026, 10, 3))
        services.decide_appeal(db.uow(), appeal, True, 0.99, "主管", "核实", date(2026, 10, 4))
        _import_year(db, agents, seed + 100, date(2026, 10, 9))  # changed figures, a later day
        _import_year(db, agents, seed + 100, date(2026, 10, 5))  # the same again, days going backwards
        tables.append(_tables(db))
        db.close()
    assert tables[0] == tables[1]
    figures, scores, versions = tables[0]
    assert len(figures) > 150 and len(scores) > 150 and len(versions) > len(scores)
    print(f"seed {seed}: {len(figures)} figures, {len(scores)} scores, {len(versions)} versions equal")


@pytest.mark.parametrize("seed", [1, 2])
def test_latest_versions_read_in_chunks_keep_the_triggers_history(
        tmp_path: Path, seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """replace_scores reads each agent-month's latest version in statements of LATEST_CHUNK agents: with chunks
    of 7 (40 agents: six chunks, the last short) the rows and history still equal the trigger's."""
    from persistence.performance import month_sql
    from tests.persistence import test_score_replace as reference

    monkeypatch.setattr(month_sql, "LATEST_CHUNK", 7)
    reference.test_replacing_in_place_keeps_the_rows_and_history_the_trigger_kept(tmp_path, seed)


def test_roles_and_teams_through_the_driver_equal_sqlalchemys(tmp_path: Path) -> None:
    db, agents = _centre(tmp_path / "c.sqlite", 30)
    with db.uow() as uow:
        uow.performance.replace_kpis("2026-07", [KpiRecord(a.id or 0, "2026-07", handled=1.0) for a in agents[1::3]])
        repository = uow.performance
        assert isinstance(repository, SqlPerformanceRepository)
        rows = repository._session.connection().execute(  # noqa: SLF001
            select(AGENTS.c.id, AGENTS.c.role, AGENTS.c.team)
            .where(AGENTS.c.id.in_(select(KPI.c.agent_id).where(KPI.c.month == "2026-07")))).fetchall()
        assert repository.roles_and_teams("2026-07") == {i: (Role(r), t) for i, r, t in rows}
        assert len(rows) == 10 and len({r for _, r, _ in rows}) == 2
    db.close()
