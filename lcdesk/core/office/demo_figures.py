"""What the demo office's officers enter: one Hà Nội year, plausible, with mistakes to find.

The ward officers enter every form a ward reports (four of ``hanoi-2025``, eighteen of
``learning-models``) from ``WARD_RATES``: for each figure a typical denominator and a range
of rates, each ward at its own place in the range (``ward_raw``: the same ward always gets
the same figure, so a second officer of a ward agrees with the first except where the demo
wants a conflict). The Sở Giáo dục và Đào tạo officer, the standing office of the city's
steering committee for a learning society, enters the departments' figures
(``DEPARTMENT_FIGURES``); the Công an Thành phố's three forms are still owed. The office
records the expert panel's ratings of area 3 itself (``EXPERT_RATINGS``).

Three things the "Kiểm tra số liệu" page finds, on purpose:

- ``1.3.2.a`` (dân cư sống ở nhà tạm) at Phường Hồng Hà, the riverside ward, is many
  times the other wards' (a **peer outlier**, modified z-score over the wards);
- Phường Giảng Võ divides ``1.1.2.b`` by its population 15+ instead of its "Công dân học
  tập" (**rule** ``cdht-ky-nang-so:mau=so-cdht``);
- the Sở Lao động's ``2.3.1.a`` has a digit dropped from the number of workers trained, so
  fewer workers than women workers were trained (**rule** ``lao-dong-nu<=tat-ca``).
"""

from __future__ import annotations

HANOI, LEARNING = "hanoi-2025", "learning-models"

# (catalog, indicator): (typical denominator, lowest rate %, highest rate %)
WARD_RATES = {
    (HANOI, "1.1.2.a"): (21_500, 66.0, 84.0),  # công dân tham gia hoạt động của tổ dân phố
    (HANOI, "1.3.2.a"): (8_200, 0.4, 2.6),  # dân cư sống ở nhà tạm (hộ)
    (HANOI, "2.2.2.c"): (64, 48.0, 78.0),  # cơ sở đạt "Đơn vị học tập"
    (HANOI, "2.2.2.d"): (38, 62.0, 90.0),  # tổ dân phố xếp loại Khá trở lên
    (LEARNING, "1.1.1.a"): (22_000, 42.0, 61.0),  # công dân học tập (người 15 tuổi trở lên)
    (LEARNING, "1.1.1.b"): (16_500, 52.0, 70.0),
    (LEARNING, "1.1.1.c"): (840, 62.0, 81.0),
    (LEARNING, "1.1.2.a"): (25_600, 51.0, 69.0),
    (LEARNING, "1.1.2.b"): (None, 61.0, 78.0),  # of 1.1.1.a's numerator
    (LEARNING, "1.1.2.c"): (None, 31.0, 48.0),  # of 1.1.1.a's numerator
    (LEARNING, "1.2.1.a"): (8_300, 71.0, 89.0),  # gia đình học tập (hộ)
    (LEARNING, "1.3.1.a"): (74, 52.0, 79.0),  # dòng họ
    (LEARNING, "1.4.1.a"): (38, 55.0, 82.0),  # tổ dân phố
    (LEARNING, "1.5.1.a"): (64, 50.0, 78.0),  # cơ quan, trường học, doanh nghiệp
    (LEARNING, "2.1.1.a"): (19_800, 98.1, 99.7),  # biết chữ 15 - 60 tuổi
    (LEARNING, "2.1.1.b"): (24, 79.0, 96.0),  # người mới biết chữ
    (LEARNING, "2.2.1.a"): (14_900, 66.0, 79.0),
    (LEARNING, "2.2.1.b"): (14_900, 41.0, 55.0),
    (LEARNING, "2.2.2.a"): (14_900, 50.0, 68.0),
    (LEARNING, "2.2.2.b"): (14_900, 56.0, 74.0),
    (LEARNING, "2.2.3.a"): (25_600, 41.0, 59.0),
    (LEARNING, "2.2.3.b"): (25_600, 21.0, 38.0),
}
OUTLIER = (HANOI, "1.3.2.a", 6, 12.4)  # Phường Hồng Hà (the demo's seventh ward): 12,4 %
WRONG_DENOMINATOR = (LEARNING, "1.1.2.b", 2)  # Phường Giảng Võ: divided by 1.1.2.a's population


def ward_raw(catalog: str, indicator: str, ward: int) -> dict:
    """The numerator and denominator ward number ``ward`` (0, 1, …) enters for a figure."""
    base, low, high = WARD_RATES[(catalog, indicator)]
    place = ((ward * 7 + len(indicator) + int(indicator[-1], 36)) % 9) / 8
    rate = low + (high - low) * place
    if (catalog, indicator, ward) == OUTLIER[:3]:
        rate = OUTLIER[3]
    if base is None:  # a share of the ward's "Công dân học tập" (the catalog's rule)
        den = ward_raw(catalog, "1.1.1.a", ward)["numerator"]
        if (catalog, indicator, ward) == WRONG_DENOMINATOR:
            den = ward_raw(catalog, "1.1.2.a", ward)["denominator"]
    else:
        den = round(base * (0.8 + 0.04 * ((ward * 5) % 11)))
    return {"numerator": round(den * rate / 100), "denominator": den}


def _p(num: int, den: int) -> dict:
    return {"numerator": num, "denominator": den}


def _sex(male: int, female: int, base: int) -> dict:
    return {"male": male, "female": female, "base": base}


