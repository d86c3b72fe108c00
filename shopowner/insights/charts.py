"""The growth figures' charts, drawn by pygal as SVG text (the window shows them with QtSvg; ``growth
--charts DIR`` writes the same files).

pygal is pure Python and small (no numpy), so the charts are made on the worker that counts the
figures and the window only paints finished vector pictures: nothing is imported or computed on the
GUI thread. Rates are drawn with their 95% Wilson range as an error bar, so a founder sees at a
glance when two letter versions cannot yet be told apart.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from shopowner.i18n import translate

ET.register_namespace("", "http://www.w3.org/2000/svg")
ET.register_namespace("xlink", "http://www.w3.org/1999/xlink")

WIDTH, HEIGHT = 900, 320
# the bundled font first (the window registers it), then what Windows and macOS have for Chinese
FONTS = "'LXGW WenKai', 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', sans-serif"
COLOURS = ("#9bb7d4", "#e3b04b", "#3aa76d", "#c0504d", "#8064a2")
NAMES = ("monthly", "letters", "pool")


def _style():
    from pygal.style import Style

    return Style(font_family=FONTS, background="white", plot_background="white",
                 foreground="#333", foreground_strong="#222", foreground_subtle="#ddd",
                 colors=COLOURS, label_font_size=12, major_label_font_size=12,
                 legend_font_size=12, title_font_size=14, value_font_size=11, tooltip_font_size=12)


def _chart(kind: str, title: str, **options):
    import pygal

    chart = getattr(pygal, kind)(style=_style(), width=WIDTH, height=HEIGHT, js=[],
                                 explicit_size=True, legend_at_bottom=True, show_y_guides=True,
                                 x_label_rotation=0, truncate_label=-1, legend_at_bottom_columns=3,
                                 **options)
    chart.title = title
    return chart


def _finished(chart) -> str:
    """The SVG text, readable by QtSvg too. QtSvg follows simple CSS rules only (not pygal's
    ``.axis.y text``), so what the picture needs from compound rules is written on the elements:
    axis labels anchored as pygal means them, light guide lines, error bars as lines, not wedges."""
    root = ET.fromstring(chart.render(is_unicode=True))
    _inline(root, set())
    return ET.tostring(root, encoding="unicode")


def _inline(element, classes: set[str]) -> None:
    own = set((element.get("class") or "").split())
    if "nofill" in own:
        element.set("fill", "none")
    tag = element.tag.rsplit("}", 1)[-1]
    if tag == "text" and "axis" in classes:
        element.set("text-anchor", "end" if "y" in classes else "middle")
    if tag == "path" and "line" in own and "axis" in classes:
        colour = "#888" if "major" in own or "axis" in own else "#e3e3e3"
        element.set("style", f"stroke:{colour};stroke-dasharray:none")  # over the CSS rules
    for child in element:
        _inline(child, classes | own)


def _every_nth(labels: list[str], most: int = 14) -> list[str]:
    """Month labels thinned out so they never overlap on a long period (the rest left blank)."""
    step = max(1, -(-len(labels) // most))
    return [label if i % step == 0 else "" for i, label in enumerate(labels)]


def monthly_chart(monthly: list[dict]) -> str | None:
    """Paid orders, cards printed and WeChat adds per month (None: nothing to draw)."""
    if not any(m["orders"] or m["cards"] or m["adds"] for m in monthly):
        return None
    chart = _chart("Bar", translate("Charts", "Orders, cards and WeChat adds by month"))
    chart.x_labels = _every_nth([m["month"][2:].replace("-", "/") for m in monthly])
    chart.add(translate("Charts", "Paid orders"), [m["orders"] for m in monthly])
    chart.add(translate("Charts", "Cards printed"), [m["cards"] for m in monthly])
    chart.add(translate("Charts", "WeChat adds"), [m["adds"] for m in monthly])
    return _finished(chart)


def letters_chart(versions: list[dict]) -> str | None:
    """Each letter version's add-rate with its 95% range (None: no cards printed)."""
    rows = [r for r in versions if r["printed"]]
    if not rows:
        return None
    top = max(r["ci_high"] for r in rows) * 100
    chart = _chart("Bar", translate("Charts", "Add-rate by letter version, with its 95% range"),
                   range=(0, max(5.0, top * 1.1)), show_legend=False,
                   value_formatter=lambda v: f"{v:.1f}%")
    chart.x_labels = [translate("Charts", "{letter} v{n}").format(letter=r["letter"], n=r["version"])
                      for r in rows]
    chart.add(translate("Charts", "Add-rate"), [
        {"value": r["conversion"] * 100, "ci": {"low": r["ci_low"] * 100, "high": r["ci_high"] * 100},
         "label": translate("Charts", "{redeemed} of {printed} cards").format(
             redeemed=r["redeemed"], printed=r["printed"])}
        for r in rows])
    return _finished(chart)


def pool_chart(pool_by_month: list[dict]) -> str | None:
    """The pool's value (private customers × average order) at each month's end, in yuan."""
    if not any(m["pool_value_fen"] for m in pool_by_month):
        return None
    chart = _chart("Line", translate("Charts", "Value of the pool at each month's end (private customers × "
                                               "average order to date)"),
                   show_legend=False, fill=True, value_formatter=lambda v: f"¥{v:,.0f}")
    chart.x_labels = _every_nth([m["month"][2:].replace("-", "/") for m in pool_by_month])
    chart.add(translate("Charts", "Value of the pool"),
              [m["pool_value_fen"] / 100 for m in pool_by_month])
    return _finished(chart)


def growth_charts(g) -> dict[str, str | None]:
    """Every chart of a :class:`~shopowner.insights.figures.Growth`, by name (see :data:`NAMES`)."""
    return {"monthly": monthly_chart(g.monthly), "letters": letters_chart(g.by_letter_version),
            "pool": pool_chart(g.pool_by_month)}


def write_charts(g, folder: Path) -> list[Path]:
    """Write the charts that have something to show as ``<name>.svg`` files; returns the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, svg in growth_charts(g).items():
        if svg is not None:
            path = folder / f"{name}.svg"
            path.write_text(svg, encoding="utf-8")
            written.append(path)
    return written


def figures_with_charts(db, days: int | None = None, progress=None):
    """(figures, charts): what the growth area shows, counted and drawn on its worker."""
    from shopowner.insights.figures import growth_figures

    g = growth_figures(db, days, progress=progress)
    return g, growth_charts(g)
