"""The selected cell of the values table: where its value came from, its evidence, its history.

Provenance of each standing record: the officer, their key's fingerprint, the bundle
that carried it, its sequence number, when the office received it, its status and
the officer's note. Evidence files are listed by their original names and open in
the system's viewer. The history is every record of every author, newest first,
one sentence each (never raw field names).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QGroupBox, QListView, QListWidget, QVBoxLayout, QWidget

from lcdesk.core import numbers
from lcdesk.core.office import cell_detail, values_view
from lcdesk.core.merge import rule as merge
from lcdesk.core.store import Cell
from lcdesk.ui import i18n
from lcdesk.ui.office.evidence_files import EvidenceFiles
from lcdesk.ui.widgets.formatting import format_timestamp
from lcdesk.ui.widgets.labels import heading_label, plain_label


def short_id(bundle_id: str) -> str:
    """A bundle id as the clerk reads it: its first 16 hex digits (the whole id is in the tooltip)."""
    return bundle_id[:16] + "…" if len(bundle_id) > 16 else bundle_id


class CellPanel(QWidget):
    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setObjectName("cell_panel")
        self.view: values_view.CellView | None = None
        self.column = None
        self.unit_name = ""
        self.title_label = heading_label("cell_title", self)
        self.indicator_label = plain_label("cell_indicator_text", self, selectable=True)
        self.state_label = plain_label("cell_state", self, selectable=True)
        self.provenance_box = QGroupBox(self, objectName="provenance_box")
        self.provenance_label = plain_label("provenance_label", self.provenance_box, selectable=True)
        QVBoxLayout(self.provenance_box).addWidget(self.provenance_label)
        self.evidence_box = QGroupBox(self, objectName="evidence_box")
        self.evidence = EvidenceFiles(store, self.evidence_box)
        QVBoxLayout(self.evidence_box).addWidget(self.evidence)
        self.history_box = QGroupBox(self, objectName="history_box")
        self.history_list = QListWidget(self.history_box, objectName="cell_history_list")
        self.history_list.setWordWrap(True)
        self.history_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.history_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QVBoxLayout(self.history_box).addWidget(self.history_list)
        layout = QVBoxLayout(self)
        for widget in (self.title_label, self.indicator_label, self.state_label, self.provenance_box,
                       self.evidence_box):
            layout.addWidget(widget)
        layout.addWidget(self.history_box, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.provenance_box.setTitle(self.tr("Nguồn của số liệu"))
        self.evidence_box.setTitle(self.tr("Tệp minh chứng"))
        self.history_box.setTitle(self.tr("Lịch sử (mới nhất trước)"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_cell(self, view: values_view.CellView | None, column, unit_name: str) -> None:
        """Show ``view`` (None: the cell has no record yet) of ``column`` (a GridColumn) for ``unit_name``."""
        self.view, self.column, self.unit_name = view, column, unit_name
        self._show()

    def clear(self) -> None:
        self.show_cell(None, None, "")

    # ------------------------------------------------------------- text
    def _show(self) -> None:
        col, view = self.column, self.view
        if col is None:
            self.title_label.setText(self.tr("Chọn một ô trong bảng để xem nguồn, minh chứng và lịch sử."))
            for label in (self.indicator_label, self.state_label, self.provenance_label):
                label.clear()
            self.evidence.set_hashes([])
            self.history_list.clear()
            return
        measure = f" · {col.measure_label}" if col.measure_label else ""
        self.title_label.setText(f"{self.unit_name} · {self.tr('Chỉ số')} {col.indicator}{measure}")
        self.indicator_label.setText(col.text)
        self.state_label.setText(self._state_text())
        sources = [] if view is None else [*view.sources, *([view.resolution] if view.resolution else [])]
        origins = [values_view.provenance(self.store, s) for s in sources]
        self.provenance_label.setText("\n\n".join(self._source_text(s, p) for s, p in zip(sources, origins))
                                      or self.tr("Chưa có nguồn nào."))
        self.provenance_label.setToolTip("\n".join(self.tr("Mã gói đầy đủ: %1").replace("%1", p["bundle"])
                                                   for p in origins if p["bundle"]))
        self.evidence.set_hashes([h for s in sources for h in s.evidence])
        self._fill_history()

    def figure(self, payload) -> str:
        return numbers.format_figure(self.column.kind, payload, self.column.measure_obj,
                                     language=i18n.current_language())

    def status_text(self, status: str | None) -> str:
        return {"draft": self.tr("nháp"), "complete": self.tr("hoàn thành")}.get(status, self.tr("chưa có"))

    def _state_text(self) -> str:
        view = self.view
        if view is None:
            return self.tr("Chưa nhận được số liệu cho ô này.")
        if view.conflict:
            text = self.tr("Xung đột giữa %1 nguồn: hãy quyết định ở trang Xung đột.").replace("%1", str(len(view.sources)))
            return text + (" " + self.tr("(Đã mở lại sau một quyết định trước.)") if view.reopened else "")
        text = self.tr("Giá trị: %1 · %2").replace("%1", self.figure(view.value)).replace("%2", self.status_text(view.status))
        if view.resolved_by:
            text += " · " + self.tr("do văn phòng quyết định")
        if view.revoked:
            text += " · " + self.tr("có nguồn từ khóa đã bị thu hồi")
        return text

    def _source_text(self, source: values_view.SourceView, p: dict) -> str:
        lines = [
            (self.tr("Quyết định của văn phòng: %1") if source.origin == merge.RESOLUTION else self.tr("Cán bộ: %1"))
            .replace("%1", p["officer"]),
            self.tr("Mã nhận dạng khóa: %1").replace("%1", p["fingerprint"] or "—"),
            self.tr("Giá trị: %1 (%2)").replace("%1", self.figure(source.payload)).replace("%2", self.status_text(source.status)),
            self.tr("Gói: %1").replace("%1", short_id(p["bundle"]) if p["bundle"] else self.tr("nhập tại văn phòng")),
            self.tr("Số thứ tự: %1").replace("%1", str(p["seq"])),
            self.tr("Văn phòng nhận lúc: %1").replace("%1", format_timestamp(p["received_at"]) if p["received_at"] else "—"),
        ]
        if p["revoked_at"]:
            lines.append(self.tr("Khóa đã bị thu hồi lúc %1").replace("%1", format_timestamp(p["revoked_at"])))
        lines.append(self.tr("Ghi chú: %1").replace("%1", p["note"] or self.tr("(không có)")))
        return "\n".join(lines)

    def _fill_history(self) -> None:
        self.history_list.clear()
        v = self.view
        if v is None:
            return
        cell = Cell(v.catalog, v.unit, v.period, v.indicator, v.measure)
        for entry in cell_detail.history(self.store, cell):
            self.history_list.addItem(self.history_sentence(entry))

    def history_sentence(self, e: cell_detail.HistoryEntry) -> str:
        when = format_timestamp(e.received_at or e.created_at)
        if e.origin == merge.RESOLUTION:
            text = self.tr("%1 — văn phòng (%2) quyết định giá trị %3").replace("%2", e.author)
        elif e.payload is None:
            text = self.tr("%1 — %2 xóa số liệu").replace("%2", e.author)
        else:
            text = self.tr("%1 — %2 ghi %3, %4").replace("%2", e.author).replace("%4", self.status_text(e.status))
        text = text.replace("%1", when).replace("%3", self.figure(e.payload))
        text += " " + self.tr("(số thứ tự %1)").replace("%1", str(e.seq))
        if e.note:
            text += ". " + self.tr("Ghi chú: %1").replace("%1", e.note)
        if e.evidence:
            text += ". " + self.tr("%1 tệp minh chứng").replace("%1", str(len(e.evidence)))
        return text + "."
