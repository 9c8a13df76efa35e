"""The built-in catalogs: transcribed faithfully, well-formed, and usable for targets."""

import json
import re
import unicodedata

from pathlib import Path

import pytest

from lcdesk.core.catalog import model as catalog
from lcdesk.core.catalog.builtin import BUILTIN_IDS, builtin_catalogs, load_builtin
from lcdesk.core.errors import CatalogError
from lcdesk.core.catalog.targets import MET, NOT_MET, UNKNOWN, evaluate
from lcdesk.core.text import slug
from lcdesk.paths import resource_path

UNESCO = ("hanoi-2025", "haiphong-2026")
CODE = re.compile(r"^(\d)\.(\d)\.(\d)\.([a-z])$")


def raw(catalog_id):
    return json.loads(resource_path("catalogs", f"{catalog_id}.json").read_text(encoding="utf-8"))


def strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for k, v in node.items():
            yield k
            yield from strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from strings(v)


@pytest.fixture(params=UNESCO)
def unesco(request):
    return load_builtin(request.param)


@pytest.fixture
def hanoi():
    return load_builtin("hanoi-2025")


@pytest.fixture
def haiphong():
    return load_builtin("haiphong-2026")


@pytest.fixture
def models():
    return load_builtin("learning-models")


# ------------------------------------------------------------ structure


def test_unesco_catalogs_have_the_full_criteria_set(unesco):
    assert unesco.counts() == {"areas": 3, "standards": 12, "criteria": 35, "indicators": 57}


def test_both_cities_use_the_same_codes_kinds_and_measures(hanoi, haiphong):
    def shape(cat):
        return [(i.code, i.kind, tuple(m.code for m in i.measures), i.bounds) for i in cat.indicators]

    assert shape(hanoi) == shape(haiphong)
    assert [n.code for n in hanoi.criteria] == [n.code for n in haiphong.criteria]


@pytest.mark.parametrize("catalog_id", BUILTIN_IDS)
def test_every_text_is_nfc_and_has_no_doubled_spaces(catalog_id):
    for s in strings(raw(catalog_id)):
        assert unicodedata.is_normalized("NFC", s), s
        assert "  " not in s and s == s.strip(), s


@pytest.mark.parametrize("catalog_id", BUILTIN_IDS)
def test_indicator_codes_are_unique_and_lettered_in_order(catalog_id):
    cat = load_builtin(catalog_id)
    codes = [i.code for i in cat.indicators]
    assert len(codes) == len(set(codes))
    for criterion in cat.criteria:
        letters = [CODE.match(i.code).group(4) for i in cat.indicators_of(criterion.code)]
        assert letters == list("abcdefgh"[: len(letters)]), criterion.code
    for ind in cat.indicators:
        assert ind.code.startswith(ind.criterion + ".")
    node_codes = [n.code for n in (*cat.areas, *cat.standards, *cat.criteria)]
    assert len(node_codes) == len(set(node_codes))


@pytest.mark.parametrize("catalog_id", BUILTIN_IDS)
def test_titles_carry_no_leading_number(catalog_id):
    cat = load_builtin(catalog_id)
    for node in (*cat.areas, *cat.standards, *cat.criteria):
        assert not re.match(r"^\d", node.title), node


@pytest.mark.parametrize("catalog_id", BUILTIN_IDS)
def test_assignments_follow_the_responsible_units(catalog_id):
    fixed = {
        "Ủy ban nhân dân xã, phường, đặc khu": "local",
        "UBND quận, huyện, thị xã": "district",
        "Ủy ban nhân dân quận, huyện, thị xã": "district",
        "Đánh giá của chuyên gia": "expert",
    }
    for ind in load_builtin(catalog_id).indicators:
        expected = tuple(fixed.get(r, "dept:" + slug(r)) for r in ind.responsible)
        assert ind.assign == expected, ind.code


