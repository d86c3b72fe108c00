"""Orders and their items: money in integer fen, the platform's status text kept beside ours."""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import contextmanager, suppress
from datetime import datetime
from operator import itemgetter

from sqlite_utils import Database

from shopowner.clock import stamp
from shopowner.store import errors
from shopowner.store.db import StoreError, inserted_id, is_hub
from shopowner.store.row_ids import first_free_id, ids_taken
from shopowner.store.staff import recorded_who, who_column

ORDER_STATUSES = ("unpaid", "paid", "shipped", "completed", "closed", "refunded")

ORDER_FIELDS = (
    "platform", "platform_order_id", "customer_id", "status", "status_text", "total_fen",
    "paid_fen", "postage_fen", "discount_fen", "refund_fen", "created_at", "paid_at",
    "shipped_at", "completed_at", "buyer_id", "buyer_message", "seller_note", "receiver_name",
    "receiver_phone", "receiver_masked", "province", "city", "district", "address", "zip",
    "import_id", "channel_id",
)
# an order entered by the owner (a private order) also says how it was paid; imports never set it
ENTERED_FIELDS = (*ORDER_FIELDS, "paid_via")
ITEM_FIELDS = ("title", "sku", "spec", "quantity", "price_fen", "amount_fen", "platform_item_id",
               "product_id")


def add_order(db: Database, order: dict, items: Iterable[dict] = (), *,
              now: datetime | None = None) -> int:
    """Insert one order with its items (call inside ``db.atomic()`` when writing many)."""
    unknown = set(order) - set(ENTERED_FIELDS)
    if unknown:
        raise ValueError(f"unknown order fields: {sorted(unknown)}")
    cols = [*order, "imported_at", "updated_at"]
    cur = db.execute(
        f"INSERT INTO orders ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
        [*order.values(), stamp(now), stamp(now)],
    )
    order_id = inserted_id(cur)
    for line_no, item in enumerate(items, start=1):
        unknown = set(item) - set(ITEM_FIELDS)
        if unknown:
            raise ValueError(f"unknown item fields: {sorted(unknown)}")
        icols = ["order_id", "line_no", *item]
        db.execute(
            f"INSERT INTO order_items ({', '.join(icols)}) VALUES ({', '.join('?' for _ in icols)})",
            [order_id, line_no, *item.values()],
        )
    return order_id


# --- bulk reads and writes for imports -------------------------------------------------------
COMPARED_FIELDS = tuple(f for f in ORDER_FIELDS if f not in (
    "platform", "platform_order_id", "customer_id", "import_id", "channel_id"))
# what an erased customer's order may still take from a re-import: nothing that names a person
NON_PERSONAL_FIELDS = ("status", "status_text", "total_fen", "paid_fen", "postage_fen",
                       "discount_fen", "refund_fen", "created_at", "paid_at", "shipped_at",
                       "completed_at")
ITEM_COMPARED = ("title", "sku", "spec", "quantity", "price_fen", "amount_fen", "platform_item_id")
_CHUNK = 900  # stays under SQLite's bound-variable limit on every build


def _chunks(values: list, size: int = _CHUNK):
    for start in range(0, len(values), size):
        yield values[start:start + size]


def orders_stored(db: Database) -> int:
    """About how many orders the book holds (the highest id: no count over a big table)."""
    return db.execute("SELECT coalesce(max(id), 0) FROM orders").fetchone()[0]


def customers_of_orders(db: Database) -> dict[str, int]:
    """Platform order number → the customer the order belongs to, for every order (the demo
    maker finds the customers the import made for its orders)."""
    return dict(db.execute("SELECT platform_order_id, customer_id FROM orders").fetchall())


def existing_orders(db: Database, platform: str, order_ids: list[str]) -> dict[str, dict]:
    """The stored orders among ``order_ids`` of ``platform``, by platform order id."""
    cols = ", ".join(("o.id", "o.platform_order_id", "o.customer_id",
                      *(f"o.{f}" for f in COMPARED_FIELDS), "c.is_anonymous AS customer_anonymous",
                      "c.erased_at IS NOT NULL AS customer_erased"))
    found = {}
    for chunk in _chunks(list(order_ids)):
        marks = ", ".join("?" for _ in chunk)
        cur = db.execute(f"SELECT {cols} FROM orders o JOIN customers c ON c.id = o.customer_id "
                         f"WHERE o.platform = ? AND o.platform_order_id IN ({marks})",
                         [platform, *chunk])
        names = [d[0] for d in cur.description]
        for row in cur.fetchall():
            found[row[1]] = dict(zip(names, row, strict=True))
    return found


