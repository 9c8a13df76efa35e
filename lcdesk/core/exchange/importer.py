"""The office imports bundles: verify everything, then merge each in one transaction.

Every file gets one outcome: ``imported``, ``duplicate`` (this exact bundle was
imported before: nothing changes) or ``rejected`` (one clear reason; the file
is copied to the quarantine folder with that reason, and the other files of the
same import go on). Checks, in order: the signed container (``package``), a
known and unrevoked key, a key assigned to every unit it reports for, a known
catalog version, and every record of the right shape, kind and range, for a
unit and period the manifest names, with its evidence inside the bundle, and
with no sequence number that the same key already used for other content.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from lcdesk.core.exchange import bundle

from lcdesk.core.exchange import evidence

from lcdesk.core.exchange import identity

from lcdesk.core.exchange import container as package

from lcdesk.core.catalog import values
from lcdesk.core.errors import LcdeskError
from lcdesk.core.store import Cell, ValueRecord
from lcdesk.core.store.records import canonical_payload
from lcdesk.core.text import nfc

IMPORTED, DUPLICATE, REJECTED = "imported", "duplicate", "rejected"
FIELDS = frozenset(bundle.RECORD_FIELDS)
BACKUPS_KEPT = 5  # automatic backups before an import


class Rejected(LcdeskError):
    def __init__(self, code: str, message_vi: str, message_en: str):
        super().__init__(message_vi, message_en)
        self.code = code


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

    def to_dict(self) -> dict:
        return {"file": self.file, "status": self.status, "reason": self.reason, "reason_vi": self.reason_vi,
                "code": self.code, "records": self.records, "new_records": self.new_records,
                "bundle": self.bundle, "author": self.author}


def import_files(store, paths, on_progress=None) -> list[ImportResult]:
    """Import each file in turn; one bad file never stops the others."""
    identity.require_role(store, identity.OFFICE)
    if paths and store.count_records():
        store.backup(reason="before-import", keep=BACKUPS_KEPT)
    results, catalogs = [], {}
    with store.batch_durability():
        for i, path in enumerate(paths):
            results.append(import_file(store, Path(path), catalogs))
            if on_progress is not None:
                on_progress(i + 1, len(paths), results[-1])
    return results


def import_file(store, path: Path, catalogs: dict | None = None) -> ImportResult:
    """Import one file; ``catalogs`` caches the catalogs looked up during one batch."""
    try:
        pkg = package.read_package(path, expected_kind=bundle.KIND, keep=(bundle.RECORDS,))
        if store.bundle_known(pkg.id):
            return ImportResult(str(path), DUPLICATE, "already imported", "Gói này đã được nhập trước đó; không có gì thay đổi.",
                                records=int(pkg.manifest.get("counts", {}).get("records", 0)), bundle=pkg.id,
                                author=pkg.author_key_id)
        key, records = verify(store, pkg, {} if catalogs is None else catalogs)
        return merge(store, path, pkg, key, records)
    except (package.PackageError, Rejected) as exc:
        return quarantine(store, path, getattr(exc, "code", "rejected"), exc.message_vi, exc.message_en)
    except OSError as exc:
        return quarantine(store, path, "unreadable", f"Không đọc được tệp: {exc.strerror or exc}", f"Cannot read the file: {exc}")


def verify(store, pkg, catalogs: dict) -> tuple[object, list[ValueRecord]]:
    """All checks that need the office's registry and catalogs; returns the key and records."""
    key = store.trusted_key(pkg.author_key_id)
    if key is None:
        raise Rejected("unknown_key", "Gói được ký bởi một khóa chưa đăng ký với văn phòng thành phố.",
                       "Signed by a key the office has not enrolled.")
    if key.revoked:
        raise Rejected("revoked_key", "Gói được ký bởi một khóa đã bị thu hồi.", "Signed by a revoked key.")
    m = pkg.manifest
    units, periods = _manifest_list(m, "units", str), _manifest_list(m, "periods", int)
    unassigned = sorted(set(units) - set(key.units))
    if unassigned:
        raise Rejected("unit_not_assigned", f"Người gửi không được phân công báo cáo cho đơn vị {', '.join(unassigned)}.",
                       f"The key is not assigned to unit(s) {', '.join(unassigned)}.")
    cat_ref = m.get("catalog") or {}
    ref = (str(cat_ref.get("id")), str(cat_ref.get("version")))
    if ref not in catalogs:
        try:
            catalogs[ref] = store.get_catalog(*ref)
        except LcdeskError:
            raise Rejected("unknown_catalog", f"Văn phòng chưa có danh mục {ref[0]} phiên bản {ref[1]}.",
                           f"Unknown catalog {ref[0]}@{ref[1]}.") from None
    catalog = catalogs[ref]
    raw = bundle.read_records(pkg)
    records = check_records(raw, pkg, key, catalog, set(units), set(periods))
    check_sequence_reuse(store, key.key_id, records)
    return key, records


def _manifest_list(m: dict, name: str, kind) -> list:
    items = m.get(name)
    if not isinstance(items, list) or not all(isinstance(x, kind) and not isinstance(x, bool) for x in items):
        raise Rejected("bad_manifest", "Gói dữ liệu hỏng: phần mô tả không hợp lệ.", f"Manifest field '{name}' is malformed.")
    return items


def _bad(i: int, what_vi: str, what_en: str) -> Rejected:
    return Rejected("bad_record", f"Số liệu thứ {i + 1} trong gói không hợp lệ: {what_vi}.", f"Record {i + 1} is invalid: {what_en}.")


