"""Recruiting tables. Templates and their dimensions are written once and never updated: an edit is a
new version, so every scorecard keeps the version it was scored with."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint, func
from sqlalchemy.orm import Mapped, mapped_column

from persistence.models import Base


class RecruitingCandidateRow(Base):
    __tablename__ = "recruiting_candidates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    phone: Mapped[str] = mapped_column(String(20), default="")
    role: Mapped[str] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(String(20))
    applied_on: Mapped[date] = mapped_column(Date, index=True)
    stage: Mapped[str] = mapped_column(String(20), index=True)
    stage_on: Mapped[date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id", ondelete="RESTRICT"), unique=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    # Optimistic concurrency on a shared database (migration 0015): every save bumps `version` and names its
    # author; a save of a stale version is refused (domain.errors.EditedElsewhere).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    updated_by: Mapped[str] = mapped_column(String(60), default="", server_default="")


class RecruitingStageChangeRow(Base):
    __tablename__ = "recruiting_stage_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("recruiting_candidates.id", ondelete="CASCADE"), index=True)
    stage: Mapped[str] = mapped_column(String(20))
    day: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")


class RecruitingTemplateRow(Base):
    __tablename__ = "recruiting_templates"
    __table_args__ = (UniqueConstraint("round", "version", name="uq_recruiting_templates_round_version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    round: Mapped[str] = mapped_column(String(20))
    version: Mapped[int] = mapped_column(Integer)
    scenarios: Mapped[str] = mapped_column(Text, default="")  # one per line
    created_on: Mapped[date | None] = mapped_column(Date)


class RecruitingTemplateDimensionRow(Base):
    __tablename__ = "recruiting_template_dimensions"

    template_id: Mapped[int] = mapped_column(ForeignKey("recruiting_templates.id", ondelete="RESTRICT"),
                                             primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(Text, default="")
    weight: Mapped[int] = mapped_column(Integer)
    knockout_below: Mapped[int | None] = mapped_column(Integer)
    anchor_1: Mapped[str] = mapped_column(Text, default="")
    anchor_2: Mapped[str] = mapped_column(Text, default="")
    anchor_3: Mapped[str] = mapped_column(Text, default="")
    anchor_4: Mapped[str] = mapped_column(Text, default="")
    anchor_5: Mapped[str] = mapped_column(Text, default="")


class RecruitingScorecardRow(Base):
    __tablename__ = "recruiting_scorecards"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("recruiting_candidates.id", ondelete="RESTRICT"),
                                              index=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("recruiting_templates.id", ondelete="RESTRICT"))
    interviewer: Mapped[str] = mapped_column(String(40), index=True)
    interview_date: Mapped[date] = mapped_column(Date)
    scenario: Mapped[str] = mapped_column(Text, default="")
    recommendation: Mapped[str] = mapped_column(String(20))
    notes: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())


class RecruitingScoreRow(Base):
    __tablename__ = "recruiting_scores"

    scorecard_id: Mapped[int] = mapped_column(ForeignKey("recruiting_scorecards.id", ondelete="CASCADE"),
                                              primary_key=True)
    dimension_key: Mapped[str] = mapped_column(String(40), primary_key=True)
    score: Mapped[int] = mapped_column(Integer)
    evidence: Mapped[str] = mapped_column(Text, default="")
