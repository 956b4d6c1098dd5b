"""`main.py demo` fills recruiting too: candidates in every stage, scorecards, hires linked to agents."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def test_demo_writes_a_recruiting_pipeline_linked_to_the_roster(run, tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    code, out, err = run("demo", "--db", db, "--agents", "30", "--months", "24", "--seed", "3")
    assert code == 0, err
    con = sqlite3.connect(db)
    try:
        stages = dict(con.execute("SELECT stage, count(*) FROM recruiting_candidates GROUP BY stage"))
        assert {"hired", "rejected", "withdrawn"} <= set(stages) and stages["hired"] >= 10
        linked = con.execute("SELECT count(*) FROM recruiting_candidates c JOIN agents a ON a.id = c.agent_id "
                             "WHERE c.name = a.name AND c.stage = 'hired'").fetchone()[0]
        assert linked == stages["hired"]
        interviewers = con.execute("SELECT count(DISTINCT interviewer) FROM recruiting_scorecards").fetchone()[0]
        assert interviewers >= 6
        versions = con.execute("SELECT max(version) FROM recruiting_templates WHERE round = 'hr'").fetchone()[0]
        assert versions == 2
        rejected_reasons = con.execute("SELECT count(*) FROM recruiting_candidates WHERE stage = 'rejected' "
                                       "AND reason = ''").fetchone()[0]
        assert rejected_reasons == 0
    finally:
        con.close()
    # deterministic: the same seed writes the same candidates
    again = tmp_path / "again.sqlite"
    assert run("demo", "--db", again, "--agents", "30", "--months", "24", "--seed", "3")[0] == 0
    query = "SELECT name, stage, applied_on FROM recruiting_candidates ORDER BY id"
    first, second = sqlite3.connect(db), sqlite3.connect(again)
    try:
        assert first.execute(query).fetchall() == second.execute(query).fetchall()
    finally:
        first.close()
        second.close()
