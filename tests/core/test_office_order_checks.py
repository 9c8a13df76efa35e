"""The data-quality checks and the conflicts list use the office's one order of units
(``unit_names.order_keys``: by district group, kind, then name ignoring case and diacritics), as
Số liệu, Tiến độ and Duyệt số liệu do, not the units' codes; so does ``office checks``."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from lcdesk.core.exchange import identity
from lcdesk.core.office import checks, conflicts
from lcdesk.core.store import Cell, Store
from lcdesk.core.units import registry as units
from tests.core import golden_city as golden

# Hà Nội's wards whose codes run the other way from their names: 00008 Ngọc Hà, 00097 Hồng Hà,
# 00130 Bồ Đề. By code: Ngọc Hà, Hồng Hà, Bồ Đề; in the office's order: Bồ Đề, Hồng Hà, Ngọc Hà.
NGOC_HA, HONG_HA, BO_DE = "00008", "00097", "00130"
BY_NAME = ["Phường Bồ Đề", "Phường Hồng Hà", "Phường Ngọc Hà"]
RATE_RULE = "1.2.1.a:value:tyle<=100"  # one of the rules a rate of 120 % fails


@pytest.fixture
def office(tmp_path):
    store = Store.open(tmp_path / "office")
    identity.init_office(store, units.find_city("01"), [store.get_catalog("learning-models")])
    for ward in (NGOC_HA, HONG_HA, BO_DE):
        # a failed rule in every ward (a rate over 100 %), and two officers who disagree on 1.1.1.a
        store.append_record(Cell("learning-models", ward, 2025, "1.2.1.a", "value"),
                            {"numerator": 120, "denominator": 100, "rate": 120.0}, author_key="k1", origin="bundle")
        for key, rate in (("k1", 40), ("k2", 45)):
            store.append_record(Cell("learning-models", ward, 2025, "1.1.1.a", "value"), golden.pct(rate * 10, 1000),
                                author_key=key, author_name=f"Cán bộ {key}", origin="bundle")
    yield store
    store.close()


def test_check_rows_list_units_in_the_office_order_not_by_code(office):
    rows = checks.office_checks(office, 2025, "learning-models")
    assert [r["unit_name"] for r in rows if r["rule"] == RATE_RULE] == BY_NAME


def test_conflicts_list_units_in_the_office_order_not_by_code(office):
    items = conflicts.list_conflicts(office)
    assert [(i.unit_name, i.indicator) for i in items] == [(name, "1.1.1.a") for name in BY_NAME]


def run(home, *args):
    """``lcdesk`` as a script runs it (its own process: what it prints is all it prints)."""
    done = subprocess.run([sys.executable, "-m", "lcdesk", "--home", str(home), *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_the_cli_lists_checks_in_the_same_order_with_the_same_fields(office):
    home = office.home
    office.close()
    rows = [r for r in json.loads(run(home, "office", "checks", "--period", "2025", "--json")) if r["rule"] == RATE_RULE]
    assert [r["unit_name"] for r in rows] == BY_NAME
    assert all(set(r) == {"unit", "indicator", "rule", "importance", "message_vi", "kind", "catalog", "period",
                          "measure", "unit_name", "value"} for r in rows)
    lines = [line for line in run(home, "office", "checks", "--period", "2025").splitlines()
             if "Tỷ lệ 120 % vượt quá 100 %" in line]
    assert [line.split("] ", 1)[1].split(" · ")[0] for line in lines] == BY_NAME
