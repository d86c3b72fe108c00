"""The customer search index, kept current by triggers so every writer stays consistent.

Three structures, each for the query shape it is fast at:

- ``customer_search``: FTS5 with the ``trigram`` tokenizer, one document per customer (names,
  contacts, order ids, addresses, notes); finds any substring of 3+ characters.
- ``customer_grams``: the 1-2 character pieces of the name fields (name, nickname, WeChat name
  and remark), for queries of 1-2 characters that trigram cannot answer.
- ``customer_phones``: every phone with its last four digits, for "last 4 digits" lookups.

Triggers on ``customers``, ``customer_identities`` and ``orders`` rebuild a customer's entries,
so the import, the card redemption and every other writer keep the index right without calling
this module. ``SEARCH_SCHEMA`` and the trigger text are frozen with migration m0003: change them
only through a new migration.
"""

from __future__ import annotations

import re

from sqlite_utils import Database

SEARCH_SCHEMA = """
CREATE VIRTUAL TABLE customer_search USING fts5(
    names, contacts, order_ids, address, notes, tokenize = 'trigram'
);
CREATE TABLE customer_grams (
    customer_id INTEGER NOT NULL,
    gram TEXT NOT NULL,
    PRIMARY KEY (customer_id, gram)
) WITHOUT ROWID;
CREATE INDEX idx_customer_grams_gram ON customer_grams(gram);
CREATE TABLE customer_phones (
    customer_id INTEGER NOT NULL,
    phone TEXT NOT NULL,
    tail TEXT NOT NULL,
    PRIMARY KEY (customer_id, phone)
) WITHOUT ROWID;
CREATE INDEX idx_customer_phones_tail ON customer_phones(tail);
CREATE INDEX idx_customer_phones_phone ON customer_phones(phone);
CREATE TABLE search_seq (i INTEGER PRIMARY KEY);
CREATE INDEX idx_customers_name_sort ON customers((CASE WHEN name <> '' THEN name ELSE nickname END));
CREATE INDEX idx_customers_first_order ON customers(first_order_at);
CREATE INDEX idx_customers_order_count ON customers(order_count);
CREATE INDEX idx_customers_platforms ON customers(platforms);
CREATE INDEX idx_customers_wechat_sort ON customers((wechat_status || wechat_name));
CREATE INDEX idx_customers_stage_sort ON customers((CASE stage WHEN 'new' THEN 0 WHEN 'added' THEN 1
    WHEN 'repeat' THEN 2 WHEN 'loyal' THEN 3 WHEN 'dormant' THEN 4 ELSE 5 END));
CREATE INDEX idx_identities_value ON customer_identities(value);
CREATE INDEX idx_orders_order_id ON orders(platform_order_id)
"""

_PHONE = ("replace(replace(replace(replace({v}, ' ', ''), '-', ''), '+86', ''), '(', '')")


def _fts_refresh(cid: str) -> str:
    """Statements that rebuild one customer's FTS document (``cid`` is an SQL expression)."""
    return f"""
    DELETE FROM customer_search WHERE rowid = {cid};
    INSERT INTO customer_search (rowid, names, contacts, order_ids, address, notes)
    SELECT c.id,
        c.name || ' ' || c.nickname || ' ' || c.wechat_name || ' ' || c.wechat_remark || ' ' ||
            coalesce((SELECT group_concat(DISTINCT o.receiver_name) FROM orders o
                      WHERE o.customer_id = c.id AND o.receiver_name <> c.name), ''),
        coalesce((SELECT group_concat(value, ' ') FROM customer_identities
                  WHERE customer_id = c.id), '') || ' ' ||
            coalesce((SELECT group_concat(DISTINCT o.receiver_phone) FROM orders o
                      WHERE o.customer_id = c.id AND o.receiver_phone <> ''), '') || ' ' ||
            c.wechat_account,
        coalesce((SELECT group_concat(o.platform_order_id, ' ') FROM orders o
                  WHERE o.customer_id = c.id), ''),
        c.province || c.city || c.district || c.address || ' ' ||
            coalesce((SELECT group_concat(DISTINCT o.province || o.city || o.district || o.address)
                      FROM orders o WHERE o.customer_id = c.id
                      AND o.address <> '' AND o.address <> c.address), ''),
        c.notes || ' ' || CASE c.custom_fields WHEN '{{}}' THEN '' ELSE c.custom_fields END
    FROM customers c WHERE c.id = {cid};
    """


