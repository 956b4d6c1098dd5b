"""Agents and their change history, stored in `agents` and `agent_history`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Select, delete, func, insert, select
from sqlalchemy.orm import Session

from domain.errors import EditedElsewhere
from domain.roster.model import (
    AgentData,
    HistoryEntry,
    Status,
)
from domain.roster.roster_rows import (
    AGENT_VALUES,
    CERT_OF,
    GENDER_OF,
    REASON_OF,
    ROLE_OF,
    STATUS_OF,
    TRACK_OF,
)
from persistence.db import driver_date, new_id
from persistence.identity import current_user
from persistence.models import AgentHistoryRow, AgentRow, TeamOwnerRow
from persistence.roster.first_page import TEAM, roster_sql
from persistence.scoping import ALL_TEAMS, hidden_teams

_COLUMNS = [c.name for c in AgentRow.__table__.columns if c.name not in ("id", "updated_at", "version", "updated_by")]

_SELECT_ORDER = AGENT_VALUES


def _to_domain(row: tuple) -> AgentData:
    """A row selected in _SELECT_ORDER, unpacked by position (Row attribute access is slow in bulk)."""
    (id_, employee_no, name, gender, birth_date, phone, hometown, out_of_town, role, team, hire_date, cert,
     track, status, leave_date, reason, voluntary, notes, reason_text, version) = row
    return AgentData(
        id=id_, employee_no=employee_no, name=name, gender=GENDER_OF.get(gender) if gender else None,
        birth_date=birth_date, phone=phone or "", hometown=hometown or "", out_of_town=bool(out_of_town),
        role=ROLE_OF[role], team=team, hire_date=hire_date, cert_level=CERT_OF[cert], career_track=TRACK_OF[track],
        status=STATUS_OF[status], leave_date=leave_date, leave_reason=REASON_OF[reason] if reason else None,
        leave_voluntary=voluntary, notes=notes or "", leave_reason_text=reason_text or "", version=version or 0,
    )


def _from_driver(row: tuple) -> AgentData:
    """A driver row in _SELECT_ORDER (ISO date text, 0/1 flags) to an agent, in one pass: what _to_domain does for
    SQLAlchemy's rows, without its per-column result processing (5,000 rows on the roster's first load)."""
    (id_, employee_no, name, gender, birth_date, phone, hometown, out_of_town, role, team, hire_date, cert,
     track, status, leave_date, reason, voluntary, notes, reason_text, version) = row
    return AgentData(
        id=id_, employee_no=employee_no, name=name, gender=GENDER_OF.get(gender) if gender else None,
        birth_date=driver_date(birth_date), phone=phone or "",
        hometown=hometown or "", out_of_town=bool(out_of_town), role=ROLE_OF[role], team=team,
        hire_date=driver_date(hire_date), cert_level=CERT_OF[cert], career_track=TRACK_OF[track],
        status=STATUS_OF[status], leave_date=driver_date(leave_date),
        leave_reason=REASON_OF[reason] if reason else None,
        leave_voluntary=bool(voluntary) if voluntary is not None else None, notes=notes or "",
        leave_reason_text=reason_text or "", version=version or 0,
    )


def _select() -> Select[Any]:
    table = AgentRow.__table__
    return select(*(table.c[name] for name in _SELECT_ORDER))


def _to_values(agent: AgentData) -> dict[str, object]:
    values = {name: getattr(agent, name) for name in _COLUMNS}
    for name in ("gender", "role", "cert_level", "career_track", "status", "leave_reason"):
        value = values[name]
        values[name] = None if value is None else str(value)
    return values


class SqlAgentRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, agent_id: int) -> AgentData | None:
        row = self._session.execute(_select().where(AgentRow.id == agent_id)).first()
        return _to_domain(tuple(row)) if row else None

    def by_employee_no(self, employee_no: str) -> AgentData | None:
        # Past the team scope: a 工号 is unique across the centre, whoever's team holds it.
        row = self._session.execute(_select().where(AgentRow.employee_no == employee_no),
                                    execution_options=ALL_TEAMS).first()
        return _to_domain(tuple(row)) if row else None

    def list_all(self, status: Status | None = None) -> list[AgentData]:
        # The driver's own rows, with dates parsed by date.fromisoformat: SQLAlchemy's per-column result
        # processing doubled the cost of reading 5,000 agents (the roster must show in ≤ 100 ms).
        where, params = ("WHERE status = ?", (status.value,)) if status is not None else ("", ())
        rows = self._session.connection().exec_driver_sql(roster_sql(where), params)
        agents = [_from_driver(r) for r in rows.fetchall()]
        hidden = hidden_teams(self._session)  # driver SQL passes by the session's team filter
        return [a for a in agents if a.team not in hidden] if hidden else agents

    def roster_values(self, status: Status | None = None) -> Sequence[Any]:
        """The stored values of every agent (or those with `status`) in AGENT_VALUES order, by 工号, as the driver
        hands them: the roster's rows are made from these without an AgentData each (domain/roster/roster_rows.py)."""
        where, params = ("WHERE status = ?", (status.value,)) if status is not None else ("", ())
        rows = self._session.connection().exec_driver_sql(roster_sql(where), params).fetchall()
        hidden = hidden_teams(self._session)  # driver SQL passes by the session's team filter
        return [r for r in rows if r[TEAM] not in hidden] if hidden else rows

    def count(self) -> int:
        # The driver's count: compiling the Core statement was a few ms of the roster's first load.
        if hidden_teams(self._session):
            return int(self._session.execute(select(func.count()).select_from(AgentRow.__table__)).scalar_one())
        return int(self._session.connection().exec_driver_sql("SELECT count(*) FROM agents").scalar_one())

    def add(self, agent: AgentData) -> int:
        result = self._session.execute(insert(AgentRow.__table__).values(**_to_values(agent)))
        return new_id(result)

    def add_many(self, agents: Iterable[AgentData]) -> list[int]:
        return [self.add(a) for a in agents]

    def update(self, agent: AgentData) -> None:
        """Save `agent`; with a version read from storage, only over that same version (one statement, so two
        writers on a shared server cannot both pass): a stale one raises EditedElsewhere."""
        table = AgentRow.__table__
        where = [table.c.id == agent.id]
        if agent.version:
            where.append(table.c.version == agent.version)
        result = self._session.execute(
            table.update().where(*where).values(**_to_values(agent), version=table.c.version + 1,
                                                updated_by=current_user(), updated_at=datetime.now())
        )
        if agent.version and getattr(result, "rowcount", 1) == 0 and agent.id is not None:
            raise EditedElsewhere(*self.last_change(agent.id))

    def team_owners(self) -> dict[str, str]:
        table = TeamOwnerRow.__table__
        return {team: owner for team, owner in self._session.execute(select(table.c.team, table.c.owner))}

    def set_team_owner(self, team: str, owner: str | None) -> None:
        table = TeamOwnerRow.__table__
        self._session.execute(delete(table).where(table.c.team == team))
        if owner:
            self._session.execute(insert(table).values(team=team, owner=owner))

    def last_change(self, agent_id: int) -> tuple[str, datetime | None]:
        table = AgentRow.__table__
        row = self._session.execute(select(table.c.updated_by, table.c.updated_at).where(table.c.id == agent_id),
                                    execution_options=ALL_TEAMS).first()
        return (row[0] or "", row[1]) if row else ("", None)

    def remove(self, agent_id: int) -> None:
        self._session.execute(delete(AgentRow.__table__).where(AgentRow.id == agent_id))

    def add_history(self, entry: HistoryEntry) -> int:
        result = self._session.execute(
            insert(AgentHistoryRow.__table__).values(
                agent_id=entry.agent_id,
                field=entry.field,
                old_value=entry.old_value,
                new_value=entry.new_value,
                effective_date=entry.effective_date,
            )
        )
        return new_id(result)

    def remove_history(self, ids: Iterable[int]) -> None:
        ids = list(ids)
        if ids:
            self._session.execute(delete(AgentHistoryRow.__table__).where(AgentHistoryRow.id.in_(ids)))

    def history(self, agent_id: int) -> list[HistoryEntry]:
        table = AgentHistoryRow.__table__
        rows = self._session.execute(
            select(table).where(table.c.agent_id == agent_id).order_by(table.c.effective_date, table.c.id)
        )
        return [
            HistoryEntry(r.agent_id, r.field, r.old_value, r.new_value, r.effective_date, r.id) for r in rows
        ]