def items_of(db: Database, order_ids: list[int]) -> dict[int, list[tuple]]:
    """Stored item lines per order id, as tuples of :data:`ITEM_COMPARED` in line order."""
    found: dict[int, list[tuple]] = {}
    for chunk in _chunks(list(order_ids)):
        marks = ", ".join("?" for _ in chunk)
        for row in db.execute(f"SELECT order_id, {', '.join(ITEM_COMPARED)} FROM order_items "
                              f"WHERE order_id IN ({marks}) ORDER BY order_id, line_no", chunk):
            found.setdefault(row[0], []).append(tuple(row[1:]))
    return found


def insert_orders(db: Database, orders: list[dict], items: list[list[dict]], *,
                  now: datetime | None = None) -> list[int]:
    """Insert many orders with their items in two ``executemany`` calls; returns the new ids. An
    item may carry its ``product_id`` (:func:`shopowner.store.products.product_ids`).

    Ids are allocated after the highest one, inside the caller's transaction (which must
    already hold the write lock, e.g. by having inserted its ``imports`` row)."""
    if not orders:
        return []
    first = first_free_id(db, "orders")
    ids = list(range(first, first + len(orders)))
    fields = [f for f in ORDER_FIELDS if f in orders[0]]  # every order carries the same keys
    unknown = set(orders[0]) - set(ORDER_FIELDS)
    if unknown:
        raise ValueError(f"unknown order fields: {sorted(unknown)}")
    cols = ["id", *fields, "imported_at", "updated_at"]
    pick = itemgetter(*fields)
    at = stamp(now)
    db.conn.executemany(
        f"INSERT INTO orders ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
        [(oid, *pick(o), at, at) for oid, o in zip(ids, orders, strict=True)])
    item_cols = ["order_id", "line_no", *ITEM_COMPARED, "product_id"]
    pick_item = itemgetter(*ITEM_COMPARED)
    db.conn.executemany(
        f"INSERT INTO order_items ({', '.join(item_cols)}) "
        f"VALUES ({', '.join('?' for _ in item_cols)})",
        [(oid, n, *pick_item(item), item.get("product_id"))
         for oid, lines in zip(ids, items, strict=True) for n, item in enumerate(lines, start=1)])
    ids_taken(db, "orders")
    return ids


def update_orders(db: Database, changes: list[tuple[int, dict]], *,
                  now: datetime | None = None) -> None:
    """Apply ``(order id, {field: value})`` changes; ``updated_at`` is stamped on each."""
    for order_id, fields in changes:
        unknown = set(fields) - set(ORDER_FIELDS)
        if unknown:
            raise ValueError(f"unknown order fields: {sorted(unknown)}")
        sets = ", ".join(f"{f} = ?" for f in fields)
        db.execute(f"UPDATE orders SET {sets}, updated_at = ? WHERE id = ?",
                   [*fields.values(), stamp(now), order_id])


def drop_empty_placeholders(db: Database, customer_ids) -> int:
    """Delete those of ``customer_ids`` that are anonymous placeholders left without orders and
    that nothing else refers to (no card, follow-up, note…); returns how many went. An order
    first read from an item-only file (Taobao DetailList) gets such a placeholder until the file
    that names its buyer moves it to the real customer."""
    from shopowner.store.customer_merge import customer_references

    ids = sorted(set(customer_ids))
    if not ids:
        return 0
    unused = " AND ".join(f"NOT EXISTS (SELECT 1 FROM [{table}] WHERE [{column}] = customers.id)"
                          for table, column in [*customer_references(db), ("customer_tags",
                                                "customer_id"), ("customers", "merged_into")])
    dropped = 0
    for chunk in _chunks(ids):
        marks = ", ".join("?" for _ in chunk)
        dropped += db.execute(
            f"DELETE FROM customers WHERE id IN ({marks}) AND is_anonymous = 1 "
            f"AND merged_into IS NULL AND {unused}", chunk).rowcount
    return dropped


