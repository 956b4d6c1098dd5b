"""KPI figures, schemes, scores, appeals and stars. Bulk writes are Core executemany; reads are Core rows."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from operator import attrgetter
from typing import Any

from sqlalchemy import Row, delete, func, insert, select, update
from sqlalchemy.orm import Session

from domain.performance.model import (
    Appeal,
    AppealStatus,
    Grade,
    KpiRecord,
    Metric,
    Scheme,
    ScoreResult,
    ServiceStar,
    StarHow,
    StoredScore,
)
from domain.performance.schemes import scheme_from_json, scheme_to_json
from domain.roster.model import Role, TenureStage
from persistence.db import new_id
from persistence.performance.models import (
    PerformanceAppealRow,
    PerformanceSchemeRow,
    ServiceStarRow,
)
from persistence.performance.month_sql import (  # the month-sized statements and the tables they name
    AGENTS,
    BULK_BEGIN,
    BULK_END,
    HIRE_DATES,
    KPI,
    KPI_AGENTS,
    KPI_DELETE,
    KPI_INSERT,
    KPI_MONTH,
    KPI_UPDATE,
    KPI_VALUES,
    ROLES_AND_TEAMS,
    SCORE_DELETE,
    SCORE_INSERT,
    SCORE_MONTH,
    SCORE_UPDATE,
    SCORE_UPDATE_RESULT,
    SCORES,
    VERSION_INSERT,
    agent_of,
    as_real,
    batches,
    date_reader,
    day_text,
    latest_versions,
    plain_rows,
)
from persistence.scoping import hidden_agents, hidden_teams

SCHEMES = PerformanceSchemeRow.__table__
APPEALS = PerformanceAppealRow.__table__
STARS = ServiceStarRow.__table__
_ROLES = {m.value: m for m in Role}


def _kpi(row: Row[Any]) -> KpiRecord:
    return KpiRecord(row.agent_id, row.month, *(getattr(row, name) for name in KPI_VALUES))


_KPI_FIGURES = attrgetter(*KPI_VALUES)  # one C call per record (60k a year's import) instead of 11 getattr


def _kpi_row(record: KpiRecord) -> tuple[Any, ...]:
    return (record.month, record.agent_id, *_KPI_FIGURES(record))


def _score_row(result: ScoreResult, computed_on: str) -> tuple[Any, ...]:
    floors = ",".join(str(f.metric) for f in result.floors) if result.floors else ""
    return (result.month, result.agent_id, str(result.role), result.team, result.scheme_id, result.score,
            str(result.raw_grade), str(result.grade), floors, computed_on)


def _stored(row: Row[Any]) -> StoredScore:
    r = row
    floors = tuple(Metric(m) for m in r.floor_metrics.split(",") if m)
    return StoredScore(r.agent_id, r.month, Role(r.role), r.team, r.scheme_id, r.score,
                       Grade(r.raw_grade), Grade(r.grade), floors, r.computed_on)


def _appeal(r: Row[Any]) -> Appeal:
    return Appeal(r.agent_id, r.month, Metric(r.metric), r.original_value, r.requested_value,
                  r.reason, r.filed_on, AppealStatus(r.status), r.adjusted_value, r.decided_on,
                  r.decided_by, r.decision_note, r.id)


def _appeal_values(a: Appeal) -> dict[str, object]:
    return {"agent_id": a.agent_id, "month": a.month, "metric": a.metric.value, "original_value": a.original_value,
            "requested_value": a.requested_value, "reason": a.reason, "filed_on": a.filed_on,
            "status": a.status.value, "adjusted_value": a.adjusted_value, "decided_on": a.decided_on,
            "decided_by": a.decided_by, "decision_note": a.decision_note}


class SqlPerformanceRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    # --- KPI figures -----------------------------------------------------------------------------
    def kpi_months(self) -> list[str]:
        return list(self._session.execute(select(KPI.c.month).distinct().order_by(KPI.c.month)).scalars())

    def kpi_count(self, month: str) -> int:
        return int(self._session.execute(
            select(func.count()).select_from(KPI).where(KPI.c.month == month)).scalar_one())

    def kpis_for_month(self, month: str) -> list[KpiRecord]:
        # Through the driver (no column here needs SQLAlchemy's conversion, which was most of the cost of reading
        # back the 5,000 rows of each month an import rescored); the same query, so the same order.
        rows = plain_rows(self._session.connection(), KPI_MONTH, (month,))
        hidden = hidden_agents(self._session)  # driver SQL passes by the session's team filter
        return [KpiRecord(agent_id, in_month, *values) for agent_id, in_month, *values in rows
                if agent_id not in hidden]

    def kpis_for_agent(self, agent_id: int, first: str, last: str) -> list[KpiRecord]:
        rows = self._session.execute(select(KPI).where(KPI.c.agent_id == agent_id, KPI.c.month.between(first, last))
                                     .order_by(KPI.c.month))
        return [_kpi(r) for r in rows]

    def replace_kpis(self, month: str, records: Sequence[KpiRecord]) -> list[KpiRecord] | None:
        """The month's figures become `records`: those of agents already there updated in place, the others
        inserted, the rest deleted (the month deleted and re-inserted touched every index twice per row;
        nothing reads these rows by id, and a month's figures are read in agent order from the unique key).
        Returns what `kpis_for_month` would now read, without reading it (scoring a month read its 5,000
        rows back), or None where that is not known: a server, a team scope (the read filters it)."""
        rows = [_kpi_row(r) for r in records]
        connection = self._session.connection()
        if (connection.dialect.name != "sqlite" or hidden_teams(self._session)
                or len({row[1] for row in rows}) != len(rows) or any(row[0] != month for row in rows)):
            # As replace_scores: a scoped DELETE through the session, a duplicate failing on the unique key.
            self.rewrite_kpis(month, records)
            return None
        stored = {agent_id for (agent_id,) in plain_rows(connection, KPI_AGENTS, (month,))}
        new = {row[1] for row in rows}
        gone = [(month, agent_id) for agent_id in stored - new]
        if gone:
            connection.exec_driver_sql(KPI_DELETE, gone)
        for batch in batches((*row[2:], month, row[1]) for row in rows if row[1] in stored):
            connection.exec_driver_sql(KPI_UPDATE, batch)
        for batch in batches(row for row in rows if row[1] not in stored):
            connection.exec_driver_sql(KPI_INSERT, batch)
        # The read's order (the unique key's: agent order) and its values: every figure column is REAL, so
        # SQLite hands back floats, NULL for NaN, and 0.0 for -0.0 (a whole REAL is stored as an integer).
        return [KpiRecord(row[1], month, *[v if v is None or (type(v) is float and v == v and v) else as_real(v)
                                           for v in row[2:]]) for row in sorted(rows, key=agent_of)]

    def rewrite_kpis(self, month: str, records: Sequence[KpiRecord]) -> None:
        """The month deleted and `records` inserted: what `replace_kpis` must store (test_score_replace.py)."""
        self._session.execute(delete(KPI).where(KPI.c.month == month))
        self.add_kpis(records)

    def add_kpis(self, records: Iterable[KpiRecord]) -> int:
        # Plain tuples through the driver's executemany: the same Core connection and transaction, without
        # SQLAlchemy's per-row parameter processing (a third of the time on 600k rows).
        connection, count = self._session.connection(), 0
        for batch in batches(_kpi_row(r) for r in records):
            connection.exec_driver_sql(KPI_INSERT, batch)
            count += len(batch)
        return count

    # --- schemes ---------------------------------------------------------------------------------
    def _scheme(self, row: Row[Any]) -> Scheme:
        r = row
        return scheme_from_json(Role(r.role), r.body, version=r.version, id=r.id, note=r.note,
                                created_on=r.created_on, stage=TenureStage(r.stage) if r.stage else None)

    def _latest(self, stages: bool) -> list[Scheme]:
        latest = (select(SCHEMES.c.role, SCHEMES.c.stage, func.max(SCHEMES.c.version).label("version"))
                  .group_by(SCHEMES.c.role, SCHEMES.c.stage).subquery())
        rows = self._session.execute(select(SCHEMES).join(
            latest, (SCHEMES.c.role == latest.c.role) & (SCHEMES.c.stage == latest.c.stage)
            & (SCHEMES.c.version == latest.c.version)).where((SCHEMES.c.stage != "") if stages else
                                                             (SCHEMES.c.stage == "")))
        return [self._scheme(r) for r in rows]

    def current_schemes(self) -> dict[Role, Scheme]:
        """Each role's own scheme in force (the fallback for its stages)."""
        return {s.role: s for s in self._latest(stages=False)}

    def current_stage_schemes(self) -> dict[tuple[Role, TenureStage], Scheme]:
        return {(s.role, s.stage): s for s in self._latest(stages=True) if s.stage is not None}

    def latest_version(self, role: Role) -> int:
        """Versions count per role across its stages (the table is unique on role and version)."""
        found = self._session.execute(select(func.max(SCHEMES.c.version)).where(SCHEMES.c.role == role.value))
        return int(found.scalar_one() or 0)

    def scheme(self, scheme_id: int) -> Scheme | None:
        row = self._session.execute(select(SCHEMES).where(SCHEMES.c.id == scheme_id)).first()
        return self._scheme(row) if row else None

    def scheme_versions(self, role: Role) -> list[Scheme]:
        rows = self._session.execute(select(SCHEMES).where(SCHEMES.c.role == role.value).order_by(SCHEMES.c.version))
        return [self._scheme(r) for r in rows]

    def add_scheme(self, scheme: Scheme) -> int:
        result = self._session.execute(insert(SCHEMES).values(
            role=scheme.role.value, version=scheme.version, body=scheme_to_json(scheme), note=scheme.note,
            created_on=scheme.created_on, stage=scheme.stage.value if scheme.stage else ""))
        return new_id(result)

    # --- scores ----------------------------------------------------------------------------------
    def replace_scores(self, month: str, results: Sequence[ScoreResult], computed_on: date) -> None:
        """The month's scores become `results`. What is stored, and which versions are kept, is what deleting
        the month and inserting `results` gave under 0012's triggers; but only the rows that changed are
        written, in place, and the versions are kept by one statement run for every row instead of a trigger
        program per row (migration 0017; about a third of the time on a year of imported months)."""
        day = computed_on.isoformat()  # SQLAlchemy's Date text form
        rows = [_score_row(r, day) for r in results]
        connection = self._session.connection()
        if (connection.dialect.name != "sqlite" or hidden_teams(self._session)
                or len({row[1] for row in rows}) != len(rows)):
            # A server keeps 0012's trigger (0017 changes it on SQLite only); a team scope checks the month's
            # DELETE through the session (NotYourTeam); a duplicate agent must fail on the unique key as it
            # always did: all three the old way.
            self.rewrite_scores(month, results, computed_on)
            return
        stored = {row[1]: row for row in plain_rows(connection, SCORE_MONTH, (month,))}
        gone = [(month, agent_id) for agent_id in stored.keys() - {row[1] for row in rows}]
        changed, results_only, added = [], [], []
        for row in rows:
            old = stored.get(row[1])
            if old is None:
                added.append(row)
            elif old[2:5] != row[2:5]:
                changed.append((*row[2:], month, row[1]))
            elif old[5:9] != row[5:9] or day_text(old[9]) != day:
                results_only.append((*row[5:], month, row[1]))
        # 0012's rule for every row the old DELETE + INSERT wrote, an unchanged one too (its latest version need
        # not be its current value when days went backwards): a version unless the agent-month's latest one
        # has the same score, grade and floors. The latest are read in one pass (a row's own version cannot
        # change another's latest) and the versions inserted in the rows' order, as the trigger inserted them.
        latest = latest_versions(connection, month, [row[1] for row in rows])
        versions = [(r[1], r[0], r[5], r[7], r[8], r[9]) for r in rows if latest.get(r[1]) != (r[5], r[7], r[8])]
        connection.exec_driver_sql(BULK_BEGIN, (month,))  # 0017's triggers stand aside for this month
        try:
            if gone:
                connection.exec_driver_sql(SCORE_DELETE, gone)
            for batch in batches(changed):
                connection.exec_driver_sql(SCORE_UPDATE, batch)
            for batch in batches(results_only):
                connection.exec_driver_sql(SCORE_UPDATE_RESULT, batch)
            for batch in batches(added):
                connection.exec_driver_sql(SCORE_INSERT, batch)
            for batch in batches(versions):
                connection.exec_driver_sql(VERSION_INSERT, batch)
        finally:
            connection.exec_driver_sql(BULK_END, (month,))

    def rewrite_scores(self, month: str, results: Sequence[ScoreResult], computed_on: date) -> None:
        """The month deleted and `results` inserted, each row versioned by 0012's trigger: what `replace_scores`
        must store (tests/persistence/test_score_replace.py compares the two)."""
        self._session.execute(delete(SCORES).where(SCORES.c.month == month))
        self.add_scores(results, computed_on)

    def add_scores(self, results: Iterable[ScoreResult], computed_on: date) -> None:
        connection, day = self._session.connection(), computed_on.isoformat()  # SQLAlchemy's Date text form
        for batch in batches(_score_row(r, day) for r in results):
            connection.exec_driver_sql(SCORE_INSERT, batch)

    def schemes_used(self, month: str) -> list[tuple[Role, int]]:
        rows = self._session.execute(
            select(SCORES.c.role, SCORES.c.scheme_id).where(SCORES.c.month == month, SCORES.c.scheme_id.is_not(None))
            .group_by(SCORES.c.role, SCORES.c.scheme_id).order_by(func.min(SCORES.c.id)))
        return [(_ROLES[role], int(scheme_id)) for role, scheme_id in rows]

    def roles_and_teams(self, month: str) -> dict[int, tuple[Role, str]]:
        connection = self._session.connection()
        rows: Sequence[Any]
        if connection.dialect.name == "sqlite":  # the driver's tuples: text columns need no conversion
            rows = plain_rows(connection, ROLES_AND_TEAMS, (month,))
        else:
            rows = connection.execute(
                select(AGENTS.c.id, AGENTS.c.role, AGENTS.c.team)
                .where(AGENTS.c.id.in_(select(KPI.c.agent_id).where(KPI.c.month == month)))).fetchall()
        return {agent_id: (_ROLES[role], team) for agent_id, role, team in rows}

    def hire_dates(self, month: str) -> dict[int, date]:
        """Hire dates of the agents with figures that month: their tenure stage picks the scheme."""
        connection = self._session.connection()
        if connection.dialect.name == "sqlite":
            # Through the driver, each distinct date text parsed once (a month's 5,000 agents share a few
            # hundred hire dates; SQLAlchemy parsed every one, a third of scoring's tenure stages).
            parsed: dict[object, date] = {}
            read = date_reader(connection)
            out = {}
            for agent_id, text in plain_rows(connection, HIRE_DATES, (month,)):
                hired = parsed.get(text)
                if hired is None:
                    hired = parsed[text] = read(text)
                out[agent_id] = hired
            return out
        rows = connection.execute(
            select(AGENTS.c.id, AGENTS.c.hire_date)
            .where(AGENTS.c.id.in_(select(KPI.c.agent_id).where(KPI.c.month == month)))).fetchall()
        return {agent_id: hired for agent_id, hired in rows}

    def scores_for_month(self, month: str) -> list[StoredScore]:
        return [_stored(r) for r in self._session.execute(select(SCORES).where(SCORES.c.month == month))]

    def scores_for_agent(self, agent_id: int) -> list[StoredScore]:
        rows = self._session.execute(select(SCORES).where(SCORES.c.agent_id == agent_id).order_by(SCORES.c.month))
        return [_stored(r) for r in rows]

    def team_average_by_month(self, team: str, first: str, last: str) -> dict[str, float]:
        rows = self._session.execute(
            select(SCORES.c.month, func.avg(SCORES.c.score))
            .where(SCORES.c.team == team, SCORES.c.month.between(first, last)).group_by(SCORES.c.month))
        return {month: float(avg) for month, avg in rows}

    # --- appeals ---------------------------------------------------------------------------------
    def add_appeal(self, appeal: Appeal) -> int:
        return new_id(self._session.execute(insert(APPEALS).values(**_appeal_values(appeal))))

    def update_appeal(self, appeal: Appeal) -> None:
        self._session.execute(update(APPEALS).where(APPEALS.c.id == appeal.id).values(**_appeal_values(appeal)))

    def appeal(self, appeal_id: int) -> Appeal | None:
        row = self._session.execute(select(APPEALS).where(APPEALS.c.id == appeal_id)).first()
        return _appeal(row) if row else None

    def appeals(self, month: str | None = None, agent_id: int | None = None) -> list[Appeal]:
        query = select(APPEALS).order_by(APPEALS.c.month.desc(), APPEALS.c.id)
        if month is not None:
            query = query.where(APPEALS.c.month == month)
        if agent_id is not None:
            query = query.where(APPEALS.c.agent_id == agent_id)
        return [_appeal(r) for r in self._session.execute(query)]

    # --- 服务之星 ---------------------------------------------------------------------------------
    def add_star(self, star: ServiceStar) -> int:
        result = self._session.execute(insert(STARS).values(
            month=star.month, agent_id=star.agent_id, how=star.how.value, note=star.note,
            recorded_on=star.recorded_on))
        return new_id(result)

    def remove_star(self, star_id: int) -> None:
        self._session.execute(delete(STARS).where(STARS.c.id == star_id))

    def stars(self, month: str | None = None, agent_id: int | None = None) -> list[ServiceStar]:
        query = select(STARS).order_by(STARS.c.month.desc(), STARS.c.id)
        if month is not None:
            query = query.where(STARS.c.month == month)
        if agent_id is not None:
            query = query.where(STARS.c.agent_id == agent_id)
        return [ServiceStar(r.month, r.agent_id, StarHow(r.how), r.note, r.recorded_on, r.id)
                for r in self._session.execute(query)]
