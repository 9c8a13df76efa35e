"""Evidence files (minh chứng): content-addressed by SHA-256 in the data folder.

A file is stored once as ``evidence/<first two hex>/<sha256>`` whatever its name
and however many values refer to it; the store keeps its original name and size.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import tempfile
from pathlib import Path

from lcdesk.core.errors import LcdeskError
from lcdesk.core.text import nfc

log = logging.getLogger(__name__)
EMAIL_LIMIT_BYTES = 20 * 1024 * 1024  # what most mail servers let through
HEX64 = re.compile(r"[0-9a-f]{64}")


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
            _copy_durably(source, dest, sha)
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


def _copy_durably(source: Path, dest: Path, sha: str) -> None:
    """Copy to a temporary name, hashing what is written; in place only if it hashes to ``sha``
    (the file may have changed since it was hashed: the store never keeps a misnamed file)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=".part-")
    try:
        digest = hashlib.sha256()
        with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
            for chunk in iter(lambda: src.read(1 << 20), b""):
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != sha:
            raise EvidenceError(f"Tệp minh chứng {source.name} thay đổi trong lúc sao chép; hãy thử lại.",
                                f"Evidence file {source.name} changed while it was copied; try again.")
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


PENDING = ".pending-"  # evidence/<ab>/.pending-<sha>: written before the import's commit, moved after it


class Staged:
    """Evidence members of one bundle written under temporary names, waiting for the commit."""

    def __init__(self, home: Path):
        self.home = Path(home)
        self.pending: dict[str, Path] = {}  # sha -> temporary file
        self.labels: dict[str, tuple[int, str]] = {}  # sha -> (size, original name)

    def rows(self) -> dict[str, tuple[int, str]]:
        return dict(self.labels)

    def discard(self) -> None:
        for tmp in self.pending.values():
            tmp.unlink(missing_ok=True)
        self.pending.clear()

    def commit(self) -> None:
        """After the transaction committed: move each file into place (once). A move that fails
        (the disk) leaves the pending file for ``recover_pending`` at the next start: the
        import itself did happen."""
        for sha, tmp in self.pending.items():
            dest = evidence_path(self.home, sha)
            try:
                if dest.exists():
                    tmp.unlink(missing_ok=True)
                else:
                    os.replace(tmp, dest)
            except OSError:
                log.warning("evidence %s stays pending until the next start", sha, exc_info=True)
        self.pending.clear()


def stage_members(store, pkg, listed: dict) -> Staged:
    """Write each evidence member ``evidence/<sha>`` of a verified package to a temporary name.

    The container checks each member's bytes against the SHA-256 the manifest signs, and
    the importer checked that this hash is the member's name: a file stored here always
    hashes to its name. Nothing is visible in the store until ``Staged.commit``."""
    staged = Staged(store.home)
    try:
        for sha, name in sorted(listed.items()):
            dest = evidence_path(store.home, sha)
            size = pkg.member_info(f"evidence/{sha}")["size"]
            if not dest.exists():
                dest.parent.mkdir(parents=True, exist_ok=True)
                tmp = dest.with_name(f"{PENDING}{sha}")
                pkg.save_member(f"evidence/{sha}", tmp)
                staged.pending[sha] = tmp
            staged.labels[sha] = (size, nfc(str(name)))
    except BaseException:
        staged.discard()
        raise
    return staged


def recover_pending(store) -> dict:
    """On start of an import: finish or undo what a killed import left.

    A pending file whose evidence row exists (its transaction committed) and whose content
    hashes to its name is moved into place; any other pending or partial file is removed."""
    folder = Path(store.home) / "evidence"
    done = {"moved": 0, "removed": 0}
    if not folder.exists():
        return done
    leftovers = [*folder.glob("*/.part-*"), *folder.glob("*/.lcdesk-*.tmp")]  # copies cut short
    for tmp in list(folder.glob(f"*/{PENDING}*")) + leftovers:
        sha = tmp.name[len(PENDING):] if tmp.name.startswith(PENDING) else ""
        dest = evidence_path(store.home, sha) if sha else None
        if dest is not None and store.evidence_info(sha) and not dest.exists() and sha256_file(tmp) == sha:
            os.replace(tmp, dest)
            done["moved"] += 1
        else:
            tmp.unlink(missing_ok=True)
            done["removed"] += 1
    return done


def verify_store(store):
    """Walk the evidence folder: yield ``{"sha256", "path", "problem"}`` for every file that
    is misnamed, does not hash to its name, or is noted in the store but missing."""
    folder = Path(store.home) / "evidence"
    seen = set()
    for path in sorted(folder.glob("*/*")) if folder.exists() else []:
        if path.name.startswith("."):
            continue
        seen.add(path.name)
        if HEX64.fullmatch(path.name) is None or path.parent.name != path.name[:2]:
            yield {"sha256": path.name, "path": str(path), "problem": "misnamed"}
        elif sha256_file(path) != path.name:
            yield {"sha256": path.name, "path": str(path), "problem": "hash_mismatch"}
    for sha in store.evidence_hashes():
        if sha not in seen:
            yield {"sha256": sha, "path": str(evidence_path(store.home, sha)), "problem": "missing"}


def total_size(store, hashes) -> int:
    return sum((store.evidence_info(h) or {}).get("size", 0) for h in set(hashes))
