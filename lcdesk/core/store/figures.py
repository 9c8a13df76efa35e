"""City figures' SQL: the derived ``city_cells`` table, its sums, city-level expert ratings and
follow-up marks (issue 12). Report settings (H6b) live in their own methods below.

``city_cells`` holds, per cell (catalog, period, indicator, measure, unit), the merge rule's
current value (``lcdesk.core.merge.rule.decide``) with its figures pulled out of the JSON
payload into plain columns. It is refreshed from ``value_records`` by record id (the table
is append-only and ids only grow): only cells touched by records newer than the last
refresh are recomputed, so a city figure costs one GROUP BY over plain columns.
"""

from __future__ import annotations

import json

from lcdesk.core.store.base import utc_now

MARK = "figures.cells_upto"

_FIELDS = ("num", "den", "rate", "male", "female", "total", "base", "rating", "direction", "figure", "previous")
_JSON = {
    "num": "numerator", "den": "denominator", "rate": "rate", "male": "male", "female": "female",
    "total": "total", "base": "base", "rating": "rating", "direction": "direction",
    "figure": "figure", "previous": "previous",
}
# Which fields a payload has follows from its first key (payloads are canonical JSON, keys
# sorted): percent {"denominator"..., count by sex {"base"..., rating {"rating"..., trend
# {"direction"...; anything else gets every field looked up.
_SHAPES = {"deno": ("num", "den", "rate"), "base": ("male", "female", "total", "base", "rate"),
           "rati": ("rating",), "dire": ("direction", "figure", "previous")}


def _extract(payload: str) -> str:
    columns = []
    for f in _FIELDS:
        shapes = ", ".join(f"'{k}'" for k, fields in _SHAPES.items() if f in fields)
        columns.append(f"CASE WHEN substr({payload}, 3, 4) IN ({shapes}) OR substr({payload}, 3, 4) NOT IN "
                       f"({', '.join(repr(k) for k in _SHAPES)}) THEN json_extract({payload}, '$.{_JSON[f]}') END")
    return ", ".join(columns)


_EXTRACT = _extract("payload")
_COLUMNS = "catalog, period, indicator, measure, unit, payload, conflict, author_key, author_name, seq, " + ", ".join(_FIELDS)
_CELL = "catalog, unit, period, indicator, measure"

# One row per figure: what the city figure of every kind is computed from.
_SUMS = """
SELECT c.catalog, c.period, c.indicator, c.measure,
  count(c.payload) AS units_reported,
  count(CASE WHEN c.payload IS NOT NULL AND a.unit IS NOT NULL THEN 1 END) AS units_approved,
  count(CASE WHEN c.num IS NOT NULL AND c.den > 0 THEN 1 END) AS units_counted,
  sum(CASE WHEN c.num IS NOT NULL AND c.den > 0 THEN c.num END) AS numerator,
  sum(CASE WHEN c.num IS NOT NULL AND c.den > 0 THEN c.den END) AS denominator,
  count(CASE WHEN c.num IS NULL AND c.rate IS NOT NULL AND c.total IS NULL THEN 1 END) AS units_rate_only,
  max(CASE WHEN c.num IS NULL AND c.rate IS NOT NULL AND c.total IS NULL THEN c.rate END) AS any_rate,
  sum(c.male) AS male, sum(c.female) AS female, sum(c.total) AS total,
  count(CASE WHEN c.total IS NOT NULL AND c.base > 0 THEN 1 END) AS units_based,
  sum(CASE WHEN c.total IS NOT NULL AND c.base > 0 THEN c.total END) AS based_total,
  sum(CASE WHEN c.total IS NOT NULL AND c.base > 0 THEN c.base END) AS base,
  count(CASE WHEN c.rating = 1 THEN 1 END) AS r1, count(CASE WHEN c.rating = 2 THEN 1 END) AS r2,
  count(CASE WHEN c.rating = 3 THEN 1 END) AS r3, count(CASE WHEN c.rating = 4 THEN 1 END) AS r4,
  count(CASE WHEN c.rating = 5 THEN 1 END) AS r5,
  count(CASE WHEN c.direction = 'increase' THEN 1 END) AS increase,
  count(CASE WHEN c.direction = 'decrease' THEN 1 END) AS decrease,
  count(CASE WHEN c.figure IS NOT NULL AND c.previous IS NOT NULL THEN 1 END) AS units_paired,
  sum(CASE WHEN c.figure IS NOT NULL AND c.previous IS NOT NULL THEN c.figure END) AS figure,
  sum(CASE WHEN c.figure IS NOT NULL AND c.previous IS NOT NULL THEN c.previous END) AS previous,
  sum(c.figure) AS figure_all, count(c.figure) AS units_figure,
  sum(c.conflict) AS conflicts
FROM city_cells c LEFT JOIN temp.fig_approved a ON a.period = c.period AND a.unit = c.unit AND a.indicator = c.indicator
WHERE {where}
GROUP BY c.catalog, c.period, c.indicator, c.measure
"""


