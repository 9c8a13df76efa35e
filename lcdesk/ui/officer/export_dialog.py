"""'Xuất gói dữ liệu': choose where, write the signed bundle, read it back, say what was written.

Removable drives come first in the list of places, then the folder of the last export
(remembered in QSettings) and the Documents folder; any other folder can be chosen. A
destination is always a folder: one that does not exist is created only when the officer
says so (``export_place``); the file is always a new ``.lcb``. The officer ticks the units
and years that go in (``ExportChoice``), and sees per unit and year which forms are
unfinished or wrong, before writing, without blocking. With several catalogs, a combo
chooses the catalog of the bundle. The bundle is written in the background (a busy
bar shows meanwhile) by ``bundle.export_bundle``, which also reads it back and checks
it; the result page lists the file, its size, units, years and counts, with the next
step and a button that opens the folder with the file selected.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from lcdesk.core.exchange import identity

from lcdesk.core.exchange.bundle import export_bundle
from lcdesk.ui.officer.export_choice import ExportChoice
from lcdesk.ui.officer.check_warnings import CheckWarnings
from lcdesk.core.errors import LcdeskError
from lcdesk.core.store import Store
from lcdesk.ui.widgets import drives
from lcdesk.ui.widgets import prompts
from lcdesk.ui.widgets import reveal
from lcdesk.ui.widgets import tasks
from lcdesk.ui.widgets.formatting import format_size
from lcdesk.ui.i18n import current_language
from lcdesk.ui.widgets.labels import plain_label

WARNING_STYLE = "background:#fff4d6; color:#5c4200; border:1px solid #e0b84a; border-radius:4px; padding:6px;"
ERROR_STYLE = "color:#a00000; font-weight:600;"
DEST_ROLE = Qt.ItemDataRole.UserRole


LAST_FOLDER_KEY = "export/last_folder"


UI_SETTINGS_FILE = "ui.ini"


def settings(home) -> QSettings:
    """The window's own settings (last export folder): an INI file in the data folder, so that
    each officer's data folder remembers its own places and a portable copy keeps them."""
    return QSettings(str(Path(home) / UI_SETTINGS_FILE), QSettings.Format.IniFormat)


def export_in_home(home: str, destination: str, choice: dict):
    """The background job: its own connection to the store (SQLite connections stay on their thread).

    ``choice``: plain data, {"units", "periods", "catalog_id", "create_folder"}."""
    with Store.open(home) as store:
        return export_bundle(store, destination, **choice)