@pytest.mark.parametrize("catalog_id", BUILTIN_IDS)
def test_json_round_trip_is_lossless(catalog_id):
    cat = load_builtin(catalog_id)
    assert catalog.from_dict(catalog.to_dict(cat)) == cat
    assert catalog.to_dict(cat) == raw(catalog_id)  # the file is in canonical form


def test_kinds_have_their_measures_and_bounds(unesco):
    for ind in unesco.indicators:
        if ind.kind == "rating5":
            assert ind.bounds == (1.0, 5.0) and ind.target is None
        elif ind.kind == "trend":
            assert ind.target is not None and ind.target.goal.comparator in ("increase", "decrease")
        elif ind.kind == "count_by_sex":
            assert {m.unit for m in ind.measures} <= {"trẻ", "người"}
        else:
            assert ind.kind == "percent"
            assert all(m.unit == "%" for m in ind.measures)


def test_kind_counts(unesco):
    kinds = [i.kind for i in unesco.indicators]
    assert {k: kinds.count(k) for k in set(kinds)} == {"percent": 37, "count_by_sex": 3, "trend": 5, "rating5": 12}


# ------------------------------------------------------------ Hanoi spot checks


def test_hanoi_poverty_indicator(hanoi):
    ind = hanoi.indicator("1.2.1.b")
    assert ind.text == "Tỷ lệ nghèo theo chuẩn nghèo đa chiều không quá 10%"
    assert [(m.code, m.label, m.unit) for m in ind.measures] == [("ho_ngheo", "Hộ nghèo", "%"), ("ho_can_ngheo", "Hộ cận nghèo", "%")]
    assert ind.responsible == ("Sở Lao động - Thương binh và xã hội",)
    assert ind.assign == ("dept:so-lao-dong-thuong-binh-va-xa-hoi",)
    assert ind.target.text == "không quá 10%"


def test_hanoi_texts_and_units(hanoi):
    assert hanoi.node_title("1.1") == "Phát huy sự tham gia tích cực của cá nhân và thúc đẩy gắn kết xã hội"
    assert hanoi.node_title("1.2") == "Thúc đẩy tăng trưởng kinh tế, phát triển văn hóa bền vững"
    assert hanoi.node_title("3.1.1") == 'Sự cam kết xây dựng "Thành phố học tập" của lãnh đạo'
    assert hanoi.indicator("1.1.1.a").text == (
        "Tỷ lệ người trong độ tuổi 15-60 được công nhận đạt chuẩn biết chữ mức độ 2 đạt ≥ 95%"
    )
    assert hanoi.indicator("1.1.2.a").assign == ("district",)
    assert hanoi.indicator("2.2.2.a").assign == ("dept:hoi-khuyen-hoc-ha-noi",)
    assert hanoi.indicator("1.3.2.b").assign == ("dept:cong-an-thanh-pho",)
    assert hanoi.indicator("2.4.1.b").responsible == ("Sở Thông tin và Truyền thông",)
    assert hanoi.indicator("2.3.1.a").responsible == ("Sở Lao động – Thương binh và Xã hội",)
    assert hanoi.indicator("1.2.2.a").responsible == ("Sở Lao động - Thương binh và xã hội",)


def test_hanoi_measures(hanoi):
    assert [m.code for m in hanoi.indicator("1.2.2.a").measures] == ["nam", "nu", "tong"]
    assert [m.code for m in hanoi.indicator("2.3.2.a").measures] == ["nha_nuoc", "tu_nhan"]
    assert [m.label for m in hanoi.indicator("2.3.1.a").measures] == [
        "Người lao động được tham gia đào tạo, bồi dưỡng nâng cao tay nghề",
        "Người lao động nữ được tham gia đào tạo, bồi dưỡng nâng cao tay nghề",
    ]
    assert [m.code for m in hanoi.indicator("2.4.1.a").measures] == ["truong_hoc", "khong_gian_cong_dong"]
    pre = hanoi.indicator("2.1.2.a")
    assert pre.kind == "count_by_sex"
    assert [(m.label, m.unit) for m in pre.measures] == [
        ("Số trẻ em 6 tuổi vào lớp 1", "trẻ"),
        ("Số trẻ em 11 tuổi hoàn thành chương trình tiểu học", "trẻ"),
    ]
    assert {m.unit for m in hanoi.indicator("2.1.2.b").measures} == {"người"}


