"""Replacing a month's scores in place (migration 0017) stores the same rows and keeps the same version history
as deleting the month and inserting every score under 0012's trigger (issue 18). Each step runs on two
databases: one through `replace_scores`, one through `rewrite_scores` (the old way); their tables must agree."""

from __future__ import annotations

import random
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from domain.performance.model import FloorRule, Grade, Metric, ScoreResult, Trigger
from domain.performance.services import rescore_month
from domain.roster import services as roster
from domain.roster.model import AgentData, Role
from persistence.database import Database, open_database
from persistence.performance.repository import SqlPerformanceRepository

TODAY = date(2026, 11, 23)
MONTHS = ("2026-07", "2026-08", "2026-09")
FLOORS = (FloorRule(Metric.COMPLAINT_RATE, 0.005, Trigger.ABOVE, Grade.PASS),
          FloorRule(Metric.CSAT, 0.8, Trigger.BELOW, Grade.PASS))


def _centre(path: Path, agents: int) -> tuple[Database, list[int]]:
    db = open_database(path, backup_dir=path.parent / f"{path.stem}-backups")
    ids = [roster.add_agent(db.uow(), AgentData(f"KF{n:03d}", f"员工{n}", Role.HOTLINE, "热线一组",
                                                date(2025, 1, 6)), TODAY).agent_id for n in range(agents)]
    return db, ids


def _tables(db: Database) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """Scores without their id; versions in the order each agent-month had them, without their id."""
    con = sqlite3.connect(db.path)
    try:
        scores = con.execute("SELECT month, agent_id, role, team, scheme_id, score, raw_grade, grade, floor_metrics, "
                             "computed_on FROM performance_scores ORDER BY month, agent_id").fetchall()
        versions = con.execute("SELECT agent_id, month, score, grade, floor_metrics, recorded_on "
                               "FROM performance_score_versions ORDER BY agent_id, month, id").fetchall()
        assert con.execute("SELECT COUNT(*) FROM performance_score_bulk").fetchone()[0] == 0
    finally:
        con.close()
    return scores, versions


def _results(rng: random.Random, ids: list[int], month: str, before: list[ScoreResult] | None) -> list[ScoreResult]:
    """A month's scores: from `before`, some changed in score, grade or floors, some the same, a few agents
    gone and a few new; in a shuffled order (the writer's order must not matter)."""
    out = []
    for agent_id in ids:
        if rng.random() < 0.1:
            continue
        old = next((r for r in before or () if r.agent_id == agent_id), None)
        if old is not None and rng.random() < 0.5:
            out.append(old)
            continue
        score = round(rng.uniform(40, 100), rng.choice((0, 1, 3)))
        grade = rng.choice(list(Grade))
        floors = rng.choice(((), FLOORS[:1], FLOORS))
        out.append(ScoreResult(agent_id, month, Role.HOTLINE, rng.choice(("热线一组", "热线二组")),
                               None, score, rng.choice(list(Grade)), grade, floors))
    rng.shuffle(out)
    return out


def _write(db: Database, month: str, results: list[ScoreResult], day: date, *, old_way: bool) -> None:
    with db.uow() as uow:
        repository = uow.performance
        assert isinstance(repository, SqlPerformanceRepository)
        (repository.rewrite_scores if old_way else repository.replace_scores)(month, results, day)
        uow.commit()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_replacing_in_place_keeps_the_rows_and_history_the_trigger_kept(tmp_path: Path, seed: int) -> None:
    new, ids = _centre(tmp_path / "new.sqlite", 40)
    old, same_ids = _centre(tmp_path / "old.sqlite", 40)
    assert ids == same_ids
    rng = random.Random(seed)
    last: dict[str, list[ScoreResult]] = {}
    # Days move on, repeat, and go back (a clock set wrong): then an agent-month's latest version is not its
    # current score, and an unchanged row must still be checked against the rule.
    days = [date(2026, 10, 1), date(2026, 10, 1), date(2026, 10, 15), date(2026, 10, 5), date(2026, 10, 5),
            date(2026, 11, 2), date(2026, 10, 20), date(2026, 10, 20), date(2026, 11, 2)]
    for day in days:
        for month in MONTHS:
            results = _results(rng, ids, month, last.get(month))
            if rng.random() < 0.3:
                results = list(last.get(month, results))  # the very same month again
            last[month] = results
            _write(new, month, results, day, old_way=False)
            _write(old, month, results, day, old_way=True)
        assert _tables(new) == _tables(old)
    scores, versions = _tables(new)
    assert scores and len(versions) > len(scores)
    new.close()
    old.close()


