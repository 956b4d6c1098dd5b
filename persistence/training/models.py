"""Training plans, sessions and results; career levels, manual ticks, positions and promotions
(made by migration 0010)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint, func
from sqlalchemy.orm import Mapped, mapped_column

from persistence.models import Base


class TrainingPlanItemRow(Base):
    __tablename__ = "training_plan_items"
    __table_args__ = (CheckConstraint("week_from >= 1 AND week_to >= week_from", name="weeks_order"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stage: Mapped[str] = mapped_column(String(20), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20))
    week_from: Mapped[int] = mapped_column(Integer)
    week_to: Mapped[int] = mapped_column(Integer)
    check_method: Mapped[str] = mapped_column(String(20))
    pass_mark: Mapped[str | None] = mapped_column(String(10))  # exact decimal text


class TrainingSessionRow(Base):
    __tablename__ = "training_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    topic: Mapped[str] = mapped_column(Text)
    day: Mapped[date] = mapped_column(Date, index=True)
    trainer_name: Mapped[str] = mapped_column(Text, default="")
    trainer_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id", ondelete="RESTRICT"), index=True)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("training_plan_items.id", ondelete="RESTRICT"))
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())


class TrainingResultRow(Base):
    __tablename__ = "training_results"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="RESTRICT"), index=True)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("training_plan_items.id", ondelete="RESTRICT"),
                                                index=True)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("training_sessions.id", ondelete="RESTRICT"),
                                                   index=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(20))
    score: Mapped[str | None] = mapped_column(String(10))
    checked_by: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())


class CareerLevelRow(Base):
    __tablename__ = "career_levels"
    __table_args__ = (UniqueConstraint("track", "rank", name="track_rank"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    track: Mapped[str] = mapped_column(String(20))
    rank: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    min_tenure_months: Mapped[int] = mapped_column(Integer, default=0)
    min_cert: Mapped[str] = mapped_column(String(20))
    kpi_grade: Mapped[str] = mapped_column(String(20), default="")
    kpi_months: Mapped[int] = mapped_column(Integer, default=0)
    no_floor_months: Mapped[int] = mapped_column(Integer, default=0)
    items_passed: Mapped[int] = mapped_column(Integer, default=0)
    apprentices: Mapped[int] = mapped_column(Integer, default=0)
    manual: Mapped[str] = mapped_column(Text, default="")  # one free-text criterion per line


class CareerTickRow(Base):
    __tablename__ = "career_ticks"
    __table_args__ = (UniqueConstraint("agent_id", "level_id", "criterion", name="one_tick"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="RESTRICT"), index=True)
    level_id: Mapped[int] = mapped_column(ForeignKey("career_levels.id", ondelete="RESTRICT"))
    criterion: Mapped[str] = mapped_column(Text)
    day: Mapped[date] = mapped_column(Date)


class PositionRow(Base):
    __tablename__ = "positions"
    __table_args__ = (CheckConstraint("end_date IS NULL OR end_date >= start_date", name="end_after_start"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="RESTRICT"), index=True)
    title: Mapped[str] = mapped_column(Text)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class PromotionRow(Base):
    __tablename__ = "promotions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="RESTRICT"), index=True)
    level_id: Mapped[int] = mapped_column(ForeignKey("career_levels.id", ondelete="RESTRICT"))
    track: Mapped[str] = mapped_column(String(20))
    level_name: Mapped[str] = mapped_column(Text)  # as it was named on the day
    day: Mapped[date] = mapped_column(Date, index=True)
    snapshot: Mapped[str] = mapped_column(Text)  # JSON: criteria and evidence on the day
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
