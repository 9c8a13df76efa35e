"""The office imports bundles: verify everything, then merge each in one transaction.

Every file gets one outcome: ``imported``, ``duplicate`` (this exact bundle was
imported before: nothing changes) or ``rejected`` (one precise code and reason; the
file is copied to the quarantine folder with that reason, and the other files of the
same import go on). The order of checks is ``docs/bundle-format.md``'s: the container
up to the manifest, a known bundle id (duplicate), the signature, the key, the
manifest's schema and the key's scope, the members (inflated and hashed), then one
pass over the records (``import_checks``). Whatever else goes wrong with one file
(a bug, a full disk) becomes ``internal_error`` for that file only: the last line of
defence, with the traceback in the log.
"""

from __future__ import annotations

import hashlib
import logging
import re
import shutil
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from lcdesk.core.exchange import bundle, evidence, identity, import_checks, schema
from lcdesk.core.exchange import container as package
from lcdesk.core.exchange.import_checks import Batch, Header
from lcdesk.core.exchange.schema import Invalid

log = logging.getLogger(__name__)

IMPORTED, DUPLICATE, REJECTED = "imported", "duplicate", "rejected"
FIELDS = frozenset(schema.RECORD_FIELDS)
BACKUPS_KEPT = 5  # automatic backups of the import policy
BACKUP_BATCH = 20  # a batch of at least this many files is backed up first (besides once a day)
INTERNAL_VI = "Gói không đọc được; đã lưu để kiểm tra"
Rejected = Invalid  # the name other modules and tests used


@dataclass
class ImportResult:
    file: str
    status: str
    reason: str = ""
    reason_vi: str = ""
    code: str = ""
    records: int = 0
    new_records: int = 0
    bundle: str = ""
    author: str = ""
    changed: int = 0  # cells whose standing value of this author changed
    superseded: int = 0  # records that arrived as history (the author had newer ones)

    def to_dict(self) -> dict:
        return {"file": self.file, "status": self.status, "reason": self.reason, "reason_vi": self.reason_vi,
                "code": self.code, "records": self.records, "new_records": self.new_records,
                "bundle": self.bundle, "author": self.author, "changed": self.changed, "superseded": self.superseded}


class _Known(Exception):
    """Raised from the container's manifest hook: this bundle id was imported before."""

    def __init__(self, bundle_id: str):
        super().__init__(bundle_id)
        self.bundle_id = bundle_id


def import_files(store, paths, on_progress=None) -> list[ImportResult]:
    """Import each file in turn; one bad file never stops the others."""
    identity.require_role(store, identity.OFFICE)
    evidence.recover_pending(store)
    if paths:
        store.backup_if_due(len(paths), batch_threshold=BACKUP_BATCH, reason="before-import", keep=BACKUPS_KEPT)
    results, batch = [], Batch(store)
    with store.batch_durability():
        for i, path in enumerate(paths):
            results.append(import_one(store, Path(path), batch))
            if on_progress is not None:
                on_progress(i + 1, len(paths), results[-1])
    return results


def import_one(store, path: Path, batch: Batch) -> ImportResult:
    """``import_file`` with the last line of defence: any exception is this file's rejection."""
    try:
        return import_file(store, path, batch)
    except Exception as exc:  # noqa: BLE001 - deliberately everything: one file never stops a batch
        log.exception("internal error importing %s", path)
        detail = f"Internal error: {type(exc).__name__}: {str(exc)[:300]}"
        try:
            return quarantine(store, path, "internal_error", f"{INTERNAL_VI}.", detail)
        except Exception:  # noqa: BLE001 - even the quarantine failed (disk full): still an outcome
            log.exception("quarantine failed for %s", path)
            return ImportResult(str(path), REJECTED, detail, f"{INTERNAL_VI}.", "internal_error")


def import_file(store, path: Path, batch: Batch | dict | None = None) -> ImportResult:
    """Import one file (``batch`` caches look-ups across one import)."""
    batch = batch if isinstance(batch, Batch) else Batch(store)
    checked: list[Header] = []

    def on_manifest(bundle_id: str, manifest: dict) -> None:
        if store.bundle_known(bundle_id):
            raise _Known(bundle_id)

    def on_signed(manifest: dict) -> None:
        checked.append(import_checks.check_signed(store, batch, manifest))

    try:
        pkg = package.read_package(path, expected_kind=bundle.KIND, keep=(bundle.RECORDS,),
                                   on_manifest=on_manifest, on_signed=on_signed)
        header = checked[0]
        records = import_checks.check_records(batch, header, schema.parse_records(pkg.read(bundle.RECORDS)))
        check_sequence_reuse(store, header.key.key_id, records)
        return merge(store, path, pkg, header, records)
    except _Known as known:
        return _duplicate(store, path, known.bundle_id)
    except package.PackageError as exc:
        log.info("rejected %s: %s", path, exc.message_en)
        return quarantine(store, path, exc.code, exc.plain_vi, exc.message_en)
    except Invalid as exc:
        log.info("rejected %s: %s", path, exc.message_en)
        return quarantine(store, path, exc.code, exc.message_vi, exc.message_en)
    except OSError as exc:
        return quarantine(store, path, "unreadable", "Không đọc được tệp; hãy kiểm tra ổ đĩa rồi thử lại.",
                          f"Cannot read the file: {exc}")


