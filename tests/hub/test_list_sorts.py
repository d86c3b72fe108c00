"""The big lists outside the customer book read their first page from an index on the hub.

Every ``ORDER BY`` term on a column that may be NULL in some table of that name is asked for in
SQLite's order of NULLs (``dialect._nulls_as_in_sqlite``), which a plain index does not serve:
the feedback list, the private orders list and the print names' recent titles sorted all their
rows for each page until p0006 built their date indexes ``NULLS FIRST`` (the follow-up log's
``happened_at`` is NOT NULL wherever it is, so it keeps its plain index). Each statement here is
the one the store runs (recorded as it goes to the hub), explained on a book big enough that
reading 200 rows in order beats sorting them all. The customer book's sorts: test_team.py.
"""

from __future__ import annotations

import re

import pytest

from shopowner.store import followups, print_names, private_orders

ROWS = 20_000
# seven minutes apart (an order in a hundred has none: the other tables' columns are NOT NULL)
AT = "to_char('2024-01-01'::timestamp + n * interval '7 minutes', 'YYYY-MM-DD HH24:MI:SS')"


FILLS = {
    "feedback": "INSERT INTO feedback (customer_id, kind, text, created_at) "
                "SELECT :c, 'review', '好' || n, {at} FROM generate_series(1, {rows}) AS n",
    "followups": "INSERT INTO followups (customer_id, summary, happened_at, created_at) "
                 "SELECT :c, '聊' || n, {at}, {at} FROM generate_series(1, {rows}) AS n",
    "orders": "INSERT INTO orders (platform, platform_order_id, customer_id, created_at) "
              "SELECT CASE WHEN n % 2 = 0 THEN 'private' ELSE 'taobao' END, 'N' || n, :c, "
              "CASE WHEN n % 100 = 0 THEN NULL ELSE {at} END FROM generate_series(1, {rows}) AS n",
}


def _fill(book, table: str) -> None:
    """``ROWS`` rows in ``table``, of one customer, sampled for the planner."""
    book.execute("INSERT INTO customers (name, created_at, updated_at) VALUES ('客', '', '')")
    customer = book.execute("SELECT id FROM customers").fetchone()[0]
    book.execute(FILLS[table].format(at=AT, rows=ROWS), {"c": customer})
    book.execute(f"ANALYZE customers, {table}")


LISTS = {  # list → (its page as the window reads it, its table, the index that serves it)
    "feedback": (lambda db: followups.feedback_rows(db, limit=200), "feedback", "idx_feedback_created"),
    "follow-up log": (lambda db: followups.followup_rows(db, limit=200), "followups", "idx_followups_happened"),
    "private orders": (lambda db: private_orders.orders_of_platform(db, private_orders.PLATFORM, limit=200),
                       "orders", "idx_orders_created"),
    "print names' titles": (lambda db: print_names.recent_item_titles(db), "orders", "idx_orders_created"),
    "print names' titles, a later page": (  # keyset: after an order of 2024-02-01
        lambda db: print_names.recent_item_titles(db, after=("2024-02-01 00:00:00", 6171)), "orders",
        "idx_orders_created"),
}


def _sorted_statement(book, monkeypatch, read) -> tuple[str, object]:
    """The first statement with an ``ORDER BY`` that ``read(book)`` runs, with its parameters."""
    ran: list[tuple[str, object]] = []
    for name in ("execute", "query"):
        real = getattr(book, name)
        monkeypatch.setattr(book, name, lambda sql, params=None, _real=real: (ran.append((sql, params)),
                                                                           _real(sql, params))[1])
    read(book)
    monkeypatch.undo()
    return next((sql, params) for sql, params in ran if "ORDER BY" in sql)


@pytest.mark.parametrize("name", list(LISTS))
def test_a_big_lists_first_page_reads_its_index_in_sqlites_null_order(hub_book, monkeypatch, name):
    from shopowner.store.pg.dialect import to_pg

    read, table, index = LISTS[name]
    _fill(hub_book, table)
    sql, params = _sorted_statement(hub_book, monkeypatch, read)
    rewritten = to_pg(sql, hub_book.never_null)
    plan = "\n".join(r[0] for r in hub_book.execute("EXPLAIN " + sql, params).fetchall())
    full_sort = re.search(r"(^|->\s+)Sort\s+\(", plan, re.M)  # an Incremental Sort of ties is fine
    read_in_order = re.search(rf"Index (Only )?Scan Backward using {index}\b", plan)
    assert read_in_order and not full_sort, (rewritten, plan)
