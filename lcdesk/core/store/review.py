"""Expected sets, review records, receipts, feedback and the audit (issue 11).

Every table here is append-only (migration ``m007_review_chain``): rows are added,
never changed. The meaning of the rows lives in ``lcdesk/core/office/`` and
``lcdesk/core/exchange/{receipt,feedback}.py``.
"""

from __future__ import annotations

import json

from lcdesk.core.store.base import utc_now

REVIEW_FIELDS = ("catalog", "unit", "period", "indicator", "action", "measure", "text", "snapshot", "approved",
                 "actor_key", "actor_name", "seq", "at", "signature")


def _dicts(cur) -> list[dict]:
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur]


class ReviewMixin:
    # ------------------------------------------------------------- periods
    def open_review_period(self, catalog: str, period: int, deadline: str, actor_key: str,
                           cells: list[tuple[str, str]]) -> bool:
        """Open ``period`` and freeze its expected ``cells`` (unit, indicator); False if already open."""
        with self.transaction():
            cur = self.conn.execute(
                "INSERT OR IGNORE INTO review_periods (catalog, period, deadline, opened_at, actor_key) "
                "VALUES (?, ?, ?, ?, ?)", (catalog, int(period), deadline, utc_now(), actor_key))
            if cur.rowcount != 1:
                return False
            self.conn.executemany(
                "INSERT INTO expected_frozen (catalog, period, unit, indicator) VALUES (?, ?, ?, ?)",
                [(catalog, int(period), u, i) for u, i in cells])
            return True

    def review_period(self, catalog: str, period: int) -> dict | None:
        rows = _dicts(self.conn.execute("SELECT * FROM review_periods WHERE catalog = ? AND period = ?",
                                        (catalog, int(period))))
        return rows[0] if rows else None

    def review_periods(self) -> list[dict]:
        return _dicts(self.conn.execute("SELECT * FROM review_periods ORDER BY catalog, period"))

    def frozen_expected(self, catalog: str, period: int) -> list[tuple[str, str]]:
        return [tuple(r) for r in self.conn.execute(
            "SELECT unit, indicator FROM expected_frozen WHERE catalog = ? AND period = ? ORDER BY unit, indicator",
            (catalog, int(period)))]

    def add_expected_change(self, catalog: str, period: int, unit: str, indicator: str, change: str,
                            reason: str, actor_key: str) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO expected_changes (catalog, period, unit, indicator, change, reason, actor_key, at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (catalog, int(period), unit, indicator, change, reason, actor_key, utc_now()))

    def expected_changes(self, catalog: str | None = None, period: int | None = None) -> list[dict]:
        sql, params = "SELECT * FROM expected_changes", []
        if catalog is not None:
            sql, params = sql + " WHERE catalog = ? AND period = ?", [catalog, int(period)]
        return _dicts(self.conn.execute(sql + " ORDER BY id", params))

    def add_deadline_change(self, catalog: str, period: int, unit: str, deadline: str, reason: str, actor_key: str) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO deadline_changes (catalog, period, unit, deadline, reason, actor_key, at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)", (catalog, int(period), unit, deadline, reason, actor_key, utc_now()))

    def deadline_changes(self, catalog: str | None = None, period: int | None = None) -> list[dict]:
        sql, params = "SELECT * FROM deadline_changes", []
        if catalog is not None:
            sql, params = sql + " WHERE catalog = ? AND period = ?", [catalog, int(period)]
        return _dicts(self.conn.execute(sql + " ORDER BY id", params))

    def first_receipts(self, catalog: str, period: int) -> dict[str, str]:
        """{unit: the earliest time the office imported a bundle of ``catalog`` naming the unit and period}.

        A bundle's ``catalog`` column lists every catalog it carries, "id@version" joined by commas
        (format 2, ``importer``), or one bare id (format 1): ``catalog`` may be any of them."""
        escaped = catalog.replace("\\", "\\\\").replace("_", "\\_").replace("%", "\\%")
        rows = self.conn.execute(
            "SELECT u.value, MIN(b.imported_at) FROM bundles b, json_each(b.units) u, json_each(b.periods) p "
            "WHERE (',' || b.catalog || ',' LIKE ? ESCAPE '\\' OR ',' || b.catalog || ',' LIKE ? ESCAPE '\\') "
            "AND p.value = ? GROUP BY u.value",
            (f"%,{escaped},%", f"%,{escaped}@%", int(period)))
        return {unit: at for unit, at in rows}

    # -------------------------------------------------------------- review
    def add_review_records(self, rows: list[dict]) -> None:
        """Append review records (dicts with ``REVIEW_FIELDS``) in one transaction."""
        marks = ", ".join("?" * len(REVIEW_FIELDS))
        with self.transaction():
            self.conn.executemany(
                f"INSERT INTO review_records ({', '.join(REVIEW_FIELDS)}) VALUES ({marks})",
                [tuple(r[f] for f in REVIEW_FIELDS) for r in rows])

    def review_records(self, catalog: str | None = None, period: int | None = None, unit: str | None = None) -> list[dict]:
        clauses, params = [], []
        for name, value in (("catalog", catalog), ("period", period), ("unit", unit)):
            if value is not None:
                clauses.append(f"{name} = ?")
                params.append(value)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        return _dicts(self.conn.execute(f"SELECT * FROM review_records{where} ORDER BY actor_key, seq, id", params))

    # -------------------------------------------------- receipts, feedback
    def add_issued_file(self, kind: str, key_id: str, seq: int, package_id: str, path: str, summary: dict) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO issued_files (kind, key_id, seq, package_id, path, at, summary) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (kind, key_id, seq, package_id, path, utc_now(), json.dumps(summary, ensure_ascii=False, sort_keys=True)))

    def issued_files(self, kind: str | None = None) -> list[dict]:
        sql, params = "SELECT * FROM issued_files", []
        if kind is not None:
            sql, params = sql + " WHERE kind = ?", [kind]
        return _dicts(self.conn.execute(sql + " ORDER BY id", params))

    def latest_applied_seq(self, kind: str) -> int:
        row = self.conn.execute("SELECT MAX(seq) FROM applied_files WHERE kind = ?", (kind,)).fetchone()
        return int(row[0] or 0)

    def latest_applied(self, kind: str) -> dict | None:
        rows = _dicts(self.conn.execute("SELECT * FROM applied_files WHERE kind = ? ORDER BY seq DESC LIMIT 1", (kind,)))
        if not rows:
            return None
        return {**rows[0], "body": json.loads(rows[0]["body"])}

    def apply_file(self, kind: str, package_id: str, seq: int, body: dict, receipts: list[tuple] = ()) -> None:
        """Note an applied receipt or feedback file and, for a receipt, what it confirmed (one transaction).

        ``receipts``: (bundle_id, received_at, status, reason) rows."""
        with self.transaction():
            self.conn.execute("INSERT INTO applied_files (kind, package_id, seq, at, body) VALUES (?, ?, ?, ?, ?)",
                              (kind, package_id, int(seq), utc_now(), json.dumps(body, ensure_ascii=False, sort_keys=True)))
            self.conn.executemany(
                "INSERT OR IGNORE INTO export_receipts (bundle_id, package_id, received_at, status, reason) "
                "VALUES (?, ?, ?, ?, ?)", [(b, package_id, at, st, why) for b, at, st, why in receipts])

    def export_receipts(self) -> dict[str, dict]:
        """{bundle_id: the first confirmation {received_at, status, reason}}."""
        out: dict[str, dict] = {}
        for bundle_id, at, status, reason in self.conn.execute(
                "SELECT bundle_id, received_at, status, reason FROM export_receipts ORDER BY received_at"):
            out.setdefault(bundle_id, {"received_at": at, "status": status, "reason": reason})
        return out

    # --------------------------------------------------------------- audit
    def add_audit_events(self, rows: list[tuple]) -> int:
        """Append (at, actor, action, target, detail dict, source) rows; a known ``source`` is skipped."""
        with self.transaction():
            before = self.conn.total_changes
            self.conn.executemany(
                "INSERT OR IGNORE INTO audit_events (at, actor, action, target, detail, source) VALUES (?, ?, ?, ?, ?, ?)",
                [(at, actor, action, target, json.dumps(detail, ensure_ascii=False, sort_keys=True), source)
                 for at, actor, action, target, detail, source in rows])
            return self.conn.total_changes - before

    def audit_sources(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT source FROM audit_events")}

    def iter_audit_events(self, since: str | None = None):
        """Audit events in time order (then insertion order), one row at a time."""
        sql, params = "SELECT at, actor, action, target, detail FROM audit_events", []
        if since:
            sql, params = sql + " WHERE at >= ?", [since]
        for at, actor, action, target, detail in self.conn.execute(sql + " ORDER BY at, id", params):
            yield {"at": at, "actor": actor, "action": action, "target": target, "detail": json.loads(detail)}
