"""One import's report as the short HTML block the import window and the import history show."""

from __future__ import annotations

import html
from pathlib import Path

from shopowner.i18n import translate
from shopowner.imports.platforms import platform_label


def block(name: str, body: str, error: bool = False) -> str:
    """A file name in bold over its (already escaped) lines, green, or red for an error."""
    color = "#b3261e" if error else "#1b5e20"
    return (f"<p><b>{html.escape(name)}</b><br>"
            f"<span style='color:{color}'>{body}</span></p>")


def file_summary_html(f, max_skipped: int = 50) -> str:
    """What happened to one file: platform, rows and orders, customers, skipped rows, warnings."""
    name = Path(f.file).name
    if f.error:
        return block(name, html.escape(f.error), True)
    lines = [
        translate("ImportDialog", "Platform: {platform}").format(
            platform=platform_label(f.kind or f.platform)),
        translate("ImportDialog",
                  "Rows read: {rows}; orders: {orders} ({new} new, {updated} updated)").format(
            rows=f.rows, orders=f.orders, new=f.new_orders, updated=f.updated_orders),
    ]
    if f.joined_with and f.kind == "taobao_detail":
        lines.append(translate("ImportDialog", "Items joined to the orders of {name}").format(
            name=Path(f.joined_with).name))
    else:
        if f.joined_with:
            lines.append(translate("ImportDialog", "Items taken from {name}").format(
                name=Path(f.joined_with).name))
        lines.append(translate("ImportDialog", "Customers: {new} new, {matched} matched").format(
            new=f.new_customers, matched=f.matched_customers))
        lines.append(translate("ImportDialog",
                               "Possible duplicates waiting for review: {count}").format(
            count=f.duplicates))
    if f.skipped_total:
        lines.append(translate("ImportDialog", "Skipped rows: {count}").format(
            count=f.skipped_total))
        shown = f.skipped[:max_skipped]
        for s in shown:
            lines.append("\u00a0\u00a0" + translate("ImportDialog", "row {row}: {reason}").format(
                row=s["row"], reason=s["reason"]))
        if f.skipped_total > len(shown):
            lines.append("\u00a0\u00a0" + translate(
                "ImportDialog", "… and {count} more").format(count=f.skipped_total - len(shown)))
    lines.extend(f.warnings[:20])
    return block(name, "<br>".join(html.escape(line) for line in lines))
