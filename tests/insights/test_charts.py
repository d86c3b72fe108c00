"""The growth charts' month labels and their empty states (pyqtgraph, drawn offscreen)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from shopowner.ui.growth.charts import MonthlyBars, RateBars, month_ticks


def test_month_labels_never_crowd_and_the_latest_month_is_labelled():
    months = [f"{y}-{m:02d}" for y in (2024, 2025, 2026) for m in range(1, 13)]
    ticks = month_ticks(months)
    assert len(ticks) <= 14 and ticks[-1] == (35, "26/12")
    assert month_ticks(months[:4]) == [(0, "24/01"), (1, "24/02"), (2, "24/03"), (3, "24/04")]


def test_charts_say_when_there_is_nothing_to_draw(qtbot):
    bars = MonthlyBars()
    qtbot.addWidget(bars)
    bars.set_data(["2026-11"], [("Paid orders", QColor("#9bb7d4"), [0])])
    assert bars.no_data.scene() is not None and bars.no_data.toPlainText() == "No data for this period yet"
    bars.set_data(["2026-10", "2026-11"], [("Paid orders", QColor("#9bb7d4"), [3, 5])])
    assert bars.no_data.scene() is None  # drawn: the message is gone
    rates = RateBars()
    qtbot.addWidget(rates)
    rates.set_data([], [])
    assert rates.no_data.toPlainText() == "No cards printed in this period."