# unit code (Hà Nội's departments) -> [(catalog, indicator, measure, raw)]
DEPARTMENT_FIGURES = {
    "01-so-giao-duc-va-dao-tao": [
        (HANOI, "1.1.1.a", "value", _p(5_521_300, 5_690_000)),  # as the demo officer's own sample
        (HANOI, "1.1.1.b", "value", _p(1_184, 1_302)),
        (HANOI, "2.1.1.a", "tre_5_tuoi", _sex(70_215, 66_940, 137_480)),
        (HANOI, "2.1.2.a", "tre_6_tuoi_vao_lop_1", _sex(72_480, 68_905, 141_600)),
        (HANOI, "2.1.2.a", "tre_11_tuoi_hoan_thanh_tieu_hoc", _sex(65_310, 62_870, 129_050)),
        (HANOI, "2.1.2.b", "tot_nghiep_thcs", _sex(118_400, 113_950, 248_700)),
        (HANOI, "2.1.2.b", "dang_hoc_thpt_gdtx_gdnn", _sex(109_820, 108_460, 248_700)),
        (HANOI, "2.1.3.a", "value", _p(312_600, 846_000)),
        (HANOI, "2.1.5.a", "value", _p(14_830, 19_920)),
        (HANOI, "2.2.1.a", "value", _p(97, 126)),
        (HANOI, "2.4.1.a", "truong_hoc", _p(38_420, 40_150)),
        (HANOI, "2.4.1.a", "khong_gian_cong_dong", _p(2_136, 2_480)),
        (HANOI, "2.4.1.c", "value", _p(2_874, 2_874)),
        (HANOI, "2.4.1.d", "value", _p(79_350, 96_800)),
        (HANOI, "2.5.1.a", "value", _p(1_012, 1_096)),
        (HANOI, "2.5.1.b", "value", _p(184_200, 301_000)),
        (HANOI, "2.5.2.a", "value", _p(101_240, 103_400)),
        (HANOI, "2.5.3.a", "value", _p(46_870, 52_300)),
        (HANOI, "2.6.1.a", "rating", {"rating": 4}),
        (HANOI, "2.6.2.a", "rating", {"rating": 4}),
    ],
    "01-so-lao-dong-thuong-binh-va-xa-hoi": [
        (HANOI, "1.1.3.b", "value", _p(412_300, 846_900)),
        (HANOI, "1.2.1.b", "ho_ngheo", _p(6_180, 2_310_000)),
        (HANOI, "1.2.1.b", "ho_can_ngheo", _p(25_420, 2_310_000)),
        (HANOI, "1.2.2.a", "nam", _p(43_900, 2_060_000)),
        (HANOI, "1.2.2.a", "nu", _p(41_300, 1_925_000)),
        (HANOI, "1.2.2.a", "tong", _p(85_200, 3_985_000)),
        (HANOI, "2.3.1.a", "tat_ca", _p(318_040, 3_975_000)),  # a digit dropped: 3.180.400
        (HANOI, "2.3.1.a", "nu", _p(1_562_000, 1_930_500)),
        (HANOI, "2.3.2.a", "nha_nuoc", _p(1_184, 1_530)),
        (HANOI, "2.3.2.a", "tu_nhan", _p(18_640, 52_400)),
        (HANOI, "2.3.3.a", "value", _p(21_850, 842_000)),
        (HANOI, "2.3.3.b", "value", _p(38_900, 85_200)),
    ],
    "01-so-noi-vu": [
        (HANOI, "1.1.3.a", "value", _p(1_248, 2_690)),
        (HANOI, "2.1.4.a", "value", _p(2_186_000, 4_120_000)),
    ],
    "01-so-ke-hoach-va-dau-tu": [(HANOI, "1.2.1.a", "value", {"rate": 156.2})],
    "01-so-van-hoa-va-the-thao": [
        (HANOI, "1.2.3.a", "value", _p(4_390_000, 8_590_000)),
        (HANOI, "2.2.1.b", "value", _p(84, 126)),
    ],
    "01-so-khoa-hoc-va-cong-nghe": [
        (HANOI, "1.2.4.a", "value", {"rate": 8.6}),
        (HANOI, "1.2.4.b", "trend", {"direction": "increase", "figure": 236, "previous": 212}),
    ],
    "01-so-tai-nguyen-va-moi-truong": [
        (HANOI, "1.3.1.a", "value", {"rate": 68.2}),
        (HANOI, "1.3.1.b", "value", _p(1_612, 2_240)),
        (HANOI, "1.3.1.c", "trend", {"direction": "decrease", "figure": 41.8, "previous": 42.6}),
    ],
    "01-so-y-te": [
        (HANOI, "1.3.2.e", "value", _p(61_540, 64_980)),
        (HANOI, "1.3.2.f", "value", _p(2_205_000, 2_310_000)),
    ],
    "01-hoi-khuyen-hoc-ha-noi": [
        (HANOI, "2.2.2.a", "value", _p(1_985_000, 2_310_000)),
        (HANOI, "2.2.2.b", "value", _p(3_912, 4_690)),
    ],
    "01-so-thong-tin-va-truyen-thong": [
        (HANOI, "2.4.1.b", "rating", {"rating": 3}),
        (HANOI, "2.4.2.a", "value", _p(7_850_000, 8_590_000)),
        (HANOI, "2.4.2.b", "value", _p(7_120_000, 8_590_000)),
    ],
}
OWING_DEPARTMENT = "01-cong-an-thanh-pho"  # provisioned, nothing sent yet
DEPARTMENTS = [*DEPARTMENT_FIGURES, OWING_DEPARTMENT]

EXPERT_NOTE = "Theo biên bản họp Hội đồng chuyên gia đánh giá thành phố học tập"
EXPERT_RATINGS = {"3.1.1.a": 4, "3.1.2.a": 4, "3.1.3.a": 3, "3.2.1.a": 3, "3.2.2.a": 3, "3.3.1.a": 4, "3.3.2.a": 3,
                  "3.3.3.a": 3, "3.3.4.a": 4}
