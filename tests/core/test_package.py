"""The signed container: round trips, determinism, durable writes and every tamper we know of."""

import base64
import hashlib
import os
import random
import struct
import unicodedata
import warnings
import zipfile
import zlib
from pathlib import Path

import pytest

from lcdesk.core.exchange import keys

from lcdesk.core.exchange import container as package
from lcdesk.core.exchange.keys import KeyPair
from lcdesk.core.exchange.container import (
    Limits,
    PackageError,
    canonical_json,
    read_package,
    write_package,
)

KEY = KeyPair.from_seed(b"\x01" * 32)
OTHER = KeyPair.from_seed(b"\x02" * 32)
MIB = 1024 * 1024
MEMBERS = {"values.json": b'{"1.1.1": 97.5}', "evidence/biên-bản.pdf": b"%PDF-1.4 x"}


def expect_error(code, fn, *args, **kwargs):
    with pytest.raises(PackageError) as caught:
        fn(*args, **kwargs)
    err = caught.value
    assert err.code == code, (err.code, err.message_en)
    assert err.message_vi and unicodedata.is_normalized("NFC", err.message_vi)
    assert err.message_en
    return err


def manifest_for(members, *, key=KEY, kind="bundle", **extra):
    manifest = {
        "format": "lcdesk-package", "format_version": 1, "kind": kind,
        "author": {"key_id": key.key_id, "public_key": keys.public_key_b64(key)},
        "members": {n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)} for n, d in members.items()},
    }
    manifest.update(extra)
    return manifest


def signed_zip(path, entries, manifest=None, *, signer=KEY, manifest_bytes=None):
    """A zip of ``entries`` (name, bytes) plus a manifest signed by ``signer``."""
    manifest_bytes = manifest_bytes or canonical_json(manifest or manifest_for(dict(entries)))
    signature = base64.b64encode(keys.sign(signer, manifest_bytes))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are what some tests want
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in entries:
                zf.writestr(name, data)
            zf.writestr("manifest.json", manifest_bytes)
            zf.writestr("manifest.sig", signature)
    return path


def raw_entry(name, data, *, method=0, usize=None, crc=None, flags=0, attr=0o100644 << 16):
    """An entry for ``raw_zip``; ``data`` is as stored (already compressed for method 8)."""
    if isinstance(name, str):
        flags |= 0 if name.isascii() else 0x800
        name = name.encode("utf-8")
    crc = zlib.crc32(data) if crc is None else crc
    usize = len(data) if usize is None else usize
    return {"name": name, "data": data, "method": method, "usize": usize, "crc": crc, "flags": flags,
            "attr": attr}


def raw_zip(path, entries):
    """A zip built byte by byte, for what zipfile will not write."""
    out, central = bytearray(), bytearray()
    for e in entries:
        offset = len(out)
        fixed = (20, e["flags"], e["method"], 0, 0x21, e["crc"], len(e["data"]), e["usize"], len(e["name"]))
        out += struct.pack("<4s5H3L2H", b"PK\x03\x04", *fixed, 0) + e["name"] + e["data"]
        central += struct.pack("<4s6H3L5HLL", b"PK\x01\x02", 0x0314, *fixed, 0, 0, 0, 0, e["attr"], offset)
        central += e["name"]
    eocd = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(entries), len(entries), len(central), len(out), 0)
    path.write_bytes(bytes(out + central + eocd))
    return path


def raw_signed(path, members, extra_entries=()):
    """``raw_zip`` of stored members plus a valid signed manifest listing them."""
    manifest_bytes = canonical_json(manifest_for(members))
    entries = [raw_entry(n, d) for n, d in members.items()] + list(extra_entries)
    entries += [raw_entry("manifest.json", manifest_bytes),
                raw_entry("manifest.sig", base64.b64encode(keys.sign(KEY, manifest_bytes)))]
    return raw_zip(path, entries)


@pytest.fixture
def good(tmp_path):
    return write_package(tmp_path / "good.lcb", "bundle", {"city": "Hà Nội"}, MEMBERS, KEY).path


# --- round trips ------------------------------------------------------------------------


