"""Coaching sessions, their action items, and the case library's full-text index (made by migration 0004)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text, func
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Mapped, mapped_column

from persistence.models import Base


class CoachingSessionRecord(Base):
    __tablename__ = "coaching_sessions"
    __table_args__ = (
        # Serves the roster's "days since last 1:1": MAX(held_on) per agent for one kind, from the index alone.
        Index("ix_coaching_sessions_kind_agent_held", "kind", "agent_id", "held_on"),
        # Serves the dashboard's 1:1 moods per day of a period from the index alone (migration 0016).
        Index("ix_coaching_sessions_kind_held_mood", "kind", "held_on", "mood"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="RESTRICT"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    held_on: Mapped[date] = mapped_column(Date, index=True)
    title: Mapped[str] = mapped_column(String(60), default="")
    situation: Mapped[str] = mapped_column(Text, default="")
    strengths: Mapped[str] = mapped_column(Text, default="")
    improve: Mapped[str] = mapped_column(Text, default="")
    agent_view: Mapped[str] = mapped_column(Text, default="")
    mood: Mapped[int | None] = mapped_column(Integer)
    tags: Mapped[str] = mapped_column(String(200), default="")  # "投诉,退款": normalised, comma-joined
    recorded_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    # Optimistic concurrency on a shared database (migration 0015): every save bumps `version` and names its
    # author; a save of a stale version is refused (domain.errors.EditedElsewhere).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    updated_by: Mapped[str] = mapped_column(String(60), default="", server_default="")
    updated_at: Mapped[datetime | None] = mapped_column(DateTime)


class ActionItemRecord(Base):
    __tablename__ = "coaching_action_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("coaching_sessions.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(40))
    # the KPI dimension an improvement plan's item targets (a Metric code), "" for none
    kpi_metric: Mapped[str] = mapped_column(String(20), default="", server_default=sql_text("''"))
    due_on: Mapped[date] = mapped_column(Date, index=True)
    done_on: Mapped[date | None] = mapped_column(Date)
    # Optimistic concurrency on a shared database (migration 0015): every save bumps `version` and names its
    # author; a save of a stale version is refused (domain.errors.EditedElsewhere).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    updated_by: Mapped[str] = mapped_column(String(60), default="", server_default="")
    updated_at: Mapped[datetime | None] = mapped_column(DateTime)


# The FTS5 table (trigram tokenizer: Chinese has no spaces to split words on) and the shadow tables
# SQLite makes for it. SQLAlchemy cannot describe a virtual table, so the migration creates them with
# triggers that keep the index in step with coaching_sessions inside the writing transaction.
CASE_FTS = "coaching_case_fts"
# PostgreSQL has no FTS5: its case search runs ILIKE over this expression, which migration 0004 indexes with
# pg_trgm (the same text, so the planner can use the index).
CASE_TEXT_SERVER = ("(title || E'\\n' || situation || E'\\n' || strengths || E'\\n' || improve || E'\\n' || agent_view"
                    " || E'\\n' || tags)")
CASE_FTS_COLUMNS = ("title", "situation", "strengths", "improve", "agent_view", "tags")
UNMODELLED_TABLES = frozenset(
    {CASE_FTS} | {f"{CASE_FTS}_{suffix}" for suffix in ("data", "idx", "content", "docsize", "config")}
)