def test_a_score_going_back_to_an_earlier_value_on_an_earlier_day_is_versioned_again(tmp_path: Path) -> None:
    """The case a writer skipping unchanged rows would get wrong: 80 recorded on day 2 sorts below 70 of day 3,
    so writing the very row stored (80 on day 2) again adds a version (the trigger's rule) though no value of
    the row changes."""
    for old_way in (False, True):
        db, (agent_id,) = _centre(tmp_path / f"{old_way}.sqlite", 1)
        for score, day in ((80.0, date(2026, 10, 2)), (70.0, date(2026, 10, 3)), (80.0, date(2026, 10, 2)),
                           (80.0, date(2026, 10, 2))):
            result = ScoreResult(agent_id, "2026-09", Role.HOTLINE, "热线一组", None, score, Grade.GOOD, Grade.GOOD)
            _write(db, "2026-09", [result], day, old_way=old_way)
        scores, versions = _tables(db)
        assert [v[2] for v in versions] == [80.0, 70.0, 80.0, 80.0]
        assert [v[5] for v in versions] == ["2026-10-02", "2026-10-03", "2026-10-02", "2026-10-02"]
        assert [s[5] for s in scores] == [80.0]
        db.close()


def test_other_writers_are_still_versioned_by_the_trigger(tmp_path: Path) -> None:
    """0017's triggers stand aside only while replace_scores lists the month: an UPDATE from any other writer
    afterwards still adds its version."""
    db, (agent_id,) = _centre(tmp_path / "desk.sqlite", 1)
    result = ScoreResult(agent_id, "2026-09", Role.HOTLINE, "热线一组", None, 75.0, Grade.PASS, Grade.PASS)
    _write(db, "2026-09", [result], date(2026, 10, 2), old_way=False)
    con = sqlite3.connect(db.path)
    with con:
        con.execute("UPDATE performance_scores SET score = 90, grade = 'excellent', computed_on = '2026-10-09'")
    con.close()
    _, versions = _tables(db)
    assert [(v[2], v[3], v[5]) for v in versions] == [(75.0, "pass", "2026-10-02"), (90.0, "excellent", "2026-10-09")]
    db.close()


def test_rescoring_a_month_through_the_service_matches_the_old_way(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The whole path the import takes (`_rescore` → replace_scores) on real KPI figures, changed in between."""
    from domain.performance.model import KpiRecord

    tables = []
    for old_way in (False, True):
        if old_way:
            monkeypatch.setattr(SqlPerformanceRepository, "replace_scores", SqlPerformanceRepository.rewrite_scores)
        db, ids = _centre(tmp_path / f"{old_way}.sqlite", 30)
        rng = random.Random(7)
        for day in (date(2026, 10, 3), date(2026, 10, 9)):
            with db.uow() as uow:
                records = [KpiRecord(agent_id, "2026-09", handled=rng.choice((300.0, 310.0)),
                                     csat=rng.choice((0.9, 0.7)), complaints=rng.choice((0.0, 3.0)),
                                     qa_score=rng.choice((80.0, 95.0)))
                           for agent_id in ids]
                uow.performance.replace_kpis("2026-09", records)
                uow.commit()
            rescore_month(db.uow(), "2026-09", day)
        tables.append(_tables(db))
        db.close()
    assert tables[0] == tables[1]
    assert len(tables[0][1]) > len(tables[0][0])


def _figures(db: Database) -> list[tuple[object, ...]]:
    con = sqlite3.connect(db.path)
    try:
        return con.execute("SELECT * FROM kpi_monthly ORDER BY month, agent_id").fetchall()
    finally:
        con.close()


@pytest.mark.parametrize("seed", [4, 5])
def test_replacing_figures_in_place_stores_what_delete_and_insert_stored(tmp_path: Path, seed: int) -> None:
    from domain.performance.model import KpiRecord

    dbs = [_centre(tmp_path / f"{name}.sqlite", 30) for name in ("new", "old")]
    rng = random.Random(seed)
    for _ in range(5):
        for month in MONTHS:
            records = [KpiRecord(agent_id, month, handled=rng.choice((300.0, 310.0, None)),
                                 csat=rng.choice((0.9, 0.7, None)), qa_score=rng.uniform(60, 100))
                       for agent_id in dbs[0][1] if rng.random() < 0.8]
            rng.shuffle(records)
            for (db, _), old_way in zip(dbs, (False, True), strict=True):
                with db.uow() as uow:
                    repository = uow.performance
                    assert isinstance(repository, SqlPerformanceRepository)
                    (repository.rewrite_kpis if old_way else repository.replace_kpis)(month, records)
                    uow.commit()
        new, old = (_figures(db) for db, _ in dbs)
        assert [row[1:] for row in new] == [row[1:] for row in old] and new  # all but the id
        with dbs[0][0].uow() as uow, dbs[1][0].uow() as same:
            assert uow.performance.kpis_for_month("2026-08") == same.performance.kpis_for_month("2026-08")
    for db, _ in dbs:
        db.close()
