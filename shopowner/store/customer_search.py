"""The customer search index, kept current by triggers so every writer stays consistent.

Three structures, each for the query shape it is fast at:

- ``customer_search`` and ``order_search``: FTS5 with the ``trigram`` tokenizer, one document per
  customer (names, contacts, address, notes) and one per order (order id, receiver name and
  phone, address); together they find any substring of 3+ characters. Keeping orders apart
  means an imported order writes only its own small document.
- ``customer_bigrams``: FTS5 (``ascii`` tokenizer, no positions), one document per customer
  holding the 2-character pieces of the names, address and notes, for queries of 1-2
  characters that trigram cannot answer (a 2-character word is one token; a single character
  is a prefix query).
- ``customer_phones``: every phone with its last four digits, for "last 4 digits" lookups.

Triggers on ``customers``, ``customer_identities`` and ``orders`` rebuild a customer's entries,
so the card redemption and every other writer keep the index right without calling this
module. The import, which writes thousands of rows, pauses the triggers and re-indexes the
customers it touched once per file (:func:`paused_search_index`, :func:`reindex_customers`).
The tables and the triggers are created by the schema steps, which carry their own SQL text
(``store/schema_m0003.py``); the bulk index here builds the same documents (a test compares
the two). A change to the documents is a new step that replaces the triggers, and a change here.
"""

from __future__ import annotations

import json
import re
from contextlib import contextmanager

from sqlite_utils import Database

from shopowner.store.db import is_hub

_PHONE = ("replace(replace(replace(replace({v}, ' ', ''), '-', ''), '+86', ''), '(', '')")

# one customer's document, from the customer row ``c`` (names, contacts, address, notes); the
# name + address identity keys are left out of the contacts: they repeat the name and address
# (the customer's own, or an order's, which is in that order's document)
_CUSTOMER_DOC = """c.name || ' ' || c.nickname || ' ' || c.wechat_name || ' ' || c.wechat_remark,
        coalesce((SELECT group_concat(value, ' ') FROM customer_identities
                  WHERE customer_id = c.id AND kind <> 'name_address'), '')
            || ' ' || c.wechat_account,
        c.province || c.city || c.district || c.address,
        c.notes || ' ' || CASE c.custom_fields WHEN '{}' THEN '' ELSE c.custom_fields END"""
# one order's document, from the order row ``{o}``; the receiver name and address are left out
# when they are the customer's own (already in the customer's document), which halves the work
# of broad address searches
_ORDER_DOC = (
    "{o}.platform_order_id, "
    "CASE WHEN {o}.receiver_name = (SELECT name FROM customers WHERE id = {o}.customer_id) "
    "THEN '' ELSE {o}.receiver_name END || ' ' || {o}.receiver_phone, "
    "CASE WHEN {o}.address = (SELECT address FROM customers WHERE id = {o}.customer_id) "
    "THEN '' ELSE {o}.province || {o}.city || {o}.district || {o}.address END")


# what 1-2 character words are looked up in: the names, the customer's address and the notes
_GRAM_TEXT = ("lower(name || ' ' || nickname || ' ' || wechat_name || ' ' || wechat_remark || ' ' "
              "|| province || city || district || address || ' ' || notes || ' ')")
PAIR_POSITIONS = 1000  # search_seq counts to this: text beyond it (long notes) is not cut up


def pairs_text(text: str) -> str:
    """What the index triggers compute in SQL, in Python (the bulk re-index calls it as an
    SQL function): every 2-character piece that does not start with a space, in order."""
    if not text:
        return ""
    return " ".join([text[i:i + 2] for i in range(min(len(text) - 1, PAIR_POSITIONS))
                     if text[i] != " "])


def drop_search_triggers(db: Database) -> list[str]:
    """Drop the index triggers (bulk loads); returns their SQL so they can be put back."""
    rows = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
                      "(name LIKE '%search%' OR name LIKE '%grams%')").fetchall()
    for name, _ in rows:
        db.execute(f"DROP TRIGGER {name}")
    return [sql for _, sql in rows]


def restore_search_triggers(db: Database, sql: list[str]) -> None:
    for statement in sql:
        db.execute(statement)


def rebuild_search_index(db: Database) -> None:
    """Rebuild all the structures from the tables in a few set-based statements."""
    if is_hub(db):
        _index_on_hub(db, None)
        return
    for table in ("customer_search", "order_search", "customer_bigrams", "customer_phones"):
        db.execute(f"DELETE FROM {table}")
    _fill_index(db, "")


