"""The growth charts (pygal SVG): what they draw, the CLI's files, and the window painting them."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from shopowner.insights.charts import NAMES, growth_charts, letters_chart, monthly_chart, pool_chart
from shopowner.insights.figures import growth_figures
from shopowner.window_start import start_facts

SVG = "{http://www.w3.org/2000/svg}"


def texts(svg: str) -> list[str]:
    return [t.text or "" for t in ET.fromstring(svg).iter(f"{SVG}text")]


def values(svg: str) -> list[str]:
    return [d.text for d in ET.fromstring(svg).iter(f"{SVG}desc") if d.get("class") == "value"]


def test_letter_versions_are_drawn_with_their_ranges():
    versions = [
        {"letter": "感谢信", "version": 1, "printed": 200, "redeemed": 24, "conversion": 0.12,
         "ci_low": 0.082, "ci_high": 0.172},
        {"letter": "感谢信", "version": 2, "printed": 180, "redeemed": 36, "conversion": 0.2,
         "ci_low": 0.148, "ci_high": 0.264},
        {"letter": "感谢信", "version": 3, "printed": 0, "redeemed": 0, "conversion": 0.0,
         "ci_low": 0.0, "ci_high": 0.0},  # never printed: not drawn
    ]
    svg = letters_chart(versions)
    root = ET.fromstring(svg)
    error_bars = [g for g in root.iter(f"{SVG}g") if g.get("class") == "ci"]
    assert len(error_bars) == 2
    assert all(path.get("fill") == "none" for g in error_bars for path in g)  # lines, not wedges
    assert values(svg) == ["12.0%", "20.0%"]
    assert "感谢信 v1" in texts(svg) and "感谢信 v2" in texts(svg)
    top = max(float(t[:-1]) for t in texts(svg) if t.endswith("%") and t[:-1].replace(".", "").isdigit())
    assert top >= 26.4  # the axis reaches the highest range's top, so no bar is cut off
    assert letters_chart(versions[2:]) is None


def test_months_without_anything_draw_no_chart_and_long_periods_thin_their_labels():
    empty = [{"month": "2026-10", "orders": 0, "cards": 0, "adds": 0}]
    assert monthly_chart(empty) is None
    assert pool_chart([{"month": "2026-10", "pool_value_fen": 0}]) is None
    months = [{"month": f"{2024 + i // 12}-{i % 12 + 1:02d}", "orders": i, "cards": 1, "adds": 2}
              for i in range(36)]
    labels = [t for t in texts(monthly_chart(months)) if "/" in t]
    assert labels[0] == "24/01" and 10 <= len(labels) <= 14  # one in three, never overlapping


def test_the_demo_shops_charts_and_the_cli_files_are_the_same(demo_db, data_dir, tmp_path, run_main):
    charts = growth_charts(growth_figures(demo_db, 90))
    assert all(charts[name] for name in NAMES)
    out = tmp_path / "charts"
    result = run_main("--lang", "en", "growth", "--days", "90", "--charts", out, "--json", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    written = json.loads(result.stdout)["charts"]
    assert sorted(written) == sorted(str(out / f"{name}.svg") for name in NAMES)
    for name in NAMES:
        drawn = (out / f"{name}.svg").read_text(encoding="utf-8")
        assert values(drawn) == values(charts[name]) and texts(drawn) == texts(charts[name])
    assert "Orders, cards and WeChat adds by month" in texts(charts["monthly"])


def test_the_window_paints_the_chart_in_chinese(qtbot, demo_db, data_dir):
    from PySide6.QtGui import QColor

    from shopowner.ui.main_window import MainWindow
    from tests.helpers import ScriptedDialogs

    window = MainWindow(demo_db, data_dir, ScriptedDialogs(), facts=start_facts(demo_db))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    area = window.show_area("growth")
    qtbot.waitUntil(lambda: area.figures is not None, timeout=10000)
    chart = area.monthly_chart
    qtbot.waitUntil(lambda: chart.height() >= chart.width() * 320 // 900 - 2, timeout=5000)  # proportions kept
    image = chart.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 4)
               for y in range(0, image.height(), 4)}
    assert {"#9bb7d4", "#e3b04b", "#3aa76d"} <= {QColor(c).name() for c in colours} or \
        len(colours) > 20  # the bars' colours (antialiased edges blend them)