def test_write_then_read_gives_back_members_manifest_and_author(tmp_path):
    info = write_package(tmp_path / "a.lcb", "bundle", {"city": "Hà Nội", "year": 2025}, MEMBERS, KEY)
    pkg = read_package(info.path, expected_kind="bundle")
    assert pkg.id == info.id == hashlib.sha256(pkg.manifest_bytes).hexdigest()
    assert pkg.manifest_bytes == canonical_json(pkg.manifest)
    assert pkg.manifest["city"] == "Hà Nội" and pkg.kind == "bundle"
    assert pkg.author_key_id == info.author_key_id == KEY.key_id
    assert pkg.author_public == KEY.public_raw
    assert pkg.member_names == sorted(MEMBERS)
    assert all(pkg.read(name) == data for name, data in MEMBERS.items())
    assert keys.verify(KEY.public_raw, pkg.signature, pkg.manifest_bytes)


def test_same_content_gives_the_same_bytes_and_id(tmp_path):
    a = write_package(tmp_path / "a.lcb", "bundle", {"x": 1}, MEMBERS, KEY)
    reordered = dict(reversed(list(MEMBERS.items())))
    b = write_package(tmp_path / "b.lcb", "bundle", {"x": 1}, reordered, KEY)
    assert a.id == b.id
    assert a.path.read_bytes() == b.path.read_bytes()
    with zipfile.ZipFile(a.path) as zf:
        assert {i.date_time for i in zf.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert zf.namelist()[-2:] == ["manifest.json", "manifest.sig"]


def test_path_members_are_streamed_and_equal_bytes_members(tmp_path):
    evidence = tmp_path / "ảnh chụp.jpg"
    evidence.write_bytes(os.urandom(3 * MIB))
    a = write_package(tmp_path / "a.lcb", "bundle", {}, {"e/ảnh.jpg": evidence}, KEY)
    b = write_package(tmp_path / "b.lcb", "bundle", {}, {"e/ảnh.jpg": evidence.read_bytes()}, KEY)
    assert a.id == b.id
    with zipfile.ZipFile(a.path) as zf:
        assert zf.getinfo("e/ảnh.jpg").compress_type == zipfile.ZIP_STORED


def test_vietnamese_file_name_and_member_names(tmp_path):
    names = {"Báo cáo/Phường Hoàn Kiếm.json": b"{}", "minh chứng/ảnh lớp học.png": b"\x89PNG"}
    info = write_package(tmp_path / "Gói số liệu Hà Nội 2025.lcb", "bundle", {}, names, KEY)
    pkg = read_package(tmp_path / "Gói số liệu Hà Nội 2025.lcb")
    assert pkg.member_names == sorted(names) and info.path.name == "Gói số liệu Hà Nội 2025.lcb"
    assert pkg.read("minh chứng/ảnh lớp học.png") == b"\x89PNG"


def test_save_member_streams_into_the_callers_file(tmp_path, good):
    pkg = read_package(good)
    (tmp_path / "store").mkdir()
    dest = pkg.save_member("values.json", tmp_path / "store" / "ab12")
    assert dest.read_bytes() == MEMBERS["values.json"]
    assert sorted(os.listdir(tmp_path / "store")) == ["ab12"]


def test_reads_after_open_check_the_file_again(tmp_path, good):
    pkg = read_package(good)
    tampered = {**MEMBERS, "values.json": b'{"1.1.1": 99.9}'}
    signed_zip(good, list(tampered.items()), manifest_for(tampered))
    expect_error("hash_mismatch", pkg.read, "values.json")
    expect_error("hash_mismatch", pkg.save_member, "values.json", tmp_path / "v")
    assert not (tmp_path / "v").exists()
    expect_error("missing_member", pkg.read, "nope.json")


def test_a_member_that_deflates_too_well_is_stored_and_still_readable(tmp_path):
    info = write_package(tmp_path / "z.lcb", "bundle", {}, {"zeros.csv": bytes(3 * MIB)}, KEY)
    assert read_package(info.path).read("zeros.csv") == bytes(3 * MIB)


# --- what the writer refuses --------------------------------------------------------------


@pytest.mark.parametrize("name", ["/abs.txt", "../up.txt", "a/../../b", "a\\b.txt", "C:/x.txt", "a//b",
                                  "./a", "dir/", "", "nul\x00.txt", "manifest.json", "MANIFEST.SIG",
                                  unicodedata.normalize("NFD", "ảnh.jpg")])
def test_writer_refuses_unsafe_member_names(tmp_path, name):
    code = "duplicate_member" if name.lower().startswith("manifest") else "unsafe_name"
    expect_error(code, write_package, tmp_path / "x.lcb", "bundle", {}, {name: b"x"}, KEY)
    assert not (tmp_path / "x.lcb").exists()


def test_writer_refuses_names_that_collide_on_windows(tmp_path):
    expect_error("duplicate_member", write_package, tmp_path / "x.lcb", "bundle", {}, {"A.txt": b"", "a.txt": b""}, KEY)


def test_writer_refuses_members_over_the_limits(tmp_path):
    limits = Limits(max_member_bytes=10)
    expect_error("too_large", write_package, tmp_path / "x.lcb", "bundle", {}, {"a": bytes(11)}, KEY, limits=limits)
    assert os.listdir(tmp_path) == []


def test_writer_refuses_reserved_header_keys_and_bad_kinds(tmp_path):
    with pytest.raises(ValueError):
        write_package(tmp_path / "x.lcb", "bundle", {"members": {}}, {}, KEY)
    with pytest.raises(ValueError):
        write_package(tmp_path / "x.lcb", "Bundle!", {}, {}, KEY)


# --- durable writes -------------------------------------------------------------------------


def test_failed_read_back_leaves_no_file_and_keeps_the_old_one(tmp_path, good, monkeypatch):
    before = good.read_bytes()

    def broken(*args, **kwargs):
        raise PackageError("hash_mismatch", "simulated pulled USB stick")

    monkeypatch.setattr(package, "read_package", broken)
    expect_error("write_failed", write_package, good, "bundle", {"v": 2}, MEMBERS, KEY)
    expect_error("write_failed", write_package, tmp_path / "new.lcb", "bundle", {}, MEMBERS, KEY)
    assert sorted(os.listdir(tmp_path)) == ["good.lcb"]
    assert good.read_bytes() == before


def test_failed_read_back_after_rename_removes_the_final_file(tmp_path, monkeypatch):
    calls = []

    def second_read_fails(path, **kwargs):
        calls.append(path)
        if len(calls) == 2:
            raise PackageError("damaged")
        return read_package(path, **kwargs)

    monkeypatch.setattr(package, "read_package", second_read_fails)
    expect_error("write_failed", write_package, tmp_path / "x.lcb", "bundle", {}, MEMBERS, KEY)
    assert os.listdir(tmp_path) == []


def test_failed_rename_removes_the_temp_file(tmp_path, monkeypatch):
    def no_rename(src, dst):
        raise OSError(5, "I/O error")

    monkeypatch.setattr(package.os, "replace", no_rename)
    err = expect_error("write_failed", write_package, tmp_path / "x.lcb", "bundle", {}, MEMBERS, KEY)
    assert "Ghi tệp lên ổ đĩa không thành công" in err.message_vi
    assert os.listdir(tmp_path) == []


def test_writing_into_a_missing_folder_is_a_write_failure(tmp_path):
    expect_error("write_failed", write_package, tmp_path / "gone" / "x.lcb", "bundle", {}, MEMBERS, KEY)


# --- tampering ----------------------------------------------------------------------------


def test_a_flipped_byte_in_a_member_is_caught(tmp_path):
    members = dict(MEMBERS)
    listed = manifest_for(members)
    members["values.json"] = b'{"1.1.1": 97.6}'
    expect_error("hash_mismatch", read_package, signed_zip(tmp_path / "t.lcb", list(members.items()), listed))


def test_a_flipped_bit_anywhere_in_the_file_is_refused_or_changes_nothing(tmp_path, good):
    """Bits outside the signed content (permission bits, unused deflate bits) may flip harmlessly."""
    data, original = good.read_bytes(), read_package(good)
    for pos in range(0, len(data), 3):
        flipped = bytearray(data)
        flipped[pos] ^= 1 << (pos % 8)
        (tmp_path / "f.lcb").write_bytes(bytes(flipped))
        try:
            pkg = read_package(tmp_path / "f.lcb")
        except PackageError as err:
            assert unicodedata.is_normalized("NFC", err.message_vi)
            continue
        # every accepted mutation is byte-identical to the original in everything it carries
        assert pkg.id == original.id and pkg.manifest_bytes == original.manifest_bytes, pos
        assert pkg.signature == original.signature and pkg.member_names == original.member_names, pos
        assert all(pkg.read(name) == data_ for name, data_ in MEMBERS.items()), pos
        with zipfile.ZipFile(tmp_path / "f.lcb") as zf, zipfile.ZipFile(good) as orig:
            assert [i.filename for i in zf.infolist()] == [i.filename for i in orig.infolist()], pos
            assert all(zf.read(i) == orig.read(i) for i in orig.infolist()), pos


def test_a_local_header_that_disagrees_with_the_central_directory_is_refused(tmp_path, good):
    data = bytearray(good.read_bytes())
    data[8] ^= 0x08  # the first member's compression method: stored -> 8 (deflated)
    (tmp_path / "l.lcb").write_bytes(bytes(data))
    expect_error("damaged", read_package, tmp_path / "l.lcb")


def test_a_changed_manifest_breaks_the_signature(tmp_path):
    changed = canonical_json(manifest_for(MEMBERS, city="Huế"))
    path = tmp_path / "t.lcb"
    signed_zip(path, list(MEMBERS.items()), manifest_bytes=canonical_json(manifest_for(MEMBERS, city="Hà Nội")))
    with zipfile.ZipFile(path) as zf:
        sig = zf.read("manifest.sig")
    entries = [raw_entry(n, d) for n, d in MEMBERS.items()]
    raw_zip(path, entries + [raw_entry("manifest.json", changed), raw_entry("manifest.sig", sig)])
    expect_error("bad_signature", read_package, path)


def test_a_manifest_signed_by_another_key_is_refused(tmp_path):
    expect_error("bad_signature", read_package, signed_zip(tmp_path / "t.lcb", list(MEMBERS.items()), signer=OTHER))


def test_another_key_claiming_the_first_keys_id_is_refused(tmp_path):
    manifest = manifest_for(MEMBERS, key=OTHER)
    manifest["author"]["key_id"] = KEY.key_id
    path = signed_zip(tmp_path / "t.lcb", list(MEMBERS.items()), manifest, signer=OTHER)
    expect_error("key_mismatch", read_package, path)


def test_a_manifest_that_is_not_canonical_is_refused(tmp_path):
    spaced = canonical_json(manifest_for(MEMBERS)).replace(b'":', b'": ', 1)
    path = signed_zip(tmp_path / "t.lcb", list(MEMBERS.items()), manifest_bytes=spaced)
    expect_error("not_canonical", read_package, path)


def test_a_removed_member_is_caught(tmp_path):
    (name, data), *_ = MEMBERS.items()
    expect_error("missing_member", read_package, signed_zip(tmp_path / "t.lcb", [(name, data)], manifest_for(MEMBERS)))


def test_an_added_member_is_caught(tmp_path):
    entries = list(MEMBERS.items()) + [("virus.exe", b"MZ")]
    expect_error("extra_member", read_package, signed_zip(tmp_path / "t.lcb", entries, manifest_for(MEMBERS)))


def test_a_duplicate_member_name_is_caught(tmp_path):
    entries = list(MEMBERS.items()) + [("values.json", b"{}")]
    expect_error("duplicate_member", read_package, signed_zip(tmp_path / "t.lcb", entries, manifest_for(MEMBERS)))


@pytest.mark.parametrize("name", ["/etc/passwd", "../evil.txt", "a/../../evil.txt", "evil\\x.txt", "C:/x.txt",
                                  "C:x.txt", "dir/", "nul\x00.txt"])
def test_unsafe_names_in_the_zip_are_refused(tmp_path, name):
    expect_error("unsafe_name", read_package, raw_signed(tmp_path / "t.lcb", {name: b"x"}))


def test_a_symlink_entry_is_refused(tmp_path):
    link = raw_entry("link", b"/etc/passwd", attr=0o120777 << 16)
    expect_error("symlink", read_package, raw_signed(tmp_path / "t.lcb", MEMBERS, [link]))


def test_an_encrypted_entry_is_refused(tmp_path):
    locked = raw_entry("secret.txt", b"\x00" * 20, flags=0x1)
    expect_error("encrypted", read_package, raw_signed(tmp_path / "t.lcb", MEMBERS, [locked]))


def test_a_non_utf8_name_is_refused(tmp_path):
    cp1258 = raw_entry(b"\xe1nh.txt", b"x")  # flag bit 11 unset, non-ASCII byte
    expect_error("non_utf8_name", read_package, raw_signed(tmp_path / "t.lcb", MEMBERS, [cp1258]))
    bad_utf8 = raw_entry(b"\xff\xfe.txt", b"x", flags=0x800)
    expect_error("non_utf8_name", read_package, raw_signed(tmp_path / "u.lcb", MEMBERS, [bad_utf8]))


def test_unexpected_zip_flags_are_refused(tmp_path):
    described = raw_entry("described.txt", b"x", flags=0x8)
    expect_error("unsupported", read_package, raw_signed(tmp_path / "t.lcb", MEMBERS, [described]))


def test_a_package_inside_a_package_is_just_bytes(tmp_path, good):
    outer = write_package(tmp_path / "outer.lcb", "bundle", {}, {"inner.lcb": good}, KEY)
    inner_bytes = read_package(outer.path).read("inner.lcb")
    assert inner_bytes == good.read_bytes()


def zeros_deflated(mib):
    """A raw deflate stream of ``mib`` MiB of zeros, built from one compressed block."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = c.compress(bytes(MIB)) + c.flush(zlib.Z_FULL_FLUSH)
    return block * mib + c.flush()


def test_a_decompression_bomb_is_refused_without_inflating_it(tmp_path):
    bomb = zeros_deflated(300)
    assert len(bomb) < 400_000
    honest = raw_entry("bomb.bin", bomb, method=8, usize=300 * MIB, crc=0)
    expect_error("too_large", read_package, raw_signed(tmp_path / "a.lcb", {}, [honest]))
    huge = Limits(max_member_bytes=2**31, max_total_bytes=2**31)
    expect_error("too_large", read_package, tmp_path / "a.lcb", limits=huge)
    lying = raw_entry("bomb.bin", bomb, method=8, usize=1000, crc=0)
    with pytest.raises(PackageError) as caught:
        read_package(raw_signed(tmp_path / "b.lcb", {}, [lying]))
    assert caught.value.code in {"damaged", "extra_member"}


def test_many_members_within_the_ratio_still_hit_the_total_cap(tmp_path):
    entries = [raw_entry(f"z{i}.bin", zeros_deflated(60), method=8, usize=60 * MIB, crc=0) for i in range(5)]
    path = raw_signed(tmp_path / "t.lcb", {}, entries)
    expect_error("too_large", read_package, path, limits=Limits(max_ratio=10**6))


def test_five_thousand_members_are_refused(tmp_path):
    path = tmp_path / "t.lcb"
    with zipfile.ZipFile(path, "w") as zf:
        for i in range(5000):
            zf.writestr(f"m{i}.txt", b"")
    expect_error("too_many_members", read_package, path)


def test_a_central_directory_bigger_than_its_declared_count_is_refused(tmp_path):
    path = raw_zip(tmp_path / "t.lcb", [raw_entry(f"m{i}", b"") for i in range(3000)])
    data = bytearray(path.read_bytes())
    struct.pack_into("<HH", data, len(data) - 14, 5, 5)  # the end record claims 5 entries
    path.write_bytes(bytes(data))
    expect_error("too_many_members", read_package, path)


def test_a_truncated_file_is_refused_wherever_it_was_cut(tmp_path, good):
    data = good.read_bytes()
    cuts = {0, 1, 3, 4, 21, 22, 30, len(data) - 22, len(data) - 1} | set(random.Random(7).sample(range(len(data)), 150))
    for cut in sorted(cuts):
        (tmp_path / "cut.lcb").write_bytes(data[:cut])
        with pytest.raises(PackageError) as caught:
            read_package(tmp_path / "cut.lcb")
        assert caught.value.code in {"empty_file", "not_a_zip", "damaged"}, cut
        assert unicodedata.is_normalized("NFC", caught.value.message_vi)


def test_bytes_added_anywhere_outside_the_entries_are_refused(tmp_path, good):
    """A polyglot prefix, bytes between entries or before the directory: the spec says MUST reject."""
    data = good.read_bytes()
    with zipfile.ZipFile(good) as zf:
        infos = zf.infolist()
    second = infos[1].header_offset
    cd_offset = struct.unpack("<L", data[-6:-2])[0]
    for where in (0, second, cd_offset):
        mutated = bytearray(data[:where] + b"JUNK" + data[where:])
        # keep the end record pointing at the (moved) directory, as a careful forger would
        struct.pack_into("<L", mutated, len(mutated) - 6, cd_offset + 4)
        (tmp_path / "j.lcb").write_bytes(bytes(mutated))
        expect_error("damaged", read_package, tmp_path / "j.lcb")


def test_a_central_name_length_that_overruns_the_directory_is_refused(tmp_path, good):
    data = bytearray(good.read_bytes())
    cd_offset = struct.unpack("<L", data[-6:-2])[0]
    with zipfile.ZipFile(good) as zf:
        last = zf.infolist()[-1]
    # the last central entry: find it and make its name 10 bytes longer, into the end record
    pos = data.rindex(b"PK\x01\x02")
    assert pos >= cd_offset
    n_name = struct.unpack_from("<H", data, pos + 28)[0]
    assert n_name == len(last.filename.encode())
    struct.pack_into("<H", data, pos + 28, n_name + 10)
    (tmp_path / "o.lcb").write_bytes(bytes(data))
    with pytest.raises(PackageError) as caught:
        read_package(tmp_path / "o.lcb")
    assert caught.value.code in {"damaged", "unsafe_name", "no_manifest", "extra_member"}


def test_a_file_that_is_not_a_zip_is_refused(tmp_path):
    (tmp_path / "x.lcb").write_text("Xin chào, đây là văn bản.", encoding="utf-8")
    expect_error("not_a_zip", read_package, tmp_path / "x.lcb")


def test_an_empty_file_is_refused(tmp_path):
    (tmp_path / "x.lcb").write_bytes(b"")
    expect_error("empty_file", read_package, tmp_path / "x.lcb")


def test_a_missing_file_is_reported(tmp_path):
    expect_error("not_found", read_package, tmp_path / "x.lcb")


def test_a_plain_zip_without_a_manifest_is_refused(tmp_path):
    with zipfile.ZipFile(tmp_path / "x.zip", "w") as zf:
        zf.writestr("hello.txt", b"hi")
    expect_error("no_manifest", read_package, tmp_path / "x.zip")


def test_a_newer_format_asks_for_an_update(tmp_path):
    path = signed_zip(tmp_path / "t.lcb", list(MEMBERS.items()), manifest_for(MEMBERS, format_version=2))
    err = expect_error("newer_format", read_package, path)
    assert "phiên bản lcdesk mới hơn" in err.message_vi


def test_the_wrong_kind_is_refused(tmp_path, good):
    expect_error("wrong_kind", read_package, good, expected_kind="enrolment")


def test_appended_data_and_archive_comments_are_refused(tmp_path, good):
    (tmp_path / "tail.lcb").write_bytes(good.read_bytes() + b"junk")
    expect_error("damaged", read_package, tmp_path / "tail.lcb")
    with zipfile.ZipFile(good, "a") as zf:
        zf.comment = b"hi"
    expect_error("damaged", read_package, good)


def test_the_worked_example_in_the_docs_is_true(tmp_path):
    doc = (Path(__file__).resolve().parents[2] / "docs" / "package-format.md").read_text(encoding="utf-8")
    members = {"hello.txt": "Xin chào\n".encode(), "dữ liệu/số.json": b'{"n":1}'}
    info = write_package(tmp_path / "example.lcp", "example", {"note": "Ví dụ"}, members, KEY)
    pkg = read_package(info.path, expected_kind="example")
    facts = [KEY.public_raw.hex(), keys.public_key_b64(KEY), KEY.key_id, KEY.fingerprint,
             hashlib.sha256(KEY.public_raw).hexdigest(), pkg.manifest_bytes.decode("utf-8"), pkg.id,
             base64.b64encode(pkg.signature).decode("ascii"), f"({len(pkg.manifest_bytes)} bytes"]
    for fact in facts:
        assert fact in doc, fact
