"""Performance tables. `kpi_monthly` is the big one (600k rows over ten years at 5,000 agents): one narrow
row per agent-month, unique on (month, agent_id) so a month is read and replaced through its index."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from persistence.models import Base


class KpiMonthlyRow(Base):
    __tablename__ = "kpi_monthly"
    __table_args__ = (
        UniqueConstraint("month", "agent_id", name="uq_kpi_monthly_month_agent"),
        Index("ix_kpi_monthly_agent_month", "agent_id", "month"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    month: Mapped[str] = mapped_column(String(7))
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="RESTRICT"))
    handled: Mapped[float | None] = mapped_column(Float)
    aht_seconds: Mapped[float | None] = mapped_column(Float)
    response_seconds: Mapped[float | None] = mapped_column(Float)
    csat: Mapped[float | None] = mapped_column(Float)
    fcr: Mapped[float | None] = mapped_column(Float)
    complaints: Mapped[float | None] = mapped_column(Float)
    complaint_rate: Mapped[float | None] = mapped_column(Float)
    qa_score: Mapped[float | None] = mapped_column(Float)
    adherence: Mapped[float | None] = mapped_column(Float)
    inbound: Mapped[float | None] = mapped_column(Float)
    answer_rate: Mapped[float | None] = mapped_column(Float)


class PerformanceSchemeRow(Base):
    """Every version of every role's scheme; a version is never edited, a change adds the next one."""

    __tablename__ = "performance_schemes"
    __table_args__ = (UniqueConstraint("role", "version", name="uq_performance_schemes_role_version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    role: Mapped[str] = mapped_column(String(20))
    # "" = the role's scheme, the fallback for stages without their own
    stage: Mapped[str] = mapped_column(String(10), default="", server_default=text("''"))
    version: Mapped[int] = mapped_column(Integer)  # counts per role across its stages
    body: Mapped[str] = mapped_column(Text)  # rules, bands and floors as JSON (domain.performance.schemes)
    note: Mapped[str] = mapped_column(Text, default="")
    created_on: Mapped[date | None] = mapped_column(Date)


class PerformanceScoreRow(Base):
    __tablename__ = "performance_scores"
    __table_args__ = (
        UniqueConstraint("month", "agent_id", name="uq_performance_scores_month_agent"),
        Index("ix_performance_scores_agent_month", "agent_id", "month"),
        Index("ix_performance_scores_team_month", "team", "month"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    month: Mapped[str] = mapped_column(String(7))
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="RESTRICT"))
    role: Mapped[str] = mapped_column(String(20))
    team: Mapped[str] = mapped_column(String(40))
    scheme_id: Mapped[int | None] = mapped_column(ForeignKey("performance_schemes.id", ondelete="RESTRICT"))
    score: Mapped[float] = mapped_column(Float)
    raw_grade: Mapped[str] = mapped_column(String(10))
    grade: Mapped[str] = mapped_column(String(10))
    floor_metrics: Mapped[str] = mapped_column(String(120), default="")  # comma-separated metric codes
    computed_on: Mapped[date | None] = mapped_column(Date)


class PerformanceAppealRow(Base):
    __tablename__ = "performance_appeals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="RESTRICT"), index=True)
    month: Mapped[str] = mapped_column(String(7), index=True)
    metric: Mapped[str] = mapped_column(String(20))
    original_value: Mapped[float | None] = mapped_column(Float)
    requested_value: Mapped[float | None] = mapped_column(Float)
    reason: Mapped[str] = mapped_column(Text, default="")
    filed_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10))
    adjusted_value: Mapped[float | None] = mapped_column(Float)
    decided_on: Mapped[date | None] = mapped_column(Date)
    decided_by: Mapped[str] = mapped_column(String(40), default="")
    decision_note: Mapped[str] = mapped_column(Text, default="")


class ServiceStarRow(Base):
    __tablename__ = "service_stars"
    __table_args__ = (UniqueConstraint("month", "agent_id", name="uq_service_stars_month_agent"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    month: Mapped[str] = mapped_column(String(7), index=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="RESTRICT"), index=True)
    how: Mapped[str] = mapped_column(String(12))
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_on: Mapped[date | None] = mapped_column(Date)


class PerformanceScoreVersionRow(Base):
    """Every score an agent-month has had, with the day it was computed (migration 0012 fills it by a trigger
    on `performance_scores`, which keeps only the latest): the at-risk back-test reads what was known then."""

    __tablename__ = "performance_score_versions"
    __table_args__ = (Index("ix_performance_score_versions_agent_month", "agent_id", "month", "recorded_on"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="CASCADE"))
    month: Mapped[str] = mapped_column(String(7))
    score: Mapped[float] = mapped_column(Float)
    grade: Mapped[str] = mapped_column(String(10))
    floor_metrics: Mapped[str] = mapped_column(String(120))
    recorded_on: Mapped[date] = mapped_column(Date)


class PerformanceScoreBulkRow(Base):
    """A month whose scores `replace_scores` is rewriting and versioning itself (migration 0017): 0012's
    triggers stand aside for its rows. Filled and emptied inside that one transaction, so always empty."""

    __tablename__ = "performance_score_bulk"

    month: Mapped[str] = mapped_column(String(7), primary_key=True)
