"""The golden city: a small city whose every city figure was computed by hand (below).

Used by ``tests/core/test_figures_golden.py`` (city figures, to the unit) and by the
report's workbook test (every figure in the workbook must equal these).

The city is Hà Nội with five wards and one department (a units file the office imported),
collecting its own small catalog ``golden-city`` that has one indicator of every kind.
Values arrive as bundle records of five officers (one per ward) and the department's officer.

Units
    W1 00004 Phường Ba Đình      W2 00008 Phường Ngọc Hà     W3 00025 Phường Giảng Võ
    W4 00070 Phường Hoàn Kiếm    W5 00073 Phường Cửa Nam     D  01-so-noi-vu Sở Nội vụ

Catalog ``golden-city`` (local = the five wards; 1.2.1.a = the department; 3.1.1.a = experts)
    1.1.1.a percent     "Tỷ lệ người dân đạt danh hiệu công dân học tập"  ≥ 50 % (2025), ≥ 70 % (2030)
    1.1.1.b percent     unemployment by sex, measures nam / nu / tong, ≤ 5 % (headline: tong)
    1.1.2.a count_by_sex children aged 5 at school (measure tre_5_tuoi), rate ≥ 95 %
    1.1.2.b trend       learning centres' classes, target "increase"
    1.1.3.a rating5     the wards' own rating of their libraries, no target
    1.1.3.b percent     no target, and nobody reported
    1.2.1.a percent     reported by the department alone, as a rate, ≥ 10 %
    3.1.1.a rating5     the expert panel's rating, recorded by the office with a note

Every figure, by hand (2025 unless said otherwise)
----------------------------------------------------------------------------------------------
1.1.1.a  W1 120/400 (30 %), W2 300/500 (60 %), W3 gave only a rate (90 %), W4 80/100 (80 %),
         W5 nothing.
         Σ numerator = 120 + 300 + 80 = 500; Σ denominator = 400 + 500 + 100 = 1000;
         city = 500 / 1000 = 50 %  (the average of the percentages would be 56,67 %: wrong).
         units_counted 3, units_rate_only 1 (W3, left out), reported 4/5 expected.
         Goal 2025 ≥ 50 → 50 ≥ 50: met.
         Only W1's and W2's forms are approved: --only approved gives 420/900 = 46,6667 %
         (not met), units_counted 2; coverage "4/5 đơn vị, 2 đã duyệt".
1.1.1.a  2027 (between the milestones): W1 130/200, W2 70/100 → 200/300 = 66,6667 %.
         The year between 2025 and 2030 takes the next later goal, 2030's ≥ 70: not met.
1.1.1.b  nam: W1 10/200, W2 6/100 → 16/300 = 5,3333 %; nu: W1 4/200, W2 2/100 → 6/300 = 2 %;
         tong: W1 14/400, W2 8/200 → 22/600 = 3,6667 %. The target (≤ 5) applies to tong
         only: met; nam and nu have no target (no_target).
1.1.2.a  W1 male 50 female 48 total 98 base 100; W2 male 30 female 29 total 59 base 60;
         W4 male 20 female 21 total 41, no base.
         male 50+30+20 = 100, female 48+29+21 = 98, total (value) 98+59+41 = 198;
         rate on the summed base of the units that gave one: (98 + 59) / (100 + 60) = 157/160
         = 98,125 % (numerator 157, denominator 160, units_counted 2) ≥ 95: met.
1.1.2.b  W1 figure 12 previous 10; W2 figure 5 previous 8; W3 says "increase" without figures.
         Σ figure 17 against Σ previous 18 → decrease: the target "increase" is not met
         (although two of three wards said "increase"). units_counted 3.
1.1.3.a  ratings W1 4, W2 4, W3 2, W4 5 → distribution {1: 0, 2: 1, 3: 0, 4: 2, 5: 1};
         the units disagree and the office recorded no rating: value None, no target.
1.1.3.b  nothing reported, no target: value None, evaluation no_target.
1.2.1.a  the department gave only a rate, 12,5 %: one unit reporting for the whole city, so
         the rate is the city's figure (units_counted 0, units_rate_only 1); ≥ 10: met.
3.1.1.a  the office recorded 4 ("Rất tốt") with the note "Theo biên bản hội đồng chuyên gia";
         no unit reports it (expected 0); no target.
"""

from __future__ import annotations

from pathlib import Path

from lcdesk.core.catalog import model
from lcdesk.core.exchange import identity
from lcdesk.core.store import Cell, Store
from lcdesk.core.units import registry as units

CATALOG = "golden-city"
PERIOD = 2025
CITY = "01"
WARDS = {"W1": "00004", "W2": "00008", "W3": "00025", "W4": "00070", "W5": "00073"}
DEPT = "01-so-noi-vu"
OFFICERS = {"W1": "Nguyễn Văn An", "W2": "Trần Thị Bình", "W3": "Lê Văn Cường", "W4": "Phạm Thị Dung",
            "W5": "Hoàng Văn Em", "D": "Đỗ Thị Giang"}