def replace_items(db: Database, order_id: int, items: list[dict]) -> None:
    db.execute("DELETE FROM order_items WHERE order_id = ?", [order_id])
    cols = ["order_id", "line_no", *ITEM_COMPARED, "product_id"]
    db.conn.executemany(
        f"INSERT INTO order_items ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
        [[order_id, n, *(item[f] for f in ITEM_COMPARED), item.get("product_id")]
         for n, item in enumerate(items, 1)])


BULK_STATEMENT_TIMEOUT = "15min"


@contextmanager
def bulk_cache(db: Database, mib: int = 64):
    """A larger page cache while a big file is written (index pages stay in memory). The hub's
    server keeps its own cache; there the statements may take longer than the usual 30 s (a
    100,000-order file's customers are re-indexed in a few big statements)."""
    if is_hub(db):
        db.execute(f"SET statement_timeout = '{BULK_STATEMENT_TIMEOUT}'")
        try:
            yield
        finally:
            with suppress(errors.Error, StoreError):  # a lost connection comes back with the default
                db.execute("SET statement_timeout = 30000")
        return
    before = db.execute("PRAGMA cache_size").fetchone()[0]
    db.execute(f"PRAGMA cache_size = {-mib * 1024}")
    try:
        yield
    finally:
        db.execute(f"PRAGMA cache_size = {before}")


def start_import(db: Database, file_name: str, platform: str, *,
                 now: datetime | None = None) -> int:
    return inserted_id(db.execute("INSERT INTO imports (file_name, platform, started_at, staff_id) "
                                  "VALUES (?, ?, ?, ?)", [file_name, platform, stamp(now), recorded_who()]))


def finish_import(db: Database, import_id: int, *, platform: str, rows: int, new_orders: int,
                  updated_orders: int, new_customers: int, matched_customers: int,
                  report: str, now: datetime | None = None) -> None:
    db.execute(
        "UPDATE imports SET platform = ?, rows = ?, new_orders = ?, updated_orders = ?, "
        "new_customers = ?, matched_customers = ?, report = ?, "
        "finished_at = ? WHERE id = ?",
        [platform, rows, new_orders, updated_orders, new_customers, matched_customers, report,
         stamp(now), import_id])


_IMPORT_COLUMNS = ("id, file_name, platform, started_at, finished_at, rows, new_orders, "
                   "updated_orders, new_customers, matched_customers, " + who_column("imports"))


def finished_imports(db: Database, limit: int = 200, *, reports: bool = True) -> list[dict]:
    """The imports that completed (a rolled-back one leaves no row), newest first.

    Without ``reports`` the stored report JSON is not returned, only what a list of imports
    shows of it (``file``, ``kind``, ``orders``, ``duplicates``, ``joined_with`` and
    ``skipped_count``), read in SQL: a report can hold a thousand skipped rows."""
    columns = _IMPORT_COLUMNS
    if reports:
        columns += ", report"
    else:
        ok = "json_valid(report) = 1"
        columns += "".join(
            f", CASE WHEN {ok} THEN json_extract(report, '$.{key}') END AS {key}"
            for key in ("file", "kind", "joined_with"))
        columns += "".join(  # numbers as numbers on both back ends (the hub's json_extract gives text)
            f", CASE WHEN {ok} THEN CAST(json_extract(report, '$.{key}') AS INTEGER) END AS {key}"
            for key in ("orders", "duplicates"))
        columns += (f", CASE WHEN {ok} THEN coalesce(CAST(json_extract(report, '$.skipped_count') AS INTEGER), "
                    f"json_array_length(report, '$.skipped')) END AS skipped_count")
    cur = db.execute(f"SELECT {columns} FROM imports WHERE finished_at IS NOT NULL "
                     f"ORDER BY id DESC LIMIT ?", [limit])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def finished_import(db: Database, import_id: int) -> dict | None:
    """One completed import with its stored report (None when there is no such import)."""
    cur = db.execute(f"SELECT {_IMPORT_COLUMNS}, report FROM imports "
                     f"WHERE finished_at IS NOT NULL AND id = ?", [import_id])
    row = cur.fetchone()
    return dict(zip([d[0] for d in cur.description], row, strict=True)) if row else None
