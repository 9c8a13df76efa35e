"""``lcdesk office figures|checks|follow-up|rating`` and the officer's ``lcdesk check``, as scripts use them."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.core import golden_city as golden


def run(home, *args):
    proc = subprocess.run([sys.executable, "-m", "lcdesk", "--home", str(home), *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=120)
    return proc.returncode, proc.stdout, proc.stderr


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    home = tmp_path_factory.mktemp("golden") / "office"
    golden.build(home).close()
    return home


def test_office_figures_json_follows_the_contract(office):
    code, out, err = run(office, "office", "figures", "--period", "2025", "--catalog", golden.CATALOG, "--json")
    assert code == 0, err
    rows = json.loads(out)
    fields = ["catalog", "indicator", "measure", "period", "kind", "value", "numerator", "denominator",
              "units_counted", "units_expected", "units_rate_only", "target", "evaluation"]
    assert all(set(fields) <= set(r) for r in rows)
    fig = next(r for r in rows if r["indicator"] == "1.1.1.a")
    assert [fig[f] for f in fields] == [golden.CATALOG, "1.1.1.a", "value", 2025, "percent", 50.0, 500, 1000, 3, 5, 1,
                                        {"comparator": ">=", "value": 50.0, "text": "≥ 50%"}, "met"]
    assert {r["evaluation"] for r in rows} <= {"met", "not_met", "no_figure", "no_target"}


def test_drill_and_only_approved(office):
    code, out, _ = run(office, "office", "figures", "--period", "2025", "--indicator", "1.1.1.a", "--drill",
                       "--only", "approved", "--json")
    assert code == 0
    [fig] = json.loads(out)
    assert (fig["numerator"], fig["denominator"]) == (420, 900)
    assert [(u["code"], u["officer"]) for u in fig["units"]] == [("00004", "Nguyễn Văn An"), ("00008", "Trần Thị Bình")]
    assert all({"code", "name", "value", "numerator", "denominator", "bundle", "officer"} <= set(u) for u in fig["units"])


def test_figures_in_words(office):
    code, out, _ = run(office, "office", "figures", "--period", "2025", "--indicator", "1.1.1.a")
    assert code == 0
    assert "50 % (500/1.000) · Đạt (≥ 50%) · 4/5 đơn vị, 2 đã duyệt" in out


def test_a_bad_indicator_exits_non_zero_with_both_messages(office):
    code, out, err = run(office, "office", "figures", "--period", "2025", "--indicator", "9.9.9", "--json")
    assert code == 2 and json.loads(out)["error_vi"]


def test_office_checks_json_and_the_follow_up_list(office, tmp_path):
    code, out, _ = run(office, "office", "checks", "--period", "2025", "--json")
    assert code == 0
    rows = json.loads(out)
    assert all({"unit", "indicator", "rule", "importance", "message_vi", "kind"} <= set(r) for r in rows)
    assert [r["rule"] for r in rows if r["kind"] == "outlier"] == ["outlier:not-run"]
    code, out, err = run(office, "office", "follow-up", "--period", "2025", "--unit", "00004", "--indicator", "1.1.1.a",
                         "--comment", "Kiểm tra mẫu số", "--json")
    assert code == 0, err
    code, out, _ = run(office, "office", "follow-up", "--period", "2025", "--json")
    assert [r["comment"] for r in json.loads(out)] == ["Kiểm tra mẫu số"]


def test_rating_is_recorded_with_its_note(office):
    code, out, err = run(office, "office", "rating", "--period", "2025", "--indicator", "3.1.1.a", "--rating", "3",
                         "--note", "Biên bản số 2", "--json")
    assert code == 0, err
    fig = json.loads(out)
    assert (fig["value"], fig["note"]) == (3, "Biên bản số 2")
    code, _, _ = run(office, "office", "rating", "--period", "2025", "--indicator", "1.1.1.a", "--rating", "3")
    assert code == 2


def test_the_officer_checks_own_figures_before_export(tmp_path):
    from lcdesk.core.exchange import identity
    from lcdesk.core.officer import entry
    from tests.core import city_fixture

    office = city_fixture.make_office(tmp_path / "office", "learning-models")
    officer = city_fixture.enrol(office, tmp_path / "officer", "Nguyễn Văn An", ["00004"], tmp_path)
    catalog = identity.officer_catalogs(officer)[0]
    for indicator, raw in (("1.1.1.a", {"numerator": 300, "denominator": 1000}),
                           ("1.1.2.b", {"numerator": 50, "denominator": 280})):
        entry.save_value(officer, catalog, unit="00004", period=2025, indicator=indicator, measure="value", raw=raw)
    office.close()
    officer.close()
    code, out, err = run(tmp_path / "officer", "check", "--period", "2025", "--json")
    assert code == 0, err
    [row] = json.loads(out)
    assert (row["unit"], row["indicator"], row["kind"], row["importance"]) == ("00004", "1.1.2.b", "rule", "medium")
    assert row["message_vi"] == ("Mẫu số (280) phải là số người đạt danh hiệu “Công dân học tập” "
                                 "của chỉ số 1.1.1.a (300).")
    code, out, _ = run(tmp_path / "officer", "check", "--period", "2025")
    assert "[trung bình] Phường Ba Đình · 1.1.2.b: Mẫu số (280)" in out