def _grams_refresh(cid: str) -> str:
    """Rebuild one customer's 1-2 character pieces of the name fields (lower-cased)."""
    return f"""
    DELETE FROM customer_grams WHERE customer_id = {cid};
    INSERT OR IGNORE INTO customer_grams (customer_id, gram)
    SELECT s.id, substr(s.t, n.i, 2) FROM
        (SELECT id, lower(name || ' ' || nickname || ' ' || wechat_name || ' ' || wechat_remark
                          || ' ') AS t FROM customers WHERE id = {cid}) AS s
        JOIN search_seq n ON n.i < length(s.t)
    WHERE substr(s.t, n.i, 1) <> ' ';
    """


def _phones_refresh(cid: str) -> str:
    """Rebuild one customer's phones (identities of kind phone, and order receiver phones)."""
    ident = _PHONE.format(v="value")
    recv = _PHONE.format(v="receiver_phone")
    return f"""
    DELETE FROM customer_phones WHERE customer_id = {cid};
    INSERT OR IGNORE INTO customer_phones (customer_id, phone, tail)
    SELECT {cid}, p, substr(p, -4) FROM (
        SELECT {ident} AS p FROM customer_identities WHERE customer_id = {cid} AND kind = 'phone'
        UNION SELECT {recv} FROM orders WHERE customer_id = {cid} AND receiver_phone <> ''
    ) WHERE length(p) >= 4;
    """


def search_triggers() -> list[str]:
    name_cols = "name, nickname, wechat_name, wechat_remark"
    doc_cols = (f"{name_cols}, wechat_account, province, city, district, address, notes, "
                "custom_fields")
    order_cols = ("customer_id, platform_order_id, receiver_name, receiver_phone, province, city, "
                  "district, address")
    new, old = "NEW.customer_id", "OLD.customer_id"
    triggers = {
        "customers_search_ai": ("AFTER INSERT ON customers",
                                _fts_refresh("NEW.id") + _grams_refresh("NEW.id")),
        "customers_search_au": (f"AFTER UPDATE OF {doc_cols} ON customers", _fts_refresh("NEW.id")),
        "customers_grams_au": (f"AFTER UPDATE OF {name_cols} ON customers",
                               _grams_refresh("NEW.id")),
        "customers_search_ad": ("AFTER DELETE ON customers", """
            DELETE FROM customer_search WHERE rowid = OLD.id;
            DELETE FROM customer_grams WHERE customer_id = OLD.id;
            DELETE FROM customer_phones WHERE customer_id = OLD.id;"""),
        "identities_search_ai": ("AFTER INSERT ON customer_identities",
                                 _fts_refresh(new) + _phones_refresh(new)),
        "identities_search_ad": ("AFTER DELETE ON customer_identities",
                                 _fts_refresh(old) + _phones_refresh(old)),
        "identities_search_au": ("AFTER UPDATE ON customer_identities",
                                 _fts_refresh(old) + _phones_refresh(old)
                                 + _fts_refresh(new) + _phones_refresh(new)),
        "orders_search_ai": ("AFTER INSERT ON orders", _fts_refresh(new) + _phones_refresh(new)),
        "orders_search_ad": ("AFTER DELETE ON orders", _fts_refresh(old) + _phones_refresh(old)),
        "orders_search_au": (f"AFTER UPDATE OF {order_cols} ON orders",
                             _fts_refresh(old) + _phones_refresh(old)
                             + _fts_refresh(new) + _phones_refresh(new)),
    }
    return [f"CREATE TRIGGER {name} {when} BEGIN {body.strip()} END"
            for name, (when, body) in triggers.items()]


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
    """Rebuild all three structures from the tables in a few set-based statements."""
    ident = _PHONE.format(v="value")
    recv = _PHONE.format(v="receiver_phone")
    db.execute("DELETE FROM customer_search")
    db.execute("DELETE FROM customer_grams")
    db.execute("DELETE FROM customer_phones")
    db.execute("""
        INSERT INTO customer_search (rowid, names, contacts, order_ids, address, notes)
        SELECT c.id,
            c.name || ' ' || c.nickname || ' ' || c.wechat_name || ' ' || c.wechat_remark || ' ' ||
                coalesce(o.rnames, ''),
            coalesce(i.vals, '') || ' ' || coalesce(o.phones, '') || ' ' || c.wechat_account,
            coalesce(o.ids, ''),
            c.province || c.city || c.district || c.address || ' ' || coalesce(o.addrs, ''),
            c.notes || ' ' || CASE c.custom_fields WHEN '{}' THEN '' ELSE c.custom_fields END
        FROM customers c
        LEFT JOIN (SELECT customer_id, group_concat(value, ' ') AS vals
                   FROM customer_identities GROUP BY customer_id) i ON i.customer_id = c.id
        LEFT JOIN (SELECT o.customer_id,
                       group_concat(o.platform_order_id, ' ') AS ids,
                       group_concat(DISTINCT nullif(o.receiver_phone, '')) AS phones,
                       group_concat(DISTINCT CASE WHEN o.receiver_name <> c2.name
                                    THEN o.receiver_name END) AS rnames,
                       group_concat(DISTINCT CASE WHEN o.address <> '' AND o.address <> c2.address
                           THEN o.province || o.city || o.district || o.address END) AS addrs
                   FROM orders o JOIN customers c2 ON c2.id = o.customer_id
                   GROUP BY o.customer_id) o ON o.customer_id = c.id
    """)
    db.execute("""
        INSERT OR IGNORE INTO customer_grams (customer_id, gram)
        SELECT s.id, substr(s.t, n.i, 2) FROM
            (SELECT id, lower(name || ' ' || nickname || ' ' || wechat_name || ' ' ||
                              wechat_remark || ' ') AS t FROM customers) AS s
            JOIN search_seq n ON n.i < length(s.t)
        WHERE substr(s.t, n.i, 1) <> ' '
    """)
    db.execute(f"""
        INSERT OR IGNORE INTO customer_phones (customer_id, phone, tail)
        SELECT customer_id, p, substr(p, -4) FROM (
            SELECT customer_id, {ident} AS p FROM customer_identities WHERE kind = 'phone'
            UNION SELECT customer_id, {recv} FROM orders WHERE receiver_phone <> ''
        ) WHERE length(p) >= 4
    """)


