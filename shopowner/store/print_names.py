"""The owner's print names for products (table ``product_print_names``), and the product titles of
recent orders, newest first, read in pages so a big shop's list opens at once."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlite_utils import Database

from shopowner.clock import current

CHUNK = 500


def print_names_for(db: Database, keys: Iterable[str]) -> dict[str, str]:
    """The owner's print names of the given cleaned titles (only those that have one)."""
    keys = list(dict.fromkeys(k for k in keys if k))
    found: dict[str, str] = {}
    for start in range(0, len(keys), CHUNK):
        chunk = keys[start:start + CHUNK]
        marks = ", ".join("?" for _ in chunk)
        found.update(db.execute(
            f"SELECT title_key, print_name FROM product_print_names WHERE title_key IN ({marks})", chunk))
    return found


def all_print_names(db: Database) -> dict[str, str]:
    return dict(db.execute("SELECT title_key, print_name FROM product_print_names ORDER BY title_key"))


def set_print_name(db: Database, key: str, name: str, *, now: datetime | None = None) -> None:
    """``updated_at`` is ISO text with a ``T`` (as the column's first rows were written)."""
    db.execute(
        "INSERT INTO product_print_names (title_key, print_name, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT(title_key) DO UPDATE SET print_name = excluded.print_name, "
        "updated_at = excluded.updated_at", [key, name, current(now).isoformat()])


def reset_print_name(db: Database, key: str) -> bool:
    """Forget the owner's print name of ``key``; False when it had none."""
    return db.execute("DELETE FROM product_print_names WHERE title_key = ?", [key]).rowcount > 0


def recent_item_titles(db: Database, after: tuple[str | None, int] | None = None,
                       orders: int = CHUNK) -> tuple[list[tuple[str, str | None, int]], tuple[str | None, int] | None]:
    """(title, order date, order id) of the items of up to ``orders`` orders, the newest order
    first, starting after the order ``after`` = (its date, its id); and the cursor for the next
    page (None at the end). Keyset paging on the order-date index: every page costs the same.
    Orders without a date come last."""
    ids: list[tuple[str | None, int]] = []
    if after is None or after[0] is not None:
        where, params = "", []
        if after is not None:
            where, params = "AND (created_at, id) < (?, ?)", [after[0], after[1]]
        ids = [tuple(r) for r in db.execute(
            f"SELECT created_at, id FROM orders WHERE created_at IS NOT NULL {where} "
            "ORDER BY created_at DESC, id DESC LIMIT ?", [*params, orders])]
    if len(ids) < orders:
        where, params = "", []
        if after is not None and after[0] is None:
            where, params = "AND id < ?", [after[1]]
        ids += [tuple(r) for r in db.execute(
            f"SELECT created_at, id FROM orders WHERE created_at IS NULL {where} ORDER BY id DESC LIMIT ?",
            [*params, orders - len(ids)])]
    if not ids:
        return [], None
    by_order: dict[int, list[str]] = {}
    marks = ", ".join("?" for _ in ids)
    for order_id, title in db.execute(
            f"SELECT order_id, title FROM order_items WHERE order_id IN ({marks}) ORDER BY order_id, line_no",
            [i for _, i in ids]):
        by_order.setdefault(order_id, []).append(title)
    rows = [(title, at, order_id) for at, order_id in ids for title in by_order.get(order_id, [])]
    return rows, (ids[-1] if len(ids) == orders else None)