def test_rating_and_trend_indicators(unesco):
    commit = unesco.indicator("3.1.1.a")
    assert commit.kind == "rating5"
    assert commit.responsible == ("Đánh giá của chuyên gia",)
    assert commit.assign == ("expert",)
    assert unesco.indicator("2.4.1.b").kind == "rating5"  # free wifi
    assert unesco.indicator("2.6.2.a").kind == "rating5"
    assert unesco.indicator("1.2.4.b").kind == "trend"
    assert unesco.indicator("1.3.1.c").target.goal.comparator == "decrease"
    assert unesco.indicator("1.3.2.d").target.goal.comparator == "increase"


# ------------------------------------------------------------ Hai Phong spot checks


def test_haiphong_responsible_units_after_the_reform(haiphong):
    def resp(code):
        return haiphong.indicator(code).responsible

    assert resp("1.2.1.a") == ("Sở Tài chính",)
    assert resp("1.2.1.b") == ("Sở Nông nghiệp và Môi trường",)
    assert haiphong.indicator("1.2.1.b").assign == ("dept:so-nong-nghiep-va-moi-truong",)
    assert resp("1.2.2.a") == ("Sở Nội vụ",)
    assert resp("1.2.3.a") == ("Sở Văn hóa, Thể thao và Du lịch",)
    assert resp("1.3.1.a") == ("Sở Nông nghiệp và Môi trường",)
    assert resp("1.3.2.d") == ("Sở Xây dựng",)
    assert resp("2.1.4.a") == ("Sở Nội vụ", "Sở Giáo dục và Đào tạo")
    assert haiphong.indicator("2.1.4.a").assign == ("dept:so-noi-vu", "dept:so-giao-duc-va-dao-tao")
    assert resp("2.3.1.a") == ("Sở Giáo dục và Đào tạo",)
    assert resp("2.3.2.a") == ("Sở Tài chính",)
    assert resp("2.4.1.b") == ("Sở Khoa học và Công nghệ",)
    assert resp("2.2.2.a") == ("Hội Khuyến học thành phố",)
    assert haiphong.indicator("2.2.2.a").assign == ("dept:hoi-khuyen-hoc-thanh-pho",)
    assert resp("2.6.2.a") == ("Sở Văn hóa, Thể thao và Du lịch", "cơ quan truyền thông")
    for code in ("1.1.2.a", "1.3.1.b", "1.3.2.a", "2.2.1.a", "2.2.2.c", "2.2.2.d"):
        assert haiphong.indicator(code).assign == ("local",), code
    assert not any("district" in i.assign for i in haiphong.indicators)


def test_haiphong_shares_department_slugs_with_hanoi(hanoi, haiphong):
    for code in ("1.1.1.a", "1.1.3.a", "1.2.4.a", "1.3.2.e", "3.3.1.a"):
        assert hanoi.indicator(code).assign == haiphong.indicator(code).assign, code
    # "Công an Thành phố" (Hà Nội) and "Công an thành phố" (Hải Phòng) are the same selector
    assert hanoi.indicator("1.3.2.b").assign == haiphong.indicator("1.3.2.b").assign == ("dept:cong-an-thanh-pho",)


