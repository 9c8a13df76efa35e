"""Receipts and feedback for every officer at once (the review page's "Ghi biên nhận và phản hồi…").

For each active officer key: a receipt when the office received anything from it, and a
feedback file when any form of its units was reviewed. Files are named after the officer
(``bien-nhan-<name>-<key id>.lcx``, ``phan-hoi-<name>-<key id>.lcf``) so the clerk can send
each to the right person; a newer file for the same officer replaces the older one."""

from __future__ import annotations

from pathlib import Path

from lcdesk.core.exchange import feedback, receipt
from lcdesk.core.text import slug


def write_all(store, folder: str | Path) -> list[dict]:
    folder = Path(folder)
    reviewed_units = {r["unit"] for r in store.review_records()}
    senders = {b["author_key"] for b in store.bundles()}
    written, cache, rejected = [], {}, receipt.rejected_by_key(store)
    for key in store.trusted_keys():
        if key.role != "officer" or key.revoked:
            continue
        stem = f"{slug(key.name) or 'can-bo'}-{key.key_id[:8]}"
        if key.key_id in senders or key.key_id in rejected:
            written.append(receipt.write_receipt(store, key.key_id, folder / f"bien-nhan-{stem}{receipt.SUFFIX}", rejected))
        if reviewed_units & set(key.units):
            written.append(feedback.write_feedback(store, key.key_id, folder / f"phan-hoi-{stem}{feedback.SUFFIX}", cache))
    return written
