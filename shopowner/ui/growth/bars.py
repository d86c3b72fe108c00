"""A small monthly bar chart painted with QPainter (QtCharts would add 59 MB for one chart)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget


class MonthlyBars(QWidget):
    """Grouped bars per month for a few series, with a legend."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumHeight(180)
        self.months: list[str] = []
        self.series: list[tuple[str, QColor, list[int]]] = []

    def set_data(self, months: list[str], series: list[tuple[str, QColor, list[int]]]) -> None:
        self.months, self.series = months, series
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect().adjusted(40, 24, -10, -28)
        painter.setPen(self.palette().text().color())
        if not any(any(values) for _, _, values in self.series):
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No data for this period yet"))
            return
        top = max([max(values or [0]) for _, _, values in self.series] + [1])
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.drawText(QRectF(0, rect.top() - 8, 36, 16),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(top))
        group = rect.width() / len(self.months)
        bar = max(1.0, group * 0.8 / max(len(self.series), 1))
        # a month label every ``step`` months, so labels never overlap however long the period
        label_width = painter.fontMetrics().horizontalAdvance("88/88") + 8
        step = next(s for s in (1, 2, 3, 6, 12, 24, 60, 120) if s * group >= label_width or s == 120)
        for i, month in enumerate(self.months):
            x0 = rect.left() + i * group + group * 0.1
            for j, (_, color, values) in enumerate(self.series):
                h = rect.height() * values[i] / top
                painter.fillRect(QRectF(x0 + j * bar, rect.bottom() - h, max(bar - 1, 1.0), h), color)
            if (len(self.months) - 1 - i) % step == 0:  # the latest month always has its label
                centre = rect.left() + (i + 0.5) * group
                painter.drawText(QRectF(centre - label_width / 2, rect.bottom() + 4, label_width, 18),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, month[2:].replace("-", "/"))
        x = rect.left()
        for name, color, _ in self.series:
            painter.fillRect(QRectF(x, 4, 12, 12), color)
            painter.drawText(QRectF(x + 16, 0, 120, 20),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
            x += 24 + painter.fontMetrics().horizontalAdvance(name)