EXPERT_NOTE = "Theo biên bản hội đồng chuyên gia"


def _ind(code, kind, text, measures, target=None, assign=("local",), responsible=("UBND cấp xã",), bounds=(0, 100)):
    return {"code": code, "criterion": code.rsplit(".", 1)[0], "text": text, "kind": kind,
            "responsible": list(responsible), "assign": list(assign), "bounds": list(bounds), "target": target,
            "measures": [{"code": c, "label": label, "unit": unit} for c, label, unit in measures]}


def _goal(text, comparator, value=None, by_year=None):
    return {"text": text, "comparator": comparator, "value": value, "by_year": by_year or {}}


def catalog_data() -> dict:
    pct = [("value", "Tỷ lệ", "%")]
    rating = [("rating", "Mức đánh giá", "")]
    return {
        "format": model.FORMAT_NAME, "format_version": model.FORMAT_VERSION, "id": CATALOG, "version": "1",
        "title": "Bộ chỉ số thành phố mẫu", "city": "Hà Nội", "source": "Dữ liệu kiểm thử",
        "areas": [{"code": "1", "title": "Học tập suốt đời"}, {"code": "3", "title": "Đánh giá của chuyên gia"}],
        "standards": [{"code": "1.1", "title": "Công dân học tập"}, {"code": "1.2", "title": "Cơ quan"},
                      {"code": "3.1", "title": "Cam kết"}],
        "criteria": [{"code": "1.1.1", "title": "Công dân"}, {"code": "1.1.2", "title": "Trẻ em và lớp học"},
                     {"code": "1.1.3", "title": "Thư viện"}, {"code": "1.2.1", "title": "Sở"},
                     {"code": "3.1.1", "title": "Lãnh đạo"}],
        "indicators": [
            _ind("1.1.1.a", "percent", "Tỷ lệ người dân đạt danh hiệu công dân học tập", [("value", "Tỷ lệ", "người")],
                 _goal("Năm 2025 đạt 50%, năm 2030 đạt 70%", ">=", 70, {"2025": {"comparator": ">=", "value": 50},
                                                                        "2030": {"comparator": ">=", "value": 70}})),
            _ind("1.1.1.b", "percent", "Tỷ lệ thất nghiệp không quá 5%",
                 [("nam", "Nam", "%"), ("nu", "Nữ", "%"), ("tong", "Tổng", "%")], _goal("Không quá 5%", "<=", 5)),
            _ind("1.1.2.a", "count_by_sex", "Trẻ 5 tuổi đến trường", [("tre_5_tuoi", "Trẻ 5 tuổi", "trẻ")],
                 _goal("Từ 95% trở lên", ">=", 95), bounds=(0, None)),
            _ind("1.1.2.b", "trend", "Số lớp học của trung tâm học tập cộng đồng tăng", [("trend", "Xu hướng", "")],
                 _goal("Tăng so với năm trước", "increase"), bounds=(None, None)),
            _ind("1.1.3.a", "rating5", "Thư viện phục vụ người dân", rating, bounds=(1, 5)),
            _ind("1.1.3.b", "percent", "Tỷ lệ thư viện số", pct),
            _ind("1.2.1.a", "percent", "Tỷ lệ cán bộ được bồi dưỡng", pct, _goal("Từ 10% trở lên", ">=", 10),
                 assign=("dept:so-noi-vu",), responsible=("Sở Nội vụ",)),
            _ind("3.1.1.a", "rating5", "Cấp ủy và chính quyền cam kết mạnh mẽ", rating, assign=("expert",),
                 responsible=("Hội đồng chuyên gia",), bounds=(1, 5)),
        ],
    }


def city_units() -> list[units.Unit]:
    city = units.find_city(CITY)
    tree = {u.code: u for u in units.city_tree(city)}
    return [city, *(tree[code] for code in WARDS.values()),
            units.Unit(DEPT, "Sở Nội vụ", "department", CITY, CITY)]


def pct(num, den):
    return {"numerator": num, "denominator": den, "rate": round(num / den * 100, 4)}


def sex(male, female, base=None):
    total = male + female
    return {"male": male, "female": female, "total": total, "base": base,
            "rate": round(total / base * 100, 4) if base else None}


