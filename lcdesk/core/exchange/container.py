"""The signed container every lcdesk file is made of (bundles, enrolments, provisioning).

A package is a zip of members plus ``manifest.json`` (their SHA-256 hashes and
sizes, the author's public key and the kind's own header) and ``manifest.sig``
(the author's Ed25519 signature of the manifest's canonical bytes). The format
is specified byte for byte in ``docs/package-format.md``.

``write_package`` writes durably (temp file, fsync, rename) and reads the result
back before returning; ``read_package`` verifies everything before it returns.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import secrets
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from lcdesk.core.exchange import keys
from lcdesk.core.exchange.container_read import (
    FORMAT,
    FORMAT_VERSION,
    Package,
    canonical_json,
    read_package,
)
from lcdesk.core.exchange.container_zip import (
    CHUNK,
    DEFAULT_LIMITS,
    MANIFEST,
    RESERVED,
    SIGNATURE,
    Limits,
    PackageError,
    check_name,
    check_unique,
)

__all__ = [
    "DEFAULT_LIMITS",
    "FORMAT",
    "FORMAT_VERSION",
    "Limits",
    "Package",
    "PackageError",
    "PackageInfo",
    "canonical_json",
    "read_package",
    "write_package",
]

Member = bytes | bytearray | memoryview | os.PathLike
RESERVED_KEYS = ("format", "format_version", "kind", "author", "members")
KIND_PATTERN = re.compile(r"[a-z][a-z0-9-]{0,31}")
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
REGULAR_FILE_ATTR = 0o100644 << 16
STORED_SUFFIXES = frozenset({
    ".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".pdf", ".zip", ".xlsx", ".docx", ".pptx",
    ".ods", ".odt", ".odp", ".gz", ".bz2", ".xz", ".7z", ".rar", ".mp3", ".mp4", ".m4a", ".mov", ".lcb",
})  # already compressed: deflating them again wastes time and saves nothing


@dataclass(frozen=True)
class PackageInfo:
    """What ``write_package`` wrote (and read back and verified)."""

    path: Path
    id: str
    kind: str
    file_size: int
    author_key_id: str
    members: dict[str, dict] = field(repr=False)


def write_package(path: os.PathLike | str, kind: str, header: dict, members: dict[str, Member],
                  key: keys.KeyPair, *, limits: Limits = DEFAULT_LIMITS) -> PackageInfo:
    """Write a signed package to ``path`` durably and verify it by reading it back."""
    path = Path(path)
    names = _check_request(kind, header, members, limits)
    tmp = path.parent / f".lcdesk-{secrets.token_hex(8)}.tmp"
    try:
        manifest_bytes = _write_zip(tmp, kind, header, {n: members[n] for n in names}, key, limits)
        expected_id = hashlib.sha256(manifest_bytes).hexdigest()
        _verify_written(tmp, kind, expected_id, limits)
        os.replace(tmp, path)
    except OSError as exc:
        raise PackageError("write_failed", str(exc)) from None
    finally:
        _remove_quietly(tmp)
    keys.fsync_dir(path.parent)
    try:
        package = _verify_written(path, kind, expected_id, limits)
        size = path.stat().st_size
    except (PackageError, OSError):
        _remove_quietly(path)
        raise PackageError("write_failed", "read-back after rename") from None
    members_info = package.manifest["members"]
    return PackageInfo(path, expected_id, kind, size, package.author_key_id, members_info)


def _verify_written(path: Path, kind: str, expected_id: str, limits: Limits) -> Package:
    try:
        package = read_package(path, expected_kind=kind, limits=limits)
    except PackageError as exc:
        raise PackageError("write_failed", f"read-back: {exc.code}") from None
    if package.id != expected_id:
        raise PackageError("write_failed", "read-back: different package")
    return package


# --- checking what the caller asked for ---------------------------------------------


def _check_request(kind: str, header: dict, members: dict, limits: Limits) -> list[str]:
    if not isinstance(kind, str) or not KIND_PATTERN.fullmatch(kind):
        raise ValueError(f"kind must match {KIND_PATTERN.pattern}: {kind!r}")
    if not isinstance(header, dict) or set(header) & set(RESERVED_KEYS):
        raise ValueError(f"header must be a dict without the keys {RESERVED_KEYS}")
    names = sorted(members)
    for name in names:
        check_name(name)
    check_unique(list(RESERVED) + names)
    if len(names) > limits.max_members:
        raise PackageError("too_many_members", str(len(names)))
    total = 0
    for name in names:
        size = _source_size(members[name])
        if size > limits.max_member_bytes:
            raise PackageError("too_large", f"{name}: {size} bytes")
        total += size
    if total > limits.max_total_bytes:
        raise PackageError("too_large", f"{total} bytes in all")
    return names


def _source_size(source: Member) -> int:
    if isinstance(source, (bytes, bytearray, memoryview)):
        return memoryview(source).nbytes
    if isinstance(source, os.PathLike):
        try:
            return Path(source).stat().st_size
        except OSError as exc:
            raise PackageError("read_failed", str(exc)) from None
    raise TypeError(f"a member is bytes or a Path, not {type(source).__name__}")


# --- writing the zip ---------------------------------------------------------------


def _write_zip(tmp: Path, kind: str, header: dict, members: dict[str, Member],
               key: keys.KeyPair, limits: Limits) -> bytes:
    """Write members, manifest and signature to ``tmp``; returns the manifest's bytes.

    A member that deflates beyond ``max_ratio`` (which a reader would take for a
    bomb) is written again, stored.
    """
    stored: set[str] = set()
    for _attempt in range(2):
        with open(tmp, "wb") as fh:
            with zipfile.ZipFile(fh, "w") as zf:
                listed, too_good = _write_members(zf, members, stored, limits)
                if too_good:
                    stored |= too_good
                    continue
                manifest_bytes = _manifest_bytes(kind, header, listed, key)
                signature = base64.b64encode(keys.sign(key, manifest_bytes))
                _write_bytes(zf, MANIFEST, manifest_bytes, zipfile.ZIP_DEFLATED)
                _write_bytes(zf, SIGNATURE, signature, zipfile.ZIP_STORED)
            _sync(fh)
            return manifest_bytes
    raise AssertionError("a stored member cannot exceed the compression ratio")


def _write_members(zf: zipfile.ZipFile, members: dict[str, Member], stored: set[str],
                   limits: Limits) -> tuple[dict, set[str]]:
    listed, too_good = {}, set()
    for name, source in members.items():
        method = zipfile.ZIP_STORED if name in stored or _precompressed(name) else zipfile.ZIP_DEFLATED
        info = _zip_info(name, method)
        digest, size = hashlib.sha256(), 0
        with zf.open(info, "w") as out:
            for chunk in _chunks(source):
                size += len(chunk)
                if size > limits.max_member_bytes:
                    raise PackageError("too_large", f"{name}: grew while being written")
                digest.update(chunk)
                out.write(chunk)
        listed[name] = {"sha256": digest.hexdigest(), "size": size}
        if size > limits.ratio_floor and size > limits.max_ratio * max(info.compress_size, 1):
            too_good.add(name)
    return listed, too_good


def _chunks(source: Member):
    if isinstance(source, os.PathLike):
        with open(source, "rb") as fh:
            while chunk := fh.read(CHUNK):
                yield chunk
        return
    view = memoryview(source).cast("B")
    for start in range(0, len(view), CHUNK):
        yield view[start : start + CHUNK]


def _precompressed(name: str) -> bool:
    return Path(name).suffix.lower() in STORED_SUFFIXES


def _zip_info(name: str, method: int) -> zipfile.ZipInfo:
    """Fixed metadata so that the same content gives the same bytes on every system."""
    info = zipfile.ZipInfo(name, date_time=ZIP_EPOCH)
    info.compress_type = method
    info.create_system = 3
    info.external_attr = REGULAR_FILE_ATTR
    return info


def _write_bytes(zf: zipfile.ZipFile, name: str, data: bytes, method: int) -> None:
    with zf.open(_zip_info(name, method), "w") as out:
        out.write(data)


def _manifest_bytes(kind: str, header: dict, listed: dict, key: keys.KeyPair) -> bytes:
    manifest = dict(header)
    manifest.update(
        format=FORMAT,
        format_version=FORMAT_VERSION,
        kind=kind,
        author={"key_id": key.key_id, "public_key": keys.public_key_b64(key)},
        members=listed,
    )
    try:
        data = canonical_json(manifest)
        stable = canonical_json(json.loads(data)) == data
    except (TypeError, ValueError, UnicodeError) as exc:
        raise ValueError(f"header is not plain JSON: {exc}") from None
    if not stable:
        raise ValueError("header is not plain JSON (duplicate or non-string keys?)")
    return data


# --- the disk -----------------------------------------------------------------------


def _sync(fh: BinaryIO) -> None:
    fh.flush()
    os.fsync(fh.fileno())
    advise = getattr(os, "posix_fadvise", None)
    if advise is not None:  # drop the cache so the read-back reads the device
        try:
            advise(fh.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
        except OSError:
            pass


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass

