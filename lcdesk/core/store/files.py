"""Evidence files known to the store and the officer's export history."""

from __future__ import annotations

import json

from lcdesk.core.store.base import utc_now


class FilesMixin:
    def add_evidence_row(self, sha256: str, size: int, name: str) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT OR IGNORE INTO evidence (sha256, size, name, added_at) VALUES (?, ?, ?, ?)",
                (sha256, size, name, utc_now()),
            )

    def evidence_info(self, sha256: str) -> dict | None:
        row = self.conn.execute("SELECT sha256, size, name, added_at FROM evidence WHERE sha256 = ?", (sha256,)).fetchone()
        return None if row is None else dict(zip(("sha256", "size", "name", "added_at"), row))

    def evidence_hashes(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT sha256 FROM evidence ORDER BY sha256")]

    def record_export(self, path: str, bundle_id: str, size: int, summary: dict) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO exports (at, path, bundle_id, size, summary) VALUES (?, ?, ?, ?, ?)",
                (utc_now(), path, bundle_id, size, json.dumps(summary, ensure_ascii=False, sort_keys=True)),
            )

    def exports(self) -> list[dict]:
        rows = self.conn.execute("SELECT id, at, path, bundle_id, size, summary FROM exports ORDER BY id")
        return [
            {"id": i, "at": at, "path": path, "bundle_id": b, "size": size, "summary": json.loads(summary)}
            for i, at, path, b, size, summary in rows
        ]
