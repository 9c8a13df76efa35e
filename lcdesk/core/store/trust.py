"""The office's side of the store: trusted keys, imported bundles, quarantine, resolutions."""

from __future__ import annotations

import json
from dataclasses import dataclass

from lcdesk.core.store.base import utc_now
from lcdesk.core.store.migrations import seq_ranges


@dataclass(frozen=True)
class TrustedKey:
    key_id: str
    public_key: str
    name: str
    position: str
    role: str
    enrolled_at: str
    revoked_at: str | None
    units: tuple[str, ...]

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None


class TrustMixin:
    # ------------------------------------------------------------------ keys
    def register_key(self, key_id: str, public_key: str, name: str, position: str = "",
                     role: str = "officer", units: tuple[str, ...] = ()) -> None:
        """Register (or re-register) a key and add ``units`` to its assignment."""
        with self.transaction():
            self.conn.execute(
                "INSERT INTO trusted_keys (key_id, public_key, name, position, role, enrolled_at) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(key_id) DO UPDATE SET name = excluded.name, "
                "position = excluded.position",
                (key_id, public_key, name, position, role, utc_now()),
            )
            self.conn.executemany(
                "INSERT OR IGNORE INTO key_units (key_id, unit) VALUES (?, ?)", [(key_id, u) for u in units]
            )

    def revoke_key(self, key_id: str) -> bool:
        """Mark ``key_id`` revoked; returns False when it is unknown or already revoked."""
        with self.transaction():
            cur = self.conn.execute(
                "UPDATE trusted_keys SET revoked_at = ? WHERE key_id = ? AND revoked_at IS NULL", (utc_now(), key_id)
            )
            return cur.rowcount == 1

    def trusted_key(self, key_id: str) -> TrustedKey | None:
        row = self.conn.execute(
            "SELECT key_id, public_key, name, position, role, enrolled_at, revoked_at FROM trusted_keys WHERE key_id = ?",
            (key_id,),
        ).fetchone()
        if row is None:
            return None
        units = tuple(r[0] for r in self.conn.execute("SELECT unit FROM key_units WHERE key_id = ? ORDER BY unit", (key_id,)))
        return TrustedKey(*row, units=units)

    def trusted_keys(self) -> list[TrustedKey]:
        ids = [r[0] for r in self.conn.execute("SELECT key_id FROM trusted_keys ORDER BY name, key_id")]
        return [self.trusted_key(k) for k in ids]

    # ----------------------------------------------------------------- scope
    def record_provisioned_scope(self, key_id: str, catalogs, periods) -> None:
        """Add ``catalogs`` (``id`` or ``id@version``) and ``periods`` to what ``key_id`` may report."""
        with self.transaction():
            self.conn.executemany("INSERT OR IGNORE INTO key_catalogs (key_id, catalog) VALUES (?, ?)",
                                  [(key_id, str(c).split("@")[0]) for c in catalogs])
            self.conn.executemany("INSERT OR IGNORE INTO key_periods (key_id, period) VALUES (?, ?)",
                                  [(key_id, int(p)) for p in periods])

    def key_scope(self, key_id: str) -> tuple[frozenset[str], frozenset[int]]:
        """(catalog ids, periods) provisioned for ``key_id``; an empty set means "never limited"
        (a key enrolled before scopes were kept, or provisioned without periods)."""
        cats = frozenset(r[0] for r in self.conn.execute("SELECT catalog FROM key_catalogs WHERE key_id = ?", (key_id,)))
        periods = frozenset(r[0] for r in self.conn.execute("SELECT period FROM key_periods WHERE key_id = ?", (key_id,)))
        return cats, periods

    # --------------------------------------------------------------- bundles
    def bundle_seq_used(self, author_key: str, bundle_seq: int) -> str | None:
        """The id of an imported bundle of ``author_key`` with this ``bundle_seq``, if any."""
        row = self.conn.execute("SELECT bundle_id FROM bundles WHERE author_key = ? AND bundle_seq = ? LIMIT 1",
                                (author_key, bundle_seq)).fetchone()
        return None if row is None else row[0]

    def bundle_known(self, bundle_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM bundles WHERE bundle_id = ?", (bundle_id,)).fetchone() is not None

    def bundle_info(self, bundle_id: str) -> dict | None:
        """What was noted of an imported bundle (no manifest): for the duplicate outcome."""
        cur = self.conn.execute("SELECT bundle_id, author_key, bundle_seq, catalog, records, new_records, file_name, "
                                "imported_at FROM bundles WHERE bundle_id = ?", (bundle_id,))
        row = cur.fetchone()
        return None if row is None else dict(zip([d[0] for d in cur.description], row))

    def author_heads(self, author_key: str, cells) -> dict:
        """{cell: (seq, canonical payload text)} of ``author_key``'s newest record of each of ``cells``."""
        from lcdesk.core.store.records import Cell

        wanted, out = set(cells), {}
        rows = self.conn.execute(
            "SELECT catalog, unit, period, indicator, measure, MAX(seq), payload FROM value_records "
            "WHERE author_key = ? GROUP BY catalog, unit, period, indicator, measure", (author_key,))
        for catalog, unit, period, indicator, measure, seq, payload in rows:
            cell = Cell(catalog, unit, period, indicator, measure)
            if cell in wanted:
                out[cell] = (seq, payload)
        return out

    def latest_bundle_seq(self, author_key: str) -> int:
        row = self.conn.execute("SELECT MAX(bundle_seq) FROM bundles WHERE author_key = ?", (author_key,)).fetchone()
        return int(row[0] or 0)

    def record_bundle(self, *, bundle_id: str, author_key: str, bundle_seq: int, catalog: str, units, periods,
                      records: list, new_records: int, file_name: str, manifest: dict) -> None:
        """Note an imported bundle and which records it carried (inside the import transaction)."""
        with self.transaction():
            self.conn.execute(
                "INSERT INTO bundles (bundle_id, author_key, bundle_seq, catalog, units, periods, records, "
                "new_records, file_name, imported_at, manifest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (bundle_id, author_key, bundle_seq, catalog, json.dumps(list(units)), json.dumps(list(periods)),
                 len(records), new_records, file_name, utc_now(), json.dumps(manifest, ensure_ascii=False, sort_keys=True)),
            )
            self.conn.execute(
                "INSERT INTO bundle_records (bundle_id, author_key, seq_ranges) VALUES (?, ?, ?)",
                (bundle_id, author_key, json.dumps(seq_ranges(r.seq for r in records))),
            )

    def existing_records(self, author_key: str, seqs: list[int]) -> dict[int, tuple]:
        """{seq: (cell..., payload, status, note, evidence)} of ``author_key``'s records among ``seqs``."""
        found = {}
        for start in range(0, len(seqs), 500):
            chunk = seqs[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(
                f"SELECT seq, catalog, unit, period, indicator, measure, payload, status, note, evidence "
                f"FROM value_records WHERE author_key = ? AND seq IN ({marks})", [author_key, *chunk]
            ):
                found[row[0]] = tuple(row[1:])
        return found

    def record_origins(self) -> dict[tuple[str, int], tuple[str, str]]:
        """{(author_key, seq): (bundle id, imported at)} for every imported record.

        When several bundles carried a record, the smallest bundle id is named, so the
        answer does not depend on the order the bundles arrived in; the time is the
        earliest import of any of them."""
        origins: dict[tuple[str, int], tuple[str, str]] = {}
        rows = self.conn.execute(
            "SELECT br.bundle_id, br.author_key, br.seq_ranges, b.imported_at FROM bundle_records br "
            "JOIN bundles b ON b.bundle_id = br.bundle_id"
        )
        for bundle_id, author, ranges, at in rows:
            for start, end in json.loads(ranges):
                for seq in range(start, end + 1):
                    old = origins.get((author, seq))
                    if old is None:
                        origins[(author, seq)] = (bundle_id, at)
                    else:
                        origins[(author, seq)] = (min(old[0], bundle_id), min(old[1], at))
        return origins

    def bundles(self) -> list[dict]:
        cur = self.conn.execute(
            "SELECT bundle_id, author_key, bundle_seq, catalog, units, periods, records, new_records, file_name, "
            "imported_at FROM bundles ORDER BY author_key, bundle_seq"
        )
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur]

    # ------------------------------------------------------------ quarantine
    def add_quarantine(self, file_name: str, stored_path: str, code: str, reason_vi: str, reason_en: str) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO quarantine (file_name, stored_path, code, reason_vi, reason_en, at) VALUES (?, ?, ?, ?, ?, ?)",
                (file_name, stored_path, code, reason_vi, reason_en, utc_now()),
            )

    def quarantined(self) -> list[dict]:
        cur = self.conn.execute("SELECT * FROM quarantine ORDER BY id")
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur]

    # ----------------------------------------------------------- resolutions
    def add_resolution(self, record, candidates: list[str]) -> None:
        """Store the office's decision ``record`` and the candidate uids it settles, atomically."""
        with self.transaction():
            self.insert_records([record])
            self.conn.executemany(
                "INSERT INTO resolutions (author_key, seq, candidate) VALUES (?, ?, ?)",
                [(record.author_key, record.seq, c) for c in candidates],
            )

    def resolutions(self) -> dict[str, frozenset[str]]:
        """{resolution record uid: the candidate uids it settled}."""
        out: dict[str, set] = {}
        for author, seq, candidate in self.conn.execute("SELECT author_key, seq, candidate FROM resolutions"):
            out.setdefault(f"{author}/{seq}", set()).add(candidate)
        return {k: frozenset(v) for k, v in out.items()}
