"""The demo shop's rows that no seller's action writes yet in this form: history back-dated by
weeks (printed cards, letter versions, WeChat adds, follow-ups), channels and their customers.
The demo maker (:mod:`shopowner.demo`) decides what; these functions hold its SQL."""

from __future__ import annotations

from sqlite_utils import Database

from shopowner.clock import stamp


def customer_place(db: Database, customer_id: int) -> tuple:
    """(name, province, city, district, address) of a customer: where the demo ships to."""
    return db.execute("SELECT name, province, city, district, address FROM customers "
                      "WHERE id = ?", [customer_id]).fetchone()


def returning_customers(db: Database) -> list[int]:
    """Customers with two orders or more, biggest spenders first."""
    return [r[0] for r in db.execute(
        "SELECT id FROM customers WHERE order_count >= 2 ORDER BY total_spent_fen DESC")]


def add_tag(db: Database, name: str, color: str) -> int:
    return db.execute("INSERT INTO tags (name, color) VALUES (?, ?)", [name, color]).lastrowid


def tag_customer(db: Database, customer_id: int, tag_id: int) -> None:
    db.execute("INSERT INTO customer_tags (customer_id, tag_id) VALUES (?, ?)", [customer_id, tag_id])


def mark_added(db: Database, customer_id: int, wechat_name: str, account: str, when: str) -> None:
    """The customer is on the founder's WeChat since ``when`` (stage 'added', as the demo shows)."""
    db.execute("UPDATE customers SET wechat_status = 'added', wechat_name = ?, wechat_added_at = ?, "
               "wechat_account = ?, stage = 'added' WHERE id = ?",
               [wechat_name, when, account, customer_id])


def add_wechat_add(db: Database, customer_id: int, *, card_id: int | None, via: str,
                   wechat_name: str, account: str, when: str) -> None:
    db.execute("INSERT INTO wechat_adds (customer_id, card_id, via, wechat_name, account, added_at) "
               "VALUES (?, ?, ?, ?, ?, ?)", [customer_id, card_id, via, wechat_name, account, when])


def add_followup(db: Database, customer_id: int, kind: str, direction: str, when: str, staff: str,
                 summary: str) -> None:
    db.execute("INSERT INTO followups (customer_id, kind, direction, happened_at, staff, summary, "
               "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
               [customer_id, kind, direction, when, staff, summary, when])


def add_feedback(db: Database, customer_id: int, kind: str, rating: int, text: str, consent: int,
                 status: str | None, when: str) -> None:
    db.execute("INSERT INTO feedback (customer_id, kind, rating, text, consent_to_quote, status, "
               "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
               [customer_id, kind, rating, text, consent, status, when])


def add_channel(db: Database, name: str, kind: str, cost_fen: int) -> int:
    return db.execute("INSERT INTO channels (name, kind, cost_fen, created_at) VALUES (?, ?, ?, ?)",
                      [name, kind, cost_fen, stamp()]).lastrowid


def customer_platforms(db: Database) -> list[tuple[int, str]]:
    """(customer id, the platforms it bought on) for every customer."""
    return db.execute("SELECT id, platforms FROM customers").fetchall()


def set_channel(db: Database, customer_id: int, channel_id: int) -> None:
    db.execute("UPDATE customers SET channel_id = ? WHERE id = ?", [channel_id, customer_id])


def add_letter(db: Database, name: str, body: str, signature: str) -> int:
    return db.execute("INSERT INTO letters (name, audience, body, signature, created_at, updated_at) "
                      "VALUES (?, 'any', ?, ?, ?, ?)", [name, body, signature, stamp(), stamp()]).lastrowid


def add_letter_version(db: Database, letter_id: int, version_no: int, body: str, signature: str,
                       created_at: str) -> int:
    return db.execute("INSERT INTO letter_versions (letter_id, version_no, body, signature, "
                      "created_at) VALUES (?, ?, ?, ?, ?)",
                      [letter_id, version_no, body, signature, created_at]).lastrowid


def shipped_orders_since(db: Database, since: str) -> list[tuple]:
    """(order id, customer id, created at, the customer's WeChat status) of the shipped and
    completed orders created from ``since`` on, oldest first."""
    return db.execute(
        "SELECT o.id, o.customer_id, o.created_at, c.wechat_status FROM orders o "
        "JOIN customers c ON c.id = o.customer_id WHERE o.status IN ('shipped', 'completed') "
        "AND o.created_at >= ? ORDER BY o.created_at", [since]).fetchall()


def add_batch(db: Database, created_at: str, selection: str, layout: str) -> int:
    return db.execute("INSERT INTO card_batches (created_at, selection, layout) VALUES (?, ?, ?)",
                      [created_at, selection, layout]).lastrowid


def add_printed_card(db: Database, code: str, order_id: int, customer_id: int, batch_id: int,
                     letter_version_id: int, layout: str, printed_at: str) -> int:
    return db.execute(
        "INSERT INTO cards (code, order_id, customer_id, batch_id, letter_version_id, layout, "
        "reserved_at, printed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [code, order_id, customer_id, batch_id, letter_version_id, layout, printed_at,
         printed_at]).lastrowid


def mark_redeemed(db: Database, card_id: int, customer_id: int, when: str) -> None:
    db.execute("UPDATE cards SET redeemed_at = ?, redeemed_customer_id = ? WHERE id = ?",
               [when, customer_id, card_id])


def count_batch_cards(db: Database, batch_id: int) -> None:
    db.execute("UPDATE card_batches SET card_count = (SELECT count(*) FROM cards WHERE batch_id = ?) "
               "WHERE id = ?", [batch_id, batch_id])
