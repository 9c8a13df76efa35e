"""Data-quality checks: peer outliers (modified z), year-on-year jumps, rules at the office, follow-ups."""

from __future__ import annotations

import pytest

from lcdesk.core.exchange import identity
from lcdesk.core.office import checks, followups, outliers
from lcdesk.core.store import Cell, Store
from lcdesk.core.units import registry as units
from tests.core import golden_city as golden


def test_modified_z_flags_the_unit_far_from_its_peers_and_says_why():
    values = {f"u{i}": v for i, v in enumerate([10, 11, 12, 12, 13, 14, 12, 11, 46.8])}
    result = outliers.peer_outliers(values, "phường", " %")
    # median 12, |x - 12| = 2,1,0,0,1,2,0,1,34.8 -> MAD 1; z(46.8) = 0.6745 * 34.8 / 1 = 23.47
    assert result.ran and (result.median, result.mad) == (12, 1)
    [(unit, x, score, words)] = result.flags
    assert unit == "u8" and score == pytest.approx(23.4726)
    assert words == ("Số liệu 46,8 % gấp 3,9 lần trung vị (12 %) của 9 phường "
                     "(điểm z hiệu chỉnh 23,5 > 3,5).")


def test_fewer_than_eight_units_run_no_outlier_check():
    result = outliers.peer_outliers({f"u{i}": i * 100 for i in range(7)})
    assert not result.ran and result.flags == () and "cần ít nhất 8" in result.reason_vi


def test_mad_zero_scores_nothing_and_says_so():
    result = outliers.peer_outliers({**{f"u{i}": 50.0 for i in range(6)}, "a": 1.0, "b": 99.0})
    assert not result.ran and result.mad == 0 and result.flags == ()
    assert "MAD = 0" in result.reason_vi


def test_a_time_series_z_could_never_fire_which_is_why_we_do_not_use_one():
    import statistics

    years = [1, 1, 1, 1, 100]  # the most extreme five-year series
    z = (100 - statistics.mean(years)) / statistics.stdev(years)
    assert z == pytest.approx(4 / 5 ** 0.5) and z < outliers.THRESHOLD


@pytest.mark.parametrize("now, before, factor, expected", [
    (30, 10, 3, "Tăng gấp 3 lần so với năm 2024 (từ 10 % lên 30 % ; ngưỡng ×3)."),
    (10, 35, 3, "Giảm còn 0,29 lần so với năm 2024 (từ 35 % xuống 10 % ; ngưỡng ÷3)."),
    (29, 10, 3, None), (5, 0, 3, None), (21, 10, 2, "Tăng gấp 2,1 lần so với năm 2024 (từ 10 % lên 21 % ; ngưỡng ×2)."),
])
def test_year_on_year_jumps(now, before, factor, expected):
    words = outliers.jump(now, before, factor, 2024, " %")
    assert words == (expected.replace(" ;", ";") if expected else None)


@pytest.fixture
def ward_office(tmp_path):
    """Hà Nội's office with ten wards reporting 1.1.1.a of learning-models for 2024 and 2025."""
    store = Store.open(tmp_path / "office")
    identity.init_office(store, units.find_city("01"), [store.get_catalog("learning-models")])
    wards = [u.code for u in units.city_tree(units.find_city("01")) if u.kind == "ward"][:10]
    rates = [40, 42, 44, 45, 45, 46, 47, 48, 50, 95]
    for i, (ward, rate) in enumerate(zip(wards, rates)):
        for year, r in ((2024, rate if i != 0 else 12), (2025, rate)):
            store.append_record(Cell("learning-models", ward, year, "1.1.1.a", "value"), golden.pct(r * 10, 1000),
                                author_key=f"k{i}", author_name=f"Cán bộ {i}", origin="bundle")
    store.append_record(Cell("learning-models", wards[1], 2025, "1.2.1.a", "value"),
                        {"numerator": 120, "denominator": 100, "rate": 120.0}, author_key="k1", origin="bundle")
    yield store, wards
    store.close()


def test_office_checks_flag_rules_outliers_and_jumps_in_words(ward_office):
    store, wards = ward_office
    rows = checks.office_checks(store, 2025, "learning-models")
    kinds = {(r["kind"], r["unit"], r["indicator"]) for r in rows}
    assert ("outlier", wards[9], "1.1.1.a") in kinds
    assert ("jump", wards[0], "1.1.1.a") in kinds  # 12 % in 2024, 40 % in 2025: ×3,3
    assert ("rule", wards[1], "1.2.1.a") in kinds
    outlier = next(r for r in rows if r["kind"] == "outlier" and r["unit"])
    assert "Số liệu 95 % gấp 2,1 lần trung vị (45,5 %) của 10 phường" in outlier["message_vi"]
    assert {"unit", "indicator", "rule", "importance", "message_vi", "kind"} <= set(outlier)
    not_run = [r for r in rows if r["rule"] == "outlier:not-run"]
    assert len(not_run) == 1
    assert not_run[0]["message_vi"] == ("Không kiểm tra ngoại lai cho 1 số liệu: dưới 8 đơn vị có số liệu — "
                                        "1.2.1.a (1).")
    assert checks.failed_forms(store, "learning-models", 2025) >= {(wards[9], "1.1.1.a"), (wards[1], "1.2.1.a")}


def test_the_office_sets_the_jump_factor(ward_office):
    store, wards = ward_office
    checks.set_jump_factor(store, "4")
    assert not [r for r in checks.office_checks(store, 2025) if r["kind"] == "jump"]
    with pytest.raises(checks.ChecksError):
        checks.set_jump_factor(store, "1")


def test_follow_up_marks_open_recomment_and_close(tmp_path):
    store = golden.build(tmp_path / "office")
    where = dict(catalog=golden.CATALOG, unit="00004", period=2025, indicator="1.1.1.a", measure="value")
    with pytest.raises(followups.FollowUpError):
        followups.mark(store, **where, comment="  ")
    followups.mark(store, **where, comment="Mẫu số 400 có vẻ thấp")
    followups.mark(store, **where, comment="Đã gọi điện, chờ trả lời")
    [row] = followups.follow_up_list(store, 2025)
    assert (row["comment"], row["marks"], row["name"]) == ("Đã gọi điện, chờ trả lời", 2, "Phường Ba Đình")
    followups.close(store, **where, comment="Đơn vị xác nhận đúng")
    assert followups.follow_up_list(store, 2025) == []
    assert followups.follow_up_list(store, 2025, open_only=False)[0]["state"] == "closed"
    with pytest.raises(Exception):
        store.conn.execute("DELETE FROM followups")
    store.close()
