"""The result table of an import: one row per file, sortable and filterable by status and text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QStandardItem, QStandardItemModel

from lcdesk.core.exchange import importer
from lcdesk.ui.i18n import current_language

COLUMNS = (
    QT_TRANSLATE_NOOP("ImportResults", "Kết quả"), QT_TRANSLATE_NOOP("ImportResults", "Cán bộ"),
    QT_TRANSLATE_NOOP("ImportResults", "Đơn vị"), QT_TRANSLATE_NOOP("ImportResults", "Lý do và việc cần làm"),
    QT_TRANSLATE_NOOP("ImportResults", "Năm"), QT_TRANSLATE_NOOP("ImportResults", "Số liệu"),
    QT_TRANSLATE_NOOP("ImportResults", "Minh chứng"), QT_TRANSLATE_NOOP("ImportResults", "Tệp"),
)
REASON_COLUMN, FIGURES_COLUMN = 3, 5
STATUS_TEXT = {
    importer.IMPORTED: QT_TRANSLATE_NOOP("ImportResults", "Đã nhập"),
    importer.DUPLICATE: QT_TRANSLATE_NOOP("ImportResults", "Đã nhập trước đó"),
    importer.REJECTED: QT_TRANSLATE_NOOP("ImportResults", "Bị từ chối"),
}
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportResults", text)


def status_text(status: str) -> str:
    return _t(STATUS_TEXT.get(status, status))


def reason_text(row) -> str:
    english = current_language() == "en"
    reason = (row.reason_en if english else row.reason_vi) or ""
    advice = (row.advice_en if english else row.advice_vi) or ""
    return " → ".join(p[:1].upper() + p[1:] for p in (reason, advice) if p)  # "imported: …" -> "Imported: …"


class ResultsModel(QStandardItemModel):
    def __init__(self, parent=None):
        super().__init__(0, len(COLUMNS), parent)
        self.rows: list = []
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([_t(c) for c in COLUMNS])

    def add(self, row) -> None:
        self.rows.append(row)
        new_figures = QCoreApplication.translate("ImportResults", "%1 (%2 mới)").replace("%1", str(row.figures)).replace("%2", str(row.new_figures))
        figures = new_figures if row.status == importer.IMPORTED else str(row.figures or "")
        cells = [status_text(row.status), row.officer, ", ".join(row.units), reason_text(row),
                 ", ".join(map(str, row.periods)), figures, str(row.evidence or ""), row.file]
        items = [QStandardItem(text) for text in cells]
        for item, text in zip(items, cells):
            item.setEditable(False)
            item.setData(row.status, STATUS_ROLE)
            item.setToolTip(text)
        items[FIGURES_COLUMN].setData(row.figures, Qt.ItemDataRole.UserRole)
        self.appendRow(items)

    def clear_rows(self) -> None:
        self.rows = []
        self.removeRows(0, self.rowCount())


class ResultsFilter(QSortFilterProxyModel):
    """Rows of one status (or all) whose text contains the search words."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.status = ""
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def set_status(self, status: str) -> None:
        self.beginFilterChange()
        self.status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, parent) -> bool:
        index = self.sourceModel().index(source_row, 0, parent)
        if self.status and index.data(STATUS_ROLE) != self.status:
            return False
        return super().filterAcceptsRow(source_row, parent)
