"""The growth view's charts, drawn with pyqtgraph (MIT; see the README's "Charts" for why this
library and what it costs the built app): the months' orders, cards and adds as grouped bars, the
pool's value by month as a line, and the letter versions' add-rates with their 95% ranges as
error bars. The charts only show; they do not pan or zoom (a founder reads them, not explores).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor

pg.setConfigOptions(antialias=True, background="w", foreground="#444")

LABEL_STEPS = (1, 2, 3, 6, 12, 24, 60, 120)


def month_ticks(months: list[str], room: int = 14) -> list[tuple[int, str]]:
    """``YY/MM`` labels at most ``room`` of them, the latest month always labelled."""
    step = next((s for s in LABEL_STEPS if len(months) / s <= room), LABEL_STEPS[-1])
    return [(i, m[2:].replace("-", "/")) for i, m in enumerate(months)
            if (len(months) - 1 - i) % step == 0]


class Chart(pg.PlotWidget):
    """A still chart: no mouse panning or zooming, no context menu, no auto-range button."""

    def __init__(self, parent=None, height: int = 200):
        super().__init__(parent)
        self.setMinimumHeight(height)
        self.setMaximumHeight(height + 80)
        item = self.getPlotItem()
        item.setMouseEnabled(x=False, y=False)
        item.setMenuEnabled(False)
        item.hideButtons()
        item.showGrid(y=True, alpha=0.2)
        self.legend = item.addLegend(offset=(8, 4), colCount=3)
        self.no_data = pg.TextItem(anchor=(0.5, 0.5), color="#888")

    def _empty(self, text: str) -> None:
        self.no_data.setText(text)
        self.addItem(self.no_data)
        self.no_data.setPos(0, 0)
        self.getPlotItem().getAxis("bottom").setTicks([[]])
        self.setXRange(-1, 1)
        self.setYRange(-1, 1)

    def _reset(self) -> None:
        self.clear()
        self.legend.clear()


class MonthlyBars(Chart):
    """Grouped bars per month for a few series, with a legend."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.months: list[str] = []
        self.series: list[tuple[str, QColor, list[int]]] = []

    def set_data(self, months: list[str], series: list[tuple[str, QColor, list[int]]]) -> None:
        self.months, self.series = months, series
        self._reset()
        if not any(any(values) for _, _, values in series):
            self._empty(self.tr("No data for this period yet"))
            return
        width = 0.8 / max(len(series), 1)
        for j, (name, color, values) in enumerate(series):
            x = [i - 0.4 + width * (j + 0.5) for i in range(len(months))]
            self.addItem(pg.BarGraphItem(x=x, height=values, width=width * 0.95, brush=color,
                                         pen=pg.mkPen(None), name=name))
        self.getPlotItem().getAxis("bottom").setTicks([month_ticks(months)])
        self.setXRange(-0.6, len(months) - 0.4, padding=0)
        self.setYRange(0, max(max(v, default=0) for _, _, v in series) * 1.15, padding=0)


class PoolLine(Chart):
    """The pool's value (yuan) month by month."""

    def __init__(self, parent=None):
        super().__init__(parent, height=160)
        self.values: list[float] = []

    def set_data(self, months: list[str], values_fen: list[int], name: str) -> None:
        self.values = [v / 100 for v in values_fen]
        self._reset()
        if not any(self.values):
            self._empty(self.tr("No private customers yet"))
            return
        self.plot(list(range(len(months))), self.values, pen=pg.mkPen("#3aa76d", width=2),
                  symbol="o", symbolSize=6, symbolBrush="#3aa76d", name=name)
        self.getPlotItem().getAxis("bottom").setTicks([month_ticks(months)])
        self.setXRange(-0.5, len(months) - 0.5, padding=0)
        self.getPlotItem().getAxis("left").setLabel("¥")
        self.setYRange(0, max(self.values) * 1.15, padding=0)


class RateBars(Chart):
    """Add-rates (%) as bars with their 95% ranges as error bars, one per labelled row."""

    def __init__(self, parent=None):
        super().__init__(parent, height=180)
        self.labels: list[str] = []

    def set_data(self, labels: list[str], rows: list[dict]) -> None:
        """``rows``: dicts with ``conversion``, ``ci_low``, ``ci_high`` (fractions)."""
        self.labels = labels
        self._reset()
        if not rows:
            self._empty(self.tr("No cards printed in this period."))
            return
        x = np.arange(len(rows), dtype=float)
        rate = np.array([r["conversion"] for r in rows]) * 100
        low = np.array([r["ci_low"] for r in rows]) * 100
        high = np.array([r["ci_high"] for r in rows]) * 100
        self.addItem(pg.BarGraphItem(x=x, height=rate, width=0.5, brush=QColor("#e3b04b"),
                                     pen=pg.mkPen(None)))
        self.addItem(pg.ErrorBarItem(x=x, y=rate, top=high - rate, bottom=rate - low, beam=0.15,
                                     pen=pg.mkPen("#444", width=1.5)))
        self.getPlotItem().getAxis("bottom").setTicks([list(enumerate(labels))])
        self.getPlotItem().getAxis("left").setLabel("%")
        self.setXRange(-0.6, len(rows) - 0.4, padding=0)
        self.setYRange(0, min(100.0, max(r["ci_high"] for r in rows) * 100 * 1.1 + 1), padding=0)
