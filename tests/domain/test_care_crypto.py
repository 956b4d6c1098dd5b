"""Sealing care details: wrong passphrases fail cleanly, moved ciphertexts fail authentication."""

from __future__ import annotations

from dataclasses import replace

import pytest

from domain.care.crypto import DEFAULT_KDF, KdfParams, check_passphrase, new_keyring, open_keyring
from domain.care.errors import DamagedRecord, KeyringDamaged, PassphraseTooShort, WrongPassphrase
from domain.care.model import CareDetails, SealedDetails

FAST = KdfParams(n=2**10)  # the cost parameter is stored in the keyring; tests need no 32 MiB per guess
SECRET = CareDetails("脑梗住院，昏迷两周 CANARY-7f3a", "家访，说明大额医疗补助", "票据已交")


def test_the_default_kdf_is_memory_hard_scrypt() -> None:
    assert (DEFAULT_KDF.n, DEFAULT_KDF.r, DEFAULT_KDF.p) == (2**15, 8, 1)  # 128·n·r bytes = 32 MiB per guess


def test_sealed_details_open_with_the_same_key_and_hide_the_text() -> None:
    keyring, key = new_keyring("正确的密码-2026", params=FAST)
    sealed = key.seal(5, 9, SECRET)
    assert key.open(5, 9, sealed) == SECRET
    for blob in (sealed.what_happened, sealed.support_given, sealed.notes):
        assert b"CANARY" not in blob and "脑梗".encode() not in blob
    again = key.seal(5, 9, SECRET)
    assert again.what_happened[:12] != sealed.what_happened[:12]  # a fresh nonce every time
    assert open_keyring(keyring, "正确的密码-2026").open(5, 9, sealed) == SECRET


def test_a_wrong_passphrase_fails_cleanly() -> None:
    keyring, _key = new_keyring("正确的密码-2026", params=FAST)
    with pytest.raises(WrongPassphrase):
        open_keyring(keyring, "错误的密码-2026")


def test_full_width_input_opens_what_half_width_set() -> None:
    keyring, _key = new_keyring("demo-关怀-2026", params=FAST)
    assert open_keyring(keyring, "ｄｅｍｏ－关怀－２０２６").version == 1


@pytest.mark.parametrize("record_id, agent_id", [(6, 9), (5, 8)])
def test_a_ciphertext_moved_to_another_row_or_agent_fails(record_id: int, agent_id: int) -> None:
    _keyring, key = new_keyring("正确的密码-2026", params=FAST)
    sealed = key.seal(5, 9, SECRET)
    with pytest.raises(DamagedRecord) as caught:
        key.open(record_id, agent_id, sealed)
    assert caught.value.record_id == record_id


def test_a_ciphertext_moved_to_another_field_or_flipped_fails() -> None:
    _keyring, key = new_keyring("正确的密码-2026", params=FAST)
    sealed = key.seal(5, 9, SECRET)
    swapped = SealedDetails(sealed.support_given, sealed.what_happened, sealed.notes)
    with pytest.raises(DamagedRecord):
        key.open(5, 9, swapped)
    flipped = bytearray(sealed.notes)
    flipped[-1] ^= 1
    with pytest.raises(DamagedRecord):
        key.open(5, 9, replace(sealed, notes=bytes(flipped)))
    with pytest.raises(DamagedRecord):
        key.open(5, 9, replace(sealed, notes=b"short"))


def test_an_altered_keyring_is_told_apart_from_a_wrong_passphrase() -> None:
    keyring, _key = new_keyring("正确的密码-2026", params=FAST)
    other, _ = new_keyring("正确的密码-2026", params=FAST)
    with pytest.raises(KeyringDamaged):
        open_keyring(replace(keyring, verifier=other.verifier), "正确的密码-2026")


def test_short_passphrases_are_refused_and_keys_never_print() -> None:
    with pytest.raises(PassphraseTooShort):
        check_passphrase("1234567")
    check_passphrase("12345678")
    _keyring, key = new_keyring("正确的密码-2026", params=FAST)
    assert repr(key) == "CareKey(version=1)"


def test_the_eap_referral_is_sealed_bound_to_its_field_and_absent_on_older_records() -> None:
    from datetime import date

    from domain.care.model import EapReferral

    _ring, key = new_keyring("关怀密码-2026", 1, KdfParams(n=2**10))
    eap = EapReferral(date(2026, 11, 3), False, "本人暂不需要")
    sealed = key.seal(7, 3, CareDetails("情绪低落", eap=eap))
    assert "暂不需要".encode() not in sealed.eap and key.open(7, 3, sealed).eap == eap
    assert key.open(7, 3, replace(sealed, eap=b"")).eap is None  # written before EAP referrals existed
    with pytest.raises(DamagedRecord):
        key.open(7, 3, replace(sealed, eap=sealed.notes))  # another field's blob
