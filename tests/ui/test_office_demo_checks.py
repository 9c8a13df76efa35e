"""The demo office teaches: the checks page finds a failed rule and a peer outlier, and the
city figures page has figures for nearly every indicator."""

import pytest

from lcdesk.core.officer.demo import demo_year
from lcdesk.ui.widgets import tasks
from office_demo_fixture import inbox_folder, office, office_template  # noqa: F401  (fixtures)
from office_desk_fixture import desk  # noqa: F401  (fixture)


@pytest.fixture(autouse=True)
def synchronous(monkeypatch):
    monkeypatch.setattr(tasks, "runner", tasks.run_synchronously)


def column(table, col):
    return [table.item(r, col).text() for r in range(table.rowCount())]


def test_the_checks_page_shows_a_failed_rule_and_a_peer_outlier(desk):
    desk.show_page("checks")
    page = desk.page("checks")
    page.period_spin.setValue(demo_year())
    rows = list(zip(column(page.table, 1), column(page.table, 2), column(page.table, 3), column(page.table, 4)))
    rules = [r for r in rows if r[2] == "Quy tắc"]
    outliers = [r for r in rows if r[2] == "Khác thường so với đơn vị khác" and r[0] != "(chung)"]
    assert ("Sở Lao động - Thương binh và xã hội", "2.3.1.a") in [r[:2] for r in rules]
    assert ("Phường Giảng Võ", "1.1.2.b") in [r[:2] for r in rules]
    [(unit, indicator, _kind, message)] = outliers
    assert (unit, indicator) == ("Phường Hồng Hà", "1.3.2.a") and "của 8 phường" in message
    assert page.summary.text().startswith("3 cảnh báo ở 3 đơn vị: 2 vi phạm quy tắc, 1 khác thường")


def test_the_city_figures_page_has_figures_for_nearly_every_indicator(desk):
    desk.show_page("figures")
    page = desk.page("figures")
    page.period_spin.setValue(demo_year())
    page.catalog_combo.setCurrentIndex(page.catalog_combo.findData(next(
        page.catalog_combo.itemData(i) for i in range(page.catalog_combo.count())
        if str(page.catalog_combo.itemData(i)).startswith("hanoi-2025"))))
    figures = column(page.table, 2)
    assert len(figures) == 65
    assert figures.count("—") == 3  # the Công an Thành phố's three forms are still owed
    assert "Chưa có số liệu 3 " in page.summary.text() + " "
    evaluations = column(page.table, 4)
    assert evaluations.count("Đạt") >= 20 and evaluations.count("Chưa đạt") >= 5


def test_the_demo_progress_page_says_who_sent_and_what_is_still_owed(desk):
    desk.show_page("completeness")
    page = desk.page("completeness")
    page.period_spin.setValue(demo_year())
    model = page.model
    timeliness = {model.data(model.index(r, 0)): model.data(model.index(r, 2)) for r in range(model.rowCount())}
    # the demo's year has a deadline: every unit that sent is on time or late, never blank
    sent = {name: text for name, text in timeliness.items() if name in ("Phường Ba Đình", "Sở Giáo dục và Đào tạo")}
    assert all(text in ("Đúng hạn", "Nộp trễ") for text in sent.values()), sent
    assert timeliness["Công an Thành phố"].split(", ")[1] == "còn thiếu 3 biểu"  # provisioned, nothing entered
