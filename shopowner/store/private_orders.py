"""Private orders (私域订单, platform ``private``): the reads their entry, list and shipping list
need. They are written by :func:`shopowner.store.orders.add_order` like any order, in the caller's
transaction; what is special here is the number, the address a new one starts from, and how a
typed item finds its product."""

from __future__ import annotations

import json

from sqlite_utils import Database

PLATFORM = "private"
RECEIVER_FIELDS = ("receiver_name", "receiver_phone", "province", "city", "district", "address")
# the products a private order offers: private-only ones (私域特供) first, then by name
_PRODUCTS = ("SELECT p.id, p.name, p.sku, p.price_fen, p.private_only, coalesce(n.print_name, '') AS print_name "
             "FROM products p LEFT JOIN product_print_names n ON n.title_key = p.name")
_ORDER_COLUMNS = ("o.id, o.platform, o.platform_order_id, o.customer_id, o.status, o.paid_via, o.total_fen, "
                  "o.paid_fen, o.created_at, o.paid_at, o.shipped_at, o.seller_note, "
                  + ", ".join(f"o.{f}" for f in RECEIVER_FIELDS)
                  + ", coalesce(nullif(c.name, ''), c.nickname) AS customer_name")


def _dicts(cur) -> list[dict]:
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def next_number(db: Database, day: str) -> str:
    """The next private order number of ``day`` (YYYYMMDD): ``SY20261202-0001``, ``-0002``…"""
    prefix = f"SY{day}-"
    last = db.execute("SELECT max(CAST(substr(platform_order_id, ?) AS INTEGER)) FROM orders "
                      "WHERE platform = ? AND platform_order_id LIKE ?",
                      [len(prefix) + 1, PLATFORM, prefix + "%"]).fetchone()[0]
    return f"{prefix}{(last or 0) + 1:04d}"


def latest_receiver(db: Database, customer_id: int) -> dict | None:
    """Where the customer's latest order went whose receiver the platform did not mask (a
    masked ``张**`` or ``138****1234`` ships nothing), or None when there is none."""
    cur = db.execute(f"SELECT {', '.join(RECEIVER_FIELDS)} FROM orders WHERE customer_id = ? "
                     "AND receiver_masked = 0 AND (address <> '' OR receiver_name <> '') "
                     "ORDER BY created_at DESC, id DESC LIMIT 1", [customer_id])
    rows = _dicts(cur)
    return rows[0] if rows else None


def customer_for_order(db: Database, customer_id: int) -> dict | None:
    """The customer's own name, region and an unmasked phone (for one who never ordered), and
    whether they can take an order (not merged into another, not erased)."""
    rows = _dicts(db.execute(
        "SELECT c.id, coalesce(nullif(c.name, ''), c.nickname) AS name, c.province, c.city, c.district, "
        "c.address, c.merged_into, c.erased_at, (SELECT value FROM customer_identities i "
        "WHERE i.customer_id = c.id AND i.kind = 'phone' AND i.masked = 0 ORDER BY i.id LIMIT 1) AS phone "
        "FROM customers c WHERE c.id = ?", [customer_id]))
    return rows[0] if rows else None


def order_products(db: Database) -> list[dict]:
    """Every product a private order can sell: private-only first, then by name."""
    return _dicts(db.execute(f"{_PRODUCTS} ORDER BY p.private_only DESC, p.name, p.id"))


def match_product(db: Database, text: str) -> dict | None:
    """The product ``text`` names: its SKU (商家编码), else its name or print name, exactly (any
    case); else the one product whose name holds it. Private-only products win a tie."""
    text = text.strip()
    if not text:
        return None
    for where, value in (("lower(p.sku) = lower(:v) AND p.sku <> ''", text),
                         ("lower(p.name) = lower(:v) OR n.print_name = :v", text)):
        rows = _dicts(db.execute(f"{_PRODUCTS} WHERE {where} ORDER BY p.private_only DESC, p.id LIMIT 1",
                                 {"v": value}))
        if rows:
            return rows[0]
    like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    rows = _dicts(db.execute(f"{_PRODUCTS} WHERE p.name LIKE :like ESCAPE '\\' "
                             "ORDER BY p.private_only DESC, p.id LIMIT 2", {"like": like}))
    if len(rows) == 1 or (len(rows) == 2 and rows[0]["private_only"] > rows[1]["private_only"]):
        return rows[0]
    return None


