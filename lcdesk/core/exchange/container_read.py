"""Reading and verifying a signed package; import the public names from ``lcdesk.core.exchange.container``.

``read_package`` checks, in this order (docs/package-format.md, "What a reader
checks"): the zip's structure and every entry's name and flags, the manifest's
canonical form, format and version, kind, the author's key id, the signature,
the member list, and finally every member's size and SHA-256.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import re
import secrets
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lcdesk.core.exchange import keys
from lcdesk.core.exchange.container_zip import (
    DEFAULT_LIMITS,
    MANIFEST,
    RESERVED,
    SIGNATURE,
    Budget,
    Limits,
    PackageError,
    check_name,
    check_unique,
    hash_member,
    open_checked,
    open_file,
    read_all,
    stream,
)

FORMAT = "lcdesk-package"
FORMAT_VERSION = 1
SIGNATURE_TEXT_BYTES = 88
HEX64 = re.compile(r"[0-9a-f]{64}")


def canonical_json(obj: object) -> bytes:
    """The canonical bytes of a JSON value: sorted keys, no spaces, UTF-8, no NaN."""
    text = json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.encode("utf-8")


@dataclass(frozen=True, eq=False)
class Package:
    """A package whose every byte has been verified; members are read again on demand."""

    path: Path
    id: str
    manifest: dict
    manifest_bytes: bytes
    signature: bytes
    author_public: bytes
    limits: Limits
    kept: dict = field(default_factory=dict, repr=False)  # verified bytes of members asked for by ``keep``

    @property
    def kind(self) -> str:
        return self.manifest["kind"]

    @property
    def author_key_id(self) -> str:
        return self.manifest["author"]["key_id"]

    @property
    def member_names(self) -> list[str]:
        return sorted(self.manifest["members"])

    def member_info(self, name: str) -> dict:
        """``{"sha256": hex, "size": int}`` from the verified manifest."""
        try:
            return self.manifest["members"][name]
        except KeyError:
            raise PackageError("missing_member", name) from None

    def read(self, name: str) -> bytes:
        """The member's bytes, checked again against the manifest (the file may have changed);
        a member named in ``read_package(keep=...)`` comes from memory, verified at opening."""
        if name in self.kept:
            return self.kept[name]
        expected = self.member_info(name)
        with open_file(self.path) as fh:
            zf, entries = open_checked(fh, self.limits)
            with zf:
                info = _entry(entries, name)
                data = read_all(zf, info, self.limits, Budget(self.limits.max_total_bytes))
        if len(data) != expected["size"] or hashlib.sha256(data).hexdigest() != expected["sha256"]:
            raise PackageError("hash_mismatch", name)
        return data

    def save_member(self, name: str, dest: os.PathLike | str) -> Path:
        """Stream the member into ``dest`` (temp file, hash check, fsync, rename)."""
        expected = self.member_info(name)
        dest = Path(dest)
        tmp = dest.parent / f".lcdesk-{secrets.token_hex(8)}.tmp"
        try:
            digest, size = self._copy(name, tmp)
            if size != expected["size"] or digest != expected["sha256"]:
                raise PackageError("hash_mismatch", name)
            os.replace(tmp, dest)
        except OSError as exc:
            raise PackageError("write_failed", str(exc)) from None
        finally:
            tmp.unlink(missing_ok=True)
        return dest

    def _copy(self, name: str, tmp: Path) -> tuple[str, int]:
        digest, size = hashlib.sha256(), 0
        with open_file(self.path) as fh, open(tmp, "xb") as out:
            zf, entries = open_checked(fh, self.limits)
            with zf:
                info = _entry(entries, name)
                for chunk in stream(zf, info, self.limits, Budget(self.limits.max_total_bytes)):
                    digest.update(chunk)
                    size += len(chunk)
                    out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        return digest.hexdigest(), size


def read_package(path: os.PathLike | str, *, expected_kind: str | None = None,
                 limits: Limits = DEFAULT_LIMITS, keep: tuple[str, ...] = (),
                 on_manifest=None, on_signed=None) -> Package:
    """Open and verify the package at ``path``; raises ``PackageError`` on any problem.

    Members named in ``keep`` are kept in memory as they are verified, so that reading
    them afterwards costs nothing (the importer keeps ``records.json``).

    ``on_manifest(package_id, manifest)`` runs once the manifest's own checks passed
    (canonical, format, kind, member list) and ``on_signed(manifest)`` once the signature
    is verified; both run before any member is inflated, and whatever they raise ends the
    reading (the importer recognises a known bundle and checks trust and the schema there,
    so a duplicate or an outsider's file costs no inflating)."""
    kept: dict[str, bytes] = {}
    path = Path(path)
    try:
        with open_file(path) as fh:
            zf, entries = open_checked(fh, limits)
            with zf:
                manifest_bytes, sig_text = _read_control(zf, entries, limits)
                manifest = parse_manifest(manifest_bytes, expected_kind)
                if on_manifest is not None:
                    on_manifest(hashlib.sha256(manifest_bytes).hexdigest(), manifest)
                public = _check_author(manifest, manifest_bytes, sig_text)
                if on_signed is not None:
                    on_signed(manifest)
                _check_members(zf, entries, manifest["members"], limits, keep, kept)
    except OSError as exc:
        raise PackageError("read_failed", str(exc)) from None
    package_id = hashlib.sha256(manifest_bytes).hexdigest()
    signature = base64.b64decode(sig_text)
    return Package(path, package_id, manifest, manifest_bytes, signature, public, limits, kept)


def _entry(entries: dict[str, zipfile.ZipInfo], name: str) -> zipfile.ZipInfo:
    try:
        return entries[name]
    except KeyError:
        raise PackageError("missing_member", name) from None


def _read_control(zf: zipfile.ZipFile, entries: dict, limits: Limits) -> tuple[bytes, bytes]:
    if MANIFEST not in entries or SIGNATURE not in entries:
        raise PackageError("no_manifest")
    budget = Budget(limits.max_manifest_bytes + SIGNATURE_TEXT_BYTES)
    manifest_bytes = read_all(zf, entries[MANIFEST], limits, budget, limits.max_manifest_bytes)
    sig_text = read_all(zf, entries[SIGNATURE], limits, budget, SIGNATURE_TEXT_BYTES)
    return manifest_bytes, sig_text


# --- the manifest ---------------------------------------------------------------------


def parse_manifest(data: bytes, expected_kind: str | None = None) -> dict:
    """The manifest, if its bytes are canonical and its format, version and kind are right."""
    manifest = _parse_canonical(data)
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise PackageError("bad_manifest", "format")
    version = manifest.get("format_version")
    if not _is_int(version) or version < 1:
        raise PackageError("bad_manifest", "format_version")
    if version > FORMAT_VERSION:
        raise PackageError("newer_format", f"format_version {version}")
    kind = manifest.get("kind")
    if not isinstance(kind, str):
        raise PackageError("bad_manifest", "kind")
    if expected_kind is not None and kind != expected_kind:
        raise PackageError("wrong_kind", f"{kind}, not {expected_kind}")
    _check_member_list(manifest.get("members"))
    return manifest


def _parse_canonical(data: bytes) -> object:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise PackageError("not_canonical", "not UTF-8") from None
    try:
        value = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant)
    except (ValueError, RecursionError):
        raise PackageError("bad_manifest", "not JSON") from None
    try:
        canonical = canonical_json(value)
    except (ValueError, UnicodeError):
        raise PackageError("not_canonical") from None
    if canonical != data:
        raise PackageError("not_canonical")
    return value