def _where(catalog, periods, indicator, approved_only: bool) -> tuple[str, list]:
    """``indicator`` is one code or a list of codes."""
    clauses, params = [], []
    if catalog is not None:
        clauses.append("c.catalog = ?")
        params.append(catalog)
    if periods is not None:
        periods = [int(p) for p in periods]
        clauses.append(f"c.period IN ({','.join('?' * len(periods))})")
        params.extend(periods)
    if indicator is not None:
        codes = [indicator] if isinstance(indicator, str) else list(indicator)
        clauses.append(f"c.indicator IN ({','.join('?' * len(codes))})")
        params.extend(codes)
    if approved_only:
        clauses.append("a.unit IS NOT NULL")
    return " AND ".join(clauses) or "1", params


def _approval(sql: str, approved) -> str:
    """Without approved forms there is nothing to join (and no probe per row)."""
    if approved:
        return sql
    return (sql.replace(" LEFT JOIN temp.fig_approved a ON a.period = c.period AND a.unit = c.unit AND a.indicator = c.indicator", "")
            .replace("a.unit IS NOT NULL", "0"))


class FiguresMixin:
    # ------------------------------------------------------------ city_cells
    def refresh_city_cells(self) -> int:
        """Bring ``city_cells`` up to date with ``value_records``; returns the cells recomputed."""
        top = self.conn.execute("SELECT coalesce(max(id), 0) FROM value_records").fetchone()[0]
        mark = int(self.get_setting(MARK, 0) or 0)
        if top <= mark:
            return 0
        with self.transaction():
            if mark == 0:
                source = "value_records"
                self.conn.execute("DELETE FROM city_cells")
            else:
                self.conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS fig_dirty ({_CELL}, PRIMARY KEY ({_CELL})) WITHOUT ROWID")
                self.conn.execute("DELETE FROM temp.fig_dirty")
                self.conn.execute(f"INSERT OR IGNORE INTO temp.fig_dirty SELECT {_CELL} FROM value_records WHERE id > ?", (mark,))
                # CROSS JOIN keeps this order: each dirty cell looks its records up in the index
                source = (f"(SELECT r.* FROM temp.fig_dirty d CROSS JOIN value_records r ON "
                          + " AND ".join(f"r.{c} = d.{c}" for c in _CELL.split(", ")) + ")")
            heads = (f"SELECT {_CELL}, payload, author_key, author_name, max(seq) AS seq "
                     f"FROM {source} GROUP BY {_CELL}, author_key")
            before = self.conn.total_changes
            self.conn.execute(
                f"INSERT OR REPLACE INTO city_cells ({_COLUMNS}) "
                f"SELECT catalog, period, indicator, measure, unit, payload, 0, author_key, author_name, seq, {_EXTRACT} "
                f"FROM ({heads}) GROUP BY {_CELL} HAVING count(*) = 1 ORDER BY catalog, period, indicator, measure, unit")
            changed = self.conn.total_changes - before
            multi = self.conn.execute(
                f"SELECT {_CELL} FROM {source} GROUP BY {_CELL} HAVING min(author_key) <> max(author_key)").fetchall()
            changed += self._decide_cells(multi)
            self.set_setting(MARK, top)
        return changed

    def _decide_cells(self, cells: list[tuple]) -> int:
        """Cells with several authors: the merge rule decides, cell by cell."""
        if not cells:
            return 0
        from lcdesk.core.merge.rule import RESOLUTION, decide
        from lcdesk.core.store.records import canonical_payload

        settled = self.resolutions()
        rows = []
        for cell in cells:
            records = self._cell_heads(cell)
            candidates = sorted((r for r in records if r.origin != RESOLUTION), key=lambda r: r.author_key)
            resolutions = sorted((r for r in records if r.origin == RESOLUTION), key=lambda r: r.seq)
            resolution = resolutions[-1] if resolutions else None
            seen = settled.get(resolution.uid, frozenset()) if resolution else frozenset()
            value, conflict, resolved_by = decide(candidates, resolution, seen)
            source = resolution if resolved_by else (candidates[0] if candidates and not conflict else None)
            catalog, unit, period, indicator, measure = cell
            rows.append((catalog, period, indicator, measure, unit, canonical_payload(value), int(conflict),
                         source.author_key if source else None, source.author_name if source else "",
                         source.seq if source else None))
        extract = _extract("?6")
        self.conn.executemany(
            f"INSERT OR REPLACE INTO city_cells ({_COLUMNS}) SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, {extract}", rows)
        return len(rows)

    def _cell_heads(self, cell: tuple) -> list:
        """Each author's newest record of one cell (catalog, unit, period, indicator, measure)."""
        from lcdesk.core.store.records import _row_to_record

        cur = self.conn.execute(
            f"SELECT * FROM value_records WHERE catalog = ? AND unit = ? AND period = ? AND indicator = ? "
            f"AND measure = ? ORDER BY author_key, seq", cell)
        names = [d[0] for d in cur.description]
        newest: dict = {}
        for row in cur:
            record = _row_to_record(dict(zip(names, row)))
            newest[record.author_key] = record
        return list(newest.values())

    def _approved_table(self, approved) -> None:
        self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS fig_approved (period INTEGER, unit TEXT, indicator TEXT, "
                          "PRIMARY KEY (period, unit, indicator)) WITHOUT ROWID")
        self.conn.execute("DELETE FROM temp.fig_approved")
        if approved:
            self.conn.executemany("INSERT OR IGNORE INTO temp.fig_approved VALUES (?, ?, ?)", approved)

    def city_cell_sums(self, *, catalog=None, periods=None, indicator=None, approved=(), approved_only=False) -> list[dict]:
        """Per (catalog, period, indicator, measure): the sums and counts a city figure is made of.

        ``approved`` is an iterable of (period, unit, indicator) whose forms are approved; with
        ``approved_only`` only those units' values count."""
        self.refresh_city_cells()
        self._approved_table(approved)
        where, params = _where(catalog, periods, indicator, approved_only)
        cur = self.conn.execute(_approval(_SUMS.format(where=where), approved), params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur]

    def city_cell_units(self, *, catalog=None, periods=None, indicator=None, approved=(), approved_only=False) -> list[dict]:
        """The units behind city figures: one row per cell with a value (drill-down, checks)."""
        self.refresh_city_cells()
        self._approved_table(approved)
        where, params = _where(catalog, periods, indicator, approved_only)
        cur = self.conn.execute(_approval(
            "SELECT c.catalog, c.period, c.indicator, c.measure, c.unit, coalesce(u.name, c.unit) AS name, "
            "c.payload, c.conflict, c.author_key, c.author_name, c.seq, a.unit IS NOT NULL AS approved, "
            + ", ".join(f"c.{f}" for f in _FIELDS) +
            " FROM city_cells c LEFT JOIN temp.fig_approved a ON a.period = c.period AND a.unit = c.unit AND a.indicator = c.indicator"
            " LEFT JOIN units u ON u.code = c.unit"
            f" WHERE ({where}) AND (c.payload IS NOT NULL OR c.conflict)"
            " ORDER BY c.catalog, c.period, c.indicator, c.measure, c.unit", approved), params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur]

    def bundle_of_record(self, author_key: str | None, seq: int | None) -> str | None:
        """The smallest bundle id that carried (author_key, seq), or None (a local record)."""
        if author_key is None or seq is None:
            return None
        for bundle_id, ranges in self.conn.execute(
            "SELECT bundle_id, seq_ranges FROM bundle_records WHERE author_key = ? ORDER BY bundle_id", (author_key,)
        ):
            if any(start <= seq <= end for start, end in json.loads(ranges)):
                return bundle_id
        return None

    # --------------------------------------------------- city expert ratings
    def record_city_rating(self, catalog: str, period: int, indicator: str, rating: int | None, note: str = "",
                           author: str = "") -> None:
        """Record (append) the city's rating of ``indicator``; ``None`` withdraws it."""
        with self.transaction():
            self.conn.execute(
                "INSERT INTO city_ratings (catalog, period, indicator, rating, note, author, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (catalog, int(period), indicator, rating, note, author, utc_now()),
            )

    def city_ratings(self, catalog: str, period: int) -> dict[str, dict]:
        """{indicator: {"rating", "note", "author", "at"}}: the newest rating per indicator."""
        rows = self.conn.execute(
            "SELECT indicator, rating, note, author, at FROM city_ratings r WHERE catalog = ? AND period = ? "
            "AND id = (SELECT max(id) FROM city_ratings x WHERE x.catalog = r.catalog AND x.period = r.period "
            "AND x.indicator = r.indicator)", (catalog, int(period)))
        return {i: {"rating": r, "note": n, "author": a, "at": at} for i, r, n, a, at in rows if r is not None}

    # ---------------------------------------------------------- follow-ups
    def add_follow_up(self, *, catalog: str, unit: str, period: int, indicator: str, measure: str = "",
                     comment: str = "", state: str = "open", author: str = "") -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO followups (catalog, unit, period, indicator, measure, state, comment, author, at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (catalog, unit, int(period), indicator, measure, state, comment, author, utc_now()),
            )

    def follow_ups(self, *, period: int | None = None, catalog: str | None = None) -> list[dict]:
        """The standing mark per (catalog, unit, period, indicator, measure), with its history length."""
        where, params = [], []
        if period is not None:
            where.append("f.period = ?")
            params.append(int(period))
        if catalog is not None:
            where.append("f.catalog = ?")
            params.append(catalog)
        cur = self.conn.execute(
            "SELECT f.id, f.catalog, f.unit, coalesce(u.name, f.unit) AS name, f.period, f.indicator, f.measure, "
            "f.state, f.comment, f.author, f.at, (SELECT count(*) FROM followups x WHERE x.catalog = f.catalog "
            "AND x.unit = f.unit AND x.period = f.period AND x.indicator = f.indicator AND x.measure = f.measure) AS marks "
            "FROM followups f LEFT JOIN units u ON u.code = f.unit WHERE f.id = (SELECT max(id) FROM followups x "
            "WHERE x.catalog = f.catalog AND x.unit = f.unit AND x.period = f.period AND x.indicator = f.indicator "
            "AND x.measure = f.measure)" + "".join(f" AND {w}" for w in where) +
            " ORDER BY f.period, f.catalog, f.indicator, f.unit", params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur]

    # ------------------------------------ report settings (the cover sheet; H6b, issue 12 §3)
    def report_settings(self) -> dict[str, str]:
        """The cover-sheet settings the office has set ({key: text}); defaults are not stored."""
        return dict(self.get_setting(REPORT_SETTINGS, {}) or {})

    def set_report_settings(self, changes: dict[str, str]) -> dict[str, str]:
        """Set (or, with an empty text, forget) cover-sheet settings in one write; returns all stored."""
        with self.transaction():
            current = self.report_settings()
            for key, value in changes.items():
                if value:
                    current[key] = value
                else:
                    current.pop(key, None)
            self.set_setting(REPORT_SETTINGS, current)
        return current


REPORT_SETTINGS = "report_settings"
