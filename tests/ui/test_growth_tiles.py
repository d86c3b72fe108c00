"""The growth view's money tiles when the chosen period holds no paid order: a dash and what to
do, not a ¥0.00 that reads as a figure; a period with orders shows the amounts again."""

from __future__ import annotations

from tests.ui.test_empty_states import import_jd


def shown_figures(qtbot, area, index: int):
    area.figures = None
    area.period.setCurrentIndex(index)
    qtbot.waitUntil(lambda: area.figures is not None and area.task is None, timeout=20000)
    return area.figures


def test_no_orders_in_the_period_shows_a_dash_and_the_way_out(qtbot, main_window):
    window = main_window
    import_jd(qtbot, window)  # orders from 2024: none in the last 30 days of today's clock
    area = window.show_area("growth")
    figures = shown_figures(qtbot, area, 0)
    assert figures.buyers_in_period == 0
    assert area.tiles["aov"].value.text() == "—" and area.tiles["pool"].value.text() == "—"
    assert "longer" in area.tiles["aov"].hint.text()

    figures = shown_figures(qtbot, area, area.period.count() - 1)  # all time
    assert figures.buyers_in_period > 0 and figures.average_order_fen > 0
    assert area.tiles["aov"].value.text().startswith("¥") and area.tiles["aov"].value.text() != "¥0.00"
    assert "refunds" in area.tiles["aov"].hint.text()
