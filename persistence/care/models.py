"""Care tables. The detail columns hold AES-GCM blobs only; plaintext details never reach this layer."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from persistence.models import Base


class CareKeyringRow(Base):
    """One row (id 1): salt, KDF parameters, the wrapped data key and its verifier. No secret on its own."""

    __tablename__ = "care_keyring"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    kdf: Mapped[str] = mapped_column(String(20))
    salt: Mapped[bytes] = mapped_column(LargeBinary)
    kdf_n: Mapped[int] = mapped_column(Integer)
    kdf_r: Mapped[int] = mapped_column(Integer)
    kdf_p: Mapped[int] = mapped_column(Integer)
    wrapped_dek: Mapped[bytes] = mapped_column(LargeBinary)
    verifier: Mapped[bytes] = mapped_column(LargeBinary)
    changed_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())


class CareRecordRow(Base):
    __tablename__ = "care_records"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="RESTRICT"), index=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    category: Mapped[str] = mapped_column(String(20), index=True)
    status: Mapped[str] = mapped_column(String(10))
    follow_up: Mapped[date | None] = mapped_column(Date, index=True)
    aid_fen: Mapped[int] = mapped_column(Integer, default=0)
    what_happened: Mapped[bytes] = mapped_column(LargeBinary)
    support_given: Mapped[bytes] = mapped_column(LargeBinary)
    notes: Mapped[bytes] = mapped_column(LargeBinary)
    eap: Mapped[bytes] = mapped_column(LargeBinary, default=b"", server_default=text("x''"))
    eap_referred: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"), index=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    # Optimistic concurrency on a shared database (migration 0015): every save bumps `version` and names its
    # author; a save of a stale version is refused (domain.errors.EditedElsewhere).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    updated_by: Mapped[str] = mapped_column(String(60), default="", server_default="")


class CareStatusChangeRow(Base):
    """Each status a record took and the day it took it (migration 0012): the at-risk back-test asks whether a
    follow-up was open on a past day. Status and day only — never details."""

    __tablename__ = "care_status_changes"
    __table_args__ = (Index("ix_care_status_changes_record_day", "record_id", "changed_on"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("care_records.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(10))
    changed_on: Mapped[date] = mapped_column(Date)

class BuddyPairRow(Base):
    """伙伴: a peer supporting `agent_id`; unpaid, no goals — not a mentoring pairing."""

    __tablename__ = "buddy_pairs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="RESTRICT"), index=True)
    buddy_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="RESTRICT"), index=True)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(500), default="")


class BuddyCheckInRow(Base):
    __tablename__ = "buddy_check_ins"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pair_id: Mapped[int] = mapped_column(ForeignKey("buddy_pairs.id", ondelete="CASCADE"), index=True)
    day: Mapped[date] = mapped_column(Date)
    went_well: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(String(500), default="")


class AwardRow(Base):
    __tablename__ = "recognition_awards"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="RESTRICT"), index=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(20))
    custom_name: Mapped[str] = mapped_column(String(30), default="")
    note: Mapped[str] = mapped_column(String(1000), default="")


class PraiseRow(Base):
    __tablename__ = "recognition_praises"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="RESTRICT"), index=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    channel: Mapped[str] = mapped_column(String(10))
    words: Mapped[str] = mapped_column(String(1000), default="")


class ExitInterviewRow(Base):
    __tablename__ = "exit_interviews"
    __table_args__ = (UniqueConstraint("agent_id", "leave_date", name="uq_exit_interviews_agent_id_leave_date"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="RESTRICT"), index=True)
    leave_date: Mapped[date] = mapped_column(Date, index=True)
    reason: Mapped[str] = mapped_column(String(20))
    own_words: Mapped[str] = mapped_column(String(2000), default="")
    destination: Mapped[str] = mapped_column(String(20))
    destination_note: Mapped[str] = mapped_column(String(100), default="")
    would_rehire: Mapped[str] = mapped_column(String(10))
    would_return: Mapped[str] = mapped_column(String(10))


class LifeStageRow(Base):
    """One row per agent with a flag: the flags sealed; the next shift review in the clear, for reminders."""

    __tablename__ = "life_stage_flags"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="RESTRICT"), unique=True)
    review_on: Mapped[date] = mapped_column(Date, index=True)
    flags: Mapped[bytes] = mapped_column(LargeBinary)


class RehireLinkRow(Base):
    """This record (`agent_id`) is the same person's return after `earlier_id` — one link per record."""

    __tablename__ = "rehire_links"

    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="CASCADE"), primary_key=True)
    earlier_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="RESTRICT"), unique=True)
