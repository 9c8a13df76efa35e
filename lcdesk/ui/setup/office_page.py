"""The city office's set-up: which catalog it reports on, for which city, under what name."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWizardPage,
)

from lcdesk.core.exchange import identity

from lcdesk.core.units import registry as units
from lcdesk.core.errors import LcdeskError
from lcdesk.ui.i18n import current_language
from lcdesk.ui.setup.provisioning_page import ERROR_STYLE

PREFERRED_CATALOG = "hanoi-2025"


class OfficePage(QWizardPage):
    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.result_info: dict | None = None
        self.setObjectName("office_page")
        self.catalog_combo = QComboBox(self)
        self.catalog_combo.setObjectName("office_catalog_combo")
        # a long catalog title must not claim the width its label needs (issue 9: "Danh mục chỉ s")
        self.catalog_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.catalog_combo.setMinimumContentsLength(16)
        self.city_edit = QLineEdit(self)
        self.city_edit.setObjectName("office_city_edit")
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("office_name_edit")
        self.labels = {key: QLabel(self) for key in ("catalog", "city", "name")}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a narrow page puts the field below
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, field in (("catalog", self.catalog_combo), ("city", self.city_edit), ("name", self.name_edit)):
            self.labels[key].setObjectName(f"office_{key}_label")
            self.labels[key].setBuddy(field)
            form.addRow(self.labels[key], field)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("office_error")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.hint = QLabel(self)
        self.hint.setObjectName("office_hint")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        for entry in store.list_catalogs():
            self.catalog_combo.addItem(f"{entry['title']} ({entry['version']})", f"{entry['id']}@{entry['version']}")
        ids = [self.catalog_combo.itemData(i).split("@")[0] for i in range(self.catalog_combo.count())]
        if PREFERRED_CATALOG in ids:
            self.catalog_combo.setCurrentIndex(len(ids) - 1 - ids[::-1].index(PREFERRED_CATALOG))
        self.catalog_combo.currentIndexChanged.connect(self._suggest_city)
        self.city_edit.textChanged.connect(lambda _t: self.completeChanged.emit())
        self._suggest_city()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Thiết lập văn phòng thành phố"))
        self.setSubTitle(self.tr("Chọn bộ chỉ số thành phố dùng để báo cáo."))
        self.labels["catalog"].setText(self.tr("&Danh mục chỉ số:"))
        self.labels["city"].setText(self.tr("&Thành phố:"))
        self.labels["name"].setText(self.tr("&Tên văn phòng:"))
        self.catalog_combo.setAccessibleName(self.tr("Danh mục chỉ số"))
        self.city_edit.setAccessibleName(self.tr("Thành phố"))
        self.city_edit.setPlaceholderText(self.tr("tên hoặc mã, ví dụ: Hà Nội hoặc 01"))
        self.name_edit.setAccessibleName(self.tr("Tên văn phòng"))
        self.name_edit.setPlaceholderText(self.tr("để trống: “Văn phòng” và tên thành phố"))
        self.hint.setText(self.tr("Sau khi thiết lập, dùng lệnh “lcdesk office” để đăng ký cán bộ và nhập gói dữ liệu."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _suggest_city(self, *_args) -> None:
        key = self.catalog_combo.currentData()
        if not key:
            return
        city = self.store.get_catalog(key).city
        if city:
            self.city_edit.setText(city)

    def nextId(self) -> int:
        return -1  # the last page of its path

    def isComplete(self) -> bool:
        return bool(self.catalog_combo.currentData()) and bool(self.city_edit.text().strip())

    def validatePage(self) -> bool:
        try:
            city = units.find_city(self.city_edit.text())
            catalog = self.store.get_catalog(self.catalog_combo.currentData())
            self.result_info = identity.init_office(self.store, city, catalog, self.name_edit.text().strip())
        except LcdeskError as exc:
            self.error_label.setText(exc.message_en if current_language() == "en" else exc.message_vi)
            self.error_label.show()
            return False
        return True