def test_haiphong_corrections_are_applied(haiphong):
    texts = [s for s in strings(raw("haiphong-2026"))]
    joined = "\n".join(texts)
    for wrong in ("Cung cố", "phổ học tập", "chuyên gia công nghệ", "$", "\\geq", "<b>", "##"):
        assert wrong not in joined, wrong
    assert haiphong.node_title("3.1") == "Củng cố ý chí chính trị và cam kết mạnh mẽ"
    assert haiphong.node_title("2.5") == "Nâng cao chất lượng học tập"
    assert haiphong.indicator("3.1.1.a").text.endswith("đối với việc đầu tư xây dựng thành phố học tập")
    assert "được chuyển giao công nghệ/thương mại hóa" in haiphong.indicator("1.2.4.b").text
    assert haiphong.indicator("1.1.1.a").text.endswith("đạt ≥ 95%")
    assert [m.code for m in haiphong.indicator("2.3.2.a").measures] == ["nha_nuoc", "tu_nhan"]
    assert [m.code for m in haiphong.indicator("1.2.1.b").measures] == ["ho_ngheo", "ho_can_ngheo"]
    assert haiphong.indicator("2.4.1.c").kind == "percent"  # the PDF put the 1-5 scale on this row
    assert haiphong.indicator("2.1.2.b").measures[0].label == (
        "Số thanh niên, thiếu niên trong độ tuổi 15 đến 18 tốt nghiệp trung học cơ sở"
    )


def test_haiphong_keeps_its_own_wording(hanoi, haiphong):
    assert haiphong.indicator("2.2.2.d").text == (
        'Hàng năm có tối thiểu 70% số xã/phường/đặc khu được đánh giá, xếp loại "Cộng đồng học tập" '
        "cấp xã đạt mức độ 1 trở lên (theo quy định tại Thông tư số 25/2023/TT-BGDĐT)"
    )
    assert haiphong.indicator("2.2.2.b").text.startswith("Số thôn/tổ dân phố")
    assert hanoi.indicator("2.2.2.b").text.startswith("Số thôn/bản/ấp/tổ dân phố")
    assert "văn hóa - văn nghệ" in haiphong.node_title("1.2.3")
    assert "văn hóa-văn nghệ" in hanoi.node_title("1.2.3")


def test_haiphong_334_is_the_sources_row_and_private_sector_is_marked_as_an_addition(hanoi, haiphong):
    seed = next(Path("/work/shared/seeds").glob("001_*.txt"), None) if Path("/work/shared/seeds").exists() else None
    hp, hn = haiphong.indicator("3.3.4.a"), hanoi.indicator("3.3.4.a")
    assert hp.text == hn.text
    assert haiphong.node_title("3.3.4") == hanoi.node_title("3.3.4")
    assert hp.kind == "rating5" and hp.assign == ("expert",)
    assert "thiếu" not in hp.note and "Hà Nội" not in hp.note  # the source has the row: nothing was borrowed
    if seed is not None:
        row = next(line for line in seed.read_text(encoding="utf-8").splitlines() if "3.3.4." in line)
        assert haiphong.node_title("3.3.4") in row and hp.text in row
    private = haiphong.indicator("2.3.2.a")
    assert [m.label for m in private.measures] == ["Khu vực nhà nước", "Khu vực tư nhân"]
    assert "Khu vực tư nhân" in private.note and "bổ sung" in private.note


# ------------------------------------------------------------ targets


def test_literacy_target(unesco):
    target = unesco.indicator("1.1.1.a").target
    assert evaluate(target, 96) == MET
    assert evaluate(target, 95) == MET
    assert evaluate(target, 90) == NOT_MET
    assert evaluate(target, None) == UNKNOWN


def test_poverty_and_unemployment_are_ceilings(unesco):
    poverty = unesco.indicator("1.2.1.b").target
    assert (poverty.goal.comparator, poverty.goal.value) == ("<=", 10.0)
    assert evaluate(poverty, 9.5) == MET
    assert evaluate(poverty, 10) == MET
    assert evaluate(poverty, 10.5) == NOT_MET
    assert evaluate(unesco.indicator("1.2.2.a").target, 5.1) == NOT_MET
    assert evaluate(unesco.indicator("2.3.3.a").target, 2.9) == MET


