"""One report chart drawn with QPainter (no Qt Charts, no matplotlib), saveable as PNG.

``ChartWidget.set_chart(chart)`` takes a ``core.office.report.chart_data.Chart``: the same
data the workbook's native Excel charts use. Kinds: "bar" (horizontal, stacked when it
has several series), "column" (vertical) and "line" (one point per category).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from lcdesk.core.numbers import format_number

COLORS = ("#70AD47", "#ED7D31", "#FFC000", "#A5A5A5", "#4472C4")
LINE_COLORS = ("#4472C4", "#ED7D31")  # the city's figure, the target
MARGIN = 12


def nice_ceiling(value: float) -> float:
    """The smallest 1, 2, 2.5 or 5 × 10^k at or above ``value`` (an axis's top)."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    return next(step * power for step in (1, 2, 2.5, 5, 10) if step * power >= value)


class ChartWidget(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("chart_widget")
        self.chart = None
        self.setMinimumSize(420, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_chart(self, chart) -> None:
        self.chart = chart
        self.setAccessibleName(chart.title if chart else "")
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 360)

    def save_png(self, path: str, size: QSize | None = None) -> bool:
        """Draw the chart into an image of ``size`` (default: twice the widget's) and save it."""
        size = size or QSize(max(1200, self.width() * 2), max(700, self.height() * 2))
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        try:
            scale = size.width() / max(1, self.width()) if self.width() > 100 else 2.0
            painter.scale(scale, scale)
            self._draw(painter, QRectF(0, 0, size.width() / scale, size.height() / scale))
        finally:
            painter.end()
        return image.save(path, "PNG")

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), QColor("white"))
            self._draw(painter, QRectF(self.rect()))
        finally:
            painter.end()

    # ------------------------------------------------------------------ drawing
    def _draw(self, p: QPainter, area: QRectF) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.chart is None or not self.chart.categories:
            p.setPen(QColor("#666666"))
            p.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("Chưa có số liệu để vẽ biểu đồ."))
            return
        title_font = QFont(self.font())
        title_font.setBold(True)
        p.setFont(title_font)
        p.setPen(QColor("black"))
        title_rect = area.adjusted(MARGIN, MARGIN / 2, -MARGIN, 0)
        bound = p.boundingRect(title_rect, Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignHCenter, self.chart.title)
        p.drawText(title_rect, Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignHCenter, self.chart.title)
        p.setFont(self.font())
        legend_h = self._legend(p, area, bound.bottom() + 4)
        plot = area.adjusted(MARGIN, bound.bottom() - area.top() + legend_h + 12, -MARGIN - 8, -MARGIN)
        if self.chart.kind == "bar":
            self._bars(p, plot)
        else:
            self._columns_or_line(p, plot)

    def _legend(self, p: QPainter, area: QRectF, top: float) -> float:
        """The series names with their colours, wrapped onto as many lines as the width needs."""
        names = list(self.chart.series)
        if len(names) < 2:
            return 0.0
        fm = QFontMetrics(p.font())
        x, y = area.left() + MARGIN, top
        for index, name in enumerate(names):
            width = 14 + fm.horizontalAdvance(name) + 16
            if x > area.left() + MARGIN and x + width > area.right() - MARGIN:
                x, y = area.left() + MARGIN, y + fm.height()
            p.fillRect(QRectF(x, y + 3, 10, 10), self._color(index))
            p.setPen(QColor("black"))
            p.drawText(QPointF(x + 14, y + fm.ascent()), name)
            x += width
        return float(y - top + fm.height())

    def _color(self, index: int) -> QColor:
        """Series colours as the workbook's charts have them: one series blue, several in turn."""
        if len(self.chart.series) == 1:
            return QColor(COLORS[4])
        return QColor(LINE_COLORS[index % len(LINE_COLORS)] if self.chart.kind == "line" else COLORS[index % len(COLORS)])

    def _decimals(self) -> int:
        values = [v for s in self.chart.series.values() for v in s if v is not None]
        return 0 if all(float(v).is_integer() for v in values) else 1

    def _maximum(self) -> float:
        if self.chart.kind == "bar" and len(self.chart.series) > 1:
            totals = [sum(s[i] or 0 for s in self.chart.series.values()) for i in range(len(self.chart.categories))]
        else:
            totals = [v or 0 for s in self.chart.series.values() for v in s]
        top = max(totals, default=0)
        return top if top > 0 else 1.0

    def _bars(self, p: QPainter, plot: QRectF) -> None:
        fm = QFontMetrics(p.font())
        label_w = min(plot.width() * 0.35, max(fm.horizontalAdvance(c) for c in self.chart.categories) + 8)
        bars = QRectF(plot.left() + label_w, plot.top(), plot.width() - label_w - 40, plot.height())
        n = len(self.chart.categories)
        step = bars.height() / n
        top = self._maximum()
        p.setPen(QPen(QColor("#999999")))
        p.drawLine(bars.bottomLeft(), bars.topLeft())
        for i, category in enumerate(self.chart.categories):
            y = bars.top() + i * step
            p.setPen(QColor("black"))
            p.drawText(QRectF(plot.left(), y, label_w - 6, step), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       fm.elidedText(category, Qt.TextElideMode.ElideRight, int(label_w - 6)))
            x = bars.left()
            for index, values in enumerate(self.chart.series.values()):
                w = bars.width() * (values[i] or 0) / top
                p.fillRect(QRectF(x, y + step * 0.15, w, step * 0.7), self._color(index))
                x += w
            if len(self.chart.series) == 1:
                value = list(self.chart.series.values())[0][i]
                p.drawText(QPointF(x + 4, y + step / 2 + fm.ascent() / 2 - 1), format_number(value, self._decimals()))

    def _columns_or_line(self, p: QPainter, plot: QRectF) -> None:
        fm = QFontMetrics(p.font())
        inner = plot.adjusted(36, 0, 0, -fm.height() - 6)
        n = len(self.chart.categories)
        step = inner.width() / n
        top = nice_ceiling(self._maximum() * 1.05)
        p.setPen(QPen(QColor("#999999")))
        p.drawLine(inner.bottomLeft(), inner.bottomRight())
        p.drawLine(inner.bottomLeft(), inner.topLeft())
        for k in range(5):
            value = top * k / 4
            y = inner.bottom() - inner.height() * k / 4
            p.setPen(QColor("#666666"))
            p.drawText(QRectF(plot.left(), y - fm.height() / 2, 32, fm.height()), Qt.AlignmentFlag.AlignRight,
                       format_number(value, 0))
        for i, category in enumerate(self.chart.categories):
            p.setPen(QColor("black"))
            p.drawText(QRectF(inner.left() + i * step, inner.bottom() + 3, step, fm.height()), Qt.AlignmentFlag.AlignHCenter,
                       fm.elidedText(category, Qt.TextElideMode.ElideRight, int(step)))
        for index, values in enumerate(self.chart.series.values()):
            color = self._color(index)
            points = []
            for i, value in enumerate(values):
                if value is None:
                    continue
                x = inner.left() + (i + 0.5) * step
                y = inner.bottom() - inner.height() * value / top
                if self.chart.kind == "column":
                    p.fillRect(QRectF(x - step * 0.3, y, step * 0.6, inner.bottom() - y), color)
                    p.setPen(QColor("black"))
                    p.drawText(QRectF(x - step / 2, y - fm.height() - 2, step, fm.height()), Qt.AlignmentFlag.AlignHCenter,
                               format_number(value, self._decimals()))
                points.append(QPointF(x, y))
            if self.chart.kind == "line":
                p.setPen(QPen(color, 2))
                for a, b in zip(points, points[1:]):
                    p.drawLine(a, b)
                for pt in points:
                    p.setBrush(color)
                    p.drawEllipse(pt, 3.5, 3.5)
