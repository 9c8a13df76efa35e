"""The analysis database: a separate, clean SQLite file of one period, for other tools.

``write_analysis_db(path, rows)`` writes the tables below with sqlite-utils (imported
here, on first use, never at start-up), the views for the common questions and
full-text search over the indicators' texts and notes and the checks' messages. The
file opens in sqlite-utils, Datasette, DB Browser for SQLite or Excel (ODBC). The
schema is documented in docs/analysis-db.md; ``SCHEMA`` and ``VIEWS`` are its source.
It is written beside ``path`` and renamed over it, so a reader never sees half a file.
"""

from __future__ import annotations

import os
from pathlib import Path

SCHEMA: dict[str, tuple[dict[str, type], tuple[str, ...]]] = {
    "units": ({"code": str, "name": str, "kind": str, "parent": str, "group_name": str, "expected": int,
               "received": int, "complete": int, "approved": int, "returned": int, "rate": float}, ("code",)),
    "indicators": ({"catalog": str, "code": str, "area": str, "area_title": str, "standard": str,
                    "standard_title": str, "criterion": str, "criterion_title": str, "text": str, "kind": str,
                    "responsible": str, "assign": str, "target_text": str, "target_comparator": str,
                    "target_value": float, "target_2025": float, "target_2030": float, "note": str},
                   ("catalog", "code")),
    "city_figures": ({"catalog": str, "period": int, "indicator": str, "measure": str, "kind": str, "value": str,
                      "value_number": float, "numerator": int, "denominator": int, "units_counted": int,
                      "units_expected": int, "units_rate_only": int, "target_value": float, "evaluation": str},
                     ("catalog", "period", "indicator", "measure")),
    "figures": ({"catalog": str, "period": int, "unit": str, "indicator": str, "measure": str, "value": str,
                 "value_number": float, "numerator": int, "denominator": int, "counted": int, "bundle": str,
                 "officer": str, "review_state": str}, ("catalog", "period", "unit", "indicator", "measure")),
    "sources": ({"unit": str, "unit_name": str, "officer": str, "key_id": str, "fingerprint": str, "bundle": str,
                 "bundle_id": str, "received": str, "review": str}, ("bundle_id", "unit")),
    "checks": ({"id": int, "unit": str, "indicator": str, "rule": str, "importance": str, "message_vi": str,
                "kind": str}, ("id",)),
}
FOREIGN_KEYS = [("figures", "unit", "units", "code"), ("sources", "unit", "units", "code")]
VIEWS = {
    "indicators_not_met": """
        SELECT i.code, i.text, c.measure, c.value, i.target_text, c.units_counted, c.units_expected
        FROM city_figures c JOIN indicators i ON i.catalog = c.catalog AND i.code = c.indicator
        WHERE c.evaluation = 'not_met' ORDER BY i.code""",
    "evaluation_by_standard": """
        SELECT i.standard, i.standard_title,
               SUM(c.evaluation = 'met') AS met, SUM(c.evaluation = 'not_met') AS not_met,
               SUM(c.evaluation = 'no_figure') AS no_figure, SUM(c.evaluation = 'no_target') AS no_target
        FROM city_figures c JOIN indicators i ON i.catalog = c.catalog AND i.code = c.indicator
        GROUP BY i.standard ORDER BY i.standard""",
    "units_not_reported": """
        SELECT code, name, group_name, expected FROM units WHERE expected > 0 AND received = 0 ORDER BY name""",
    "rate_only_figures": """
        SELECT f.unit, u.name, f.indicator, f.measure, f.value FROM figures f JOIN units u ON u.code = f.unit
        WHERE f.counted = 0 AND f.value IS NOT NULL ORDER BY f.indicator, u.name""",
    "checks_by_unit": """
        SELECT c.unit, u.name, COUNT(*) AS checks, SUM(c.importance = 'high') AS high
        FROM checks c LEFT JOIN units u ON u.code = c.unit GROUP BY c.unit ORDER BY checks DESC""",
    "unit_figures": """
        SELECT u.name AS unit_name, u.group_name, i.text AS indicator_text, f.*
        FROM figures f JOIN units u ON u.code = f.unit
        JOIN indicators i ON i.catalog = f.catalog AND i.code = f.indicator""",
}
FTS = {"indicators": ("text", "note", "criterion_title", "standard_title"), "checks": ("message_vi",)}


def write_analysis_db(path: str | Path, rows: dict[str, list[dict]]) -> dict[str, int]:
    """Write ``rows`` ({table: [row dicts]}) as the analysis database at ``path``; returns counts."""
    import sqlite_utils

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.unlink(missing_ok=True)
    db = sqlite_utils.Database(tmp)
    try:
        counts = {}
        with db.conn:
            for name, (columns, pk) in SCHEMA.items():
                foreign = [(col, other, other_col) for t, col, other, other_col in FOREIGN_KEYS if t == name]
                db[name].create(columns, pk=pk if len(pk) > 1 else pk[0], foreign_keys=foreign or None)
                table_rows = [{k: r.get(k) for k in columns} for r in rows.get(name, [])]
                db[name].insert_all(table_rows, batch_size=2000)
                counts[name] = len(table_rows)
            for view, sql in VIEWS.items():
                db.create_view(view, sql.strip())
        for table, columns in FTS.items():
            db[table].enable_fts(list(columns), tokenize="unicode61 remove_diacritics 2")
        db.conn.execute("VACUUM")
    finally:
        db.close()
    os.replace(tmp, path)
    return counts
