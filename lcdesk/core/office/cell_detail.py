"""One cell as the office inspects it: its history, its evidence files, and writing one out.

The history is every record of every author (the office's resolutions too), newest
first: by the time the office received it, then by when it was written, then by
sequence (laptop clocks are wrong, so the order across authors is a reading aid,
never a rule; the merge rule uses sequence numbers only).

An evidence file is written out under its original name (``write_evidence``), checked
against its SHA-256 on the way, with a name made safe for Windows and never
overwriting a different file of the same name.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from lcdesk.core.exchange import evidence
from lcdesk.core.office.values_view import OriginIndex
from lcdesk.core.store import Cell
from lcdesk.core.text import nfc

_SHA = re.compile(r"^[0-9a-f]{64}$")
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}


@dataclass(frozen=True)
class HistoryEntry:
    key_id: str
    author: str
    seq: int
    status: str
    payload: dict | None
    note: str
    evidence: tuple[str, ...]
    origin: str
    created_at: str
    bundle: str | None
    received_at: str | None


def history(store, cell: Cell) -> list[HistoryEntry]:
    """Every record of ``cell`` by every author, newest first (see the module docstring)."""
    records = store.history(cell, arrival=True)
    origins = {key: OriginIndex(store.author_seq_ranges(key)) for key in {r.author_key for r in records}}
    entries = []
    for r in records:
        bundle, received = origins[r.author_key].lookup(r.author_key, r.seq)
        entries.append(HistoryEntry(r.author_key, r.author_name, r.seq, r.status, r.payload, r.note, r.evidence,
                                    r.origin, r.created_at, bundle, received))
    # Newest first; times are to the second, so within one second the later written comes first
    # (the list is newest-written first before the stable sort).
    entries.reverse()
    entries.sort(key=lambda e: (e.received_at or e.created_at, e.created_at), reverse=True)
    return entries


def evidence_files(store, hashes) -> list[dict]:
    """{sha256, name, size, stored} of each evidence file, in the order given (unknown ones named by hash)."""
    rows = store.evidence_rows(hashes)
    out = []
    for sha in dict.fromkeys(hashes):
        row = rows.get(sha)
        stored = evidence.evidence_path(store.home, sha).is_file()
        out.append({"sha256": sha, "name": row["name"] if row else sha, "size": row["size"] if row else None,
                    "stored": stored})
    return out


def safe_name(name: str, fallback: str) -> str:
    """A file name Windows accepts, from the name an officer's laptop sent (never a path)."""
    base = nfc(name).replace("\\", "/").rsplit("/", 1)[-1]
    base = _FORBIDDEN.sub("_", base).strip().rstrip(". ")
    if not base:
        return fallback
    if base.split(".", 1)[0].lower() in _RESERVED:
        base = "_" + base
    return base[:200]


def write_evidence(store, sha256: str, folder: str | Path) -> Path:
    """Write evidence ``sha256`` into ``folder`` under its original name; returns the path.

    The bytes are checked against the hash while copied. A file of that name with the
    same bytes is reused; a different one is kept and the copy becomes "name (2).ext"."""
    sha = sha256.strip().lower()
    if not _SHA.match(sha):
        raise evidence.EvidenceError(f"“{sha256}” không phải mã SHA-256 của một tệp minh chứng.",
                                     f"'{sha256}' is not an evidence file's SHA-256.")
    info = store.evidence_info(sha)
    source = evidence.evidence_path(store.home, sha)
    if info is None or not source.is_file():
        raise evidence.EvidenceError(f"Không có tệp minh chứng {sha[:12]}… trong dữ liệu của văn phòng.",
                                     f"No evidence file {sha[:12]}… in the office's data.")
    return copy_evidence(store.home, sha, info["name"], folder)


def copy_evidence(home: Path, sha: str, name: str, folder: str | Path) -> Path:
    """``write_evidence`` once the name is known: files only, no database (so a worker may run it)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    target = _free_target(folder, safe_name(name, sha), sha)
    if target.exists():
        return target
    _copy_checked(evidence.evidence_path(home, sha), target, sha)
    return target


def _free_target(folder: Path, name: str, sha: str) -> Path:
    stem, dot, ext = name.rpartition(".") if "." in name.strip(".") else (name, "", "")
    candidate, n = folder / name, 1
    while candidate.exists() and evidence.sha256_file(candidate) != sha:
        n += 1
        candidate = folder / (f"{stem} ({n}){dot}{ext}")
    return candidate


def _copy_checked(source: Path, target: Path, sha: str) -> None:
    digest = hashlib.sha256()
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".part-")
    try:
        with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
            for chunk in iter(lambda: src.read(1 << 20), b""):
                digest.update(chunk)
                out.write(chunk)
        if digest.hexdigest() != sha:
            raise evidence.EvidenceError("Tệp minh chứng đã lưu bị hỏng (không khớp mã SHA-256); hãy nhập lại gói.",
                                         "The stored evidence file is damaged (SHA-256 mismatch); re-import the bundle.")
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def viewing_folder(sha256: str) -> Path:
    """Where a copy for the system's viewer goes: a temporary folder of its own per file."""
    return Path(tempfile.gettempdir()) / "lcdesk-minh-chung" / sha256[:16]
