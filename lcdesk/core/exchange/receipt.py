"""Receipts (``.lcx``): the office tells an officer which of their bundles arrived.

The office writes, per officer key, a package of kind ``receipt`` listing every bundle it
received from that key: accepted ones (from ``bundles``) and rejected ones it can
attribute to the key (a quarantined file whose signature verifies under it), each with
its id, sequence number, when the office received it and why a rejected one was refused.
Opened on the officer's laptop it marks those exports "đã nhận" (received) in the export
history. Format: docs/bundle-format.md, "Receipts and feedback".
"""

from __future__ import annotations

from lcdesk.core.exchange import container as package
from lcdesk.core.exchange import office_files
from lcdesk.core.exchange.office_files import is_int, is_text, refuse

KIND, SUFFIX, MEMBER = "receipt", ".lcx", "receipt.json"
STATUSES = ("accepted", "rejected")
ITEM_FIELDS = frozenset({"bundle_id", "bundle_seq", "received_at", "status", "reason", "reason_vi", "file_name"})


def rejected_by_key(store) -> dict[str, list[dict]]:
    """{key id: receipt items of the quarantined files whose signature verifies under that key}."""
    out: dict[str, list[dict]] = {}
    for q in store.quarantined():
        pkg = _verified(q["stored_path"])
        if pkg is None:
            continue
        seq = pkg.manifest.get("bundle_seq")
        out.setdefault(pkg.author_key_id, []).append(
            {"bundle_id": pkg.id, "bundle_seq": seq if is_int(seq) else 0, "received_at": q["at"], "status": "rejected",
             "reason": q["reason_en"], "reason_vi": q["reason_vi"], "file_name": q["file_name"]})
    return out


def received_bundles(store, key_id: str, rejected: dict | None = None) -> list[dict]:
    """What the office received from ``key_id``: accepted bundles, then attributable rejections
    (``rejected``: ``rejected_by_key``, computed once for a batch of officers)."""
    items = [{"bundle_id": b["bundle_id"], "bundle_seq": int(b["bundle_seq"]), "received_at": b["imported_at"],
              "status": "accepted", "reason": "", "reason_vi": "", "file_name": b["file_name"]}
             for b in store.bundles() if b["author_key"] == key_id]
    known = {i["bundle_id"] for i in items}
    for item in (rejected_by_key(store) if rejected is None else rejected).get(key_id, []):
        if item["bundle_id"] not in known:
            known.add(item["bundle_id"])
            items.append(item)
    return sorted(items, key=lambda i: (i["received_at"], i["bundle_seq"], i["bundle_id"]))


def _verified(path: str):
    if not path:
        return None
    try:
        return package.read_package(path)
    except (package.PackageError, OSError):
        return None


def write_receipt(store, key_id: str, out, rejected: dict | None = None) -> dict:
    """Office: write the signed receipt for the officer ``key_id``; noted in the audit."""
    from lcdesk.core.office import audit

    items = received_bundles(store, key_id, rejected)
    info = office_files.write(store, KIND, MEMBER, key_id, out, {"bundles": items})
    summary = {"bundles": len(items), "accepted": sum(i["status"] == "accepted" for i in items)}
    store.add_issued_file(KIND, key_id, info["seq"], info["package"], str(out), summary)
    audit.note(store, "receipt", f"{info['officer']} ({key_id})", {**summary, "seq": info["seq"], "file": str(out)},
               f"receipt:{info['package']}")
    return {**info, **summary, "items": items}


def _item_ok(item: dict) -> bool:
    return (is_text(item["bundle_id"], 64) and is_int(item["bundle_seq"]) and is_text(item["received_at"], 40)
            and all(is_text(item[f]) for f in ("reason", "reason_vi", "file_name")))


def check_content(content: dict) -> list[dict]:
    return office_files.checked_items(content, "bundles", ITEM_FIELDS, "status", STATUSES, _item_ok)


def open_receipt(store, path) -> dict:
    """Officer: check and apply a receipt; returns what it confirmed."""
    def apply(pkg, seq, items):
        mine = {e["bundle_id"] for e in store.exports()}
        rows = [(i["bundle_id"], i["received_at"], i["status"], i["reason_vi"]) for i in items]
        store.apply_file(KIND, pkg.id, seq, {"bundles": items}, rows)
        confirmed = [i for i in items if i["bundle_id"] in mine]
        return {"bundles": len(items), "confirmed": len(confirmed),
                "rejected": [i for i in confirmed if i["status"] == "rejected"]}

    return office_files.open_file(store, path, KIND, MEMBER, check_content, apply)


def exports_with_receipts(store) -> list[dict]:
    """The officer's export history, each with whether a receipt confirmed it (``lcdesk exports``)."""
    receipts = store.export_receipts()
    out = []
    for e in store.exports():
        got = receipts.get(e["bundle_id"])
        out.append({"id": e["id"], "at": e["at"], "path": e["path"], "bundle_id": e["bundle_id"], "size": e["size"],
                    "records": e["summary"].get("records"), "received": got is not None,
                    "received_at": got["received_at"] if got else None, "status": got["status"] if got else None,
                    "reason": got["reason"] if got else ""})
    return out
