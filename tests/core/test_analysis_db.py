"""``export-db``'s analysis database opens in sqlite-utils with its tables, views and full-text search,
and holds the golden city's figures."""

from __future__ import annotations

import sqlite_utils
import pytest

from lcdesk.core.office.report.analysis import export_analysis_db
from lcdesk.core.store.analysis_db import FTS, SCHEMA, VIEWS
from tests.core import golden_city as golden


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    base = tmp_path_factory.mktemp("adb")
    store = golden.build(base / "office")
    info = export_analysis_db(store, golden.PERIOD, base / "city-2025.db")
    store.close()
    database = sqlite_utils.Database(base / "city-2025.db")
    yield database, info
    database.close()


def test_tables_views_and_fts_are_there(db):
    database, info = db
    names = set(database.table_names())
    assert set(SCHEMA) <= names
    assert set(VIEWS) <= set(database.view_names())
    for table in FTS:
        assert database[table].detect_fts() == f"{table}_fts"
    assert info["tables"]["indicators"] == 8 and info["tables"]["units"] == 6
    assert database["units"].pks == ["code"]
    assert database["city_figures"].pks == ["catalog", "period", "indicator", "measure"]


def test_city_figures_are_the_golden_ones(db):
    database, _ = db
    rows = {(r["indicator"], r["measure"]): r for r in database["city_figures"].rows}
    for (period, code, measure), expected in golden.EXPECTED.items():
        if period != golden.PERIOD:
            continue
        row = rows[(code, measure)]
        for field in ("numerator", "denominator", "units_counted", "units_rate_only", "units_expected", "evaluation"):
            if field in expected:
                assert row[field] == expected[field], (code, measure, field)
        if isinstance(expected.get("value"), float):
            assert row["value_number"] == expected["value"]


def test_unit_figures_mark_the_rate_only_unit_and_views_answer_questions(db):
    database, _ = db
    w3 = next(database["figures"].rows_where("unit = ? AND indicator = ?", [golden.WARDS["W3"], "1.1.1.a"]))
    assert w3["counted"] == 0 and w3["value_number"] == 90.0 and w3["officer"] == golden.OFFICERS["W3"]
    rate_only = list(database.query("SELECT unit, indicator FROM rate_only_figures"))
    assert {"unit": golden.WARDS["W3"], "indicator": "1.1.1.a"} in rate_only
    missing = [r["code"] for r in database.query("SELECT code FROM units_not_reported")]
    assert missing == [golden.WARDS["W5"]]
    not_met = [r["code"] for r in database.query("SELECT code FROM indicators_not_met")]
    assert not_met == ["1.1.2.b"]
    by_standard = {r["standard"]: r for r in database.query("SELECT * FROM evaluation_by_standard")}
    assert by_standard["1.1"]["met"] == 3 and by_standard["1.1"]["not_met"] == 1


def test_full_text_search_finds_indicators_without_diacritics(db):
    database, _ = db
    found = [r["code"] for r in database["indicators"].search("danh hieu")]
    assert found == ["1.1.1.a"]
    assert sorted(r["code"] for r in database["indicators"].search("thư viện")) == ["1.1.3.a", "1.1.3.b"]