# querying ------------------------------------------------------------------------------------

_DIGITS = re.compile(r"^\d+$")


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def search_clause(text: str) -> tuple[str, list]:
    """SQL condition on ``c.id`` (and params) matching every word of ``text``; ('', []) if empty.

    Each whitespace-separated word must match (AND). A word of 3+ characters uses the trigram
    index; 1-2 characters use the name pieces; exactly 4 digits are a phone's last four digits
    (or, through trigram, part of an order id); 11 digits are also looked up as a whole phone.
    """
    clauses, params = [], []
    for word in text.split():
        word = word.strip()
        if not word:
            continue
        if len(word) <= 2:
            low = word.lower()
            if len(low) == 1:
                clauses.append("c.id IN (SELECT customer_id FROM customer_grams "
                               "WHERE gram >= ? AND gram < ?)")
                params += [low, low + "\U0010ffff"]
            else:
                clauses.append("c.id IN (SELECT customer_id FROM customer_grams WHERE gram = ?)")
                params.append(low)
        elif len(word) == 4 and _DIGITS.match(word):
            clauses.append("c.id IN (SELECT customer_id FROM customer_phones WHERE tail = ? "
                           "UNION SELECT rowid FROM customer_search WHERE customer_search MATCH ?)")
            params += [word, _fts_phrase(word)]
        elif _DIGITS.match(word) and len(word) == 11:
            clauses.append("c.id IN (SELECT customer_id FROM customer_phones WHERE phone = ? "
                           "UNION SELECT rowid FROM customer_search WHERE customer_search MATCH ?)")
            params += [word, _fts_phrase(word)]
        else:
            clauses.append("c.id IN (SELECT rowid FROM customer_search WHERE customer_search MATCH ?)")
            params.append(_fts_phrase(word))
    return " AND ".join(clauses), params


def like_scan_clause(text: str) -> tuple[str, list]:
    """The same question answered by an unindexed ``LIKE`` scan (the benchmark's baseline)."""
    pattern = f"%{text}%"
    return ("""(c.name LIKE ? OR c.nickname LIKE ? OR c.wechat_name LIKE ? OR c.address LIKE ?
               OR c.notes LIKE ? OR c.id IN (SELECT customer_id FROM customer_identities
                                              WHERE value LIKE ?)
               OR c.id IN (SELECT customer_id FROM orders WHERE platform_order_id LIKE ?
                           OR receiver_phone LIKE ?))""", [pattern] * 8)
