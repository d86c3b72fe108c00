"""The hub's customer search: the same condition the shop file's search builds
(``store/customer_search.search_clause``: each word must match; 3+ characters a substring of a
customer's or an order's document, 1-2 characters a token of the 2-character pieces, 4 digits a
phone's tail, 11 a whole phone), its FTS5 ``MATCH`` answered by the hub's documents
(``schema_p0001_search``) through ``hub_match_…`` (``schema_p0001_compat``).
"""

from __future__ import annotations

import psycopg

from shopowner.store.pg.dialect import to_pg

def search_ids(conn: psycopg.Connection, text: str) -> list[int]:
    """Every customer matching ``text``, by number: the shop file's own search condition
    (``customer_search.search_clause``) as the hub reads it (``dialect.to_pg``: its FTS5
    ``MATCH`` on ``hub_match_…``)."""
    from shopowner.store.customer_search import search_clause

    condition, params = search_clause(text)
    if not condition:
        return []
    sql = to_pg(f"SELECT c.id FROM customers c WHERE {condition} ORDER BY c.id")
    return [r[0] for r in conn.execute(sql, params)]


def index_all(conn: psycopg.Connection) -> None:
    """Build the search documents of every customer at once (after a bulk load)."""
    conn.execute("SELECT hub_index_customers(coalesce(array_agg(id), '{}')) FROM customers")


def sample_words(rows: list[tuple]) -> list[str]:
    """Words to compare both back ends' searches with, from some customers' own values
    (``rows``: name, a phone, an order number, the city): whole names, their first one and two
    characters, phone tails and whole phones, order-number pieces, cities."""
    words: set[str] = set()
    for name, phone, order, city in rows:
        for value in (name, (name or "")[:1], (name or "")[:2], (phone or "")[-4:], phone, (order or "")[:6],
                      (order or "")[-5:], city):
            if value and value.strip() and " " not in value:
                words.add(value)
    return sorted(words)
