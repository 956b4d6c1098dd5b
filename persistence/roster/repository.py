"""Agents and their change history, stored in `agents` and `agent_history`."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from domain.roster.model import (
    AgentData,
    CareerTrack,
    CertLevel,
    Gender,
    HistoryEntry,
    LeaveReason,
    Role,
    Status,
)
from persistence.models import AgentHistoryRow, AgentRow

_COLUMNS = [c.name for c in AgentRow.__table__.columns if c.name not in ("id", "updated_at")]


def _to_domain(row: object) -> AgentData:
    r = row  # a Row from a Core select: plain tuples, no ORM identity map (fast on 5,000 agents)
    return AgentData(
        id=r.id,
        employee_no=r.employee_no,
        name=r.name,
        gender=Gender(r.gender) if r.gender else None,
        birth_date=r.birth_date,
        phone=r.phone or "",
        hometown=r.hometown or "",
        out_of_town=bool(r.out_of_town),
        role=Role(r.role),
        team=r.team,
        hire_date=r.hire_date,
        cert_level=CertLevel(r.cert_level),
        career_track=CareerTrack(r.career_track),
        status=Status(r.status),
        leave_date=r.leave_date,
        leave_reason=LeaveReason(r.leave_reason) if r.leave_reason else None,
        leave_voluntary=r.leave_voluntary,
        notes=r.notes or "",
    )


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
        row = self._session.execute(select(AgentRow.__table__).where(AgentRow.id == agent_id)).first()
        return _to_domain(row) if row else None

    def by_employee_no(self, employee_no: str) -> AgentData | None:
        table = AgentRow.__table__
        row = self._session.execute(select(table).where(table.c.employee_no == employee_no)).first()
        return _to_domain(row) if row else None

    def list_all(self) -> list[AgentData]:
        table = AgentRow.__table__
        return [_to_domain(r) for r in self._session.execute(select(table).order_by(table.c.employee_no))]

    def count(self) -> int:
        return int(self._session.execute(select(func.count()).select_from(AgentRow.__table__)).scalar_one())

    def add(self, agent: AgentData) -> int:
        result = self._session.execute(insert(AgentRow.__table__).values(**_to_values(agent)))
        return int(result.inserted_primary_key[0])

    def add_many(self, agents: Iterable[AgentData]) -> list[int]:
        return [self.add(a) for a in agents]

    def update(self, agent: AgentData) -> None:
        table = AgentRow.__table__
        self._session.execute(
            table.update().where(table.c.id == agent.id).values(**_to_values(agent))
        )

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
        return int(result.inserted_primary_key[0])

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
