"""Reminder rules and reminders: the queries behind each built-in rule and the 今日待办 list.

Rule queries return candidate rows ``(customer_id, source_key, due_date, note_args…)``; inserting
with ``INSERT OR IGNORE`` on the unique ``source_key`` makes generation idempotent.
"""

from __future__ import annotations

import json

from sqlite_utils import Database

LIVE = "c.merged_into IS NULL AND c.erased_at IS NULL"


def rule_rows(db: Database) -> dict[str, dict]:
    return {r["key"]: {"enabled": bool(r["enabled"]), "params": json.loads(r["params"] or "{}")}
            for r in db.query("SELECT key, enabled, params FROM reminder_rules")}


def save_rule(db: Database, key: str, enabled: bool, params: dict) -> None:
    db.execute("INSERT INTO reminder_rules (key, enabled, params) VALUES (?, ?, ?) "
               "ON CONFLICT(key) DO UPDATE SET enabled = excluded.enabled, params = excluded.params",
               [key, int(enabled), json.dumps(params)])


def insert_reminder(db: Database, *, customer_id: int, rule: str, source_key: str | None,
                    due_date: str, note: str, created_at: str) -> bool:
    cur = db.execute("INSERT OR IGNORE INTO reminders (customer_id, rule, source_key, due_date, note, "
                     "created_at) VALUES (?, ?, ?, ?, ?, ?)",
                     [customer_id, rule, source_key, due_date, note, created_at])
    return cur.rowcount == 1


def cards_not_added(db: Database, printed_before: str, printed_after: str) -> list[dict]:
    return list(db.query(
        f"""SELECT cards.id AS card_id, cards.code, cards.printed_at,
                   coalesce(cards.customer_id, orders.customer_id) AS customer_id
            FROM cards LEFT JOIN orders ON orders.id = cards.order_id
            JOIN customers AS c ON c.id = coalesce(cards.customer_id, orders.customer_id)
            WHERE cards.redeemed_at IS NULL AND c.wechat_status = 'none' AND {LIVE}
              AND cards.printed_at < ? AND cards.printed_at >= ?""",
        [printed_before, printed_after]))


def added_without_chat(db: Database, silent_since: str) -> list[dict]:
    """Added customers whose last chat (or the add itself) is before ``silent_since``."""
    return list(db.query(
        f"""SELECT id AS customer_id, last_contact FROM (
                SELECT c.id, max(coalesce(c.wechat_added_at, ''),
                    coalesce((SELECT max(happened_at) FROM followups WHERE customer_id = c.id), ''))
                    AS last_contact
                FROM customers AS c WHERE c.wechat_status = 'added' AND {LIVE})
            WHERE last_contact <> '' AND last_contact < ?""",
        [silent_since]))


def last_orders_between(db: Database, oldest: str, newest: str) -> list[dict]:
    """Customers whose last order was placed on a day in [oldest, newest] (dates, inclusive)."""
    return list(db.query(
        f"""SELECT c.id AS customer_id, c.last_order_at FROM customers AS c
            WHERE {LIVE} AND c.last_order_at IS NOT NULL
              AND c.last_order_at >= ? AND c.last_order_at < date(?, '+1 day')""",
        [oldest, newest]))  # a range on the indexed column, not date(column): an index seek


def open_complaints_before(db: Database, created_before: str) -> list[dict]:
    return list(db.query(
        f"""SELECT fb.id AS feedback_id, fb.customer_id, fb.created_at FROM feedback AS fb
            JOIN customers AS c ON c.id = fb.customer_id
            WHERE fb.kind = 'complaint' AND fb.status = 'open' AND fb.created_at < ? AND {LIVE}""",
        [created_before]))


def next_contacts(db: Database, up_to: str) -> list[dict]:
    return list(db.query(
        f"SELECT c.id AS customer_id, c.next_contact_date FROM customers AS c "
        f"WHERE {LIVE} AND c.next_contact_date IS NOT NULL AND c.next_contact_date <= ?", [up_to]))


def close_settled(db: Database, when: str) -> int:
    """Mark done the open reminders whose reason has gone (card redeemed, complaint resolved, chatted)."""
    total = 0
    for sql in (
        """UPDATE reminders SET status = 'done', done_at = ? WHERE status = 'open'
           AND rule = 'card_not_added' AND customer_id IN
               (SELECT id FROM customers WHERE wechat_status = 'added')""",
        """UPDATE reminders SET status = 'done', done_at = ? WHERE status = 'open'
           AND rule = 'complaint_open' AND NOT EXISTS (SELECT 1 FROM feedback
               WHERE feedback.status = 'open' AND feedback.customer_id = reminders.customer_id
               AND reminders.source_key = 'complaint:' || feedback.id)""",
        """UPDATE reminders SET status = 'done', done_at = ? WHERE status = 'open'
           AND rule IN ('no_chat_after_add', 'rebuy_window') AND EXISTS (SELECT 1 FROM followups
               WHERE followups.customer_id = reminders.customer_id
               AND followups.happened_at >= reminders.created_at)""",
    ):
        total += db.execute(sql, [when]).rowcount
    return total


def reminder_row(db: Database, reminder_id: int) -> dict | None:
    rows = list(db.query("SELECT * FROM reminders WHERE id = ?", [reminder_id]))
    return rows[0] if rows else None


def set_snoozed(db: Database, reminder_id: int, until: str) -> bool:
    return db.execute("UPDATE reminders SET snoozed_until = ? WHERE id = ? AND status = 'open'",
                      [until, reminder_id]).rowcount == 1


def set_done(db: Database, reminder_id: int, when: str) -> bool:
    return db.execute("UPDATE reminders SET status = 'done', done_at = ? WHERE id = ? AND status = 'open'",
                      [when, reminder_id]).rowcount == 1


def set_next_contact_date(db: Database, customer_id: int, day: str | None, when: str) -> None:
    db.execute("UPDATE customers SET next_contact_date = ?, updated_at = ? WHERE id = ?",
               [day, when, customer_id])
    db.execute("UPDATE reminders SET status = 'done', done_at = ? WHERE customer_id = ? "
               "AND rule = 'next_contact' AND status = 'open'", [when, customer_id])


def due_reminders(db: Database, day: str) -> list[dict]:
    """Open reminders due by ``day`` and not snoozed past it, oldest due first."""
    return list(db.query(
        """SELECT r.*, coalesce(nullif(c.name, ''), nullif(c.wechat_name, ''), nullif(c.nickname, ''), '#' || c.id) AS customer_name,
                  c.wechat_status, c.wechat_name
           FROM reminders AS r JOIN customers AS c ON c.id = r.customer_id
           WHERE r.status = 'open' AND r.due_date <= ?
             AND (r.snoozed_until IS NULL OR r.snoozed_until <= ?)
             AND c.merged_into IS NULL AND c.erased_at IS NULL
           ORDER BY r.due_date, r.id""", [day, day]))