class ExportDialog(QDialog):
    """``exported(result)`` (a bundle.ExportResult) after a verified bundle was written."""

    exported = Signal(object)

    def __init__(self, store, parent: QWidget | None = None, places: list[drives.Destination] | None = None):
        super().__init__(parent)
        self.store = store
        self.result = None
        self.error_text = ""
        self.prov = identity.provisioning(store)
        self.catalog_ids = list(self.prov.get("catalogs") or [])
        self.create_folder = False
        self.setObjectName("export_dialog")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_choose_page())
        self.stack.addWidget(self._build_done_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.fill_places(drives.destinations() if places is None else places)
        self.retranslate_ui()
        self.setMinimumWidth(560)
        self.check_warnings.show_export(self.store)

    # ------------------------------------------------------------ building
    def _build_choose_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("export_choose_page")
        self.intro = plain_label("export_intro", page)
        self.catalog_label = QLabel(page)
        self.catalog_combo = QComboBox(page)
        self.catalog_combo.setObjectName("export_catalog_combo")
        self.catalog_label.setBuddy(self.catalog_combo)
        if len(self.catalog_ids) > 1:  # a bundle carries all the officer's catalogs unless one is chosen
            self.catalog_combo.addItem("", None)
        for catalog_id in self.catalog_ids:
            self.catalog_combo.addItem(self.store.get_catalog(catalog_id).title, catalog_id)
        self.choice_holder = QVBoxLayout()
        self.choice = None
        self._build_choice(page)
        self.places_label = QLabel(page)
        self.places_list = QListWidget(page)
        self.places_list.setObjectName("places_list")
        self.places_label.setBuddy(self.places_list)
        self.other_button = QPushButton(page)
        self.other_button.setObjectName("other_folder_button")
        self.busy = QProgressBar(page)
        self.busy.setObjectName("export_busy")
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.status_label = plain_label("export_status", page)
        self.check_warnings = CheckWarnings(page)  # failed data-quality rules (issue 12)
        self.export_button = QPushButton(page)
        self.export_button.setObjectName("start_export_button")
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton(page)
        self.cancel_button.setObjectName("cancel_export_button")
        catalog_row = QHBoxLayout()
        catalog_row.addWidget(self.catalog_label)
        catalog_row.addWidget(self.catalog_combo, 1)
        for widget in (self.catalog_label, self.catalog_combo):
            widget.setVisible(len(self.catalog_ids) > 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addLayout(catalog_row)
        layout.addLayout(self.choice_holder, 2)  # the breakdown gets room before the places
        layout.addWidget(self.places_label)
        layout.addWidget(self.places_list, 1)
        layout.addWidget(self.other_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.busy)
        layout.addWidget(self.check_warnings)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self.other_button.clicked.connect(self.choose_other_folder)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self.reject)
        self.places_list.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self.places_list.itemActivated.connect(lambda _item: self.start_export())
        self.catalog_combo.currentIndexChanged.connect(lambda _i: self._build_choice(page))
        return page

    def _build_choice(self, page: QWidget) -> None:
        """The units and years of the chosen catalog (rebuilt when the catalog changes)."""
        if self.choice is not None:
            self.choice_holder.removeWidget(self.choice)
            self.choice.deleteLater()
        self.choice = ExportChoice(self.store, self.catalog_id(), page)
        self.choice.pending_label.setStyleSheet(WARNING_STYLE)
        self.choice.changed.connect(self._update_buttons)
        self.choice_holder.addWidget(self.choice)
        self._update_buttons()

    def _build_done_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("export_done_page")
        self.done_heading = plain_label("export_done_heading", page)
        font = self.done_heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.done_heading.setFont(font)
        self.summary_form = QFormLayout()
        self.summary_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.summary: dict[str, tuple[QLabel, QLabel]] = {}
        for key in ("file", "folder", "size", "units", "periods", "contents"):
            caption, value = plain_label(f"summary_{key}_caption", page), plain_label(f"summary_{key}", page, True)
            self.summary_form.addRow(caption, value)
            self.summary[key] = (caption, value)
        self.warnings_label = plain_label("export_warnings", page)
        self.warnings_label.setStyleSheet(WARNING_STYLE)
        self.next_label = plain_label("export_next", page)
        self.reveal_button = QPushButton(page)
        self.reveal_button.setObjectName("reveal_button")
        self.close_button = QPushButton(page)
        self.close_button.setObjectName("close_export_button")
        buttons = QHBoxLayout()
        buttons.addWidget(self.reveal_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.done_heading)
        layout.addLayout(self.summary_form)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.next_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.reveal_button.clicked.connect(self.reveal_file)
        self.close_button.clicked.connect(self.accept)
        return page

    # ------------------------------------------------------------ translation
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Xuất gói dữ liệu"))
        self.intro.setText(self.tr("Gói dữ liệu chứa mọi số liệu bạn đã nhập, được ký bằng khóa của bạn. "
                                   "Chọn nơi lưu: USB để trao tay, hoặc một thư mục để gửi thư điện tử."))
        self.catalog_label.setText(self.tr("&Danh mục chỉ số:"))
        if len(self.catalog_ids) > 1:
            self.catalog_combo.setItemText(0, self.tr("Mọi danh mục được giao"))
        self.catalog_combo.setAccessibleName(self.tr("Danh mục chỉ số của gói"))
        self.places_label.setText(self.tr("&Lưu vào:"))
        self.places_list.setAccessibleName(self.tr("Nơi lưu gói dữ liệu"))
        self.other_button.setText(self.tr("Chọn &thư mục khác…"))
        self.export_button.setText(self.tr("&Xuất gói"))
        self.cancel_button.setText(self.tr("Hủy"))
        self.done_heading.setText(self.tr("Đã ghi gói dữ liệu và đọc lại để kiểm tra: gói hợp lệ."))
        captions = {"file": self.tr("Tệp:"), "folder": self.tr("Thư mục:"), "size": self.tr("Dung lượng:"),
                    "units": self.tr("Đơn vị:"), "periods": self.tr("Năm báo cáo:"), "contents": self.tr("Nội dung:")}
        for key, text in captions.items():
            self.summary[key][0].setText(text)
        self.reveal_button.setText(self.tr("&Mở thư mục chứa tệp"))
        self.close_button.setText(self.tr("Đó&ng"))
        self._fill_result()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------ choosing
    def fill_places(self, places: list[drives.Destination]) -> None:
        self.places_list.clear()
        style = self.style()
        last = str(settings(self.store.home).value(LAST_FOLDER_KEY, "") or "")
        if last and Path(last).is_dir() and all(p.path != last for p in places):
            removable = [p for p in places if p.removable]
            places = removable + [drives.Destination(last, last, False)] + [p for p in places if not p.removable]
        for place in places:
            icon = style.standardIcon(QStyle.StandardPixmap.SP_DriveFDIcon if place.removable
                                      else QStyle.StandardPixmap.SP_DirIcon)
            self._add_place(place, icon)
        rows = [i for i in range(self.places_list.count()) if self.places_list.item(i).data(DEST_ROLE).path == last]
        if self.places_list.count():
            self.places_list.setCurrentRow(rows[0] if rows else 0)
        self._update_buttons()

    def _add_place(self, place: drives.Destination, icon: QIcon) -> QListWidgetItem:
        text = place.label
        if place.removable:
            text = self.tr("USB / ổ đĩa rời: %1").replace("%1", place.label)
        elif not Path(place.path).is_dir():
            text = self.tr("%1 (chưa có thư mục này)").replace("%1", place.label)
        item = QListWidgetItem(icon, text, self.places_list)
        item.setData(DEST_ROLE, place)
        item.setToolTip(place.path)
        return item

    def choose_other_folder(self) -> None:
        folder = prompts.choose_folder(self, self.tr("Chọn thư mục lưu gói dữ liệu"))
        if not folder:
            return
        item = self._add_place(drives.Destination(folder, folder, False),
                               self.style().standardIcon(QStyle.StandardPixmap.SP_DirIcon))
        self.places_list.setCurrentItem(item)

    def destination(self) -> drives.Destination | None:
        item = self.places_list.currentItem()
        return item.data(DEST_ROLE) if item is not None else None

    def catalog_id(self) -> str | None:
        return self.catalog_combo.currentData() if self.catalog_combo.count() else None

    @property
    def pending(self) -> dict[str, int]:
        return self.choice.counts()

    @property
    def pending_label(self) -> QLabel:
        return self.choice.pending_label

    def _update_buttons(self) -> None:
        if not hasattr(self, "export_button"):  # still building
            return
        empty = self.choice is None or self.choice.is_empty()
        self.export_button.setEnabled(self.destination() is not None and not self.busy.isVisible() and not empty)

    def choice_data(self) -> dict:
        """What the background job needs, as plain data."""
        return {"units": self.choice.chosen_units(), "periods": self.choice.chosen_periods() or None,
                "catalog_id": self.catalog_id(), "create_folder": self.create_folder}

    def _confirm_folder(self, place: drives.Destination) -> bool:
        """A missing folder is created only when the officer says so."""
        if Path(place.path).exists() or place.path.lower().endswith(".lcb"):
            return True
        self.create_folder = prompts.ask_yes_no(
            self, self.tr("Xuất gói dữ liệu"),
            self.tr("Thư mục “%1” chưa có. Tạo thư mục này và lưu gói vào đó?").replace("%1", place.path),
            default_yes=True)
        return self.create_folder

    # ------------------------------------------------------------ writing
    def start_export(self) -> None:
        place = self.destination()
        if place is None or self.busy.isVisible():
            return
        self.error_text = ""
        self.create_folder = False
        if not self._confirm_folder(place):
            self.error_text = self.tr("Chưa xuất: thư mục “%1” không tồn tại. Hãy chọn một thư mục có sẵn.") \
                .replace("%1", place.path)
            self.status_label.setStyleSheet(ERROR_STYLE)
            self.status_label.setText(self.error_text)
            return
        self._set_busy(True)
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("Đang ghi và đọc lại gói dữ liệu… Đừng rút USB."))
        job = partial(export_in_home, str(self.store.home), place.path, self.choice_data())
        tasks.run_in_background(job, self._on_exported, self._on_failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.places_list, self.other_button, self.choice, self.catalog_combo, self.cancel_button):
            widget.setEnabled(not busy)
        self._update_buttons()

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        place = self.destination()
        if isinstance(exc, LcdeskError):
            text = exc.message_en if current_language() == "en" else exc.message_vi
        elif isinstance(exc, OSError):
            text = self.tr("Không ghi được vào %1: %2. Hãy kiểm tra USB còn cắm, còn chỗ trống và không bị khóa "
                           "ghi, rồi thử lại.").replace("%1", place.path if place else "").replace(
                "%2", exc.strerror or str(exc))
        else:
            text = self.tr("Không xuất được gói dữ liệu: %1").replace("%1", str(exc))
        self.error_text = text
        self.status_label.setStyleSheet(ERROR_STYLE)
        self.status_label.setText(text)

    def _on_exported(self, result) -> None:
        self._set_busy(False)
        self.status_label.setText("")
        self.result = result
        settings(self.store.home).setValue(LAST_FOLDER_KEY, str(Path(result.path).parent))
        self._fill_result()
        self.stack.setCurrentIndex(1)
        self.close_button.setDefault(True)
        self.reveal_button.setFocus()
        self.exported.emit(result)

    def _fill_result(self) -> None:
        result = self.result
        if result is None:
            return
        names = {u["code"]: u["name"] for u in self.prov.get("units", [])}
        path = Path(result.path)
        values = {
            "file": path.name, "folder": str(path.parent), "size": format_size(result.size),
            "units": "\n".join(names.get(code, code) for code in result.units),
            "periods": ", ".join(map(str, result.periods)) or "—",
            "contents": self.tr("%n số liệu", "", result.records) + ", "
                        + self.tr("%n tệp minh chứng", "", result.evidence),
        }
        for key, text in values.items():
            self.summary[key][1].setText(text)
        english = current_language() == "en"
        warnings = [en if english else vi for vi, en in result.warnings]
        self.warnings_label.setText("\n".join(f"• {w}" for w in warnings))
        self.warnings_label.setVisible(bool(warnings))
        place = self.destination()
        if place is not None and place.removable:
            self.next_label.setText(self.tr(
                "Tiếp theo: tháo USB an toàn (biểu tượng “Safely Remove Hardware” trên thanh tác vụ), rồi trao USB "
                "cho văn phòng thành phố."))
        else:
            self.next_label.setText(self.tr(
                "Tiếp theo: đính kèm tệp này vào thư điện tử gửi văn phòng thành phố, hoặc chép tệp vào USB. "
                "Bấm “Mở thư mục chứa tệp” để thấy tệp."))

    def summary_text(self, key: str) -> str:
        return self.summary[key][1].text()

    def reveal_file(self) -> None:
        if self.result is not None:
            reveal.reveal(self.result.path)
