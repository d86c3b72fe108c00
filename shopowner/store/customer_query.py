"""The customer book's list query: search + filters + sort, read one page at a time.

``filters`` is a plain dict (what a saved view stores), every key optional:
``platform``, ``tag_id``, ``stage``, ``wechat`` ('none'/'added'), ``spend_min_fen``,
``spend_max_fen``, ``within_days`` (last order within N days), ``over_days`` (no order for more
than N days), ``open_complaint`` (True). Merged-away customers are never listed.
"""

from __future__ import annotations

import json

from sqlite_utils import Database

from shopowner.store.customer_search import like_scan_clause, search_clause

# column key → ORDER BY expression (ties broken by id so pages never overlap)
SORTS = {
    "name": "(CASE WHEN c.name <> '' THEN c.name ELSE c.nickname END)",
    "phone": "(SELECT min(phone) FROM customer_phones p WHERE p.customer_id = c.id)",
    "platforms": "c.platforms",
    "order_count": "c.order_count",
    "total_spent": "c.total_spent_fen",
    "first_order": "c.first_order_at",
    "last_order": "c.last_order_at",
    "wechat": "c.wechat_status || c.wechat_name",
    "tags": "(SELECT group_concat(t.name, ', ') FROM customer_tags ct JOIN tags t "
            "ON t.id = ct.tag_id WHERE ct.customer_id = c.id)",
    "stage": "(CASE c.stage WHEN 'new' THEN 0 WHEN 'added' THEN 1 WHEN 'repeat' THEN 2 "
             "WHEN 'loyal' THEN 3 WHEN 'dormant' THEN 4 ELSE 5 END)",
}

ROW_COLUMNS = """c.id, c.name, c.nickname, c.is_anonymous, c.platforms, c.order_count,
    c.total_spent_fen, c.first_order_at, c.last_order_at, c.wechat_status, c.wechat_name,
    c.stage, c.stage_manual, c.erased_at,
    (SELECT value FROM customer_identities i WHERE i.customer_id = c.id AND i.kind = 'phone'
     ORDER BY i.masked, i.id LIMIT 1) AS phone,
    (SELECT json_group_array(json_array(t.name, t.color)) FROM
        (SELECT t.name, t.color FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id
         WHERE ct.customer_id = c.id ORDER BY t.name) t) AS tags"""
ROW_KEYS = ("id", "name", "nickname", "is_anonymous", "platforms", "order_count",
            "total_spent_fen", "first_order_at", "last_order_at", "wechat_status", "wechat_name",
            "stage", "stage_manual", "erased_at", "phone", "tags")


def where_clause(filters: dict | None = None, search: str = "", *,
                 like_baseline: bool = False) -> tuple[str, list]:
    """The WHERE text (over alias ``c``) and its parameters."""
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
        clauses.append("c.last_order_at >= datetime('now', 'localtime', ?)")
        params.append(f"-{int(filters['within_days'])} days")
    if filters.get("over_days") is not None:
        clauses.append("c.last_order_at < datetime('now', 'localtime', ?)")
        params.append(f"-{int(filters['over_days'])} days")
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


def fetch_page(db: Database, filters: dict | None = None, search: str = "", *,
               sort: str = "last_order", descending: bool = True, offset: int = 0,
               limit: int = 200, like_baseline: bool = False) -> list[dict]:
    """One page of list rows (dicts with ``ROW_KEYS``; ``tags`` is a list of (name, colour))."""
    where, params = where_clause(filters, search, like_baseline=like_baseline)
    rows = db.execute(
        f"SELECT {ROW_COLUMNS} FROM customers c WHERE {where} "
        f"ORDER BY {order_by(sort, descending, searching=bool(search.strip()))} LIMIT ? OFFSET ?",
        [*params, limit, offset])
    out = []
    for row in rows:
        item = dict(zip(ROW_KEYS, row))
        item["tags"] = [tuple(t) for t in json.loads(item["tags"] or "[]")]
        out.append(item)
    return out


def first_page(db: Database, filters: dict | None = None, search: str = "", *,
               sort: str = "last_order", descending: bool = True, limit: int = 200,
               progress=None) -> tuple[int, list[dict]]:
    """The count and the first page together (what the table runs, on a worker, per keystroke)."""
    return (count_customers(db, filters, search),
            fetch_page(db, filters, search, sort=sort, descending=descending, limit=limit))


def matching_ids(db: Database, filters: dict | None = None, search: str = "", *,
                 sort: str = "last_order", descending: bool = True) -> list[int]:
    """Every matching customer id in list order (export and bulk actions on "all filtered")."""
    where, params = where_clause(filters, search)
    return [r[0] for r in db.execute(
        f"SELECT c.id FROM customers c WHERE {where} ORDER BY {order_by(sort, descending)}", params)]


def platforms_in_use(db: Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT DISTINCT platform FROM orders ORDER BY platform")]
