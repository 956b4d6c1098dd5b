"""Care records and the keyring, in `care_records` and `care_keyring`; the access log is read from
`activity_log`. Core selects and SQL aggregates, converted to domain dataclasses at the boundary."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Select, delete, func, insert, select, update
from sqlalchemy.orm import Session

from domain.care.model import (
    AccessEntry,
    CareCategory,
    CareFacts,
    CareHeader,
    CareStatus,
    FollowUp,
    Keyring,
    MonthCategoryTotal,
    SealedDetails,
    SealedRecord,
)
from persistence.care.models import CareKeyringRow, CareRecordRow, CareStatusChangeRow
from persistence.db import new_id
from persistence.models import ActivityLogRow, AgentRow
from persistence.portable import upsert
from persistence.scoping import CARE_TOTALS
from persistence.versioned import versioned_update

KEYRING_ID = 1
_records = CareRecordRow.__table__
_status_changes = CareStatusChangeRow.__table__
_agents = AgentRow.__table__


def _facts(r: object) -> CareFacts:
    return CareFacts(
        agent_id=r.agent_id,  # type: ignore[attr-defined]
        day=r.day,  # type: ignore[attr-defined]
        category=CareCategory(r.category),  # type: ignore[attr-defined]
        status=CareStatus(r.status),  # type: ignore[attr-defined]
        follow_up=r.follow_up,  # type: ignore[attr-defined]
        aid_fen=r.aid_fen,  # type: ignore[attr-defined]
        eap_referred=bool(r.eap_referred),  # type: ignore[attr-defined]
        version=r.version,  # type: ignore[attr-defined]
    )


def _fact_values(facts: CareFacts) -> dict[str, object]:
    return {
        "agent_id": facts.agent_id,
        "day": facts.day,
        "category": facts.category.value,
        "status": facts.status.value,
        "follow_up": facts.follow_up,
        "aid_fen": facts.aid_fen,
        "eap_referred": facts.eap_referred,
    }


def _sealed_select() -> Select[Any]:
    return select(_records, _agents.c.name.label("agent_name")).join(_agents, _agents.c.id == _records.c.agent_id)


def _sealed(r: object) -> SealedRecord:
    return SealedRecord(
        id=r.id,  # type: ignore[attr-defined]
        facts=_facts(r),
        sealed=SealedDetails(r.what_happened, r.support_given, r.notes, r.eap or b""),  # type: ignore[attr-defined]
        agent_name=r.agent_name,  # type: ignore[attr-defined]
    )


class SqlCareRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    # --- keyring ----------------------------------------------------------------------------
    def keyring(self) -> Keyring | None:
        table = CareKeyringRow.__table__
        r = self._session.execute(select(table).where(table.c.id == KEYRING_ID)).first()
        if r is None:
            return None
        return Keyring(version=r.version, salt=r.salt, kdf_n=r.kdf_n, kdf_r=r.kdf_r, kdf_p=r.kdf_p,
                       wrapped_dek=r.wrapped_dek, verifier=r.verifier, kdf=r.kdf)

    def save_keyring(self, keyring: Keyring) -> None:
        values = {"version": keyring.version, "kdf": keyring.kdf, "salt": keyring.salt, "kdf_n": keyring.kdf_n,
                  "kdf_r": keyring.kdf_r, "kdf_p": keyring.kdf_p, "wrapped_dek": keyring.wrapped_dek,
                  "verifier": keyring.verifier, "changed_at": func.current_timestamp()}
        stmt = upsert(self._session)(CareKeyringRow.__table__).values(id=KEYRING_ID, **values)
        self._session.execute(stmt.on_conflict_do_update(index_elements=["id"], set_=values))

    # --- records ------------------------------------------------------------------------------
    def add(self, facts: CareFacts, on: date | None = None) -> int:
        result = self._session.execute(
            insert(_records).values(**_fact_values(facts), what_happened=b"", support_given=b"", notes=b""))
        record_id = new_id(result)
        self._status_changed(record_id, facts.status, on)
        return record_id

    def _status_changed(self, record_id: int, status: CareStatus, on: date | None) -> None:
        # The at-risk back-test asks what status a record had on a past day, so every change is kept with
        # its day: the caller's (a demo writing the past) or the local calendar day it was written.
        self._session.execute(insert(_status_changes).values(
            record_id=record_id, status=status.value, changed_on=on or date.today()))

    def seal(self, record_id: int, sealed: SealedDetails) -> None:
        self._session.execute(update(_records).where(_records.c.id == record_id).values(
            what_happened=sealed.what_happened, support_given=sealed.support_given, notes=sealed.notes,
            eap=sealed.eap, updated_at=func.current_timestamp()))

    def update_facts(self, record_id: int, facts: CareFacts, on: date | None = None) -> None:
        before = self._session.execute(select(_records.c.status).where(_records.c.id == record_id)).scalar()
        versioned_update(self._session, _records, record_id, facts.version, _fact_values(facts))
        if before is not None and before != facts.status.value:
            self._status_changed(record_id, facts.status, on)

    def get(self, record_id: int) -> SealedRecord | None:
        r = self._session.execute(_sealed_select().where(_records.c.id == record_id)).first()
        return _sealed(r) if r else None

    def remove(self, record_id: int) -> None:
        self._session.execute(delete(_status_changes).where(_status_changes.c.record_id == record_id))
        self._session.execute(delete(_records).where(_records.c.id == record_id))

    def count(self) -> int:
        return int(self._session.execute(select(func.count()).select_from(_records)).scalar_one())

    def headers(self) -> list[CareHeader]:
        rows = self._session.execute(
            select(_records.c.id, _records.c.agent_id, _agents.c.name, _records.c.day, _records.c.category)
            .join(_agents, _agents.c.id == _records.c.agent_id)
            .order_by(_records.c.day.desc(), _records.c.id.desc()))
        return [CareHeader(r.id, r.agent_id, r.name, r.day, CareCategory(r.category)) for r in rows]

    def sealed_all(self) -> list[SealedRecord]:
        rows = self._session.execute(_sealed_select().order_by(_records.c.day.desc(), _records.c.id.desc()))
        return [_sealed(r) for r in rows]

    def facts_for_agent(self, agent_id: int) -> list[tuple[int, CareFacts]]:
        columns = [c for c in _records.c if c.name not in ("what_happened", "support_given", "notes", "eap")]
        rows = self._session.execute(select(*columns).where(_records.c.agent_id == agent_id)
                                     .order_by(_records.c.day, _records.c.id))
        return [(r.id, _facts(r)) for r in rows]

    def open_follow_ups(self, until: date) -> list[FollowUp]:
        rows = self._session.execute(
            select(_records.c.id, _records.c.agent_id, _agents.c.name, _records.c.category, _records.c.follow_up)
            .join(_agents, _agents.c.id == _records.c.agent_id)
            .where(_records.c.status == CareStatus.OPEN.value, _records.c.follow_up.is_not(None),
                   _records.c.follow_up <= until)
            .order_by(_records.c.follow_up, _records.c.id))
        return [FollowUp(r.id, r.agent_id, r.name, CareCategory(r.category), r.follow_up) for r in rows]

    def open_follow_up_count(self) -> int:
        return int(self._session.execute(
            select(func.count()).select_from(_records)
            .where(_records.c.status == CareStatus.OPEN.value, _records.c.follow_up.is_not(None)),
            execution_options=CARE_TOTALS).scalar_one())

    def month_totals(self, first: date, last: date) -> list[MonthCategoryTotal]:
        month = func.strftime("%Y-%m", _records.c.day).label("month")
        rows = self._session.execute(
            select(month, _records.c.category, func.count().label("n"), func.sum(_records.c.aid_fen).label("aid"))
            .where(_records.c.day >= first, _records.c.day <= last)
            .group_by(month, _records.c.category)
            .order_by(month, _records.c.category), execution_options=CARE_TOTALS)
        return [MonthCategoryTotal(r.month, CareCategory(r.category), r.n, int(r.aid or 0)) for r in rows]

    def eap_referrals_by_month(self, first: date, last: date) -> list[tuple[str, int]]:
        """Counts only: referrals per month, from the clear flag (acceptance and follow-up stay sealed)."""
        month = func.strftime("%Y-%m", _records.c.day).label("month")
        rows = self._session.execute(
            select(month, func.count().label("n"))
            .where(_records.c.eap_referred.is_(True), _records.c.day >= first, _records.c.day <= last)
            .group_by(month).order_by(month), execution_options=CARE_TOTALS)
        return [(r.month, int(r.n)) for r in rows]

    def access_log(self, limit: int) -> list[AccessEntry]:
        log = ActivityLogRow.__table__
        rows = self._session.execute(
            select(log).where(log.c.kind.like("care\\_%", escape="\\")).order_by(log.c.id.desc()).limit(limit))
        return [AccessEntry(r.at, r.kind, r.detail, r.row_count, bool(r.sensitive_included)) for r in rows]
