"""Products (商品, table ``products``): one row per product the shop sold, made from the order items
(merged by SKU / 商家编码, else by cleaned title: ``merge_key``, see
:mod:`shopowner.vocab.product_titles`), with the owner's cost, private price and private-only flag;
and what each sold (orders, units, revenue, last sold), counted from the linked items.

An import gives its new items their product as it writes them, in its own transaction
(:func:`product_ids`); the shop's older items were linked by schema step m0015.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import datetime

from sqlite_utils import Database

from shopowner.clock import stamp
from shopowner.store.versions import versioned_update
from shopowner.vocab.product_titles import product_key, title_key

# orders that count as sold: paid and not closed or refunded
SOLD_STATUSES = ("paid", "shipped", "completed")
EDITABLE = ("price_fen", "cost_fen", "private_only")

_SOLD = f"""
WITH sold AS (
    SELECT i.product_id, count(DISTINCT i.order_id) AS orders, sum(i.quantity) AS units,
           sum(CASE WHEN i.amount_fen > 0 THEN i.amount_fen ELSE i.price_fen * i.quantity END) AS revenue_fen,
           max(o.created_at) AS last_sold
    FROM order_items i JOIN orders o ON o.id = i.order_id
    WHERE i.product_id IS NOT NULL AND o.status IN ({", ".join(f"'{s}'" for s in SOLD_STATUSES)})
      {{among}}
    GROUP BY i.product_id)
"""
_COLUMNS = ("p.id, p.name, p.sku, p.price_fen, p.cost_fen, p.private_only, p.version, "
            "coalesce(n.print_name, '') AS own_print_name, coalesce(s.orders, 0) AS orders, "
            "coalesce(s.units, 0) AS units, coalesce(s.revenue_fen, 0) AS revenue_fen, "
            "coalesce(s.last_sold, '') AS last_sold")


def product_ids(db: Database, items: list[tuple[str, str]], *, now: datetime | None = None) -> list[int | None]:
    """The product of each item given as (sku, title), making the products not known yet (named
    by the cleaned title of their last item here; a product keeps its name, which its print name
    is stored by); None for an item with neither. An item without a SKU goes to the product with
    a SKU of its cleaned title when there is one (one platform's export gives 商家编码, another's
    not), and a new product with a SKU takes in the product without one of its name. Runs in the
    caller's transaction (an import gives its new items their product as it inserts them)."""
    keys = [product_key(sku, title) for sku, title in items]
    last = {key: item for key, item in zip(keys, items, strict=True) if key}
    known = _ids_by_key(db, last)
    known.update(_sku_products_named(db, [k for k in last if k not in known and k.startswith("title:")]))
    at = stamp(now)
    new = [k for k in sorted(last) if k not in known]
    db.conn.executemany(
        "INSERT INTO products (merge_key, name, sku, platform, created_at, updated_at) "
        "VALUES (?, ?, ?, '', ?, ?) ON CONFLICT DO NOTHING",
        [(key, title_key(last[key][1]) or last[key][0].strip(),
          last[key][0].strip() if key.startswith("sku:") else "", at, at) for key in new])
    known.update(_ids_by_key(db, new))
    folded = _fold_into(db, [known[k] for k in new if k.startswith("sku:") and k in known])
    return [folded.get(known[key], known[key]) if key in known else None for key in keys]


def _sku_products_named(db: Database, title_keys: list[str]) -> dict[str, int]:
    """``title:…`` key → the (first) product with a SKU named that cleaned title."""
    found = db.execute(
        "SELECT 'title:' || name, min(id) FROM products WHERE platform = '' AND name IN "
        "(SELECT CAST(value AS TEXT) FROM json_each(?)) AND merge_key LIKE 'sku:%' GROUP BY name",
        [json.dumps([k.removeprefix("title:") for k in title_keys], ensure_ascii=False)])
    return dict(found)


def _fold_into(db: Database, sku_product_ids: list[int]) -> dict[int, int]:
    """Each of these new products with a SKU takes in the product without a SKU of its name (the
    first of them, when two new SKUs share a name): its items, its feedback and the owner's
    settings; returns {product gone: product it went into}."""
    pairs = db.execute(
        "SELECT t.id, min(s.id) FROM products s JOIN products t ON t.platform = '' AND t.name = s.name "
        "AND t.merge_key LIKE 'title:%' WHERE s.id IN (SELECT CAST(value AS INTEGER) FROM json_each(?)) GROUP BY t.id",
        [json.dumps(sku_product_ids)]).fetchall()
    for gone, into in pairs:
        db.execute("UPDATE products SET (price_fen, cost_fen, private_only) = (SELECT price_fen, cost_fen, "
                   "private_only FROM products WHERE id = :gone) WHERE id = :into", {"gone": gone, "into": into})
        for table in ("order_items", "feedback", "moments_posts", "product_opinions"):
            db.execute(f"UPDATE {table} SET product_id = ? WHERE product_id = ?", [into, gone])
        db.execute("DELETE FROM products WHERE id = ?", [gone])
    return dict(pairs)


