"""The top of the indicator form: code, standard and criterion, the exact indicator text
(selectable), the responsible units and the target, with the goal for the period."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from lcdesk.ui.widgets.indicator_detail import format_goal
from lcdesk.ui.widgets.labels import heading_label, text_label

ROWS = ("responsible", "target", "goal", "catalog_note")


class FormHeader(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("form_header")
        self.heading = heading_label("form_heading", self)
        self.path = text_label("form_path", self)
        self.text = text_label("form_text", self)
        self.text.setAccessibleName(self.tr("Nội dung chỉ số"))
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.text.setFont(font)
        self.text.setStyleSheet("QLabel { background:#f3f6fa; border:1px solid #c9d6e3; border-radius:4px;"
                                " padding:6px; }")
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        for key in ROWS:
            self.captions[key] = QLabel(self)
            self.captions[key].setObjectName(f"header_{key}_label")
            self.values[key] = text_label(f"header_{key}", self)
            self.form.addRow(self.captions[key], self.values[key])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.heading, self.path, self.text):
            layout.addWidget(widget)
        layout.addLayout(self.form)

    def show_indicator(self, catalog, indicator, period: int) -> None:
        self.heading.setText(self.tr("Chỉ số %1").replace("%1", indicator.code))
        lines = []
        for name, code in ((self.tr("Tiêu chuẩn"), indicator.standard), (self.tr("Tiêu chí"), indicator.criterion)):
            lines.append(f"{name} {code}: {catalog.node_title(code)}")
        self.path.setText("\n".join(lines))
        self.text.setText(indicator.text)
        self.captions["responsible"].setText(self.tr("Đơn vị phụ trách"))
        self.values["responsible"].setText("\n".join(indicator.responsible) or self.tr("(chưa ghi)"))
        target = indicator.target
        goal = target.goal_for(period) if target is not None else None
        self.captions["target"].setText(self.tr("Chỉ tiêu"))
        self.values["target"].setText(target.text if target and target.text else self.tr("(không quy định)"))
        self.captions["goal"].setText(self.tr("Chỉ tiêu năm %1").replace("%1", str(period)))
        self.values["goal"].setText(format_goal(goal, indicator.kind) if goal is not None else "")
        self.captions["catalog_note"].setText(self.tr("Lưu ý"))
        self.values["catalog_note"].setText(indicator.note)
        self.form.setRowVisible(ROWS.index("goal"), goal is not None)
        self.form.setRowVisible(ROWS.index("catalog_note"), bool(indicator.note))
