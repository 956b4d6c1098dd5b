"""The care vocabulary: categories, statuses, and the plain records passed between layers.

A record is split in two on purpose: `CareFacts` (who, when, which category, follow-up, amount) are stored
in the clear so lists, reminders and HQ counts work while locked; `CareDetails` (what happened, the support
given, notes) only ever reach the database sealed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class CareCategory(StrEnum):
    HEALTH = "health"  # 健康
    HOSPITAL = "hospital"  # 住院
    MATERNITY = "maternity"  # 孕产
    FAMILY = "family"  # 家庭
    HOUSING = "housing"  # 住房
    BEREAVEMENT = "bereavement"  # 丧事
    HARDSHIP = "hardship"  # 经济困难
    PSYCHOLOGICAL = "psychological"  # 心理(EAP)
    BIRTHDAY = "birthday"  # 生日
    HOME_VISIT = "home_visit"  # 家访


class CareStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


DETAIL_FIELDS = ("what_happened", "support_given", "notes")


@dataclass(frozen=True, slots=True)
class CareFacts:
    agent_id: int
    day: date
    category: CareCategory
    status: CareStatus = CareStatus.OPEN
    follow_up: date | None = None
    aid_fen: int = 0  # money granted, in fen (1/100 yuan): no floating point for money
    eap_referred: bool = False  # set by the services from the details: HQ may count referrals, nothing more
    version: int = 0  # as read from storage (0: not read, not checked); a stale one is refused (EditedElsewhere)


@dataclass(frozen=True, slots=True)
class EapReferral:
    """A referral to the employee assistance programme: sealed with the details, never in the clear."""

    referred_on: date
    accepted: bool | None = None  # None: not known yet
    follow_up: str = ""


@dataclass(frozen=True, slots=True)
class CareDetails:
    what_happened: str = ""
    support_given: str = ""
    notes: str = ""
    eap: EapReferral | None = None


@dataclass(frozen=True, slots=True)
class SealedDetails:
    """AES-GCM blobs (nonce + ciphertext + tag), one per detail field."""

    what_happened: bytes
    support_given: bytes
    notes: bytes
    eap: bytes = b""  # empty on records written before EAP referrals existed


@dataclass(frozen=True, slots=True)
class SealedRecord:
    id: int
    facts: CareFacts
    sealed: SealedDetails
    agent_name: str = ""


@dataclass(frozen=True, slots=True)
class CareHeader:
    """What may be shown while locked: date, agent and category only."""

    id: int
    agent_id: int
    agent_name: str
    day: date
    category: CareCategory


@dataclass(frozen=True, slots=True)
class CareRow:
    """One line of the care list. While locked only the header is filled; `details` stays None."""

    header: CareHeader
    facts: CareFacts | None = None
    details: CareDetails | None = None
    damaged: bool = False  # the details failed authentication: tampered, or swapped between rows

    @property
    def unlocked(self) -> bool:
        return self.facts is not None


@dataclass(frozen=True, slots=True)
class FollowUp:
    record_id: int
    agent_id: int
    agent_name: str
    category: CareCategory
    due: date


@dataclass(frozen=True, slots=True)
class Keyring:
    """Everything needed to turn the passphrase back into the data key — none of it secret on its own."""

    version: int
    salt: bytes
    kdf_n: int
    kdf_r: int
    kdf_p: int
    wrapped_dek: bytes
    verifier: bytes
    kdf: str = "scrypt"


@dataclass(frozen=True, slots=True)
class MonthCategoryTotal:
    month: str  # "2026-03"
    category: CareCategory
    count: int
    aid_fen: int


@dataclass(frozen=True, slots=True)
class AccessEntry:
    """One line of the care access log (unlocks, failed unlocks, exports, passphrase changes)."""

    at: object  # datetime, as the database stamped it
    kind: str
    detail: str
    row_count: int
    sensitive_included: bool
