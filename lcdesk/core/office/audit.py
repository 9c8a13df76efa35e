"""The office's audit: who did what, when, to what (``office audit --json``, the audit page).

Events live in ``audit_events`` (append-only: triggers refuse UPDATE and DELETE). Review
actions, receipts and feedback are noted when they happen (``note``). Imports, rejections,
enrolments, provisioning, revocations and resolutions are **derived** from the tables that
already record them (bundles, quarantine, trusted keys, resolutions, issued provisioning)
and copied in by ``sync`` before every read, each once (a stable ``source`` key), so the
audit keeps them even if a later change touches those tables.

An event: ``{"at", "actor", "action", "target", "detail"}``, ``action`` one of ``ACTIONS``.
"""

from __future__ import annotations

from pathlib import Path

from lcdesk.core.exchange import identity
from lcdesk.core.store.base import utc_now

ACTIONS = ("import", "reject", "enrol", "provision", "revoke", "resolve", "approve", "return", "unapprove",
           "receipt", "feedback")


def note(store, action: str, target: str, detail: dict, source: str, at: str | None = None) -> None:
    """Append one event done by this installation (the office)."""
    assert action in ACTIONS, action
    store.add_audit_events([(at or utc_now(), _office_actor(store), action, target, detail, source)])


def note_provision(store, header: dict, package_id: str, path: str) -> None:
    """The office wrote a provisioning file (called by ``provisioning.write_provisioning``)."""
    officer = header["officer"]
    note(store, "provision", f"{officer['name']} ({officer['key_id']})",
         {"key_id": officer["key_id"], "units": [u["code"] for u in header["units"]], "catalogs": header["catalogs"],
          "periods": header["periods"], "deadline": header["deadline"], "seq": header["provisioning_seq"],
          "file": path}, f"provision:{package_id}")


def _office_actor(store) -> str:
    return identity.my_name(store) or "office"


def _derived(store, seen: set[str]):
    actor = _office_actor(store)
    names = {k.key_id: k.name for k in store.trusted_keys()}
    for b in store.bundles():
        if f"bundle:{b['bundle_id']}" not in seen:
            yield (b["imported_at"], actor, "import", b["file_name"],
                   {"bundle": b["bundle_id"], "author": names.get(b["author_key"], b["author_key"]),
                    "key_id": b["author_key"], "bundle_seq": b["bundle_seq"], "records": b["records"],
                    "new_records": b["new_records"], "units": b["units"], "periods": b["periods"]},
                   f"bundle:{b['bundle_id']}")
    for q in store.quarantined():
        if f"quarantine:{q['id']}" not in seen:
            yield (q["at"], actor, "reject", q["file_name"], {"code": q["code"], "reason": q["reason_en"],
                                                            "reason_vi": q["reason_vi"]}, f"quarantine:{q['id']}")
    for k in store.trusted_keys():
        if k.role == "officer" and f"enrol:{k.key_id}" not in seen:
            yield (k.enrolled_at, actor, "enrol", f"{k.name} ({k.key_id})",
                   {"key_id": k.key_id, "position": k.position, "units": list(k.units)}, f"enrol:{k.key_id}")
        if k.revoked and f"revoke:{k.key_id}" not in seen:
            yield (k.revoked_at, actor, "revoke", f"{k.name} ({k.key_id})", {"key_id": k.key_id}, f"revoke:{k.key_id}")
    yield from _resolutions(store, seen, actor)


def _resolutions(store, seen: set[str], actor: str):
    settled = store.resolutions()
    for uid, candidates in settled.items():
        if f"resolve:{uid}" in seen:
            continue
        author, seq = uid.rsplit("/", 1)
        record = next((r for r in store.heads(author_key=author) if r.seq == int(seq)), None)
        if record is None:
            record = _history_record(store, author, int(seq))
        c = record.cell if record else None
        target = f"{c.unit} {c.period} {c.indicator}/{c.measure}" if c else uid
        yield (record.created_at if record else utc_now(), actor, "resolve", target,
               {"record": uid, "candidates": sorted(candidates), "value": record.payload if record else None},
               f"resolve:{uid}")


def _history_record(store, author: str, seq: int):
    for r in store.heads(author_key=author):
        for old in store.history(r.cell):
            if old.author_key == author and old.seq == seq:
                return old
    return None


def sync(store) -> int:
    """Copy derived events not yet in the audit; returns how many were added."""
    rows = list(_derived(store, store.audit_sources()))
    return store.add_audit_events(rows) if rows else 0


def events(store, since: str | None = None):
    """Every audit event (time order), one at a time; ``since`` is a date or an ISO time."""
    sync(store)
    yield from store.iter_audit_events(since)


def write_xlsx(store, path: str | Path, since: str | None = None) -> Path:
    """The audit as a workbook: one row per event (streamed with openpyxl's write-only mode)."""
    import json

    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Nhật ký")
    ws.append(["Thời điểm (UTC)", "Người thực hiện", "Thao tác", "Đối tượng", "Chi tiết"])
    for e in events(store, since):
        ws.append([e["at"], e["actor"], e["action"], e["target"], json.dumps(e["detail"], ensure_ascii=False)])
    path = Path(path)
    wb.save(path)
    return path