def check_records(raw, pkg, key, catalog, units: set, periods: set) -> list[ValueRecord]:
    if not isinstance(raw, list):
        raise Rejected("bad_records", "Gói dữ liệu hỏng: danh sách số liệu không hợp lệ.", "records.json is not a list.")
    members, seen_cells, seen_seqs, out = set(pkg.member_names), set(), set(), []
    for i, r in enumerate(raw):
        if not isinstance(r, dict) or r.keys() != FIELDS:
            raise _bad(i, "thiếu hoặc thừa trường", "missing or extra fields")
        if (r["catalog"] != catalog.id or r["unit"] not in units or type(r["period"]) is not int
                or r["period"] not in periods):
            raise _bad(i, "đơn vị, năm hoặc danh mục không khớp với gói", "unit, period or catalog not in the manifest")
        if not isinstance(r["seq"], int) or isinstance(r["seq"], bool) or r["seq"] < 1 or r["seq"] in seen_seqs:
            raise _bad(i, "số thứ tự không hợp lệ", "bad or repeated sequence number")
        try:
            ind = catalog.indicator(str(r["indicator"]))
            ind.measure(str(r["measure"]))
        except LcdeskError:
            raise _bad(i, f"chỉ số {r['indicator']}/{r['measure']} không có trong danh mục", "unknown indicator or measure") from None
        _check_payload(i, ind, r["payload"])
        if r["status"] not in ("draft", "complete") or not isinstance(r["note"], str) or not isinstance(r["evidence"], list):
            raise _bad(i, "trạng thái, ghi chú hoặc minh chứng sai dạng", "bad status, note or evidence")
        if any(not isinstance(e, str) or f"evidence/{e}" not in members for e in r["evidence"]):
            raise _bad(i, "minh chứng không có trong gói", "evidence missing from the bundle")
        cell = Cell(catalog.id, r["unit"], r["period"], str(r["indicator"]), str(r["measure"]))
        if cell in seen_cells:
            raise _bad(i, "ô số liệu bị lặp", "repeated cell")
        seen_cells.add(cell)
        seen_seqs.add(r["seq"])
        out.append(ValueRecord(cell, r["payload"], r["status"], nfc(r["note"]), tuple(r["evidence"]), key.key_id,
                               nfc(str(r["author_name"])), r["seq"], str(r["created_at"]), origin="bundle"))
    return out


def _check_payload(i: int, ind, payload) -> None:
    if payload is None:
        return
    if not isinstance(payload, dict) or any(isinstance(v, bool) for v in payload.values()):
        raise _bad(i, "giá trị sai dạng", "payload is not an object of numbers and words")
    checked = values.validate(ind, payload)
    if not checked.ok or checked.payload != payload:
        detail = checked.errors[0].message_vi if checked.errors else "giá trị không đúng dạng của chỉ số"
        raise _bad(i, f"{ind.code}: {detail}", f"{ind.code}: value of the wrong kind or out of range")


def check_sequence_reuse(store, author_key: str, records: list[ValueRecord]) -> None:
    """A sequence number the key already used for other content means a restored or forged device."""
    existing = store.existing_records(author_key, [r.seq for r in records])
    for r in records:
        old = existing.get(r.seq)
        if old is None:
            continue
        c = r.cell
        mine = (c.catalog, c.unit, c.period, c.indicator, c.measure, canonical_payload(r.payload))
        if tuple(old[:6]) != mine:
            raise Rejected("sequence_reused", "Gói dùng lại số thứ tự đã dùng cho số liệu khác (máy có thể đã được khôi phục từ bản sao lưu cũ); hãy liên hệ cán bộ gửi.",
                           f"Sequence number {r.seq} was already used by this key for other content.")


def merge(store, path: Path, pkg, key, records: list[ValueRecord]) -> ImportResult:
    for sha, label in (pkg.manifest.get("evidence") or {}).items():
        if f"evidence/{sha}" in pkg.member_names:
            evidence.save_member(store, pkg, sha, str(label))
    m = pkg.manifest
    newest = store.latest_bundle_seq(key.key_id)
    with store.transaction():
        new = store.insert_records(records)
        store.record_bundle(bundle_id=pkg.id, author_key=key.key_id, bundle_seq=int(m.get("bundle_seq", 0)),
                            catalog=f"{m['catalog']['id']}@{m['catalog']['version']}", units=m["units"],
                            periods=m["periods"], records=records, new_records=new, file_name=path.name, manifest=m)
    result = ImportResult(str(path), IMPORTED, records=len(records), new_records=new, bundle=pkg.id, author=key.key_id)
    if int(m.get("bundle_seq", 0)) < newest:
        result.reason = f"older than bundle {newest} of the same key: current values unchanged"
        result.reason_vi = f"Gói cũ hơn gói số {newest} đã nhập của cùng người gửi: số liệu hiện hành không đổi."
    return result


def quarantine(store, path: Path, code: str, reason_vi: str, reason_en: str) -> ImportResult:
    folder = store.home / "quarantine"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    dest = folder / f"{stamp}-{path.name}"
    try:
        shutil.copyfile(path, dest)
    except OSError:
        dest = Path("")
    (folder / f"{stamp}-{path.name}.reason.txt").write_text(f"{reason_vi}\n{reason_en}\n", encoding="utf-8")
    store.add_quarantine(path.name, str(dest), code, reason_vi, reason_en)
    return ImportResult(str(path), REJECTED, reason_en, reason_vi, code)
