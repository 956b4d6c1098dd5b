"""`main.py demo` end to end: the coaching demo lands with the roster, deterministically, and its case
library answers a two-character Chinese search."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from domain.coaching import services
from domain.demo import build_demo
from persistence.database import open_database


def _counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        found = dict(con.execute("SELECT kind, count(*) FROM coaching_sessions GROUP BY kind").fetchall())
        found["items"] = con.execute("SELECT count(*) FROM coaching_action_items").fetchone()[0]
        found["indexed"] = con.execute("SELECT count(*) FROM coaching_case_fts").fetchone()[0]
        return found
    finally:
        con.close()


def test_demo_fills_coaching_the_same_way_twice(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    code, out, err = run("demo", "--db", first, "--agents", "30", "--months", "12", "--seed", "7")
    assert code == 0, err
    assert "演示数据已写入" in out
    again = open_database(second)  # the same seed built in-process must give the same coaching records
    try:
        build_demo(again.uow(), 30, 12, 7, date.today())
    finally:
        again.close()
    counts = _counts(first)
    print("coaching demo:", counts)
    assert counts == _counts(second)
    assert counts["one_on_one"] > 100 and counts["case_review"] >= 10 and counts["items"] > 50
    assert counts["indexed"] == counts["case_review"]
    db = open_database(first)
    try:
        assert services.search_cases(db.uow(), "投诉")
        overdue = [r for r in services.cadence(db.uow(), date.today()) if r.overdue]
        assert 0 < len(overdue) < len(services.cadence(db.uow(), date.today()))
    finally:
        db.close()