def test_gdp_target_is_relative_to_the_country(unesco):
    ind = unesco.indicator("1.2.1.a")
    assert ind.bounds == (0.0, None)
    assert ind.target.reference == "GDP bình quân đầu người của cả nước (gấp 1,5 lần)"
    assert evaluate(ind.target, 150) == MET
    assert evaluate(ind.target, 140) == NOT_MET


def test_growth_and_trend_targets(unesco):
    funding = unesco.indicator("1.2.4.a")
    assert funding.bounds == (None, None)
    assert evaluate(funding.target, 3.5) == MET
    assert evaluate(funding.target, -2) == NOT_MET
    assert evaluate(unesco.indicator("1.3.2.b").target, "decrease") == MET
    assert evaluate(unesco.indicator("1.3.2.b").target, "increase") == NOT_MET
    assert evaluate(unesco.indicator("1.3.2.e").target, 100) == MET
    assert evaluate(unesco.indicator("1.3.2.e").target, 99) == NOT_MET


def test_indicators_without_numeric_target_are_unknown(unesco):
    assert evaluate(unesco.indicator("3.1.1.a").target, 5) == UNKNOWN
    assert evaluate(unesco.indicator("2.3.2.a").target, 40) == UNKNOWN
    assert evaluate(unesco.indicator("2.1.1.a").target, 99) == UNKNOWN
    assert unesco.indicator("2.1.1.a").target.text == "Đạt chuẩn phổ cập giáo dục mầm non cho trẻ 5 tuổi"


# ------------------------------------------------------------ learning models


def test_learning_models_structure(models):
    assert models.counts() == {"areas": 2, "standards": 7, "criteria": 10, "indicators": 18}
    assert [s.title for s in models.standards_of("1")] == [
        "Công dân học tập", "Gia đình học tập", "Dòng họ học tập", "Cộng đồng học tập", "Đơn vị học tập",
    ]
    for ind in models.indicators:
        assert ind.kind == "percent" and ind.assign == ("local",)
        # one measure entered as numerator/denominator counts; its unit says what is counted
        assert [m.code for m in ind.measures] == ["value"]
        assert ind.measures[0].unit != "%" and " / " in ind.measures[0].label
        assert ind.note.startswith("Tử số: ")
        assert ind.target.goal is None and set(ind.target.by_city) <= {"01", "79"}  # per city, never shared
        hanoi = ind.target.for_city("01")
        assert set(hanoi.by_year) <= {"2025", "2030"} and "2030" in hanoi.by_year
        assert hanoi.goal == hanoi.by_year["2030"]


def test_learning_model_units(models):
    assert models.indicator("1.2.1.a").measures[0].unit == "hộ gia đình"
    assert models.indicator("1.3.1.a").measures[0].unit == "dòng họ"
    assert models.indicator("1.4.1.a").measures[0].unit == "cộng đồng"
    assert models.indicator("1.5.1.a").measures[0].unit == "đơn vị"
    assert models.indicator("1.1.1.a").measures[0].unit == "người"


@pytest.mark.parametrize(
    "code, goal_2025, goal_2030",
    [
        ("1.1.1.a", 50, 70),  # learning citizens (23-NQ/TU)
        ("1.1.1.b", 40, 60),  # adults in learning families/clans/communities (Learning Citizen plan)
        ("1.1.2.a", 50, 70),  # digital skills
        ("1.1.2.b", 70, 90),
        ("1.2.1.a", 60, 80),  # learning families
        ("1.3.1.a", 60, 80),  # learning clans
        ("1.4.1.a", 60, 80),  # learning communities
        ("1.5.1.a", 50, 70),  # learning units
        ("2.1.1.a", 99.5, 99.6),  # literacy 15-60
        ("2.1.1.b", 95, 96),
    ],
)
def test_learning_model_targets_by_year(models, code, goal_2025, goal_2030):
    target = models.indicator(code).target.for_city("01")  # Hà Nội's goals
    assert target.goal_for(2025).value == goal_2025
    assert target.goal_for(2030).value == goal_2030
    assert evaluate(target, goal_2025, 2025) == MET
    assert evaluate(target, goal_2025 - 0.1, 2025) == NOT_MET
    assert evaluate(target, goal_2025, 2030) == (MET if goal_2025 >= goal_2030 else NOT_MET)


