"""The top of the indicator form: code, standard and criterion, the exact indicator text
(selectable), the responsible units as the plan wrote them and, beside them, who reports it
today (the selected unit), and the target, with the goal for the period."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from lcdesk.core.officer import reporters
from lcdesk.ui.widgets.indicator_detail import format_goal
from lcdesk.ui.widgets.labels import heading_label, text_label

ROWS = ("responsible", "reported_now", "target", "goal", "catalog_note")


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

    def _goal_text(self, target, goal, period: int, kind: str) -> str:
        """The year's goal; between milestones, the next one it is measured against, with the
        milestones already passed (``targets.Target.goal_for``: the next later goal)."""
        if goal is None:
            return ""
        text = format_goal(goal, kind)
        milestone = next((y for y in sorted(target.by_year) if int(y) >= int(period)), None)
        if milestone is not None and int(milestone) != int(period):
            text += self.tr(" (mốc năm %1)").replace("%1", milestone)
        passed = target.passed_milestones(period)
        if passed:
            done = "; ".join(f"{year}: {format_goal(g, kind)}" for year, g in passed)
            text += "\n" + self.tr("Mốc đã qua: %1").replace("%1", done)
        return text

    def show_indicator(self, catalog, indicator, period: int, unit: dict | None = None) -> None:
        """``unit``: the officer's selected unit (a provisioning dict), shown as who reports it today."""
        self.heading.setText(self.tr("Chỉ số %1").replace("%1", indicator.code))
        lines = []
        for name, code in ((self.tr("Tiêu chuẩn"), indicator.standard), (self.tr("Tiêu chí"), indicator.criterion)):
            lines.append(f"{name} {code}: {catalog.node_title(code)}")
        self.path.setText("\n".join(lines))
        self.text.setText(indicator.text)
        self.captions["responsible"].setText(self.tr("Đơn vị phụ trách (theo kế hoạch)"))
        self.values["responsible"].setText("\n".join(indicator.responsible) or self.tr("(chưa ghi)"))
        self.captions["reported_now"].setText(self.tr("Đơn vị báo cáo hiện nay"))
        self.values["reported_now"].setText("\n".join(reporters.reported_by(catalog, indicator, unit)))
        self.form.setRowVisible(ROWS.index("reported_now"), unit is not None)
        target = indicator.target
        goal = target.goal_for(period) if target is not None else None
        self.captions["target"].setText(self.tr("Chỉ tiêu"))
        self.values["target"].setText(target.text if target and target.text else self.tr("(không quy định)"))
        self.captions["goal"].setText(self.tr("Chỉ tiêu năm %1").replace("%1", str(period)))
        self.values["goal"].setText(self._goal_text(target, goal, period, indicator.kind))
        self.captions["catalog_note"].setText(self.tr("Lưu ý"))
        self.values["catalog_note"].setText(indicator.note)
        self.form.setRowVisible(ROWS.index("goal"), goal is not None)
        self.form.setRowVisible(ROWS.index("catalog_note"), bool(indicator.note))
