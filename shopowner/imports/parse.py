"""Rows → normalised orders: group the item lines of each order, skip what cannot be an order.

:func:`order_chunks` is the same code whether it runs in the importing thread or in the parse
process (``parse_process.py``): it only reads the table and fills in the report's ``rows``,
``skipped`` and ``warnings``; it never touches the database.
"""

from __future__ import annotations

from collections.abc import Iterator

from shopowner.i18n import translate
from shopowner.imports.platforms.base import Order, Platform, RowProblem, build_order, row_values
from shopowner.imports.read import Table

CHUNK = 2000  # orders handed to the writer at a time


def skip(row_no: int, reason: str) -> dict:
    return {"row": row_no, "reason": reason}


def order_chunks(table: Table, layout: Platform, report, step) -> Iterator[list[Order]]:
    """Stream the table's rows into orders, ``CHUNK`` at a time (item lines grouped by order id,
    so those orders come after the last row); skipped rows go into ``report.skipped``.

    ``report`` needs ``rows``, ``skipped`` and ``warnings``; ``step(table)`` is called every 500
    rows and at the end (progress)."""
    index = layout.column_index(table.headers)
    item_rows = layout.item_rows(table.headers)
    groups: dict[str, list] = {}  # order id → [first row no, [fields…], set of row images]
    pending: list[Order] = []
    seen: dict[int | str, int] = {}  # order id (_compact) → its first row
    for count, (row_no, cells) in enumerate(table.rows(), start=1):
        report.rows += 1
        if count % 500 == 0:
            step(table)
        fields = row_values(index, cells)
        order_id = fields.get("order_id", "")
        if not order_id:
            report.skipped.append(skip(row_no, translate("Imports", "no order number")))
            continue
        if item_rows:
            group = groups.get(order_id)
            image = tuple(cells)
            if group is None:
                groups[order_id] = [row_no, [fields], {image}]
            elif image in group[2]:
                report.skipped.append(skip(row_no, translate(
                    "Imports", "duplicate row (the same line appears earlier in the file)")))
            else:
                group[1].append(fields)
                group[2].add(image)
            continue
        key = _compact(order_id)
        if key in seen:
            report.skipped.append(skip(row_no, translate(
                "Imports", "duplicate row: order {order} already appears in row {row}").format(
                order=order_id, row=seen[key])))
            continue
        seen[key] = row_no
        order = _build(layout, row_no, [fields], False, report)
        if order is not None:
            pending.append(order)
        if len(pending) >= CHUNK:
            yield pending
            pending = []
    for row_no, rows, _images in groups.values():
        order = _build(layout, row_no, rows, True, report)
        if order is not None:
            pending.append(order)
        if len(pending) >= CHUNK:
            yield pending
            pending = []
    if pending:
        yield pending
    step(table)
    report.rows += len(table.skipped)
    report.skipped.extend(skip(n, r) for n, r in table.skipped)
    report.skipped.sort(key=lambda s: s["row"])
    report.warnings.extend(table.warnings)


def _build(layout, row_no, rows, item_rows, report) -> Order | None:
    try:
        order = build_order(layout, row_no, rows, item_rows)
    except RowProblem as exc:
        report.skipped.append(skip(row_no, str(exc)))
        return None
    order.partial = layout.order_only_items
    return order


def _compact(order_id: str) -> int | str:
    """An order number as an int when it is one (half the memory of its text for the 19-digit
    numbers platforms use; ``0123`` stays text so it never meets ``123``)."""
    if order_id.isdigit() and order_id[0] != "0" and order_id.isascii():
        return int(order_id)
    return order_id
