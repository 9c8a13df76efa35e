"""At 150 % on a 1366×768 screen the inbox's officer and unit columns show whole names."""

import pytest

from lcdesk.ui.widgets import tasks
from office_demo_fixture import inbox_folder, office, office_template  # noqa: F401  (fixtures)
from office_desk_fixture import desk  # noqa: F401  (fixture)


@pytest.fixture(autouse=True)
def synchronous(monkeypatch):
    monkeypatch.setattr(tasks, "runner", tasks.run_synchronously)


@pytest.mark.parametrize("width", [880, 1200])  # 1366 / 1.5 less the window frame; a wide window
def test_officer_and_unit_names_are_not_cut(desk, inbox_folder, width):
    desk.resize(width, 480)
    page = desk.page("inbox")
    page.import_paths([str(inbox_folder)])
    page.fit_columns()
    table, metrics = page.table, page.table.fontMetrics()
    for column in (1, 2):  # officer, unit
        names = [table.model().index(r, column).data() for r in range(table.model().rowCount())]
        widest = max(metrics.horizontalAdvance(n) for n in names if n)
        assert table.columnWidth(column) >= widest + 6, (column, names)
    assert table.columnWidth(3) >= page.REASON_WIDTH  # the reason keeps room to read
