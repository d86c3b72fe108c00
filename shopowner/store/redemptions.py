"""Cards as seen by redemption (加微登记), WeChat adds, and the small customer search used to add
someone on WeChat without a code. The cards themselves are written by card printing; here only
``redeemed_at``/``redeemed_customer_id`` change.
"""

from __future__ import annotations

from sqlite_utils import Database

from shopowner.store.customer_search import search_clause
from shopowner.store.db import inserted_id
from shopowner.store.names import customer_name
from shopowner.store.staff import recorded_who
from shopowner.store.versions import customer_bump

CARD_SELECT = f"""
SELECT cards.id AS card_id, cards.code, cards.order_id, cards.batch_id, cards.printed_at,
       cards.redeemed_at, cards.redeemed_customer_id, cards.letter_version_id,
       coalesce(cards.customer_id, orders.customer_id) AS customer_id,
       orders.platform, orders.platform_order_id, orders.created_at AS order_created_at,
       {customer_name("customers")} AS customer_name,
       customers.wechat_status, letter_versions.version_no, letters.name AS letter_name,
       card_batches.created_at AS batch_created_at,
       {customer_name("redeemer")} AS redeemed_customer_name
FROM cards
LEFT JOIN orders ON orders.id = cards.order_id
LEFT JOIN customers ON customers.id = coalesce(cards.customer_id, orders.customer_id)
LEFT JOIN letter_versions ON letter_versions.id = cards.letter_version_id
LEFT JOIN letters ON letters.id = letter_versions.letter_id
LEFT JOIN card_batches ON card_batches.id = cards.batch_id
LEFT JOIN customers AS redeemer ON redeemer.id = cards.redeemed_customer_id
"""


def cards_by_codes(db: Database, codes: list[str], *, open_only: bool = False) -> list[dict]:
    """The cards carrying any of ``codes``, in the order of ``codes`` (with ``open_only``, only
    those not redeemed yet). A reserved card counts too: its code can only be known from paper
    (a print that failed half-way leaves its cards reserved)."""
    if not codes:
        return []
    rows = db.query(CARD_SELECT + f"WHERE cards.code IN ({', '.join('?' for _ in codes)})"
                    + (" AND cards.redeemed_at IS NULL" if open_only else ""), codes)
    by_code = {row["code"]: row for row in rows}
    return [by_code[c] for c in codes if c in by_code]


def customer_row(db: Database, customer_id: int) -> dict | None:
    rows = list(db.query(
        "SELECT id, name, nickname, wechat_status, wechat_name, wechat_remark, wechat_account, "
        "wechat_added_at, next_contact_date, total_spent_fen, last_order_at FROM customers "
        "WHERE id = ? AND merged_into IS NULL AND erased_at IS NULL", [customer_id]))
    return rows[0] if rows else None


def mark_card_redeemed(db: Database, card_id: int, customer_id: int, when: str) -> bool:
    """Set the card redeemed unless it already is; False when another redemption came first.
    A reserved card whose code came back was on paper: it becomes printed (at ``when`` at the latest)."""
    cur = db.execute("UPDATE cards SET redeemed_at = ?, redeemed_customer_id = ?, "
                     "printed_at = coalesce(printed_at, ?), state = 'printed' "
                     "WHERE id = ? AND redeemed_at IS NULL", [when, customer_id, when, card_id])
    return cur.rowcount == 1


def set_customer_added(db: Database, customer_id: int, *, wechat_name: str, remark: str,
                       account: str, when: str) -> None:
    """Mark the customer added on WeChat; blank values keep what was known, the first add date stays."""
    db.execute(
        f"""UPDATE customers SET wechat_status = 'added',
               wechat_name = CASE WHEN ? <> '' THEN ? ELSE wechat_name END,
               wechat_remark = CASE WHEN ? <> '' THEN ? ELSE wechat_remark END,
               wechat_account = CASE WHEN ? <> '' THEN ? ELSE wechat_account END,
               wechat_added_at = coalesce(wechat_added_at, ?),
               stage = CASE WHEN stage_manual = 0 AND stage = 'new' THEN 'added' ELSE stage END,
               updated_at = ?, {customer_bump()}
           WHERE id = ?""",
        [wechat_name, wechat_name, remark, remark, account, account, when, when, customer_id])


def add_wechat_add(db: Database, customer_id: int, *, card_id: int | None, via: str,
                   wechat_name: str, remark: str, account: str, when: str,
                   channel_id: int | None = None) -> int:
    """Record one WeChat add (``channel_id``: the channel whose code came back with it)."""
    return inserted_id(db.execute(
        "INSERT INTO wechat_adds (customer_id, card_id, via, wechat_name, remark, account, added_at, channel_id, "
        "staff_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [customer_id, card_id, via, wechat_name, remark, account, when, channel_id, recorded_who()]))


def known_accounts(db: Database) -> list[str]:
    """WeChat accounts and staff names already used, most used first."""
    rows = db.execute(
        "SELECT name FROM (SELECT account AS name FROM wechat_adds UNION ALL "
        "SELECT staff FROM followups UNION ALL SELECT wechat_account FROM customers) "
        "WHERE name <> '' GROUP BY name ORDER BY count(*) DESC, name LIMIT 30").fetchall()
    return [r[0] for r in rows]


def search_customers(db: Database, query: str, limit: int = 30) -> list[dict]:
    """Customers matching every word of ``query`` through the customer book's search index
    (names, WeChat name and remark, a phone's last 4 digits, order ids, address), most recent
    buyers first."""
    where, params = search_clause(query.strip())
    if not where:
        return []
    rows = db.query(
        f"""SELECT c.id, c.name, c.nickname, c.wechat_status, c.wechat_name, c.city,
                   c.order_count, c.last_order_at,
                   (SELECT value FROM customer_identities WHERE customer_id = c.id AND kind = 'phone'
                    ORDER BY masked LIMIT 1) AS phone,
                   (SELECT platform_order_id FROM orders WHERE customer_id = c.id
                    ORDER BY created_at DESC LIMIT 1) AS last_order_id
            FROM customers AS c
            WHERE c.merged_into IS NULL AND c.erased_at IS NULL AND {where}
            ORDER BY +c.last_order_at DESC, c.id DESC LIMIT ?""",
        [*params, limit])
    return list(rows)