def _duplicate(store, path: Path, bundle_id: str) -> ImportResult:
    info = store.bundle_info(bundle_id) or {}
    return ImportResult(str(path), DUPLICATE, "already imported", "Gói này đã được nhập trước đó; không có gì thay đổi.",
                        records=int(info.get("records") or 0), bundle=bundle_id, author=info.get("author_key", ""))


def check_sequence_reuse(store, author_key: str, records) -> None:
    """A sequence number the key already used for other content means a restored or forged device."""
    existing = store.existing_records(author_key, [r.seq for r in records])
    for r in records:
        old = existing.get(r.seq)
        if old is None:
            continue
        c = r.cell
        mine = (c.catalog, c.unit, c.period, c.indicator, c.measure, schema.canonical(r.payload) if r.payload is not None else None)
        if tuple(old[:6]) != mine:
            raise Invalid("sequence_reused", "Gói dùng lại số thứ tự đã dùng cho số liệu khác (máy có thể đã được khôi "
                          "phục từ bản sao lưu cũ); hãy liên hệ cán bộ gửi.",
                          f"Sequence number {r.seq} was already used by this key for other content.")


def merge(store, path: Path, pkg, header: Header, records) -> ImportResult:
    """Evidence to temporary names, then records, bundle and evidence rows in one transaction,
    then the evidence moved into place: a failed transaction leaves no row and no file."""
    h, key = header.fields, header.key
    staged = evidence.stage_members(store, pkg, h["evidence"])
    try:
        before = store.author_heads(key.key_id, {r.cell for r in records})
        with store.transaction():
            for sha, (size, name) in staged.rows().items():
                store.add_evidence_row(sha, size, name)
            new = store.insert_records(records)
            store.record_bundle(bundle_id=pkg.id, author_key=key.key_id, bundle_seq=h["bundle_seq"],
                                catalog=",".join(f"{c}@{v}" for c, v in h["catalogs"]), units=h["units"],
                                periods=h["periods"], records=records, new_records=new, file_name=path.name,
                                manifest=pkg.manifest)
    except BaseException:
        staged.discard()
        raise
    staged.commit()
    changed, superseded = _effect(before, records)
    result = ImportResult(str(path), IMPORTED, records=len(records), new_records=new, bundle=pkg.id,
                          author=key.key_id, changed=changed, superseded=superseded)
    result.reason_vi, result.reason = _effect_message(changed, superseded, len(records) - new)
    return result


def _effect(before: dict, records) -> tuple[int, int]:
    """(cells whose standing value of this author changed, records that are only history)."""
    changed = superseded = 0
    newest: dict = {}
    for r in records:
        newest[r.cell] = r
    for cell, r in newest.items():
        seq, payload = before.get(cell, (0, None))
        if r.seq < seq:
            superseded += 1
        elif r.seq > seq and (seq == 0 or payload != (schema.canonical(r.payload) if r.payload is not None else None)):
            changed += 1
    return changed, superseded


def _effect_message(changed: int, superseded: int, known: int) -> tuple[str, str]:
    vi = f"Đã nhập: {changed} ô số liệu thay đổi"
    en = f"imported: {changed} cells changed"
    if superseded:
        vi += f", {superseded} số liệu cũ hơn số liệu đã có nên chỉ lưu vào lịch sử"
        en += f", {superseded} records older than the standing ones kept as history"
    if known:
        vi += f", {known} số liệu đã có từ trước"
        en += f", {known} records were already stored"
    if changed == 0:
        vi += "; số liệu hiện hành không đổi"
        en += "; current values unchanged"
    return vi + ".", en + "."


# ----------------------------------------------------------------- quarantine

_UNSAFE = re.compile(r"[^\w.-]+")


def safe_stem(name: str, limit: int = 32) -> str:
    """A short file-name part safe on Windows: letters, digits, ``.``, ``-``, ``_`` only."""
    text = unicodedata.normalize("NFC", name)
    text = _UNSAFE.sub("_", text).strip("._ ")[:limit].rstrip("._ ")
    return text or "goi"


def _content_tag(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    except OSError:
        digest.update(str(path).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:12]


def quarantine(store, path: Path, code: str, reason_vi: str, reason_en: str) -> ImportResult:
    """Copy the file to ``quarantine/`` under a short, safe name, with its reason beside it."""
    folder = store.home / "quarantine"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    stem = Path(path.name).stem.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    base = f"{stamp}-{_content_tag(path)}-{safe_stem(stem)}"
    dest = folder / f"{base}.lcb"
    try:
        shutil.copyfile(path, dest)
    except OSError:
        dest = Path("")
    original = path.name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")  # any name a disk gives
    text = f"file: {original}\ncode: {code}\n{reason_vi}\n{reason_en}\n"
    (folder / f"{base}.reason.txt").write_text(text, encoding="utf-8")
    store.add_quarantine(original, str(dest), code, reason_vi, reason_en)
    return ImportResult(str(path), REJECTED, reason_en, reason_vi, code)
