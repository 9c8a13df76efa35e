"""Where a bundle lands: a new .lcb in a folder that exists (issue 9, data safety)."""

import pytest

from lcdesk.core.officer import export_place
from lcdesk.core.officer.export_place import ExportPlaceError

UNITS = [{"code": "00004", "name": "Phường Ba Đình"}, {"code": "01-so-giao-duc-va-dao-tao", "name": "Sở Giáo dục và Đào tạo"}]


def test_a_missing_folder_is_refused_unless_asked_for(tmp_path):
    missing = tmp_path / "Documents"
    with pytest.raises(ExportPlaceError) as refused:
        export_place.resolve(missing, "b.lcb")
    assert "không tồn tại" in refused.value.message_vi and not missing.exists()
    assert export_place.resolve(missing, "b.lcb", create=True) == missing / "b.lcb"
    assert missing.is_dir()


def test_a_file_in_place_of_the_folder_is_refused(tmp_path):
    (tmp_path / "Documents").write_text("old")
    with pytest.raises(ExportPlaceError, match="is a file"):
        export_place.resolve(tmp_path / "Documents", "b.lcb", create=True)


def test_an_existing_file_is_never_overwritten(tmp_path):
    (tmp_path / "b.lcb").write_text("1")
    (tmp_path / "b (2).lcb").write_text("2")
    assert export_place.resolve(tmp_path, "b.lcb") == tmp_path / "b (3).lcb"
    assert export_place.resolve(tmp_path / "b.lcb", "ignored.lcb") == tmp_path / "b (3).lcb"


def test_the_name_always_ends_in_lcb(tmp_path):
    assert export_place.resolve(tmp_path, "goi-du-lieu").name == "goi-du-lieu.lcb"


def test_a_bundle_is_named_after_all_its_units_or_the_officer():
    assert export_place.bundle_file_name(UNITS, "Nguyễn Văn An", 2025, 3) == \
        "lcdesk-phuong-ba-dinh_so-giao-duc-va-dao-tao-2025-0003.lcb"
    many = [{"code": str(i), "name": f"Phường {i}"} for i in range(5)]
    assert export_place.bundle_file_name(many, "Nguyễn Văn An", None, 12) == "lcdesk-nguyen-van-an-tat-ca-0012.lcb"
