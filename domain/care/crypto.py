"""Keys and sealing for care details, with the `cryptography` library (no I/O, no clock).

- Passphrase → key-encryption key (KEK) with scrypt, n=2**15, r=8, p=1: memory-hard (32 MiB per guess),
  about 0.08 s here, and part of `cryptography` already — Argon2id would need another native dependency.
- A random 256-bit data key (DEK) seals every field with AES-GCM; the KEK only wraps the DEK.
- Each field gets a fresh random 12-byte nonce, and associated data naming the record id, the agent and
  the field, so a blob copied to another row or field fails authentication instead of decrypting.
- A verifier (a known constant sealed with the DEK) tells a damaged keyring from a wrong passphrase.
The passphrase and keys live only in memory (a `CareKey`); nothing here writes them anywhere.
"""

from __future__ import annotations

import json
import os
import unicodedata
from dataclasses import dataclass
from datetime import date

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from domain.care.errors import DamagedRecord, KeyringDamaged, PassphraseTooShort, WrongPassphrase
from domain.care.model import CareDetails, EapReferral, Keyring, SealedDetails

NONCE_BYTES = 12
KEY_BYTES = 32
SALT_BYTES = 16
MIN_PASSPHRASE_CHARS = 8
_VERIFIER_PLAINTEXT = b"supervisors-desk care keyring"


@dataclass(frozen=True, slots=True)
class KdfParams:
    n: int = 2**15
    r: int = 8
    p: int = 1


DEFAULT_KDF = KdfParams()


def normalise_passphrase(passphrase: str) -> bytes:
    # NFKC: a full-width "２０２６" or "－" typed through a Chinese IME opens what the half-width one set.
    return unicodedata.normalize("NFKC", passphrase).encode("utf-8")


def check_passphrase(passphrase: str) -> None:
    if len(unicodedata.normalize("NFKC", passphrase)) < MIN_PASSPHRASE_CHARS:
        raise PassphraseTooShort()


def _derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    return Scrypt(salt=salt, length=KEY_BYTES, n=params.n, r=params.r, p=params.p).derive(
        normalise_passphrase(passphrase))


def _seal(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def _open(key: bytes, blob: bytes, aad: bytes) -> bytes:
    if len(blob) < NONCE_BYTES + 16:
        raise InvalidTag()
    return AESGCM(key).decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], aad)


def _wrap_aad(version: int) -> bytes:
    return f"care_keyring/dek/v{version}".encode()


def _verifier_aad(version: int) -> bytes:
    return f"care_keyring/verifier/v{version}".encode()


def field_aad(record_id: int, agent_id: int, field: str) -> bytes:
    return f"care_records/{record_id}/{agent_id}/{field}".encode()


TEXT_FIELDS = ("what_happened", "support_given", "notes")
SEALED_FIELDS = (*TEXT_FIELDS, "eap")


def eap_to_text(eap: EapReferral | None) -> str:
    if eap is None:
        return ""
    return json.dumps({"referred_on": eap.referred_on.isoformat(), "accepted": eap.accepted,
                       "follow_up": eap.follow_up}, ensure_ascii=False)


def eap_from_text(text: str) -> EapReferral | None:
    if not text:
        return None
    raw = json.loads(text)
    return EapReferral(date.fromisoformat(raw["referred_on"]), raw["accepted"], raw["follow_up"])


class CareKey:
    """The unlocked data key. Hold it only while unlocked; dropping it is locking."""

    __slots__ = ("_dek", "version")

    def __init__(self, dek: bytes, version: int) -> None:
        self._dek = dek
        self.version = version

    def __repr__(self) -> str:  # never print key bytes, not even in a traceback
        return f"CareKey(version={self.version})"

    def seal(self, record_id: int, agent_id: int, details: CareDetails) -> SealedDetails:
        texts = [getattr(details, name) for name in TEXT_FIELDS] + [eap_to_text(details.eap)]
        return SealedDetails(*(
            _seal(self._dek, text.encode("utf-8"), field_aad(record_id, agent_id, name))
            for name, text in zip(SEALED_FIELDS, texts, strict=True)
        ))

    def open(self, record_id: int, agent_id: int, sealed: SealedDetails) -> CareDetails:
        try:
            texts = [_open(self._dek, getattr(sealed, name), field_aad(record_id, agent_id, name)).decode("utf-8")
                     for name in TEXT_FIELDS]
            # A record from before EAP referrals has no eap blob at all; one written since always has one.
            eap = (_open(self._dek, sealed.eap, field_aad(record_id, agent_id, "eap")).decode("utf-8")
                   if sealed.eap else "")
            what, support, notes = texts
            return CareDetails(what, support, notes, eap=eap_from_text(eap))
        except (InvalidTag, UnicodeDecodeError, ValueError, KeyError):
            raise DamagedRecord(record_id) from None

    # Care data kept outside care_records (life-stage flags): one text blob per row, bound to its table,
    # row, agent and field the same way, so a blob moved between rows fails authentication.
    def seal_text(self, table: str, row_id: int, agent_id: int, field: str, text: str) -> bytes:
        return _seal(self._dek, text.encode("utf-8"), row_aad(table, row_id, agent_id, field))

    def open_text(self, table: str, row_id: int, agent_id: int, field: str, blob: bytes) -> str:
        try:
            return _open(self._dek, blob, row_aad(table, row_id, agent_id, field)).decode("utf-8")
        except (InvalidTag, UnicodeDecodeError):
            raise DamagedRecord(row_id) from None


def row_aad(table: str, row_id: int, agent_id: int, field: str) -> bytes:
    return f"{table}/{row_id}/{agent_id}/{field}".encode()


def new_keyring(passphrase: str, version: int = 1, params: KdfParams = DEFAULT_KDF) -> tuple[Keyring, CareKey]:
    """A fresh salt and a fresh data key, wrapped under the passphrase."""
    check_passphrase(passphrase)
    salt = os.urandom(SALT_BYTES)
    dek = os.urandom(KEY_BYTES)
    kek = _derive(passphrase, salt, params)
    keyring = Keyring(
        version=version,
        salt=salt,
        kdf_n=params.n,
        kdf_r=params.r,
        kdf_p=params.p,
        wrapped_dek=_seal(kek, dek, _wrap_aad(version)),
        verifier=_seal(dek, _VERIFIER_PLAINTEXT, _verifier_aad(version)),
    )
    return keyring, CareKey(dek, version)


def open_keyring(keyring: Keyring, passphrase: str) -> CareKey:
    kek = _derive(passphrase, keyring.salt, KdfParams(keyring.kdf_n, keyring.kdf_r, keyring.kdf_p))
    try:
        dek = _open(kek, keyring.wrapped_dek, _wrap_aad(keyring.version))
    except InvalidTag:
        raise WrongPassphrase() from None
    try:
        if _open(dek, keyring.verifier, _verifier_aad(keyring.version)) != _VERIFIER_PLAINTEXT:
            raise KeyringDamaged()
    except InvalidTag:
        raise KeyringDamaged() from None
    return CareKey(dek, keyring.version)
