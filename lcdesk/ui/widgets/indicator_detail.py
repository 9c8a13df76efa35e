"""The detail pane: one indicator (text, kind, measures, target, responsible units)
or one area, standard or criterion (title and how many indicators it holds).

For an officer (``set_reporting_unit``) an indicator also says who reports it today
beside the plan's wording (``reporters.reported_by``), and, when it is not assigned to
the selected unit, that it is shown read-only: such indicators never get a form."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from lcdesk.core.catalog.model import Catalog, Indicator
from lcdesk.core.catalog.targets import Goal, Target
from lcdesk.core.officer import reporters
from lcdesk.ui.widgets.formatting import format_number as format_figure_number
from lcdesk.ui.widgets.labels import heading_label, text_label

if TYPE_CHECKING:
    from PySide6.QtWidgets import QFormLayout

CONTEXT = "IndicatorDetail"
KIND_LABELS = {
    "percent": QT_TRANSLATE_NOOP("IndicatorDetail", "Tỷ lệ (%)"),
    "count_by_sex": QT_TRANSLATE_NOOP("IndicatorDetail", "Số lượng theo giới tính (Nam/Nữ/Tổng) và tỷ lệ"),
    "rating5": QT_TRANSLATE_NOOP("IndicatorDetail", "Đánh giá 5 mức (Xuất sắc … Yếu)"),
    "trend": QT_TRANSLATE_NOOP("IndicatorDetail", "Tăng / Giảm so với năm trước"),
}
RATING_LABELS = {
    5: QT_TRANSLATE_NOOP("IndicatorDetail", "Xuất sắc"),
    4: QT_TRANSLATE_NOOP("IndicatorDetail", "Rất tốt"),
    3: QT_TRANSLATE_NOOP("IndicatorDetail", "Tốt"),
    2: QT_TRANSLATE_NOOP("IndicatorDetail", "Khá"),
    1: QT_TRANSLATE_NOOP("IndicatorDetail", "Yếu"),
}
LEVEL_NAMES = {
    "area": QT_TRANSLATE_NOOP("IndicatorDetail", "Lĩnh vực"),
    "standard": QT_TRANSLATE_NOOP("IndicatorDetail", "Tiêu chuẩn"),
    "criterion": QT_TRANSLATE_NOOP("IndicatorDetail", "Tiêu chí"),
    "indicator": QT_TRANSLATE_NOOP("IndicatorDetail", "Chỉ số"),
}
_SYMBOLS = {">=": "≥", "<=": "≤", "=": "=", ">": ">", "<": "<"}
# Row keys of the form, in order; labels are set in retranslate_ui.
ROWS = ("text", "kind", "measures", "target_text", "target_goal", "responsible", "reported_now", "note", "count")
READONLY_STYLE = "background:#eef1f5; color:#333; border:1px solid #b8c2cc; border-radius:4px; padding:6px;"


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, None, n)


def format_number(value: float) -> str:
    """A number in the interface language: 95 -> '95', 2.5 -> '2,5' in Vietnamese (``lcdesk.core.numbers``)."""
    return format_figure_number(value)


def format_goal(goal: Goal, kind: str) -> str:
    """A goal as the officer reads it: '≥ 95%', '≥ 4 (Rất tốt)', 'Tăng so với năm trước'."""
    if goal.comparator == "increase":
        return QCoreApplication.translate("IndicatorDetail", "Tăng so với năm trước")
    if goal.comparator == "decrease":
        return QCoreApplication.translate("IndicatorDetail", "Giảm so với năm trước")
    number = format_number(goal.value)
    if kind == "rating5" and float(goal.value).is_integer() and int(goal.value) in RATING_LABELS:
        return f"{_SYMBOLS[goal.comparator]} {number} ({_t(RATING_LABELS[int(goal.value)])})"
    return f"{_SYMBOLS[goal.comparator]} {number}%"


def describe_target(target: Target, kind: str) -> list[str]:
    """The structured form of ``target``: the default goal, per-year goals, the reference."""
    lines = []
    if target.goal is not None:
        text = QCoreApplication.translate("IndicatorDetail", "Mục tiêu: %1")
        lines.append(text.replace("%1", format_goal(target.goal, kind)))
    for year, goal in sorted(target.by_year.items()):
        text = QCoreApplication.translate("IndicatorDetail", "Năm %1: %2")
        lines.append(text.replace("%1", year).replace("%2", format_goal(goal, kind)))
    if target.reference:
        text = QCoreApplication.translate("IndicatorDetail", "So với: %1")
        lines.append(text.replace("%1", target.reference))
    return lines


class IndicatorDetail(QScrollArea):
    """Shows the item selected in the catalog tree. Object names: ``detail_<row>``."""

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setObjectName("indicator_detail")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._shown: tuple[Catalog | None, str, str] = (None, "", "")
        self.reporting_unit: dict | None = None
        body = QWidget(self)
        body.setObjectName("detail_body")
        self.heading = heading_label("detail_heading", body)
        self.readonly_note = text_label("detail_readonly", body)
        self.readonly_note.setStyleSheet(READONLY_STYLE)
        self.readonly_note.hide()
        self.path = text_label("detail_path", body)
        # The rows (``ROWS``) are made when the first item is shown (``_ensure_rows``): the window
        # opens on the empty state, a heading and a sentence.
        self.form: QFormLayout | None = None
        self._row_labels: dict[str, QLabel] = {}
        self._values: dict[str, QWidget] = {}
        self._layout = QVBoxLayout(body)
        self._layout.addWidget(self.heading)
        self._layout.addWidget(self.readonly_note)
        self._layout.addWidget(self.path)
        self._layout.addStretch(1)
        self.setWidget(body)
        self.retranslate_ui()

    @property
    def row_labels(self) -> dict[str, QLabel]:
        self._ensure_rows()
        return self._row_labels

    @property
    def values(self) -> dict[str, QWidget]:
        self._ensure_rows()
        return self._values

    def _ensure_rows(self) -> None:
        if self.form is not None:
            return
        from PySide6.QtWidgets import QFormLayout

        body = self.widget()
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key in ROWS:
            self._add_row(key, body)
        self._layout.insertLayout(3, self.form)
        self._set_row_titles()

    def _add_row(self, key: str, body: QWidget) -> None:
        label = QLabel(body)
        label.setObjectName(f"detail_{key}_label")
        if key == "measures":
            value = self._make_measures_grid(body)
        else:
            value = text_label(f"detail_{key}", body)
        self._row_labels[key], self._values[key] = label, value
        self.form.addRow(label, value)

    @staticmethod
    def _make_measures_grid(body: QWidget) -> QWidget:
        from PySide6.QtWidgets import QGridLayout

        grid = QWidget(body)
        grid.setObjectName("detail_measures")
        layout = QGridLayout(grid)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(12)
        layout.setColumnStretch(0, 1)
        return grid

    def label(self, key: str) -> QLabel:
        """The value label of row ``key`` (see ``ROWS``; not ``measures``)."""
        return self.values[key]

    # ------------------------------------------------------------ translation
    def retranslate_ui(self) -> None:
        if self.form is not None:
            self._set_row_titles()
        self.show_code(*self._shown)

    def _set_row_titles(self) -> None:
        titles = {
            "text": self.tr("Nội dung"),
            "kind": self.tr("Loại số liệu"),
            "measures": self.tr("Thành phần số liệu"),
            "target_text": self.tr("Chỉ tiêu"),
            "target_goal": self.tr("Chỉ tiêu (cấu trúc)"),
            "responsible": self.tr("Đơn vị phụ trách (theo kế hoạch)"),
            "reported_now": self.tr("Đơn vị báo cáo hiện nay"),
            "note": self.tr("Ghi chú"),
            "count": self.tr("Số chỉ số"),
        }
        for key, title in titles.items():
            self._row_labels[key].setText(title)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------ contents
    def set_reporting_unit(self, unit: dict | None) -> None:
        """The officer's selected unit (a provisioning dict), or None (office, not set up)."""
        self.reporting_unit = unit

    def is_read_only(self) -> bool:
        """Whether the indicator shown is one the selected unit does not report."""
        return self.readonly_note.isVisibleTo(self)

    def show_code(self, catalog: Catalog | None, code: str, level: str) -> None:
        """Show the item ``code`` of ``level`` (see ``catalog_tree.LEVELS``), or the empty state."""
        self._shown = (catalog, code, level)
        self.readonly_note.hide()
        if catalog is not None and code:
            self._ensure_rows()
        if catalog is None or not code:
            self._show_empty()
        elif level == "indicator":
            self._show_indicator(catalog, catalog.indicator(code))
        else:
            self._show_node(catalog, code, level)

    def _set_rows(self, visible: set[str]) -> None:
        if self.form is None:  # the empty state before any item was shown: no rows yet
            return
        for index, key in enumerate(ROWS):
            self.form.setRowVisible(index, key in visible)

    def _show_empty(self) -> None:
        self.heading.setText(self.tr("Chọn một mục trong danh mục"))
        self.path.setText(self.tr("Chọn một chỉ số ở cây bên trái để xem nội dung, loại số liệu, "
                                  "chỉ tiêu và đơn vị phụ trách."))
        self._set_rows(set())

    def _ancestors(self, catalog: Catalog, code: str) -> str:
        parts = code.split(".")
        lines = []
        for depth, level in enumerate(("area", "standard", "criterion")[: len(parts)]):
            node = ".".join(parts[: depth + 1])
            lines.append(f"{_t(LEVEL_NAMES[level])} {node}: {catalog.node_title(node)}")
        return "\n".join(lines)

    def _show_indicator(self, catalog: Catalog, ind: Indicator) -> None:
        self.heading.setText(f"{_t(LEVEL_NAMES['indicator'])} {ind.code}")
        self.path.setText(self._ancestors(catalog, ind.criterion))
        self.label("text").setText(ind.text)
        self.label("kind").setText(_t(KIND_LABELS[ind.kind]) if ind.kind in KIND_LABELS else ind.kind)
        self._fill_measures(ind)
        visible = {"text", "kind", "measures", "target_text", "responsible"}
        target = ind.target
        self.label("target_text").setText(target.text if target and target.text else self.tr("(không quy định)"))
        self.label("target_goal").setText("\n".join(describe_target(target, ind.kind)) if target else "")
        visible |= {"target_goal"} if self.label("target_goal").text() else set()
        self.label("responsible").setText("\n".join(ind.responsible) or self.tr("(chưa ghi)"))
        self.label("note").setText(ind.note)
        visible |= {"note"} if ind.note else set()
        if self.reporting_unit is not None:
            self._show_reporters(catalog, ind)
            visible.add("reported_now")
        self._set_rows(visible)

    def _show_reporters(self, catalog: Catalog, ind: Indicator) -> None:
        """Who reports it today; read-only when that is not the selected unit."""
        who = reporters.reported_by(catalog, ind, self.reporting_unit)
        self.label("reported_now").setText("\n".join(who))
        if reporters.is_assigned(self.reporting_unit, ind):
            return
        self.readonly_note.setText(self.tr("Chỉ xem: chỉ số này không được giao cho %1 mà do %2 báo cáo. "
                                           "Bạn không nhập số liệu cho chỉ số này.")
                                   .replace("%1", self.reporting_unit.get("name", "")).replace("%2", ", ".join(who)))
        self.readonly_note.show()

    def _fill_measures(self, ind: Indicator) -> None:
        """One row per measure under a header: label and unit (labels wrap, text selectable). The
        measure codes ("value", "tong") are for machines and files, never shown."""
        layout = self.values["measures"].layout()
        while layout.count():
            old = layout.takeAt(0).widget()
            old.hide()
            old.deleteLater()
        for column, title in enumerate((self.tr("Tên"), self.tr("Đơn vị"))):
            header = text_label("measure_header", self.values["measures"])
            header.setText(title)
            header.setStyleSheet("font-weight: bold")
            layout.addWidget(header, 0, column)
        for row, measure in enumerate(ind.measures, start=1):
            for column, text in enumerate((measure.label, measure.unit)):
                cell = text_label("measure_cell", self.values["measures"])
                cell.setText(text)
                layout.addWidget(cell, row, column)

    def measure_rows(self) -> list[list[str]]:
        """The measures shown, as [label, unit] rows (for tests and accessibility)."""
        layout = self.values["measures"].layout()
        return [[layout.itemAtPosition(r, c).widget().text() for c in range(2)] for r in range(1, layout.rowCount())
                if layout.itemAtPosition(r, 0) is not None]

    def _show_node(self, catalog: Catalog, code: str, level: str) -> None:
        self.heading.setText(f"{_t(LEVEL_NAMES.get(level, level))} {code}")
        parent = code.rsplit(".", 1)[0] if "." in code else ""
        self.path.setText(self._ancestors(catalog, parent) if parent else "")
        self.label("text").setText(catalog.node_title(code))
        prefix = code + "."
        count = sum(1 for ind in catalog.indicators if ind.criterion == code or ind.criterion.startswith(prefix))
        self.label("count").setText(self.tr("%n chỉ số", "", count))
        self._set_rows({"text", "count"})