def _no_duplicate_keys(pairs: list[tuple[str, object]]) -> dict:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise PackageError("not_canonical", "duplicate keys")
    return result


def _no_constant(name: str) -> object:
    raise PackageError("not_canonical", name)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_member_list(members: object) -> None:
    if not isinstance(members, dict):
        raise PackageError("bad_manifest", "members")
    for name, entry in members.items():
        check_name(name)
        ok = (
            isinstance(entry, dict)
            and set(entry) == {"sha256", "size"}
            and isinstance(entry["sha256"], str)
            and HEX64.fullmatch(entry["sha256"]) is not None
            and _is_int(entry["size"])
            and entry["size"] >= 0
        )
        if not ok:
            raise PackageError("bad_manifest", f"members[{name!r}]")
    check_unique(list(RESERVED) + list(members))


def _check_author(manifest: dict, manifest_bytes: bytes, sig_text: bytes) -> bytes:
    author = manifest.get("author")
    if not isinstance(author, dict) or set(author) != {"key_id", "public_key"}:
        raise PackageError("bad_manifest", "author")
    try:
        public = keys.load_public(author["public_key"])
    except keys.KeyFileError:
        raise PackageError("bad_manifest", "author.public_key") from None
    if author["key_id"] != keys.key_id(public):
        raise PackageError("key_mismatch")
    signature = decode_signature(sig_text)
    if not keys.verify(public, signature, manifest_bytes):
        raise PackageError("bad_signature")
    return public


def decode_signature(text: bytes) -> bytes:
    """The raw signature of a ``manifest.sig`` member: exactly 88 base64 characters."""
    if len(text) != SIGNATURE_TEXT_BYTES:
        raise PackageError("bad_signature", "manifest.sig has the wrong length")
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise PackageError("bad_signature", "manifest.sig is not base64") from None
    if len(raw) != keys.SIGNATURE_BYTES:
        raise PackageError("bad_signature", "manifest.sig has the wrong length")
    return raw


# --- the members ----------------------------------------------------------------------


def _check_members(zf: zipfile.ZipFile, entries: dict, listed: dict, limits: Limits,
                   keep: tuple[str, ...] = (), kept: dict | None = None) -> None:
    present = set(entries) - set(RESERVED)
    missing = sorted(set(listed) - present)
    if missing:
        raise PackageError("missing_member", missing[0])
    extra = sorted(present - set(listed))
    if extra:
        raise PackageError("extra_member", extra[0])
    if len(listed) > limits.max_members:
        raise PackageError("too_many_members", str(len(listed)))
    if sum(entry["size"] for entry in listed.values()) > limits.max_total_bytes:
        raise PackageError("too_large", "members in all")
    budget = Budget(limits.max_total_bytes)
    for name in sorted(listed):
        expected, info = listed[name], entries[name]
        if info.file_size != expected["size"]:
            raise PackageError("hash_mismatch", name)
        if name in keep and kept is not None:
            data = read_all(zf, info, limits, budget)
            digest, size = hashlib.sha256(data).hexdigest(), len(data)
        else:
            digest, size = hash_member(zf, info, limits, budget)
        if size != expected["size"] or digest != expected["sha256"]:
            raise PackageError("hash_mismatch", name)
        if name in keep and kept is not None:
            kept[name] = data
