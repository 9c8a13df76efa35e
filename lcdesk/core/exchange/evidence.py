"""Evidence files (minh chứng): content-addressed by SHA-256 in the data folder.

A file is stored once as ``evidence/<first two hex>/<sha256>`` whatever its name
and however many values refer to it; the store keeps its original name and size.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path

from lcdesk.core.errors import LcdeskError
from lcdesk.core.text import nfc

EMAIL_LIMIT_BYTES = 20 * 1024 * 1024  # what most mail servers let through


class EvidenceError(LcdeskError):
    """An evidence file cannot be read or stored."""


def evidence_path(home: Path, sha256: str) -> Path:
    return Path(home) / "evidence" / sha256[:2] / sha256


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def copy_in(home: Path, source: str | Path) -> tuple[str, int, str]:
    """Copy ``source`` into ``home``'s evidence folder (once); returns (sha256, size, name).

    Only files are touched, never the database, so this may run on a worker thread
    (a large file on a slow USB stick takes a while); ``register`` then notes it."""
    source = Path(source)
    try:
        sha = sha256_file(source)
        dest = evidence_path(home, sha)
        if not dest.exists():
            _copy_durably(source, dest)
        return sha, dest.stat().st_size, nfc(source.name)
    except OSError as exc:
        raise EvidenceError(f"Không đọc được tệp minh chứng {source.name}: {exc.strerror or exc}",
                            f"Cannot read evidence file {source.name}: {exc}") from exc


def register(store, copied: tuple[str, int, str]) -> str:
    """Note a file ``copy_in`` stored; returns its SHA-256."""
    sha, size, name = copied
    store.add_evidence_row(sha, size, name)
    return sha


def add_file(store, source: str | Path) -> str:
    """Copy ``source`` into the evidence folder (once), note it, and return its SHA-256."""
    return register(store, copy_in(store.home, source))


def _copy_durably(source: Path, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=".part-")
    try:
        with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
            shutil.copyfileobj(src, out, 1 << 20)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def save_member(store, pkg, sha: str, name: str) -> None:
    """Store the evidence member ``evidence/<sha>`` of a verified package (once, streamed)."""
    dest = evidence_path(store.home, sha)
    if not dest.exists():
        dest.parent.mkdir(parents=True, exist_ok=True)
        pkg.save_member(f"evidence/{sha}", dest)
    store.add_evidence_row(sha, dest.stat().st_size, nfc(name))


def total_size(store, hashes) -> int:
    return sum((store.evidence_info(h) or {}).get("size", 0) for h in set(hashes))
