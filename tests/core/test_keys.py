"""The installation's Ed25519 identity: key file, passphrase, key id, fingerprint, signatures."""

import base64
import os
import re
import unicodedata

import pytest

from lcdesk.core.exchange import keys
from lcdesk.core.exchange.keys import KeyFileError, KeyPair

SEED = b"\x01" * 32


def assert_vietnamese(err):
    assert err.message_vi and unicodedata.is_normalized("NFC", err.message_vi)
    assert err.message_en


def test_first_use_creates_a_key_and_later_uses_load_the_same_one(tmp_path):
    assert not keys.has_key(tmp_path)
    first = keys.load_or_create(tmp_path)
    assert keys.has_key(tmp_path)
    assert keys.key_path(tmp_path) == tmp_path / "keys" / "identity.key"
    again = keys.load_or_create(tmp_path)
    assert again.public_raw == first.public_raw
    assert not keys.is_encrypted(tmp_path)


def test_key_file_is_pkcs8_pem_private_to_the_user_with_no_temp_left(tmp_path):
    keys.load_or_create(tmp_path)
    path = keys.key_path(tmp_path)
    assert path.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    assert sorted(os.listdir(path.parent)) == ["identity.key", "identity.pub"]  # the key and its public half
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600


def test_passphrase_encrypts_the_key_and_the_right_one_opens_it(tmp_path):
    kp = keys.load_or_create(tmp_path, b"m\xe1\xba\xadt kh\xe1\xba\xa9u")
    assert keys.is_encrypted(tmp_path)
    assert keys.key_path(tmp_path).read_bytes().startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    assert keys.load_or_create(tmp_path, b"m\xe1\xba\xadt kh\xe1\xba\xa9u").public_raw == kp.public_raw


def test_wrong_passphrase_is_refused_in_vietnamese(tmp_path):
    keys.load_or_create(tmp_path, b"right")
    with pytest.raises(KeyFileError) as caught:
        keys.load_or_create(tmp_path, b"wrong")
    assert caught.value.code == "wrong_passphrase"
    assert_vietnamese(caught.value)


def test_missing_passphrase_for_an_encrypted_key_is_refused(tmp_path):
    keys.load_or_create(tmp_path, b"right")
    with pytest.raises(KeyFileError) as caught:
        keys.load_or_create(tmp_path)
    assert caught.value.code == "passphrase_required"
    assert_vietnamese(caught.value)


def test_a_damaged_key_file_is_reported_and_not_replaced(tmp_path):
    keys.load_or_create(tmp_path)
    keys.key_path(tmp_path).write_bytes(b"-----BEGIN PRIVATE KEY-----\ngarbage\n")
    with pytest.raises(KeyFileError) as caught:
        keys.load_or_create(tmp_path)
    assert caught.value.code == "corrupt_key"
    assert_vietnamese(caught.value)
    assert b"garbage" in keys.key_path(tmp_path).read_bytes()


def test_change_passphrase_keeps_the_identity(tmp_path):
    kp = keys.load_or_create(tmp_path)
    keys.change_passphrase(tmp_path, None, b"new")
    assert keys.is_encrypted(tmp_path)
    assert keys.load_or_create(tmp_path, b"new").public_raw == kp.public_raw
    keys.change_passphrase(tmp_path, b"new", None)
    assert not keys.is_encrypted(tmp_path)
    assert keys.load_or_create(tmp_path).public_raw == kp.public_raw


def test_key_id_is_32_hex_of_sha256_of_the_raw_public_key():
    kp = KeyPair.from_seed(SEED)
    assert kp.public_raw.hex() == "8a88e3dd7409f195fd52db2d3cba5d72ca6709bf1d94121bf3748801b40f6f5c"
    assert keys.key_id(kp.public_raw) == "34750f98bd59fcfc946da45aaabe933b"
    assert kp.key_id == keys.key_id(kp.public_raw)


def test_fingerprint_is_stable_and_five_groups_of_four_digits():
    kp = KeyPair.from_seed(SEED)
    fp = keys.fingerprint(kp.public_raw)
    assert re.fullmatch(r"\d{4}( \d{4}){4}", fp)
    assert fp == keys.fingerprint(KeyPair.from_seed(SEED).public_raw) == kp.fingerprint
    assert fp != keys.fingerprint(KeyPair.from_seed(b"\x02" * 32).public_raw)


def test_public_key_round_trips_through_base64():
    kp = KeyPair.from_seed(SEED)
    text = keys.public_key_b64(kp)
    assert len(text) == 44
    assert keys.load_public(text) == kp.public_raw
    assert keys.load_public(text.encode("ascii")) == kp.public_raw


@pytest.mark.parametrize(
    "text",
    ["", "not base64!", base64.b64encode(b"\x00" * 31).decode(), base64.b64encode(b"\x00" * 33).decode(),
     "iojj3XQJ8ZX9UtstPLpdcspnCb8dlBIb83SIAbQPb1w"],
)
def test_load_public_rejects_what_is_not_a_public_key(text):
    with pytest.raises(KeyFileError) as caught:
        keys.load_public(text)
    assert caught.value.code == "bad_public_key"
    assert_vietnamese(caught.value)


def test_sign_and_verify_and_verify_never_raises():
    kp = KeyPair.from_seed(SEED)
    signature = keys.sign(kp, b"data")
    assert len(signature) == 64
    assert keys.verify(kp.public_raw, signature, b"data")
    assert not keys.verify(kp.public_raw, signature, b"datA")
    assert not keys.verify(KeyPair.from_seed(b"\x02" * 32).public_raw, signature, b"data")
    assert not keys.verify(kp.public_raw, signature[:-1], b"data")
    assert not keys.verify(b"short", signature, b"data")
    assert not keys.verify(b"\xff" * 32, b"\x00" * 64, b"data")


def test_key_pair_repr_does_not_show_the_private_key():
    assert "private" not in repr(KeyPair.from_seed(SEED))