def _fill_index(db: Database, customers: str) -> None:
    """Index the customers matching the condition ``customers`` on their id ('' for all).

    Documents go in in rowid order: FTS5 writes a new segment whenever a rowid is lower than the
    previous one, and out-of-order inserts cost several times more."""
    db.conn.create_function("shopowner_pairs", 1, pairs_text, deterministic=True)
    ident = _PHONE.format(v="value")
    recv = _PHONE.format(v="receiver_phone")
    only = f"id {customers}" if customers else "1"
    of = f"customer_id {customers}" if customers else "1"
    db.execute(f"INSERT INTO customer_search (rowid, names, contacts, address, notes) "
               f"SELECT c.id, {_CUSTOMER_DOC} FROM customers c "
               f"WHERE {'c.' if customers else ''}{only} ORDER BY c.id")
    db.execute(f"INSERT INTO order_search (rowid, order_id, receiver, address) "
               f"SELECT o.id, {_ORDER_DOC.format(o='o')} FROM orders o "
               f"WHERE {'o.' if customers else ''}{of} ORDER BY o.id")
    db.execute(f"INSERT INTO customer_bigrams (rowid, pairs) "
               f"SELECT id, shopowner_pairs({_GRAM_TEXT}) FROM customers WHERE {only} ORDER BY id")
    refresh_sort_keys(db, customers)
    # ``+kind``: the identities are found by customer, not by reading every phone of the book
    db.execute(f"""
        INSERT OR IGNORE INTO customer_phones (customer_id, phone, tail)
        SELECT customer_id, p, substr(p, -4) FROM (
            SELECT customer_id, {ident} AS p FROM customer_identities WHERE +kind = 'phone' AND {of}
            UNION SELECT customer_id, {recv} FROM orders WHERE receiver_phone <> '' AND {of}
        ) WHERE length(p) >= 4
    """)


# The customer book's stored sort keys (``customers.list_phone``, ``customers.tag_names``, added by
# m0010 with the triggers that keep them): a sort on a value computed per customer would evaluate
# it for every customer. They are kept like the search index: their trigger names contain
# "search", so bulk writes pause them, and :func:`reindex_customers` recomputes them.
LIST_PHONE = ("coalesce((SELECT value FROM customer_identities i WHERE i.customer_id = {cid} "
              "AND i.kind = 'phone' ORDER BY i.masked, i.id LIMIT 1), '')")
TAG_NAMES = ("coalesce((SELECT group_concat(name, '、') FROM (SELECT t.name FROM customer_tags ct "
             "JOIN tags t ON t.id = ct.tag_id WHERE ct.customer_id = {cid} ORDER BY t.name) AS n), '')")


def refresh_sort_keys(db: Database, customers: str = "", params=()) -> None:
    """Recompute the stored sort keys of the customers whose id matches ``customers`` (an SQL
    condition on ``id`` such as ``IN (…)``, with its ``params``; '' for all)."""
    db.execute(f"UPDATE customers SET list_phone = {LIST_PHONE.format(cid='customers.id')}, "
               f"tag_names = {TAG_NAMES.format(cid='customers.id')} "
               f"WHERE {'id ' + customers if customers else '1 = 1'}", list(params))


# querying ------------------------------------------------------------------------------------

_DIGITS = re.compile(r"^\d+$")


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


# customers whose own document or one of whose orders matches a trigram phrase
_TRIGRAM = ("SELECT rowid FROM customer_search WHERE customer_search MATCH ? "
            "UNION SELECT customer_id FROM orders WHERE id IN "
            "(SELECT rowid FROM order_search WHERE order_search MATCH ?)")


def search_clause(text: str) -> tuple[str, list]:
    """SQL condition on ``c.id`` (and params) matching every word of ``text``; ('', []) if empty.

    Each whitespace-separated word must match (AND). A word of 3+ characters uses the trigram
    index; 1-2 characters use the 2-character pieces of names, address and notes; exactly 4
    digits are a phone's last four digits (or part of a customer's IDs); 11 digits are also
    looked up as a whole phone.
    """
    clauses, params = [], []
    for word in text.split():
        word = word.strip()
        if not word:
            continue
        if len(word) <= 2:
            # a 2-character word is one token of the pieces index, one character a prefix of
            # them; ASCII punctuation is not indexed (the tokenizer splits on it), so a word of
            # nothing else is looked for by a scan of the same text
            if any(ch.isalnum() or not ch.isascii() for ch in word):
                clauses.append("c.id IN (SELECT rowid FROM customer_bigrams "
                               "WHERE customer_bigrams MATCH ?)")
                params.append(_fts_phrase(word.lower()) + ("*" if len(word) == 1 else ""))
            else:
                clauses.append(f"c.id IN (SELECT id FROM customers WHERE instr({_GRAM_TEXT}, ?) > 0)")
                params.append(word)
        elif len(word) == 4 and _DIGITS.match(word):
            # 4 digits: a phone's tail, or part of a customer's IDs or nickname; order ids are
            # searched from 5 characters (4 digits occur in nearly every order id)
            clauses.append("c.id IN (SELECT customer_id FROM customer_phones WHERE tail = ? "
                           "UNION SELECT rowid FROM customer_search WHERE customer_search MATCH ?)")
            params += [word, _fts_phrase(word)]
        elif _DIGITS.match(word) and len(word) == 11:
            clauses.append(f"c.id IN (SELECT customer_id FROM customer_phones WHERE phone = ? "
                           f"UNION {_TRIGRAM})")
            params += [word, _fts_phrase(word), _fts_phrase(word)]
        else:
            clauses.append(f"c.id IN ({_TRIGRAM})")
            params += [_fts_phrase(word), _fts_phrase(word)]
    return " AND ".join(clauses), params


