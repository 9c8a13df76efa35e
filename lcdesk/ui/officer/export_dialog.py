"""'Xuất gói dữ liệu': choose where, write the signed bundle, read it back, say what was written.

Removable drives come first in the list of places, then the Documents folder; any
other folder can be chosen. Incomplete forms and forms with errors are reported
before writing, without blocking. The bundle is written in the background (a busy
bar shows meanwhile) by ``bundle.export_bundle``, which also reads it back and checks
it; the result page lists the file, its size, units, years and counts, with the next
step and a button that opens the folder with the file selected.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
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

from lcdesk.core.officer import entry

from lcdesk.core.exchange import identity

from lcdesk.core.units import registry as units
from lcdesk.core.exchange.bundle import export_bundle
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


def export_in_home(home: str, destination: str, period: int | None):
    """The background job: its own connection to the store (SQLite connections stay on their thread)."""
    with Store.open(home) as store:
        return export_bundle(store, destination, period)


def pending_forms(store, periods: list[int]) -> dict[str, int]:
    """{'errors': n, 'unfinished': n, 'total': n} over the assigned forms of every unit and year."""
    prov = identity.provisioning(store)
    catalog = store.get_catalog(prov["catalogs"][0])
    counts = {"errors": 0, "unfinished": 0, "total": 0}
    for unit in prov["units"]:
        assigned = units.indicators_for_unit(catalog, units.from_dict(unit))
        for period in periods:
            for status in entry.progress(store, catalog, unit["code"], period, assigned).values():
                counts["total"] += 1
                counts["errors"] += status == entry.ERRORS
                counts["unfinished"] += status in (entry.EMPTY, entry.DRAFT)
    return counts


class ExportDialog(QDialog):
    """``exported(result)`` (a bundle.ExportResult) after a verified bundle was written."""

    exported = Signal(object)

    def __init__(self, store, parent: QWidget | None = None, places: list[drives.Destination] | None = None):
        super().__init__(parent)
        self.store = store
        self.result = None
        self.error_text = ""
        self.prov = identity.provisioning(store)
        self.pending = {"errors": 0, "unfinished": 0, "total": 0}
        self.setObjectName("export_dialog")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_choose_page())
        self.stack.addWidget(self._build_done_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.fill_places(drives.destinations() if places is None else places)
        self.retranslate_ui()
        self.count_pending()
        self.setMinimumWidth(600)

    # ------------------------------------------------------------ building
    def _build_choose_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("export_choose_page")
        self.intro = plain_label("export_intro", page)
        self.pending_label = plain_label("export_pending", page)
        self.pending_label.setStyleSheet(WARNING_STYLE)
        self.period_label = QLabel(page)
        self.period_combo = QComboBox(page)
        self.period_combo.setObjectName("export_period_combo")
        self.period_label.setBuddy(self.period_combo)
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
        self.export_button = QPushButton(page)
        self.export_button.setObjectName("start_export_button")
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton(page)
        self.cancel_button.setObjectName("cancel_export_button")
        period_row = QHBoxLayout()
        period_row.addWidget(self.period_label)
        period_row.addWidget(self.period_combo)
        period_row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.intro, self.pending_label):
            layout.addWidget(widget)
        layout.addLayout(period_row)
        layout.addWidget(self.places_label)
        layout.addWidget(self.places_list, 1)
        layout.addWidget(self.other_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.busy)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self.other_button.clicked.connect(self.choose_other_folder)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self.reject)
        self.places_list.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self.places_list.itemActivated.connect(lambda _item: self.start_export())
        self.period_combo.currentIndexChanged.connect(lambda _i: self.count_pending())
        return page

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
        self.period_label.setText(self.tr("&Năm báo cáo:"))
        self.period_combo.setAccessibleName(self.tr("Năm báo cáo cần xuất"))
        selected = self.period_combo.currentData()
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        self.period_combo.addItem(self.tr("Tất cả các năm"), None)
        for period in self.prov.get("periods") or []:
            self.period_combo.addItem(str(period), int(period))
        self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(selected)))
        self.period_combo.blockSignals(False)
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
        self.show_pending()
        self._fill_result()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------ choosing
    def fill_places(self, places: list[drives.Destination]) -> None:
        self.places_list.clear()
        style = self.style()
        for place in places:
            icon = style.standardIcon(QStyle.StandardPixmap.SP_DriveFDIcon if place.removable
                                      else QStyle.StandardPixmap.SP_DirIcon)
            self._add_place(place, icon)
        if self.places_list.count():
            self.places_list.setCurrentRow(0)
        self._update_buttons()

    def _add_place(self, place: drives.Destination, icon: QIcon) -> QListWidgetItem:
        text = place.label
        if place.removable:
            text = self.tr("USB / ổ đĩa rời: %1").replace("%1", place.label)
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

    def period(self) -> int | None:
        return self.period_combo.currentData()

    def _update_buttons(self) -> None:
        self.export_button.setEnabled(self.destination() is not None and not self.busy.isVisible())

    def count_pending(self) -> None:
        periods = [self.period()] if self.period() else list(self.prov.get("periods") or [])
        self.pending = pending_forms(self.store, periods)
        self.show_pending()

    def show_pending(self) -> None:
        """Incomplete forms and forms with errors: said before writing, never blocking."""
        counts = self.pending
        lines = []
        if counts["errors"]:
            lines.append(self.tr("%n biểu mẫu còn lỗi: số liệu lỗi sẽ không được đưa vào gói.", "", counts["errors"]))
        if counts["unfinished"]:
            lines.append(self.tr("%n biểu mẫu chưa hoàn thành (chưa nhập hoặc còn nháp).", "", counts["unfinished"]))
        if lines:
            lines.append(self.tr("Bạn vẫn có thể xuất gói bây giờ và xuất lại khi đã nhập xong."))
        self.pending_label.setText("\n".join(lines))
        self.pending_label.setVisible(bool(lines))

    # ------------------------------------------------------------ writing
    def start_export(self) -> None:
        place = self.destination()
        if place is None or self.busy.isVisible():
            return
        self.error_text = ""
        self._set_busy(True)
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("Đang ghi và đọc lại gói dữ liệu… Đừng rút USB."))
        job = partial(export_in_home, str(self.store.home), place.path, self.period())
        tasks.run_in_background(job, self._on_exported, self._on_failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.places_list, self.other_button, self.period_combo, self.cancel_button):
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
