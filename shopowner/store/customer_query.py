"""The customer book's list query: search + filters + sort, read one page at a time.

``filters`` is a plain dict (what a saved view stores), every key optional:
``platform``, ``tag_id``, ``stage``, ``wechat`` ('none'/'added'), ``spend_min_fen``,
``spend_max_fen``, ``within_days`` (last order within N days), ``over_days`` (no order for more
than N days), ``open_complaint`` (True), ``segment`` (an RFM segment key, see ``store.rfm``).
Merged-away customers are never listed.

Pages are read by key, never by ``OFFSET``: each row carries its ``sort_key``, and the next page
starts after the last row's (``sort_key``, ``id``) — ties are broken by id, so pages never
overlap or skip. Every sort expression is backed by an index whose entries end in the rowid, so
"the rest of this tie, then everything after it" is two index seeks whatever the depth: a page
near row 200,000 costs what the first page costs (an ``OFFSET`` walked every row before it:
181 ms there). NULL dates sort first going up and last going down, as SQLite orders them.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from sqlite_utils import Database

from shopowner.clock import current, stamp
from shopowner.store.customer_search import like_scan_clause, search_clause
from shopowner.store.rfm import segment_clause

# column key → ORDER BY expression; each has an index (m0001, the search schema, m0010)
SORTS = {
    "name": "(CASE WHEN c.name <> '' THEN c.name ELSE c.nickname END)",
    "phone": "c.list_phone",
    "platforms": "c.platforms",
    "order_count": "c.order_count",
    "total_spent": "c.total_spent_fen",
    "first_order": "c.first_order_at",
    "last_order": "c.last_order_at",
    "wechat": "(c.wechat_status || c.wechat_name)",
    "tags": "c.tag_names",
    "stage": "(CASE c.stage WHEN 'new' THEN 0 WHEN 'added' THEN 1 WHEN 'repeat' THEN 2 "
             "WHEN 'loyal' THEN 3 WHEN 'dormant' THEN 4 ELSE 5 END)",
}
NULLABLE_SORTS = {"first_order", "last_order"}

ROW_COLUMNS = """c.id, c.name, c.nickname, c.is_anonymous, c.platforms, c.order_count,
    c.total_spent_fen, c.first_order_at, c.last_order_at, c.wechat_status, c.wechat_name,
    c.stage, c.stage_manual, c.erased_at, c.list_phone AS phone,
    (SELECT json_group_array(json_array(t.name, t.color)) FROM
        (SELECT t.name, t.color FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id
         WHERE ct.customer_id = c.id ORDER BY t.name) t) AS tags"""
ROW_KEYS = ("id", "name", "nickname", "is_anonymous", "platforms", "order_count",
            "total_spent_fen", "first_order_at", "last_order_at", "wechat_status", "wechat_name",
            "stage", "stage_manual", "erased_at", "phone", "tags", "sort_key")


def where_clause(filters: dict | None = None, search: str = "", *,
                 like_baseline: bool = False, now: datetime | None = None) -> tuple[str, list]:
    """The WHERE text (over alias ``c``) and its parameters (day counts as of ``now``)."""
    filters = filters or {}
    clauses, params = ["c.merged_into IS NULL"], []
    if search.strip():
        text, p = like_scan_clause(search.strip()) if like_baseline else search_clause(search)
        clauses.append(text)
        params += p
    if filters.get("platform"):
        clauses.append("(',' || c.platforms || ',') LIKE ?")
        params.append(f"%,{filters['platform']},%")
    if filters.get("tag_id"):
        clauses.append("c.id IN (SELECT customer_id FROM customer_tags WHERE tag_id = ?)")
        params.append(int(filters["tag_id"]))
    if filters.get("stage"):
        clauses.append("c.stage = ?")
        params.append(filters["stage"])
    if filters.get("wechat"):
        clauses.append("c.wechat_status = ?")
        params.append(filters["wechat"])
    if filters.get("spend_min_fen") is not None:
        clauses.append("c.total_spent_fen >= ?")
        params.append(int(filters["spend_min_fen"]))
    if filters.get("spend_max_fen") is not None:
        clauses.append("c.total_spent_fen <= ?")
        params.append(int(filters["spend_max_fen"]))
    if filters.get("within_days") is not None:
        clauses.append("c.last_order_at >= ?")
        params.append(stamp(current(now) - timedelta(days=int(filters["within_days"]))))
    if filters.get("over_days") is not None:
        clauses.append("c.last_order_at < ?")
        params.append(stamp(current(now) - timedelta(days=int(filters["over_days"]))))
    if filters.get("segment"):
        text, p = segment_clause(filters["segment"])
        clauses.append(text)
        params += p
    if filters.get("open_complaint"):
        clauses.append("c.id IN (SELECT customer_id FROM feedback WHERE kind = 'complaint' "
                       "AND status = 'open' AND customer_id IS NOT NULL)")
    return " AND ".join(clauses), params


def order_by(sort: str = "last_order", descending: bool = True, *, searching: bool = False) -> str:
    """ORDER BY text. While searching, the matches are few: unary ``+`` stops SQLite walking a
    sort index over every customer and makes it sort just the matches instead."""
    direction = "DESC" if descending else "ASC"
    expr = SORTS.get(sort, SORTS["last_order"])
    if searching:
        return f"+{expr} {direction}, +c.id {direction}"
    return f"{expr} {direction}, c.id {direction}"


def count_customers(db: Database, filters: dict | None = None, search: str = "") -> int:
    where, params = where_clause(filters, search)
    return db.execute(f"SELECT count(*) FROM customers c WHERE {where}", params).fetchone()[0]


def _rows(cursor) -> list[dict]:
    out = []
    for row in cursor:
        item = dict(zip(ROW_KEYS, row, strict=True))
        # tuples, not lists: rows of plain values the garbage collector stops scanning
        item["tags"] = tuple(tuple(t) for t in json.loads(item["tags"] or "[]"))
        out.append(item)
    return out


def fetch_page(db: Database, filters: dict | None = None, search: str = "", *,
               sort: str = "last_order", descending: bool = True,
               after: tuple | None = None, limit: int = 200,
               like_baseline: bool = False) -> list[dict]:
    """One page of list rows (dicts with ``ROW_KEYS``; ``tags`` is a tuple of (name, colour)),
    the first page, or the one after the row whose (``sort_key``, ``id``) is ``after``."""
    where, params = where_clause(filters, search, like_baseline=like_baseline)
    sort = sort if sort in SORTS else "last_order"
    expr = SORTS[sort]
    searching = bool(search.strip())
    if after is None:
        return _rows(db.execute(
            f"SELECT {ROW_COLUMNS}, {expr} AS sort_key FROM customers c WHERE {where} "
            f"ORDER BY {order_by(sort, descending, searching=searching)} LIMIT ?",
            [*params, limit]))
    parts, part_params = _after_parts(expr, where, params, after, descending, searching, limit)
    d = " DESC" if descending else ""
    page = " UNION ALL ".join(f"SELECT * FROM ({part}) AS p{n}" for n, part in enumerate(parts))
    return _rows(db.execute(
        f"SELECT {ROW_COLUMNS}, page.k AS sort_key FROM ({page} ORDER BY part, k{d}, id{d} "
        f"LIMIT ?) AS page JOIN customers c ON c.id = page.id ORDER BY page.part, page.k{d}, "
        f"page.id{d}", [*part_params, limit]))


def _after_parts(expr: str, where: str, params: list, after: tuple, descending: bool,
                 searching: bool, limit: int) -> tuple[list[str], list]:
    """The queries for "after (key, id)", in list order: the rest of the key's tie, then the
    keys beyond it (and, going down, the customers without a key, which come last)."""
    key, last_id = after
    plus = "+" if searching else ""  # sort just the matches (see order_by)
    d, beyond = (" DESC", "<") if descending else ("", ">")
    select = f"SELECT c.id, {expr} AS k, {{n}} AS part FROM customers c WHERE {where}"
    # "= ?" rather than "IS ?" for a key: the hub reads an index for "=" only
    tie = "IS NULL" if key is None else "= ?"
    parts = [(f"{select.format(n=0)} AND {plus}{expr} {tie} AND {plus}c.id {beyond} ? "
              f"ORDER BY {plus}c.id{d} LIMIT ?")]
    part_params = [*params, *([] if key is None else [key]), last_id, limit]
    if key is None and not descending:  # NULLs come first going up: then every key
        parts.append(f"{select.format(n=1)} AND {plus}{expr} IS NOT NULL "
                     f"ORDER BY {plus}{expr}{d}, {plus}c.id{d} LIMIT ?")
        part_params += [*params, limit]
    elif key is not None:
        parts.append(f"{select.format(n=1)} AND {plus}{expr} {beyond} ? "
                     f"ORDER BY {plus}{expr}{d}, {plus}c.id{d} LIMIT ?")
        part_params += [*params, key, limit]
        if descending:  # NULLs come last going down
            parts.append(f"{select.format(n=2)} AND {plus}{expr} IS NULL "
                         f"ORDER BY {plus}c.id{d} LIMIT ?")
            part_params += [*params, limit]
    return parts, part_params


def fetch_rows(db: Database, customer_ids, *, sort: str = "last_order") -> dict[int, dict]:
    """The list rows of these customers by id (to redraw rows in place after an edit); a
    customer merged away or deleted is missing."""
    expr = SORTS.get(sort, SORTS["last_order"])
    return {row["id"]: row for row in _rows(db.execute(
        f"SELECT {ROW_COLUMNS}, {expr} AS sort_key FROM customers c WHERE c.merged_into IS NULL "
        f"AND c.id IN (SELECT CAST(value AS INTEGER) FROM json_each(?))", [json.dumps(list(customer_ids))]))}


def first_page(db: Database, filters: dict | None = None, search: str = "", *,
               sort: str = "last_order", descending: bool = True, limit: int = 200,
               progress=None) -> tuple[int, list[dict]]:
    """The count and the first page together (what the table runs, on a worker)."""
    return (count_customers(db, filters, search),
            fetch_page(db, filters, search, sort=sort, descending=descending, limit=limit))


def next_page(db: Database, filters: dict | None = None, search: str = "", *,
              sort: str = "last_order", descending: bool = True, after: tuple | None = None,
              limit: int = 200, progress=None) -> list[dict]:
    """The page after ``after`` (what the table runs, on a worker, as the owner scrolls)."""
    return fetch_page(db, filters, search, sort=sort, descending=descending, after=after,
                      limit=limit)


def matching_ids(db: Database, filters: dict | None = None, search: str = "", *,
                 sort: str = "last_order", descending: bool = True) -> list[int]:
    """Every matching customer id in list order (export and bulk actions on "all filtered")."""
    where, params = where_clause(filters, search)
    return [r[0] for r in db.execute(
        f"SELECT c.id FROM customers c WHERE {where} ORDER BY {order_by(sort, descending)}", params)]


def platforms_in_use(db: Database) -> list[str]:
    """The platforms the orders come from, one index seek each (a DISTINCT over the orders
    read every order: 50 ms on 300,000)."""
    return [r[0] for r in db.execute(
        "WITH RECURSIVE p(platform) AS (SELECT min(platform) FROM orders UNION ALL "
        "SELECT (SELECT min(platform) FROM orders WHERE platform > p.platform) FROM p "
        "WHERE p.platform IS NOT NULL) SELECT platform FROM p WHERE platform IS NOT NULL")]
