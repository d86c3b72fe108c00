"""The hub's customer search: the same question as ``store/customer_search.search_clause`` asks
SQLite's FTS5 index, asked of the hub's documents (``schema_p0001_search``), word by word.

Each whitespace-separated word must match (AND): 3+ characters a substring of one of a
customer's documents or of one of their orders' (any case, through ``pg_trgm``); 1-2
characters a token of the 2-character pieces (one character: a token it starts); exactly 4
digits a phone's last four (or part of the customer's own document); 11 digits also a whole phone.
"""

from __future__ import annotations

import re

import psycopg

_DIGITS = re.compile(r"^\d+$")
# FTS5's ascii tokenizer: ASCII letters and digits and every non-ASCII character are token
# characters; the rest of ASCII separates tokens
_ASCII_SEPARATORS = re.compile(r"[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+")

_GRAM_TEXT = ("hub_ascii_lower(name || ' ' || nickname || ' ' || wechat_name || ' ' || wechat_remark || ' ' "
              "|| province || city || district || address || ' ' || notes || ' ')")


def _pattern(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _in_documents(word: str, *, orders: bool = True) -> tuple[str, list]:
    """Customers with ``word`` in a line of their own document (or of an order's): ``str.split``
    leaves no line break in a word, so a match never spans two of the document's parts."""
    sql = "SELECT customer_id FROM hub_customer_docs WHERE doc ILIKE %s"
    if orders:
        sql += " UNION SELECT customer_id FROM hub_order_docs WHERE doc ILIKE %s"
    return sql, [_pattern(word)] * (2 if orders else 1)


def search_condition(text: str) -> tuple[str, list]:
    """SQL condition on ``c.id`` (with ``%s`` parameters) matching every word of ``text``."""
    clauses: list[str] = []
    params: list = []
    for word in text.split():
        if len(word) <= 2:
            if any(ch.isalnum() or not ch.isascii() for ch in word):
                tokens = [t for t in _ASCII_SEPARATORS.split(word.lower()) if t]
                key = ("^" + tokens[0][0]) if len(word) == 1 else tokens[0]
                clauses.append("c.id IN (SELECT customer_id FROM hub_customer_docs WHERE pairs @> ARRAY[%s])")
                params.append(key)
            else:
                clauses.append(f"c.id IN (SELECT id FROM customers WHERE strpos({_GRAM_TEXT}, %s) > 0)")
                params.append(word)
        elif len(word) == 4 and _DIGITS.match(word):
            sql, more = _in_documents(word, orders=False)
            clauses.append(f"c.id IN (SELECT customer_id FROM hub_phones WHERE tail = %s UNION {sql})")
            params += [word, *more]
        elif len(word) == 11 and _DIGITS.match(word):
            sql, more = _in_documents(word)
            clauses.append(f"c.id IN (SELECT customer_id FROM hub_phones WHERE phone = %s UNION {sql})")
            params += [word, *more]
        else:
            sql, more = _in_documents(word)
            clauses.append(f"c.id IN ({sql})")
            params += more
    return " AND ".join(clauses), params


def search_ids(conn: psycopg.Connection, text: str) -> list[int]:
    """Every customer matching ``text``, by number."""
    condition, params = search_condition(text)
    if not condition:
        return []
    return [r[0] for r in conn.execute(f"SELECT c.id FROM customers c WHERE {condition} ORDER BY c.id", params)]


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
