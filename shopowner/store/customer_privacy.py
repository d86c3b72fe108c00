"""Deleting a customer, and erasing a customer's personal data (PIPL's right to deletion).

Erasing keeps the customer row and every order's money, dates and items (the shop's accounts)
but wipes names, phones, addresses, WeChat details and free text everywhere they are stored:
the customer row, identities, order receiver fields, follow-ups, feedback, WeChat adds,
reminders, merge snapshots and the search index. ``PRAGMA secure_delete`` is on while erasing and
the full-text index is rewritten (``optimize``), so the old text is overwritten with zeros in the
file's free pages too; a final ``wal_checkpoint(TRUNCATE)`` empties the write-ahead log.
"""

from __future__ import annotations

import json

from sqlite_utils import Database

from shopowner.progress import Progress, maybe

# tables whose free text is wiped outright (table, key column, columns)
_WIPES = (
    ("orders", "customer_id", ("receiver_name", "receiver_phone", "district", "address", "zip",
                               "buyer_id", "buyer_message", "seller_note")),
    ("followups", "customer_id", ("summary", "chat_text")),
    ("feedback", "customer_id", ("text", "resolution")),
    ("wechat_adds", "customer_id", ("wechat_name", "remark", "account")),
    ("reminders", "customer_id", ("note",)),
)
_HANDLED = {"customers", "customer_identities", "merges", "duplicate_candidates",
            "customer_bigrams", "customer_phones", "search_seq", *(t for t, _, _ in _WIPES)}
# the shop's own content (products, letters, tags…): never swept, so a nickname that happens to
# be part of a product title cannot damage it
_SHOP_CONTENT = {"settings", "channels", "products", "order_items", "letters", "letter_versions",
                 "card_batches", "cards", "tags", "customer_tags", "saved_views", "reminder_rules",
                 "review_reads", "attachments", "_sqlite_migrations"}


def same_person_ids(db: Database, customer_id: int) -> list[int]:
    """The customer and every record merged into it (directly or through another merge)."""
    return [r[0] for r in db.execute(
        "WITH RECURSIVE p(id) AS (SELECT ? UNION SELECT c.id FROM customers c JOIN p "
        "ON c.merged_into = p.id) SELECT id FROM p", [customer_id])]


def _personal_values(db: Database, ids: list[int]) -> list[str]:
    """Long personal strings (phones, addresses, ids, names of 4+ characters) to sweep elsewhere."""
    marks = ", ".join("?" for _ in ids)
    values = set()
    for sql in (f"SELECT name, nickname, address, wechat_name, wechat_account FROM customers "
                f"WHERE id IN ({marks})",
                f"SELECT value, '', '', '', '' FROM customer_identities WHERE customer_id IN ({marks})",
                f"SELECT receiver_name, receiver_phone, address, buyer_id, '' FROM orders "
                f"WHERE customer_id IN ({marks})"):
        for row in db.execute(sql, ids):
            values.update(v for v in row if v and len(v) >= 4 and "*" not in v)
    return sorted(values, key=len, reverse=True)


def _text_columns(db: Database, table: str) -> list[str]:
    return [c[1] for c in db.execute(f"PRAGMA table_info([{table}])")
            if "TEXT" in (c[2] or "").upper() or not c[2]]


def _sweep_other_tables(db: Database, values: list[str]) -> None:
    """Replace the personal strings in text columns of tables this module does not know
    (for example an import report another area stores), so 'every table' stays true."""
    if not values:
        return
    tables = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND "
        "name NOT LIKE 'customer_search%' AND name NOT LIKE 'order_search%' AND "
        "name NOT LIKE 'customer_bigrams%' AND "
        "sql NOT LIKE 'CREATE VIRTUAL%'")]
    for table in tables:
        if table in _HANDLED or table in _SHOP_CONTENT:
            continue
        for column in _text_columns(db, table):
            expr = f"[{column}]"
            for _ in values:
                expr = f"replace({expr}, ?, '')"
            cond = " OR ".join(f"instr([{column}], ?) > 0" for _ in values)
            db.execute(f"UPDATE [{table}] SET [{column}] = {expr} WHERE {cond}",
                       [*values, *values])


def erase_customer(db: Database, customer_id: int, *, progress: Progress | None = None) -> dict:
    """Erase one customer's personal data (and that of records merged into it). Returns counts."""
    progress = maybe(progress)
    db.execute("PRAGMA secure_delete = ON")
    try:
        with db.atomic():
            ids = same_person_ids(db, customer_id)
            marks = ", ".join("?" for _ in ids)
            progress.update(0, 4)
            values = _personal_values(db, ids)
            counts = {"customers": len(ids)}
            db.execute(
                f"""UPDATE customers SET name = '', nickname = '', gender = '', district = '',
                    address = '', wechat_name = '', wechat_remark = '', wechat_account = '',
                    notes = '', custom_fields = '{{}}', next_contact_date = NULL, is_anonymous = 1,
                    erased_at = datetime('now','localtime'), updated_at = datetime('now','localtime')
                    WHERE id IN ({marks})""", ids)
            counts["identities"] = db.execute(
                f"DELETE FROM customer_identities WHERE customer_id IN ({marks})", ids).rowcount
            for table, key, columns in _WIPES:
                sets = ", ".join(f"{c} = ''" for c in columns)
                counts[table] = db.execute(f"UPDATE {table} SET {sets} WHERE {key} IN ({marks})",
                                           ids).rowcount
            db.execute(f"DELETE FROM attachments WHERE followup_id IN (SELECT id FROM followups "
                       f"WHERE customer_id IN ({marks})) OR feedback_id IN (SELECT id FROM feedback "
                       f"WHERE customer_id IN ({marks}))", [*ids, *ids])
            db.execute(f"DELETE FROM merges WHERE kept_id IN ({marks}) OR merged_id IN ({marks})",
                       [*ids, *ids])
            db.execute(f"DELETE FROM duplicate_candidates WHERE customer_a IN ({marks}) OR "
                       f"customer_b IN ({marks})", [*ids, *ids])
            progress.update(1, 4)
            _sweep_other_tables(db, values)
            progress.update(2, 4)
        # rewrite the trigram index so no old segment keeps the erased terms
        for table in ("customer_search", "order_search", "customer_bigrams"):
            db.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")
        progress.update(3, 4)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        progress.update(4, 4)
    finally:
        db.execute("PRAGMA secure_delete = OFF")
    return counts


def delete_customer(db: Database, customer_id: int) -> dict:
    """Delete the customer with their orders, follow-ups, tags and records merged into them.

    Feedback and cards stay (their customer link is cleared) because they belong to the shop's
    history. Returns how many customers and orders went.
    """
    db.execute("PRAGMA secure_delete = ON")
    try:
        with db.atomic():
            ids = same_person_ids(db, customer_id)
            payload = json.dumps(ids)
            orders = db.execute("DELETE FROM orders WHERE customer_id IN "
                                "(SELECT value FROM json_each(?))", [payload]).rowcount
            db.execute("DELETE FROM merges WHERE kept_id IN (SELECT value FROM json_each(?)) OR "
                       "merged_id IN (SELECT value FROM json_each(?))", [payload, payload])
            # children first so merged_into never points at a deleted row
            for cid in reversed(ids):
                db.execute("DELETE FROM customers WHERE id = ?", [cid])
    finally:
        db.execute("PRAGMA secure_delete = OFF")
    return {"customers": len(ids), "orders": orders}
