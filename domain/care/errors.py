"""Care errors, as codes: ui.care registers the words for them."""

from __future__ import annotations

from domain.errors import DomainError


class WrongPassphrase(DomainError):
    code = "care_wrong_passphrase"


class PassphraseTooShort(DomainError):
    code = "care_passphrase_too_short"


class NoKeyring(DomainError):
    """Care data has no passphrase yet: the supervisor sets one on first use."""

    code = "care_no_passphrase"


class KeyringExists(DomainError):
    code = "care_passphrase_exists"


class KeyringDamaged(DomainError):
    """The passphrase opened the wrapped key, but the key fails its own check: the keyring was altered."""

    code = "care_keyring_damaged"


class CareLocked(DomainError):
    code = "care_locked"


class KeyOutdated(DomainError):
    """The passphrase was changed since this key was opened; unlock again."""

    code = "care_key_outdated"


class DamagedRecord(DomainError):
    """A sealed field failed authentication: altered on disk, or moved from another row or field."""

    code = "care_record_damaged"

    def __init__(self, record_id: int) -> None:
        super().__init__(record_id)
        self.record_id = record_id
