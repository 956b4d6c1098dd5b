"""Typed declarative tables. Repositories convert rows to domain dataclasses at the boundary."""

from __future__ import annotations

from datetime import date, datetime
from typing import ClassVar

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, MetaData, String, Table, Text, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    # Every model here is a plain table; SQLAlchemy's stubs type __table__ as any FromClause, which insert()
    # and delete() do not accept.
    __table__: ClassVar[Table]


class AgentRow(Base):
    __tablename__ = "agents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    employee_no: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(40))
    gender: Mapped[str | None] = mapped_column(String(10))
    birth_date: Mapped[date | None] = mapped_column(Date)
    phone: Mapped[str] = mapped_column(String(20), default="")
    hometown: Mapped[str] = mapped_column(String(40), default="")
    out_of_town: Mapped[bool] = mapped_column(Boolean, default=False)
    role: Mapped[str] = mapped_column(String(20), index=True)
    team: Mapped[str] = mapped_column(String(40), index=True)
    hire_date: Mapped[date] = mapped_column(Date, index=True)
    cert_level: Mapped[str] = mapped_column(String(20), default="none")
    career_track: Mapped[str] = mapped_column(String(20), default="undecided")
    status: Mapped[str] = mapped_column(String(10), index=True)
    leave_date: Mapped[date | None] = mapped_column(Date, index=True)
    leave_reason: Mapped[str | None] = mapped_column(String(20))
    leave_voluntary: Mapped[bool | None] = mapped_column(Boolean)
    leave_reason_text: Mapped[str] = mapped_column(String(200), default="", server_default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    # Optimistic concurrency on a shared database (migration 0014): every save bumps `version` and names
    # its author; a save of a stale version is refused (domain.errors.EditedElsewhere).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    updated_by: Mapped[str] = mapped_column(String(60), default="", server_default="")


class AgentHistoryRow(Base):
    __tablename__ = "agent_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="RESTRICT"), index=True)
    field: Mapped[str] = mapped_column(String(20))
    old_value: Mapped[str | None] = mapped_column(String(40))
    new_value: Mapped[str | None] = mapped_column(String(40))
    effective_date: Mapped[date] = mapped_column(Date)
    recorded_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())


class TeamOwnerRow(Base):
    """Which supervisor (login name) a team belongs to on a shared database (migration 0014). A team with no
    row belongs to nobody in particular: everyone sees it."""

    __tablename__ = "team_owners"

    team: Mapped[str] = mapped_column(String(40), primary_key=True)
    owner: Mapped[str] = mapped_column(String(60))


class SettingRow(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ActivityLogRow(Base):
    """Exports, imports, backups and unlocks, for the supervisor (and an auditor) to see later."""

    __tablename__ = "activity_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    kind: Mapped[str] = mapped_column(String(30), index=True)
    detail: Mapped[str] = mapped_column(Text, default="")
    row_count: Mapped[int] = mapped_column(Integer, default=0)
    sensitive_included: Mapped[bool] = mapped_column(Boolean, default=False)
