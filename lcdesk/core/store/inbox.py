"""The office's inbox and officer registry (issue 10): provisioning files written,
revocation reasons, the registry's rows, and quarantine housekeeping."""

from __future__ import annotations

import json

from lcdesk.core.store.base import utc_now

_REGISTRY_SQL = """
SELECT k.key_id, k.public_key, k.name, k.position, k.enrolled_at, k.revoked_at,
       COALESCE(r.reason, '') AS revoke_reason,
       (SELECT MAX(b.bundle_seq) FROM bundles b WHERE b.author_key = k.key_id) AS last_bundle_seq,
       (SELECT MAX(b.imported_at) FROM bundles b WHERE b.author_key = k.key_id) AS last_received,
       (SELECT COUNT(*) FROM bundles b WHERE b.author_key = k.key_id) AS bundles
FROM trusted_keys k LEFT JOIN revocations r ON r.key_id = k.key_id
WHERE k.role = 'officer'
ORDER BY k.name, k.key_id
"""


class InboxMixin:
    # --------------------------------------------------------- provisioning
    def record_provisioning(self, key_id: str, file: str, catalogs: list, periods: list, deadline: str) -> None:
        """Note a provisioning file written for ``key_id`` (the registry shows the latest)."""
        with self.transaction():
            self.conn.execute(
                "INSERT INTO provisionings (key_id, file, catalogs, periods, deadline, at) VALUES (?, ?, ?, ?, ?, ?)",
                (key_id, file, json.dumps(list(catalogs)), json.dumps(sorted(periods)), deadline or "", utc_now()),
            )

    def last_provisionings(self) -> dict[str, dict]:
        """{key_id: the latest provisioning written for it}."""
        rows = self.conn.execute(
            "SELECT key_id, file, catalogs, periods, deadline, at FROM provisionings p "
            "WHERE id = (SELECT MAX(id) FROM provisionings q WHERE q.key_id = p.key_id)"
        )
        return {k: {"file": f, "catalogs": json.loads(c), "periods": json.loads(p), "deadline": d, "at": at}
                for k, f, c, p, d, at in rows}

    # -------------------------------------------------------------- registry
    def officer_registry(self) -> list[dict]:
        """One dict per officer key: who, units, enrolled on, last bundle (seq, received), revocation."""
        cur = self.conn.execute(_REGISTRY_SQL)
        names = [d[0] for d in cur.description]
        rows = [dict(zip(names, row)) for row in cur]
        units: dict[str, list[str]] = {}
        for key_id, unit in self.conn.execute("SELECT key_id, unit FROM key_units ORDER BY unit"):
            units.setdefault(key_id, []).append(unit)
        for row in rows:
            row["units"] = units.get(row["key_id"], [])
        return rows

    def revoke_with_reason(self, key_id: str, reason: str) -> bool:
        """Revoke ``key_id`` and keep why, in one transaction; False when unknown or already revoked."""
        with self.transaction():
            if not self.revoke_key(key_id):
                return False
            self.conn.execute("INSERT OR REPLACE INTO revocations (key_id, reason, at) VALUES (?, ?, ?)",
                              (key_id, reason, utc_now()))
        return True

    # ------------------------------------------------------------ quarantine
    def quarantine_item(self, item_id: int) -> dict | None:
        cur = self.conn.execute("SELECT * FROM quarantine WHERE id = ?", (item_id,))
        row = cur.fetchone()
        return None if row is None else dict(zip([d[0] for d in cur.description], row))

    def delete_quarantine(self, item_id: int) -> None:
        with self.transaction():
            self.conn.execute("DELETE FROM quarantine WHERE id = ?", (item_id,))

    def bundle_row(self, bundle_id: str) -> dict | None:
        cur = self.conn.execute(
            "SELECT bundle_id, author_key, bundle_seq, catalog, units, periods, records, new_records, file_name, "
            "imported_at, manifest FROM bundles WHERE bundle_id = ?", (bundle_id,))
        row = cur.fetchone()
        return None if row is None else dict(zip([d[0] for d in cur.description], row))
