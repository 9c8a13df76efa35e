"""Reading what the city has received, cell by cell, without loading it all.

The office's values screen and ``office values --json`` walk up to 200,000 cells:
these queries return cursors (or small per-bundle / per-key tables), never a list
with one object per record. Rows come in cell order (catalog, unit, period,
indicator, measure), then author key, so a caller can group a cell's standing
records as they stream past.
"""

from __future__ import annotations

from collections.abc import Iterator

HEAD_COLUMNS = ("catalog", "unit", "period", "indicator", "measure", "payload", "status", "note", "evidence",
                "author_key", "author_name", "seq", "created_at", "origin")
_CELL_ORDER = "catalog, unit, period, indicator, measure, author_key, seq"
_CHUNK = 500


def _filters(catalog, period, unit) -> tuple[list[str], list]:
    clauses, params = [], []
    for name, value in (("catalog", catalog), ("unit", unit), ("period", period)):
        if value is not None:
            clauses.append(f"{name} = ?")
            params.append(value)
    return clauses, params


class ValuesViewMixin:
    def iter_head_rows(self, *, catalog: str | None = None, period: int | None = None, unit: str | None = None,
                       units: list[str] | None = None) -> Iterator[tuple]:
        """Each author's standing record of each cell, as tuples in ``HEAD_COLUMNS`` order, in cell order.

        One ordered pass over ``value_records`` (its cell index): a record stands when the
        next row is another cell or another author (the highest sequence per author comes
        last). ``units`` restricts to those unit codes (the values screen's visible rows)."""
        if units is not None:
            for start in range(0, len(units), _CHUNK):
                yield from self._head_rows(catalog, period, unit, units[start:start + _CHUNK])
            return
        yield from self._head_rows(catalog, period, unit, None)

    def _head_rows(self, catalog, period, unit, units) -> Iterator[tuple]:
        clauses, params = _filters(catalog, period, unit)
        if units is not None:
            clauses.append(f"unit IN ({','.join('?' * len(units))})")
            params.extend(units)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        cur = self.conn.execute(f"SELECT {', '.join(HEAD_COLUMNS)} FROM value_records{where} ORDER BY {_CELL_ORDER}",
                                params)
        previous = None
        for row in cur:
            if previous is not None and previous[:5] + previous[9:10] != row[:5] + row[9:10]:
                yield previous
            previous = row
        if previous is not None:
            yield previous

    def shared_cells(self, *, catalog: str | None = None, period: int | None = None) -> list[tuple]:
        """(catalog, unit, period, indicator, measure) of the cells with records from more than one key.

        Only those can be conflicts (or settled ones): one pass over the cell index, without
        reading the records themselves."""
        clauses, params = _filters(catalog, period, None)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        return self.conn.execute(
            f"SELECT catalog, unit, period, indicator, measure FROM value_records{where} "
            f"GROUP BY catalog, unit, period, indicator, measure HAVING COUNT(DISTINCT author_key) > 1", params
        ).fetchall()

    def units_with_records_by(self, key_ids, *, catalog: str | None = None, period: int | None = None) -> list[str]:
        """Codes of the units with at least one record by one of ``key_ids``."""
        key_ids = list(key_ids)
        if not key_ids:
            return []
        clauses, params = _filters(catalog, period, None)
        clauses.append(f"author_key IN ({','.join('?' * len(key_ids))})")
        return [r[0] for r in self.conn.execute(
            f"SELECT DISTINCT unit FROM value_records WHERE {' AND '.join(clauses)}", [*params, *key_ids])]

    def units_with_record_status(self, status: str, *, catalog: str | None = None,
                                 period: int | None = None) -> list[str]:
        """Codes of the units with at least one record (standing or not) of ``status``."""
        clauses, params = _filters(catalog, period, None)
        clauses.append("status = ?")
        return [r[0] for r in self.conn.execute(
            f"SELECT DISTINCT unit FROM value_records WHERE {' AND '.join(clauses)}", [*params, status])]

    def bundle_seq_ranges(self) -> list[tuple[str, str, str, str]]:
        """(bundle id, author key, seq ranges as JSON, imported at) of every imported bundle."""
        return self.conn.execute(
            "SELECT br.bundle_id, br.author_key, br.seq_ranges, b.imported_at FROM bundle_records br "
            "JOIN bundles b ON b.bundle_id = br.bundle_id"
        ).fetchall()

    def author_seq_ranges(self, author_key: str) -> list[tuple[str, str, str, str]]:
        """``bundle_seq_ranges`` of one author's bundles."""
        return self.conn.execute(
            "SELECT br.bundle_id, br.author_key, br.seq_ranges, b.imported_at FROM bundle_records br "
            "JOIN bundles b ON b.bundle_id = br.bundle_id WHERE br.author_key = ?", (author_key,)
        ).fetchall()

    def key_summaries(self) -> dict[str, tuple[str, str, str | None]]:
        """{key id: (name, public key base64, revoked at)} of every trusted key, in one query."""
        return {k: (name, public, revoked) for k, name, public, revoked in
                self.conn.execute("SELECT key_id, name, public_key, revoked_at FROM trusted_keys")}

    def recorded_units(self, catalog: str | None = None, period: int | None = None) -> list[str]:
        """Codes of the units with at least one record (for the catalog and period given)."""
        clauses, params = _filters(catalog, period, None)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        return [r[0] for r in self.conn.execute(f"SELECT DISTINCT unit FROM value_records{where} ORDER BY unit", params)]

    def recorded_periods(self, catalog: str | None = None) -> list[int]:
        """Every period with at least one record (of ``catalog``), newest first."""
        clauses, params = _filters(catalog, None, None)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        return [int(r[0]) for r in
                self.conn.execute(f"SELECT DISTINCT period FROM value_records{where} ORDER BY period DESC", params)]

    def recorded_catalogs(self) -> list[str]:
        """Ids of the catalogs with at least one record."""
        return [r[0] for r in self.conn.execute("SELECT DISTINCT catalog FROM value_records ORDER BY catalog")]

    def evidence_rows(self, hashes) -> dict[str, dict]:
        """{sha256: evidence row} for the stored ones among ``hashes``."""
        hashes = list(dict.fromkeys(hashes))
        if not hashes:
            return {}
        marks = ",".join("?" * len(hashes))
        cur = self.conn.execute(f"SELECT sha256, size, name, added_at FROM evidence WHERE sha256 IN ({marks})", hashes)
        return {row[0]: dict(zip(("sha256", "size", "name", "added_at"), row)) for row in cur}