# (who, period, indicator, measure, payload)
VALUES = [
    ("W1", 2025, "1.1.1.a", "value", pct(120, 400)),
    ("W2", 2025, "1.1.1.a", "value", pct(300, 500)),
    ("W3", 2025, "1.1.1.a", "value", {"numerator": None, "denominator": None, "rate": 90.0}),
    ("W4", 2025, "1.1.1.a", "value", pct(80, 100)),
    ("W1", 2027, "1.1.1.a", "value", pct(130, 200)),
    ("W2", 2027, "1.1.1.a", "value", pct(70, 100)),
    ("W1", 2025, "1.1.1.b", "nam", pct(10, 200)),
    ("W1", 2025, "1.1.1.b", "nu", pct(4, 200)),
    ("W1", 2025, "1.1.1.b", "tong", pct(14, 400)),
    ("W2", 2025, "1.1.1.b", "nam", pct(6, 100)),
    ("W2", 2025, "1.1.1.b", "nu", pct(2, 100)),
    ("W2", 2025, "1.1.1.b", "tong", pct(8, 200)),
    ("W1", 2025, "1.1.2.a", "tre_5_tuoi", sex(50, 48, 100)),
    ("W2", 2025, "1.1.2.a", "tre_5_tuoi", sex(30, 29, 60)),
    ("W4", 2025, "1.1.2.a", "tre_5_tuoi", sex(20, 21)),
    ("W1", 2025, "1.1.2.b", "trend", {"direction": "increase", "figure": 12.0, "previous": 10.0}),
    ("W2", 2025, "1.1.2.b", "trend", {"direction": "decrease", "figure": 5.0, "previous": 8.0}),
    ("W3", 2025, "1.1.2.b", "trend", {"direction": "increase", "figure": None, "previous": None}),
    ("W1", 2025, "1.1.3.a", "rating", {"rating": 4}),
    ("W2", 2025, "1.1.3.a", "rating", {"rating": 4}),
    ("W3", 2025, "1.1.3.a", "rating", {"rating": 2}),
    ("W4", 2025, "1.1.3.a", "rating", {"rating": 5}),
    ("D", 2025, "1.2.1.a", "value", {"numerator": None, "denominator": None, "rate": 12.5}),
]
APPROVED = [("W1", "1.1.1.a"), ("W2", "1.1.1.a")]


def unit_code(who: str) -> str:
    return DEPT if who == "D" else WARDS[who]


def build(home: Path) -> Store:
    """The golden city's office store in ``home``: units, catalog, values, approvals, the expert rating."""
    from lcdesk.core.office import review_actions

    store = Store.open(home)
    catalog = model.from_dict(catalog_data())
    store.add_catalog(catalog)
    store.replace_units(CITY, city_units())
    identity.init_office(store, units.find_city(CITY), [catalog])
    for who, period, indicator, measure, payload in VALUES:
        store.append_record(Cell(CATALOG, unit_code(who), period, indicator, measure), payload,
                            author_key=f"key-{who}", author_name=OFFICERS[who], status="complete", origin="bundle")
    for who, indicator in APPROVED:
        review_actions.approve(store, CATALOG, PERIOD, unit_code(who), [indicator])
    store.record_city_rating(CATALOG, PERIOD, "3.1.1.a", 4, EXPERT_NOTE, author="Văn phòng")
    return store


# Every figure of the golden city, by hand (see the module docstring): the fields compared.
EXPECTED = {
    (2025, "1.1.1.a", "value"): dict(value=50.0, numerator=500, denominator=1000, units_counted=3, units_rate_only=1,
                                     units_reported=4, units_expected=5, units_approved=2, evaluation="met"),
    (2027, "1.1.1.a", "value"): dict(value=66.6667, numerator=200, denominator=300, units_counted=2,
                                     units_rate_only=0, evaluation="not_met"),
    (2025, "1.1.1.b", "nam"): dict(value=5.3333, numerator=16, denominator=300, units_counted=2, evaluation="no_target"),
    (2025, "1.1.1.b", "nu"): dict(value=2.0, numerator=6, denominator=300, units_counted=2, evaluation="no_target"),
    (2025, "1.1.1.b", "tong"): dict(value=3.6667, numerator=22, denominator=600, units_counted=2, evaluation="met"),
    (2025, "1.1.2.a", "tre_5_tuoi"): dict(value=198, male=100, female=98, total=198, numerator=157, denominator=160,
                                          rate=98.125, units_counted=2, units_reported=3, evaluation="met"),
    (2025, "1.1.2.b", "trend"): dict(value="decrease", figure=17.0, previous=18.0, units_counted=3,
                                     evaluation="not_met"),
    (2025, "1.1.3.a", "rating"): dict(value=None, distribution={"1": 0, "2": 1, "3": 0, "4": 2, "5": 1},
                                      units_counted=4, evaluation="no_target"),
    (2025, "1.1.3.b", "value"): dict(value=None, units_counted=0, units_reported=0, evaluation="no_target"),
    (2025, "1.2.1.a", "value"): dict(value=12.5, numerator=None, denominator=None, units_counted=0,
                                     units_rate_only=1, units_expected=1, evaluation="met"),
    (2025, "3.1.1.a", "rating"): dict(value=4, note=EXPERT_NOTE, units_expected=0, units_counted=0,
                                      evaluation="no_target"),
}
EXPECTED_APPROVED = {
    (2025, "1.1.1.a", "value"): dict(value=46.6667, numerator=420, denominator=900, units_counted=2,
                                     units_rate_only=0, units_approved=2, evaluation="not_met"),
}
