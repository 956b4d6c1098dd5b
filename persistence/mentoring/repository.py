"""Pairings, check-ins and certification attempts, converted to domain dataclasses at the boundary."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Row, and_, func, insert, or_, select
from sqlalchemy.orm import Session

from domain.mentoring.model import CertAttempt, CheckIn, NewPairing, Pairing, PairingStatus
from domain.mentoring.ports import CheckInStats
from domain.roster.model import CertLevel
from persistence.db import new_id
from persistence.mentoring.models import CertificationAttemptRecord, MentorCheckInRecord, MentorPairingRecord
from persistence.versioned import versioned_update

PAIRINGS = MentorPairingRecord.__table__
CHECK_INS = MentorCheckInRecord.__table__
ATTEMPTS = CertificationAttemptRecord.__table__
ACTIVE = str(PairingStatus.ACTIVE)


def to_fen(yuan: Decimal) -> int:
    return int((yuan * 100).to_integral_exact())


def to_yuan(fen: int) -> Decimal:
    return (Decimal(fen) / 100).quantize(Decimal("0.01"))


def _pairing(r: Row[Any]) -> Pairing:
    return Pairing(
        id=r.id, mentor_id=r.mentor_id, apprentice_id=r.apprentice_id, start_date=r.start_date,
        planned_end=r.planned_end, monthly_allowance=to_yuan(r.allowance_fen), goals=r.goals or "",
        status=PairingStatus(r.status), end_date=r.end_date, end_reason=r.end_reason or "", version=r.version,
    )


def _check_in(r: Row[Any]) -> CheckIn:
    return CheckIn(pairing_id=r.pairing_id, day=r.day, progress=r.progress, note=r.note or "", id=r.id)


class SqlMentoringRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def _pairings(self, *where: ColumnElement[bool]) -> list[Pairing]:
        stmt = select(PAIRINGS).where(*where).order_by(PAIRINGS.c.start_date, PAIRINGS.c.id)
        return [_pairing(r) for r in self._session.execute(stmt)]

    def add_pairing(self, new: NewPairing, recorded_at: datetime | None = None) -> int:
        when = {"recorded_at": recorded_at} if recorded_at is not None else {}
        result = self._session.execute(insert(PAIRINGS).values(
            mentor_id=new.mentor_id, apprentice_id=new.apprentice_id, start_date=new.start_date,
            planned_end=new.planned_end, goals=new.goals, allowance_fen=to_fen(new.monthly_allowance),
            status=ACTIVE, end_reason="", **when,
        ))
        return new_id(result)

    def get_pairing(self, pairing_id: int) -> Pairing | None:
        found = self._pairings(PAIRINGS.c.id == pairing_id)
        return found[0] if found else None

    def update_pairing(self, pairing: Pairing) -> None:
        versioned_update(self._session, PAIRINGS, pairing.id, pairing.version, dict(
            planned_end=pairing.planned_end, goals=pairing.goals, allowance_fen=to_fen(pairing.monthly_allowance),
            status=str(pairing.status), end_date=pairing.end_date, end_reason=pairing.end_reason,
        ))

    def list_pairings(self) -> list[Pairing]:
        return self._pairings()

    def pairings_of_agent(self, agent_id: int) -> list[Pairing]:
        return self._pairings(or_(PAIRINGS.c.mentor_id == agent_id, PAIRINGS.c.apprentice_id == agent_id))

    def pairings_overlapping(self, first: date, last: date) -> list[Pairing]:
        return self._pairings(PAIRINGS.c.start_date <= last,
                              or_(PAIRINGS.c.end_date.is_(None), PAIRINGS.c.end_date >= first))

    def active_count_for_mentor(self, mentor_id: int) -> int:
        stmt = select(func.count()).select_from(PAIRINGS).where(
            and_(PAIRINGS.c.mentor_id == mentor_id, PAIRINGS.c.status == ACTIVE))
        return int(self._session.execute(stmt).scalar_one())

    def active_pairing_for_apprentice(self, apprentice_id: int) -> Pairing | None:
        found = self._pairings(PAIRINGS.c.apprentice_id == apprentice_id, PAIRINGS.c.status == ACTIVE)
        return found[0] if found else None

    def add_check_in(self, check_in: CheckIn) -> int:
        result = self._session.execute(insert(CHECK_INS).values(
            pairing_id=check_in.pairing_id, day=check_in.day, progress=check_in.progress, note=check_in.note))
        return new_id(result)

    def check_ins(self, pairing_id: int) -> list[CheckIn]:
        stmt = select(CHECK_INS).where(CHECK_INS.c.pairing_id == pairing_id).order_by(CHECK_INS.c.day,
                                                                                      CHECK_INS.c.id)
        return [_check_in(r) for r in self._session.execute(stmt)]

    def check_in_stats(self) -> dict[int, CheckInStats]:
        """Count, last date and the progress given at that last check-in, per pairing, in one query."""
        latest = select(
            CHECK_INS.c.pairing_id,
            func.count().over(partition_by=CHECK_INS.c.pairing_id).label("n"),
            CHECK_INS.c.day,
            CHECK_INS.c.progress,
            func.row_number().over(partition_by=CHECK_INS.c.pairing_id,
                                   order_by=(CHECK_INS.c.day.desc(), CHECK_INS.c.id.desc())).label("rank"),
        ).subquery()
        stmt = select(latest.c.pairing_id, latest.c.n, latest.c.day, latest.c.progress).where(latest.c.rank == 1)
        return {r.pairing_id: CheckInStats(r.n, r.day, r.progress) for r in self._session.execute(stmt)}


def _attempt(r: Row[Any]) -> CertAttempt:
    return CertAttempt(agent_id=r.agent_id, level=CertLevel(r.level), day=r.day,
                       score=Decimal(r.score) if r.score is not None else None, passed=bool(r.passed),
                       note=r.note or "", id=r.id)


class SqlCertificationRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, attempt: CertAttempt) -> int:
        result = self._session.execute(insert(ATTEMPTS).values(
            agent_id=attempt.agent_id, level=str(attempt.level), day=attempt.day,
            score=None if attempt.score is None else f"{attempt.score.normalize():f}", passed=attempt.passed,
            note=attempt.note,
        ))
        return new_id(result)

    def for_agent(self, agent_id: int) -> list[CertAttempt]:
        stmt = select(ATTEMPTS).where(ATTEMPTS.c.agent_id == agent_id).order_by(ATTEMPTS.c.day, ATTEMPTS.c.id)
        return [_attempt(r) for r in self._session.execute(stmt)]

    def list_all(self) -> list[CertAttempt]:
        stmt = select(ATTEMPTS).order_by(ATTEMPTS.c.day, ATTEMPTS.c.id)
        return [_attempt(r) for r in self._session.execute(stmt)]
