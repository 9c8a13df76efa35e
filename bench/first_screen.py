"""The demo officer's first screen built with plain PySide6 widgets and fixed texts: a second
floor for ``bench/startup.py --screen``.

It has what lcdesk's first window shows (menus, the deadline banner, the unit and year
selectors with the progress and the export button, three tabs, the filter row, a tree of
107 rows with a status mark on each indicator, the right pane's prompt, the status bar), at the
same size, but none of lcdesk's code: no data folder, database, catalog, translation or
formatting. So ``lcdesk / bare`` splits into ``first_screen / bare`` (what Qt and PySide6
need to build and paint that screen) and ``lcdesk / first_screen`` (what lcdesk adds).
Run through the launcher's probe like the other modes (``LCDESK_BENCH_STARTUP``)."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

LAUNCHER = Path(__file__).resolve().parent.parent / "installers" / "windows" / "lcdesk_launcher.py"


def _probe() -> None:
    spec = importlib.util.spec_from_file_location("lcdesk_launcher", LAUNCHER)
    launcher = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(launcher)
    launcher._install_startup_probe()


def main() -> int:
    if os.environ.get("LCDESK_BENCH_STARTUP"):
        _probe()
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction, QColor, QIcon, QPixmap
    from PySide6.QtWidgets import (
        QApplication, QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QMainWindow, QPushButton, QSplitter,
        QStackedWidget, QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
    )

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Learning City Desk 0.1.0 — Nguyễn Thị Minh Anh (dùng thử)")
    for title in ("&Tệp", "&Hiển thị", "Trợ &giúp"):
        menu = window.menuBar().addMenu(title)
        for i in range(4):
            menu.addAction(QAction(f"Mục {i + 1}", window))
    central = QWidget()
    layout = QVBoxLayout(central)
    layout.addWidget(QLabel("Hạn nộp: 10/12/2026 — còn 9 ngày"))
    row = QHBoxLayout()
    unit, year = QComboBox(), QComboBox()
    unit.addItem("Phường Ba Đình")
    year.addItem("2026")
    for widget in (QLabel("Đơn vị:"), unit, QLabel("Năm báo cáo:"), year, QLabel("3/4 đã nhập")):
        row.addWidget(widget)
    row.addStretch(1)
    row.addWidget(QPushButton("Xuất gói dữ liệu…"))
    layout.addLayout(row)
    page = QWidget()
    page_layout = QVBoxLayout(page)
    filter_row = QHBoxLayout()
    search = QLineEdit(placeholderText="Tìm theo mã hoặc nội dung…")
    search.setClearButtonEnabled(True)
    filter_row.addWidget(search, 1)
    filter_row.addWidget(QCheckBox("Hiện tất cả"))
    page_layout.addLayout(filter_row)
    tree = QTreeWidget()
    tree.setHeaderLabels(["Mã", "Nội dung", "Trạng thái"])
    page_layout.addWidget(tree)
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor("#2e8b3a"))
    mark = QIcon(pixmap)
    for a in range(1, 4):  # 3 areas, 12 standards, 35-ish criteria, 57-ish indicators: 107 rows
        area = QTreeWidgetItem(tree, [str(a), "Những lợi ích to lớn của việc xây dựng thành phố học tập"])
        for s in range(1, 5):
            standard = QTreeWidgetItem(area, [f"{a}.{s}", "Phát huy sự tham gia tích cực của cá nhân"])
            for c in range(1, 4):
                criterion = QTreeWidgetItem(standard, [f"{a}.{s}.{c}", "Khuyến khích và tạo điều kiện để các tổ chức"])
                for letter in "ab"[: 1 + (c + s) % 2]:
                    item = QTreeWidgetItem(criterion, [f"{a}.{s}.{c}.{letter}", "70% công dân tham gia vào các hoạt động",
                                                       "Hoàn thành"])
                    item.setIcon(0, mark)
    tree.expandAll()
    tabs = QTabWidget()
    tabs.addTab(page, "Chỉ số")
    tabs.addTab(QWidget(), "Lịch sử xuất gói")
    tabs.addTab(QWidget(), "Phản hồi của văn phòng")
    right = QStackedWidget()
    right.addWidget(QLabel("<h2>Chọn một mục trong danh mục</h2>Chọn một chỉ số ở cây bên trái để xem nội dung."))
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(tabs)
    splitter.addWidget(right)
    layout.addWidget(splitter, 1)
    window.setCentralWidget(central)
    window.statusBar().showMessage("3 lĩnh vực · 12 tiêu chuẩn · 35 tiêu chí · 57 chỉ số")
    window.resize(1100, 680)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
