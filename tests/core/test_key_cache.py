"""``keys/identity.pub``: the key id the first window reads without opening the key
(``docs/package-format.md`` §1, whose worked example this recomputes)."""

from __future__ import annotations

import binascii
import json
import os
import subprocess
import sys

from lcdesk.core.exchange import identity, keys

SEED = bytes(range(32))  # the worked example's key


def _write_key(home, seed=SEED):
    kp = keys.KeyPair.from_seed(seed)
    path = keys.key_path(home)
    path.parent.mkdir(parents=True)
    path.write_bytes(keys._pem(kp, None))
    return kp


def test_the_worked_example(tmp_path):
    kp = _write_key(tmp_path)
    pem = keys.key_path(tmp_path).read_bytes()
    assert (len(pem), binascii.crc32(pem)) == (119, 617407993)
    assert kp.key_id == "56475aa75463474c0285df5dbf2bcab7"
    assert keys.public_key_b64(kp) == "A6EHv/POEL4dcN0Y50vAmWfk1jCbpQ1fHdyGZBJVMbg="
    assert keys.cached_key_id(tmp_path) is None  # not written yet: the key is read
    keys._LOADED.clear()
    keys.load_or_create(tmp_path)
    cache = json.loads(keys.key_path(tmp_path).with_name(keys.PUBLIC_FILE).read_text(encoding="utf-8"))
    assert cache == {"key_file_size": 119, "key_file_crc32": 617407993, "key_id": kp.key_id,
                     "public_key": keys.public_key_b64(kp)}
    assert keys.cached_key_id(tmp_path) == kp.key_id


def test_a_cache_for_another_key_file_is_not_used(tmp_path):
    _write_key(tmp_path)
    keys._LOADED.clear()
    keys.load_or_create(tmp_path)
    other = keys.KeyPair.from_seed(bytes(32))
    keys.key_path(tmp_path).write_bytes(keys._pem(other, None))  # same size, another key
    assert keys.cached_key_id(tmp_path) is None
    keys._LOADED.clear()

    class Store:  # what identity.my_key_id needs of the store
        home = tmp_path
        counters_synced = True

    assert identity.my_key_id(Store()) == other.key_id  # read from the key, and the cache rewritten
    assert keys.cached_key_id(tmp_path) == other.key_id


def test_a_damaged_cache_is_ignored(tmp_path):
    kp = _write_key(tmp_path)
    keys._LOADED.clear()
    keys.load_or_create(tmp_path)
    cache_path = keys.key_path(tmp_path).with_name(keys.PUBLIC_FILE)
    good = json.loads(cache_path.read_text(encoding="utf-8"))
    for damaged in ("", "[]", "{", json.dumps({**good, "key_id": "XYZ"}), json.dumps({**good, "key_id": 5}),
                    json.dumps({**good, "key_id": kp.key_id.upper()}), json.dumps({k: v for k, v in good.items() if k != "key_id"}),
                    json.dumps({**good, "key_file_crc32": good["key_file_crc32"] ^ 1})):
        cache_path.write_text(damaged, encoding="utf-8")
        assert keys.cached_key_id(tmp_path) is None, damaged


def test_the_key_id_is_read_without_cryptography_or_openssl(tmp_path):
    _write_key(tmp_path)
    keys._LOADED.clear()
    keys.load_or_create(tmp_path)
    code = ("import sys; from lcdesk.core.exchange import keys; from pathlib import Path; "
            f"print(keys.cached_key_id(Path({str(tmp_path)!r}))); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('cryptography', 'hashlib', '_hashlib')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ}).stdout.split("\n")
    assert out[0] == keys.KeyPair.from_seed(SEED).key_id
    assert out[1] == "[]"
