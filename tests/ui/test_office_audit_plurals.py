"""The audit page says its counts with Qt's plural forms: "1 unit", "11 units" in English."""

import pytest
from PySide6.QtCore import QCoreApplication

from office_demo_fixture import inbox_folder, office, office_template  # noqa: F401  (fixtures)
from office_desk_fixture import desk  # noqa: F401  (fixture)
from tests.ui.plural_translator import install

PLURALS = {  # what the coordinator's English .ts says (numerus forms: one, other)
    ("AuditText", "%n đơn vị"): ("%n unit", "%n units"),
    ("AuditText", "%1 · %n đơn vị"): ("%1 · %n unit", "%1 · %n units"),
    ("AuditText", "%1 · %n số liệu (%2 mới) · %3 · năm %4"): ("%1 · %n figure (%2 new) · %3 · year %4",
                                                              "%1 · %n figures (%2 new) · %3 · year %4"),
    ("AuditText", "%n đơn vị · năm %1 · hạn nộp %2 · lần cấp %3"): ("%n unit · year %1 · deadline %2 · issue no. %3",
                                                                     "%n units · year %1 · deadline %2 · issue no. %3"),
}


@pytest.fixture
def english(tmp_path):
    translator = install(tmp_path, PLURALS)
    yield
    QCoreApplication.removeTranslator(translator)


def details(page, action_words):
    table = page.table
    return [table.item(r, 4).text() for r in range(table.rowCount()) if table.item(r, 2).text() in action_words]


def test_vietnamese_counts_read_as_before(desk):
    page = desk.show_page("audit")
    enrolled = details(page, ["Đăng ký cán bộ"])
    assert "Công chức văn hóa - xã hội · 1 đơn vị" in enrolled
    assert any(d.endswith(" · 11 đơn vị") for d in enrolled)  # the Sở Giáo dục và Đào tạo's officer


def test_english_says_one_unit_and_eleven_units(desk, english):
    page = desk.show_page("audit")
    page.render()
    enrolled = details(page, ["Đăng ký cán bộ", "Enrol officer"])
    assert "Công chức văn hóa - xã hội · 1 unit" in enrolled
    assert any(d.endswith(" · 11 units") for d in enrolled)
    provisioned = details(page, ["Cấp tệp cấu hình", "Issue provisioning file"])
    assert any(d.startswith("1 unit · year ") for d in provisioned)
    imported = details(page, ["Nhập gói", "Import"])
    assert any(" · 1 unit · year " in d and " figures (" in d for d in imported)
    assert not any(" 1 units" in d or " 1 figures" in d for d in enrolled + provisioned + imported)
