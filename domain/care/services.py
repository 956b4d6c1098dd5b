"""Care use cases. Each runs in one unit of work. Details are sealed before they reach the repository and
opened only with a `CareKey`; without a key the services hand back headers (date, agent, category) only.

Access log kinds (activity_log, never with a detail in it): care_setup, care_unlock, care_unlock_failed,
care_rekey, care_rekey_failed, care_export.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from domain.care.crypto import DEFAULT_KDF, CareKey, KdfParams, check_passphrase, new_keyring, open_keyring
from domain.care.errors import CareLocked, DamagedRecord, KeyOutdated, KeyringExists, NoKeyring, WrongPassphrase
from domain.care.life_stage import reseal_all
from domain.care.model import AccessEntry, CareDetails, CareFacts, CareHeader, CareRow
from domain.care.rules import validate_record
from domain.errors import NotFound, ValidationFailed
from domain.ports import UnitOfWork

ACCESS_KINDS = ("care_setup", "care_unlock", "care_unlock_failed", "care_rekey", "care_rekey_failed", "care_export")


@dataclass(frozen=True, slots=True)
class RekeyResult:
    key: CareKey
    records: int  # re-encrypted under the new key
    damaged: int  # could not be opened before the change; left as they were (still unreadable)


def has_passphrase(uow: UnitOfWork) -> bool:
    with uow:
        return uow.care.keyring() is not None


def install_keyring(uow: UnitOfWork, passphrase: str, params: KdfParams = DEFAULT_KDF) -> CareKey:
    """Inside an open unit of work (the demo builder uses it too): first passphrase, first data key."""
    if uow.care.keyring() is not None:
        raise KeyringExists()
    keyring, key = new_keyring(passphrase, 1, params)
    uow.care.save_keyring(keyring)
    uow.log.record("care_setup", "", 0, False)
    return key


def set_passphrase(uow: UnitOfWork, passphrase: str, params: KdfParams = DEFAULT_KDF) -> CareKey:
    """First use. Forgetting this passphrase means the details cannot be recovered: there is no back door."""
    check_passphrase(passphrase)
    with uow:
        key = install_keyring(uow, passphrase, params)
        uow.commit()
    return key


def unlock(uow: UnitOfWork, passphrase: str) -> CareKey:
    """Logs every attempt; a failed one is committed even though the caller gets WrongPassphrase."""
    with uow:
        keyring = uow.care.keyring()
        if keyring is None:
            raise NoKeyring()
        try:
            key = open_keyring(keyring, passphrase)
        except WrongPassphrase:
            uow.log.record("care_unlock_failed", "", 0, False)
            uow.commit()
            raise
        uow.log.record("care_unlock", "", uow.care.count(), True)
        uow.commit()
    return key


def change_passphrase(uow: UnitOfWork, old: str, new: str, params: KdfParams = DEFAULT_KDF) -> RekeyResult:
    """A new salt and a new data key; every record re-encrypted under it — all in one transaction, so an
    interruption leaves every record readable with the old passphrase, never a mix."""
    check_passphrase(new)
    with uow:
        keyring = uow.care.keyring()
        if keyring is None:
            raise NoKeyring()
        try:
            old_key = open_keyring(keyring, old)
        except WrongPassphrase:
            uow.log.record("care_rekey_failed", "", 0, False)
            uow.commit()
            raise
        new_ring, new_key = new_keyring(new, keyring.version + 1, params)
        records = damaged = 0
        for record in uow.care.sealed_all():
            agent_id = record.facts.agent_id
            try:
                details = old_key.open(record.id, agent_id, record.sealed)
            except DamagedRecord:
                damaged += 1  # unreadable under any key; re-sealing garbage would only hide that
                continue
            uow.care.seal(record.id, new_key.seal(record.id, agent_id, details))
            records += 1
        flags, flags_damaged = reseal_all(uow, old_key, new_key)  # life-stage flags share the care key
        records, damaged = records + flags, damaged + flags_damaged
        uow.care.save_keyring(new_ring)
        uow.log.record("care_rekey", "", records, True)
        uow.commit()
    return RekeyResult(new_key, records, damaged)


def _require(uow: UnitOfWork, key: CareKey | None) -> CareKey:
    if key is None:
        raise CareLocked()
    keyring = uow.care.keyring()
    if keyring is None or keyring.version != key.version:
        raise KeyOutdated()
    return key


def _checked(facts: CareFacts, details: CareDetails, today: date) -> CareDetails:
    details = CareDetails(details.what_happened.strip(), details.support_given.strip(), details.notes.strip(),
                          details.eap)
    errors = validate_record(facts, details, today)
    if errors:
        raise ValidationFailed(errors)
    return details


def add_record(uow: UnitOfWork, key: CareKey | None, facts: CareFacts, details: CareDetails, today: date) -> int:
    with uow:
        key = _require(uow, key)
        details = _checked(facts, details, today)
        facts = replace(facts, eap_referred=details.eap is not None)
        if uow.agents.get(facts.agent_id) is None:
            raise NotFound(facts.agent_id)
        record_id = uow.care.add(facts)
        uow.care.seal(record_id, key.seal(record_id, facts.agent_id, details))
        uow.commit()
    return record_id


def update_record(uow: UnitOfWork, key: CareKey | None, record_id: int, facts: CareFacts, details: CareDetails,
                  today: date) -> None:
    with uow:
        key = _require(uow, key)
        details = _checked(facts, details, today)
        facts = replace(facts, eap_referred=details.eap is not None)
        if uow.care.get(record_id) is None:
            raise NotFound(record_id)
        if uow.agents.get(facts.agent_id) is None:
            raise NotFound(facts.agent_id)
        uow.care.update_facts(record_id, facts)
        uow.care.seal(record_id, key.seal(record_id, facts.agent_id, details))  # re-bound if the agent changed
        uow.commit()


def delete_record(uow: UnitOfWork, key: CareKey | None, record_id: int) -> None:
    with uow:
        _require(uow, key)
        if uow.care.get(record_id) is None:
            raise NotFound(record_id)
        uow.care.remove(record_id)
        uow.commit()


def list_records(uow: UnitOfWork, key: CareKey | None) -> list[CareRow]:
    """Locked (no key): headers only — the sealed columns are not even read."""
    with uow:
        return rows_within(uow, key)


def rows_within(uow: UnitOfWork, key: CareKey | None) -> list[CareRow]:
    """list_records inside a transaction the caller holds (an export reads and logs in one)."""
    if key is None:
        return [CareRow(header) for header in uow.care.headers()]
    _require(uow, key)
    records = uow.care.sealed_all()
    rows = []
    for r in records:
        header = CareHeader(r.id, r.facts.agent_id, r.agent_name, r.facts.day, r.facts.category)
        try:
            rows.append(CareRow(header, r.facts, key.open(r.id, r.facts.agent_id, r.sealed)))
        except DamagedRecord:
            rows.append(CareRow(header, r.facts, None, damaged=True))
    return rows


def record_details(uow: UnitOfWork, key: CareKey | None, record_id: int) -> tuple[CareFacts, CareDetails]:
    """One record opened, e.g. for the agent page's timeline while care data is unlocked."""
    with uow:
        key = _require(uow, key)
        record = uow.care.get(record_id)
    if record is None:
        raise NotFound(record_id)
    return record.facts, key.open(record.id, record.facts.agent_id, record.sealed)


def access_log(uow: UnitOfWork, limit: int = 200) -> list[AccessEntry]:
    with uow:
        return uow.care.access_log(limit)