def like_scan_clause(text: str) -> tuple[str, list]:
    """The same question answered by an unindexed ``LIKE`` scan (the benchmark's baseline)."""
    pattern = f"%{text}%"
    return ("""(c.name LIKE ? OR c.nickname LIKE ? OR c.wechat_name LIKE ? OR c.address LIKE ?
               OR c.notes LIKE ? OR c.id IN (SELECT customer_id FROM customer_identities
                                              WHERE value LIKE ?)
               OR c.id IN (SELECT customer_id FROM orders WHERE platform_order_id LIKE ?
                           OR receiver_phone LIKE ?))""", [pattern] * 8)


# bulk writes ---------------------------------------------------------------------------------

@contextmanager
def paused_search_index(db: Database):
    """Switch the per-row index triggers off for a bulk write (call inside ``db.atomic()``).

    A trigger on a table with several indexes makes SQLite keep a statement journal of every
    page each row touches, which costs more than the index work itself; the import therefore
    writes without them and calls :func:`reindex_customers` for what it touched. An exception
    leaves the caller's transaction to roll all of it back, triggers included.
    """
    if is_hub(db):  # the hub's triggers (sort keys and search) wait for the transaction's end
        db.execute("SET LOCAL shopowner.bulk_load = 'on'")
        yield
        db.execute("SET LOCAL shopowner.bulk_load = 'off'")
        return
    saved = drop_search_triggers(db)
    try:
        yield
    except BaseException:
        # a disk error (full, I/O) makes SQLite roll the whole transaction back at once, the
        # dropped triggers with it: putting them back again would fail and hide that error
        if db.conn.in_transaction:
            restore_search_triggers(db, saved)
        raise
    restore_search_triggers(db, saved)


def index_imported_orders(db: Database, import_id: int, customer_ids) -> None:
    """Index the orders import ``import_id`` brought to these customers, whose own entries still
    stand (a known buyer's new orders: the customer's document and sort keys do not depend on
    its orders, so only the new orders' documents and phones are added)."""
    ids = sorted(set(customer_ids))
    if not ids:
        return
    if is_hub(db):
        _index_on_hub(db, ids)
        return
    db.execute("CREATE TEMP TABLE IF NOT EXISTS reindex_customers (id INTEGER PRIMARY KEY)")
    db.execute("DELETE FROM reindex_customers")
    db.conn.executemany("INSERT INTO reindex_customers VALUES (?)", [(i,) for i in ids])
    new = "import_id = :import AND customer_id IN (SELECT id FROM reindex_customers)"
    db.execute(f"INSERT INTO order_search (rowid, order_id, receiver, address) "
               f"SELECT o.id, {_ORDER_DOC.format(o='o')} FROM orders o WHERE o.{new} "
               f"ORDER BY o.id", {"import": import_id})
    db.execute(f"INSERT OR IGNORE INTO customer_phones (customer_id, phone, tail) "
               f"SELECT customer_id, p, substr(p, -4) FROM (SELECT customer_id, "
               f"{_PHONE.format(v='receiver_phone')} AS p FROM orders "
               f"WHERE receiver_phone <> '' AND {new}) WHERE length(p) >= 4",
               {"import": import_id})
    db.execute("DELETE FROM reindex_customers")


def reindex_customers(db: Database, customer_ids) -> None:
    """Re-index these customers and all their orders (documents, pieces, phones) in bulk."""
    ids = sorted(set(customer_ids))
    if not ids:
        return
    if is_hub(db):
        _index_on_hub(db, ids)
        return
    db.execute("CREATE TEMP TABLE IF NOT EXISTS reindex_customers (id INTEGER PRIMARY KEY)")
    db.execute("DELETE FROM reindex_customers")
    db.conn.executemany("INSERT INTO reindex_customers VALUES (?)", [(i,) for i in ids])
    marked = "SELECT id FROM reindex_customers"
    for table, key in (("customer_search", "rowid"), ("customer_bigrams", "rowid"),
                       ("customer_phones", "customer_id")):
        db.execute(f"DELETE FROM {table} WHERE {key} IN ({marked})")
    db.execute(f"DELETE FROM order_search WHERE rowid IN "
               f"(SELECT id FROM orders WHERE customer_id IN ({marked}))")
    _fill_index(db, f"IN ({marked})")
    db.execute("DELETE FROM reindex_customers")


def _index_on_hub(db: Database, ids: list[int] | None) -> None:
    """On the hub: the sort keys and the search documents of these customers (None: all), which
    its triggers keep once a bulk write is over (``schema_p0001_search``)."""
    if ids is None:
        refresh_sort_keys(db)
        db.execute("SELECT hub_index_customers(ARRAY(SELECT id FROM customers))")
        return
    listed = json.dumps(ids)
    refresh_sort_keys(db, "IN (SELECT CAST(value AS INTEGER) FROM json_each(?))", [listed])
    db.execute("SELECT hub_index_customers(ARRAY(SELECT CAST(value AS BIGINT) FROM json_each(?)))", [listed])