def test_learning_citizen_target_records_hcmc_figures(models):
    ind = models.indicator("1.1.1.a")
    assert ind.target.for_city("01").text == "50% (năm 2025); 70% (năm 2030)"
    assert ind.target.for_city("79").text == "40% (năm 2025); 60% (năm 2030)"
    assert "TP. Hồ Chí Minh" in ind.note and "40% (năm 2025); 60% (năm 2030)" in ind.note


def test_an_hcmc_ward_is_judged_against_hcmc_targets(models):
    """Seed 003: «40% công dân đạt danh hiệu công dân học tập …» (2025), «60% …» (2030)."""
    target = models.indicator("1.1.1.a").target
    assert evaluate(target, 45, 2025, city="79") == MET  # Hà Nội's 50 % would say "Chưa đạt"
    assert evaluate(target, 45, 2025, city="01") == NOT_MET
    assert evaluate(target, 55, 2027, city="79") == NOT_MET  # on the way to 2030's 60 %
    hcmc = {i.code: i.target.for_city("79") for i in models.indicators}
    goals = {c: (t.by_year["2025"].value, t.by_year["2030"].value) for c, t in hcmc.items() if t is not None}
    assert goals == {"1.1.1.a": (40, 60), "2.2.2.a": (50, 70), "2.2.2.b": (50, 70), "2.2.3.a": (50, 60),
                     "2.2.3.b": (12, 15)}


def test_a_city_that_set_no_target_gets_no_target_never_another_citys(models):
    from lcdesk.core.catalog.targets import NO_TARGET, catalog_for_city

    assert evaluate(models.indicator("1.2.1.a").target, 10, 2025, city="79") == NO_TARGET  # HCMC set none
    assert evaluate(models.indicator("1.1.1.a").target, 99, 2025, city="31") == NO_TARGET  # Hải Phòng
    assert evaluate(models.indicator("1.1.1.a").target, 99, 2025) == NO_TARGET  # no city: no judgement
    hcmc = catalog_for_city(models, "79")
    assert hcmc.indicator("1.2.1.a").target is None
    assert hcmc.indicator("1.1.1.a").target.goal_for(2025).value == 40


def test_more_than_sixty_percent_is_strict(models):
    target = models.indicator("2.2.1.b").target.for_city("01")
    assert evaluate(target, 60, 2030) == NOT_MET
    assert evaluate(target, 60.5, 2030) == MET
    assert evaluate(target, 55, 2025) == MET


# ------------------------------------------------------------ loader


def test_builtin_catalogs_are_listed_in_order_and_cached():
    cats = builtin_catalogs()
    assert [c.id for c in cats] == list(BUILTIN_IDS)
    assert [c.version for c in cats] == ["2025.1", "2026.1", "2025.1"]
    assert load_builtin("hanoi-2025") is load_builtin("hanoi-2025")
    assert cats[0].city == "Hà Nội" and cats[1].city == "Hải Phòng"
    assert "11/KH-UBND" in cats[0].source and "07/01/2025" in cats[0].source


def test_unknown_builtin_catalog_is_a_user_error():
    with pytest.raises(CatalogError) as info:
        load_builtin("da-nang-2030")
    assert "da-nang-2030" in info.value.message_vi and "Không có danh mục" in info.value.message_vi
    assert "no built-in catalog" in info.value.message_en
