"""Mentor pairings, their check-ins, and certification attempts (made by migration 0003)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, String, Text, func, text
from sqlalchemy.orm import Mapped, mapped_column

from persistence.models import Base


class MentorPairingRecord(Base):
    __tablename__ = "mentor_pairings"
    __table_args__ = (
        CheckConstraint("mentor_id <> apprentice_id", name="not_self"),
        CheckConstraint("allowance_fen >= 0", name="allowance_not_negative"),
        # The database itself keeps "one active mentor per apprentice", whatever code writes here.
        Index("uq_mentor_pairings_active_apprentice", "apprentice_id", unique=True,
              sqlite_where=text("status = 'active'"), postgresql_where=text("status = 'active'")),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mentor_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="RESTRICT"), index=True)
    apprentice_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="RESTRICT"), index=True)
    start_date: Mapped[date] = mapped_column(Date, index=True)
    planned_end: Mapped[date] = mapped_column(Date)
    goals: Mapped[str] = mapped_column(Text, default="")
    allowance_fen: Mapped[int] = mapped_column(Integer)  # integer fen: money never passes through a float
    status: Mapped[str] = mapped_column(String(20), index=True)
    end_date: Mapped[date | None] = mapped_column(Date, index=True)
    end_reason: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    # Optimistic concurrency on a shared database (migration 0015): every save bumps `version` and names its
    # author; a save of a stale version is refused (domain.errors.EditedElsewhere).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    updated_by: Mapped[str] = mapped_column(String(60), default="", server_default="")
    updated_at: Mapped[datetime | None] = mapped_column(DateTime)


class MentorCheckInRecord(Base):
    __tablename__ = "mentor_check_ins"
    __table_args__ = (CheckConstraint("progress BETWEEN 1 AND 5", name="progress_range"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pairing_id: Mapped[int] = mapped_column(ForeignKey("mentor_pairings.id", ondelete="RESTRICT"), index=True)
    day: Mapped[date] = mapped_column(Date)
    progress: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())


class CertificationAttemptRecord(Base):
    __tablename__ = "certification_attempts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="RESTRICT"), index=True)
    level: Mapped[str] = mapped_column(String(20))
    day: Mapped[date] = mapped_column(Date)
    score: Mapped[str | None] = mapped_column(String(10))  # exact decimal text, e.g. "86.5"
    passed: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