def orders_of_platform(db: Database, platform: str, *, limit: int = 100, offset: int = 0,
                       to_ship: bool = False) -> list[dict]:
    """The platform's orders, newest first (``to_ship``: only those paid and not shipped yet),
    each with its ``items`` (title, sku, quantity, price_fen, amount_fen, product_id)."""
    waiting = " AND o.status = 'paid' AND o.shipped_at IS NULL" if to_ship else ""
    orders = _dicts(db.execute(f"SELECT {_ORDER_COLUMNS} FROM orders o JOIN customers c ON c.id = o.customer_id "
                               f"WHERE o.platform = ?{waiting} ORDER BY o.created_at DESC, o.id DESC LIMIT ? OFFSET ?",
                               [platform, limit, offset]))
    return _with_items(db, orders)


def count_of_platform(db: Database, platform: str, *, to_ship: bool = False) -> int:
    waiting = " AND status = 'paid' AND shipped_at IS NULL" if to_ship else ""
    return db.execute(f"SELECT count(*) FROM orders WHERE platform = ?{waiting}", [platform]).fetchone()[0]


def shipping_orders(db: Database, *, numbers: list[str] | None = None, everything: bool = False) -> list[dict]:
    """Private orders for a shipping list, oldest first: those numbered in ``numbers``, else every
    one (``everything``), else those paid and not shipped yet."""
    if numbers is not None:
        where = "AND o.platform_order_id IN (SELECT CAST(value AS TEXT) FROM json_each(?))"
        params = [json.dumps(numbers)]
    elif everything:
        where, params = "", []
    else:
        where, params = "AND o.status = 'paid' AND o.shipped_at IS NULL", []
    orders = _dicts(db.execute(f"SELECT {_ORDER_COLUMNS} FROM orders o JOIN customers c ON c.id = o.customer_id "
                               f"WHERE o.platform = ? {where} ORDER BY coalesce(o.paid_at, o.created_at), o.id",
                               [PLATFORM, *params]))
    return _with_items(db, orders)


def _with_items(db: Database, orders: list[dict]) -> list[dict]:
    by_id = {o["id"]: o for o in orders}
    for order in orders:
        order["items"] = []
    if orders:
        cur = db.execute("SELECT order_id, title, sku, quantity, price_fen, amount_fen, product_id FROM order_items "
                         "WHERE order_id IN (SELECT CAST(value AS INTEGER) FROM json_each(?)) "
                         "ORDER BY order_id, line_no",
                         [json.dumps(list(by_id))])
        for row in _dicts(cur):
            by_id[row.pop("order_id")]["items"].append(row)
    return orders


def set_shipped(db: Database, order_ids: list[int], when: str, status_text: str) -> int:
    """Mark these private orders shipped at ``when`` (only those paid and not shipped yet); returns
    how many changed."""
    return db.execute(
        "UPDATE orders SET status = 'shipped', status_text = ?, shipped_at = ?, updated_at = ? "
        "WHERE platform = ? AND status = 'paid' AND shipped_at IS NULL "
        "AND id IN (SELECT CAST(value AS INTEGER) FROM json_each(?))",
        [status_text, when, when, PLATFORM, json.dumps(order_ids)]).rowcount


def set_closed(db: Database, order_id: int, when: str, status_text: str) -> int:
    """Close (cancel) a private order that has not gone out yet; returns 1 when it changed."""
    return db.execute(
        "UPDATE orders SET status = 'closed', status_text = ?, updated_at = ? "
        "WHERE id = ? AND platform = ? AND status IN ('unpaid', 'paid') AND shipped_at IS NULL",
        [status_text, when, order_id, PLATFORM]).rowcount