def link_items(db: Database, order_ids: Iterable[int], *, now: datetime | None = None) -> int:
    """Link the stored items of these orders that have no product yet to theirs (see
    :func:`product_ids`); returns how many were linked."""
    items = db.execute("SELECT id, sku, title FROM order_items WHERE +product_id IS NULL "
                       "AND order_id IN (SELECT CAST(value AS INTEGER) FROM json_each(?)) ORDER BY id",
                       [json.dumps(sorted(set(order_ids)))]).fetchall()
    ids = product_ids(db, [(sku, title) for _id, sku, title in items], now=now)
    links = [(product_id, item[0]) for item, product_id in zip(items, ids, strict=True) if product_id]
    db.conn.executemany("UPDATE order_items SET product_id = ? WHERE id = ?", links)
    return len(links)


def _ids_by_key(db: Database, keys: Iterable[str]) -> dict[str, int]:
    return dict(db.execute("SELECT merge_key, id FROM products WHERE merge_key IN "
                           "(SELECT CAST(value AS TEXT) FROM json_each(?))",
                           [json.dumps(list(keys), ensure_ascii=False)]))


def _where(search: str = "", private_only: bool = False) -> tuple[str, dict]:
    """The filter on ``products p`` (and its print name ``n``) for a search and the private-only
    switch."""
    clauses, params = [], {}
    if search.strip():
        like = "LIKE :like ESCAPE '\\'"
        clauses.append(f"(p.name {like} OR p.sku {like} OR EXISTS (SELECT 1 FROM product_print_names n2 "
                       f"WHERE n2.title_key = p.name AND n2.print_name {like}))")
        params["like"] = "%" + re.sub(r"([\\%_])", r"\\\1", search.strip()) + "%"
    if private_only:
        clauses.append("p.private_only = 1")
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def product_rows(db: Database, *, search: str = "", private_only: bool = False, limit: int = 200,
                 offset: int = 0, ids: Iterable[int] | None = None) -> list[dict]:
    """Products with what they sold, the most recently sold first (never sold last, newest
    first); ``ids``: only these products."""
    where, params = _where(search, private_only)
    if ids is not None:
        where = ((where + " AND " if where else "WHERE ")
                 + "p.id IN (SELECT CAST(value AS INTEGER) FROM json_each(:ids))")
        params["ids"] = json.dumps(list(ids))
    cur = db.execute(
        _SOLD.format(among=f"AND i.product_id IN (SELECT p.id FROM products p {where})" if where else "")
        + f"SELECT {_COLUMNS} FROM products p "
        "LEFT JOIN sold s ON s.product_id = p.id LEFT JOIN product_print_names n ON n.title_key = p.name "
        f"{where} ORDER BY s.last_sold IS NULL, s.last_sold DESC, p.id DESC LIMIT :limit OFFSET :offset",
        {**params, "limit": limit, "offset": offset})
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur]


def product_count(db: Database, *, search: str = "", private_only: bool = False) -> int:
    where, params = _where(search, private_only)
    return db.execute(f"SELECT count(*) FROM products p {where}", params).fetchone()[0]


def has_products(db: Database) -> bool:
    return db.execute("SELECT EXISTS (SELECT 1 FROM products)").fetchone()[0] == 1


def item_titles(db: Database, product_id: int) -> list[str]:
    """The distinct titles the product's items were listed under."""
    return [r[0] for r in db.execute("SELECT DISTINCT title FROM order_items WHERE product_id = ?",
                                     [product_id])]


def update_product(db: Database, product_id: int, fields: dict, *, now: datetime | None = None,
                   expected_version: int | None = None) -> bool:
    """Write ``fields`` (of :data:`EDITABLE`; none: the row is only marked as edited, as a print
    name's change is); False when there is no such product. With ``expected_version``, only while
    the product is still at it (else :class:`~shopowner.store.errors.RowChanged`)."""
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not editable product fields: {sorted(unknown)}")
    sets = "".join(f"{f} = ?, " for f in fields) + "updated_at = ?"
    return versioned_update(db, "products", product_id, sets, [*fields.values(), stamp(now)],
                            expected_version, _product_now) is not None


def _product_now(db: Database, product_id: int) -> dict | None:
    row = db.execute("SELECT id, version, name, price_fen, cost_fen, private_only FROM products WHERE id = ?",
                     [product_id]).fetchone()
    return None if row is None else dict(zip(("id", "version", "name", "price_fen", "cost_fen", "private_only"),
                                              row, strict=True))
