"""The performance tables' month-sized reads and writes through the driver: the statements, the latest versions
0012's rule compares against, and the small conversions that make driver tuples equal what SQLAlchemy reads.
(A SQLAlchemy Row sliced or unpacked costs several times a tuple: half of a year's KPI import.)"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from sqlalchemy import Connection, Table

from domain.performance.model import STORED_METRICS
from persistence.models import AgentRow
from persistence.performance.models import KpiMonthlyRow, PerformanceScoreBulkRow, PerformanceScoreRow

KPI = KpiMonthlyRow.__table__
SCORES = PerformanceScoreRow.__table__
SCORE_BULK = PerformanceScoreBulkRow.__table__
AGENTS = AgentRow.__table__
KPI_VALUES = [m.value for m in STORED_METRICS]
BATCH = 20_000  # rows per executemany: bounded memory on 600k-row demo builds


def insert_sql(table: Table, columns: list[str]) -> str:
    return f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


KPI_INSERT = insert_sql(KPI, ["month", "agent_id", *KPI_VALUES])
KPI_MONTH = f"SELECT agent_id, month, {', '.join(KPI_VALUES)} FROM {KPI.name} WHERE month = ?"
KPI_AGENTS = f"SELECT agent_id FROM {KPI.name} WHERE month = ?"
KPI_UPDATE = (f"UPDATE {KPI.name} SET {', '.join(f'{name} = ?' for name in KPI_VALUES)} "
              "WHERE month = ? AND agent_id = ?")
KPI_DELETE = f"DELETE FROM {KPI.name} WHERE month = ? AND agent_id = ?"
SCORE_INSERT = insert_sql(SCORES, ["month", "agent_id", "role", "team", "scheme_id", "score", "raw_grade", "grade",
                                    "floor_metrics", "computed_on"])


ROLES_AND_TEAMS = (f"SELECT id, role, team FROM {AGENTS.name} WHERE id IN "
                   f"(SELECT agent_id FROM {KPI.name} WHERE month = ?)")
HIRE_DATES = (f"SELECT id, hire_date FROM {AGENTS.name} WHERE id IN "
              f"(SELECT agent_id FROM {KPI.name} WHERE month = ?)")


def date_reader(connection: Connection) -> Callable[[object], date]:
    """How SQLAlchemy turns the column's stored value into a date on this connection: its own processor, so
    the same result by definition (None when the driver already gives dates)."""
    dialect = connection.dialect
    processor = AGENTS.c.hire_date.type.dialect_impl(dialect).result_processor(dialect, None)
    return processor or (lambda value: value)  # type: ignore[return-value]


SCORE_COLUMNS = "month, agent_id, role, team, scheme_id, score, raw_grade, grade, floor_metrics, computed_on"
SCORE_MONTH = f"SELECT {SCORE_COLUMNS} FROM {SCORES.name} WHERE month = ?"
SCORE_UPDATE = (f"UPDATE {SCORES.name} SET role = ?, team = ?, scheme_id = ?, score = ?, raw_grade = ?, grade = ?, "
                "floor_metrics = ?, computed_on = ? WHERE month = ? AND agent_id = ?")
# A score whose role, team and scheme stayed: the team index (team, month) is left alone.
SCORE_UPDATE_RESULT = (f"UPDATE {SCORES.name} SET score = ?, raw_grade = ?, grade = ?, floor_metrics = ?, "
                       "computed_on = ? WHERE month = ? AND agent_id = ?")
SCORE_DELETE = f"DELETE FROM {SCORES.name} WHERE month = ? AND agent_id = ?"
BULK_BEGIN = f"INSERT INTO {SCORE_BULK.name} (month) VALUES (?)"
BULK_END = f"DELETE FROM {SCORE_BULK.name} WHERE month = ?"


VERSION_INSERT = ("INSERT INTO performance_score_versions (agent_id, month, score, grade, floor_metrics, "
                  "recorded_on) VALUES (?, ?, ?, ?, ?, ?)")
LATEST_CHUNK = 500  # agent ids per statement, under SQLite's oldest limit of 999 parameters


def latest_versions(connection: Connection, month: str, agent_ids: list[int]) -> dict[int, tuple[object, ...]]:
    """Each agent's latest version of the month, (score, grade, floor_metrics), ordered as 0012's rule orders
    them: one statement per 500 agents, each agent one seek of the (agent_id, month, recorded_on) index."""
    latest: dict[int, tuple[object, ...]] = {}
    for start in range(0, len(agent_ids), LATEST_CHUNK):
        part = agent_ids[start:start + LATEST_CHUNK]
        sql = ("SELECT ids.column1, v.score, v.grade, v.floor_metrics FROM (VALUES "
               + ", ".join(["(?)"] * len(part))
               + ") AS ids JOIN performance_score_versions v ON v.id = ("
               "SELECT w.id FROM performance_score_versions w WHERE w.agent_id = ids.column1 AND w.month = ? "
               "ORDER BY w.recorded_on DESC, w.id DESC LIMIT 1)")
        for agent_id, *values in plain_rows(connection, sql, (*part, month)):
            latest[agent_id] = tuple(values)
    return latest


def plain_rows(connection: Connection, sql: str, parameters: tuple[object, ...]) -> list[tuple[Any, ...]]:
    """The driver's own tuples: a SQLAlchemy Row sliced or unpacked costs several times a tuple, which was half
    of diffing a month's scores (12 × 5,000 rows an import) and of reading its figures back."""
    result = connection.exec_driver_sql(sql, parameters)
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()


def as_real(value: object) -> float | None:
    """A figure as a REAL column gives it back."""
    if value is None:
        return None
    x = float(value)  # type: ignore[arg-type]
    if x != x:
        return None
    return x if x else 0.0


def agent_of(row: tuple[object, ...]) -> int:
    return row[1]  # type: ignore[return-value]


def day_text(value: object) -> str | None:
    """A stored computed_on as its ISO text: SQLite hands back the text, PostgreSQL a date."""
    return value if value is None or isinstance(value, str) else value.isoformat()  # type: ignore[attr-defined]


def batches(rows: Iterable[tuple[object, ...]]) -> Iterable[list[tuple[object, ...]]]:
    batch: list[tuple[object, ...]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch
