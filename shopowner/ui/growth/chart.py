"""A chart of the growth figures: the SVG picture made on the worker (``insights/charts.py``), painted
here at the widget's width with its proportions kept. Only painting happens on the GUI thread, once
per size: scrolling the page repaints a cached picture."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from shopowner.insights.charts import HEIGHT, WIDTH


class SvgChart(QWidget):
    def __init__(self, empty_text: str, parent=None):
        super().__init__(parent)
        self.empty_text = empty_text
        self.renderer: QSvgRenderer | None = None
        self.svg = ""
        self._picture = QPixmap()
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumHeight(120)

    def set_svg(self, svg: str | None) -> None:
        self.svg = svg or ""
        self.renderer = QSvgRenderer(QByteArray(self.svg.encode("utf-8")), self) if svg else None
        self._picture = QPixmap()
        self.updateGeometry()
        self.update()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if self.renderer is None:
            return self.minimumHeight()
        return max(self.minimumHeight(), min(round(width * HEIGHT / WIDTH), HEIGHT * 3 // 2))

    def sizeHint(self) -> QSize:
        return QSize(WIDTH, self.heightForWidth(WIDTH))

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        if self.renderer is None:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        ratio = self.devicePixelRatioF()
        if self._picture.size() != self.size() * ratio:
            self._picture = QPixmap(self.size() * ratio)
            self._picture.setDevicePixelRatio(ratio)
            self._picture.fill(Qt.GlobalColor.white)
            drawing = QPainter(self._picture)
            drawing.setRenderHint(QPainter.RenderHint.Antialiasing)
            # the picture's proportions kept, centred in whatever room the layout gave
            scale = min(self.width() / WIDTH, self.height() / HEIGHT)
            w, h = WIDTH * scale, HEIGHT * scale
            self.renderer.render(drawing, QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h))
            drawing.end()
        painter.drawPixmap(0, 0, self._picture)
