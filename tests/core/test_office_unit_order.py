"""The office's one order of units (``unit_names.order_keys``): Số liệu, Tiến độ, Duyệt số liệu."""

from lcdesk.core.office.unit_names import order_keys, sort_key
from lcdesk.core.units.registry import Unit


def test_units_sort_by_group_kind_then_name_ignoring_case_and_diacritics():
    units = [Unit("9", "Sở Y tế", "department", "01", "01"), Unit("1", "Phường Chương Mỹ", "ward", "01", "01"),
             Unit("2", "Phường Cầu Giấy", "ward", "01", "01"), Unit("3", "Phường Phú Diễn", "ward", "01", "01"),
             Unit("4", "Phường Ô Chợ Dừa", "ward", "01", "01"), Unit("5", "Xã Ba Vì", "commune", "01", "01"),
             Unit("6", "Hội đồng chuyên gia", "expert", "01", "01")]
    keys = order_keys(units)
    ordered = [u.name for u in sorted(units, key=lambda u: keys[u.code])]
    assert ordered == ["Phường Cầu Giấy", "Phường Chương Mỹ", "Phường Ô Chợ Dừa", "Phường Phú Diễn", "Xã Ba Vì",
                       "Sở Y tế", "Hội đồng chuyên gia"]
    assert sorted(["zz-outside", "9", "2"], key=lambda c: sort_key(keys, c)) == ["2", "9", "zz-outside"]


def test_a_district_heads_its_own_wards():
    units = [Unit("w2", "Phường Ba Đình", "ward", "Q2", "01"), Unit("Q1", "Quận Đống Đa", "district", "01", "01"),
             Unit("w1", "Phường Láng", "ward", "Q1", "01"), Unit("Q2", "Quận Ba Đình", "district", "01", "01")]
    keys = order_keys(units)
    assert [u.code for u in sorted(units, key=lambda u: keys[u.code])] == ["Q2", "w2", "Q1", "w1"]
