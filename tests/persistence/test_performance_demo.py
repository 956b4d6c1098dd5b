"""Demo KPIs: 24+ months, new hires ramp up, leavers slide before they go, deterministic by seed."""

from __future__ import annotations

import sqlite3
from datetime import date
from statistics import mean

from domain.demo import build_demo

TODAY = date(2026, 11, 23)


def test_demo_kpis_look_like_a_real_team(db) -> None:
    build_demo(db.uow(), 40, 30, 5, TODAY)
    con = sqlite3.connect(db.path)
    months = [m for (m,) in con.execute("SELECT DISTINCT month FROM kpi_monthly ORDER BY month")]
    assert len(months) >= 24 and months[-1] == "2026-10"
    rows = con.execute("""SELECT k.agent_id, k.month, k.handled, s.score, a.hire_date, a.leave_date, a.role
                          FROM kpi_monthly k JOIN agents a ON a.id = k.agent_id
                          JOIN performance_scores s ON s.agent_id = k.agent_id AND s.month = k.month
                          ORDER BY k.agent_id, k.month""").fetchall()
    by_agent: dict[int, list[tuple]] = {}
    for row in rows:
        by_agent.setdefault(row[0], []).append(row)
    first, fourth, last, before_last = [], [], [], []
    for history in by_agent.values():
        hired = history[0][4][:7]
        if hired == history[0][1] and len(history) >= 5:  # hired inside the window: a new hire's ramp
            first.append(history[0][3])
            fourth.append(history[4][3])
        if history[-1][5] and len(history) >= 7:
            last.append(history[-1][3])
            before_last.append(history[-6][3])
    assert mean(first) < mean(fourth) - 5, (mean(first), mean(fourth))
    assert mean(last) < mean(before_last) - 3, (mean(last), mean(before_last))
    grades = dict(con.execute("SELECT grade, count(*) FROM performance_scores GROUP BY grade").fetchall())
    assert set(grades) >= {"excellent", "good", "pass"}
    assert con.execute("SELECT count(*) FROM service_stars").fetchone()[0] >= 10
    assert con.execute("SELECT count(DISTINCT status) FROM performance_appeals").fetchone()[0] == 3
    con.close()
