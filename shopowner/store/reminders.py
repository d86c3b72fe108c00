"""Reminder rules and reminders: the queries behind each built-in rule and the 今日待办 list.

Each rule query returns only the reminders not created yet, as rows ready to insert:
``(customer_id, source_key, due_date, reason_args)``. ``reason_args`` is JSON (a card code, a
date, a number of days) that :func:`shopowner.followups.reminders.reason_text` words in the
chosen language when the reminder is shown; ``note`` holds only what a person typed.

Generation reads without holding the write lock and then writes the new rows in one short
transaction; the unique ``source_key`` keeps it idempotent. Date conditions are ranges over the
stored text (``last_order_at >= ? AND last_order_at < ?``) so the indexes serve them.
"""

from __future__ import annotations

import json

from sqlite_utils import Database

from shopowner.store.names import CUSTOMER_NAME
from shopowner.store.printed_cards import printed_card
from shopowner.store.versions import customer_bump

LIVE = "c.merged_into IS NULL AND c.erased_at IS NULL"
NAME = CUSTOMER_NAME  # '' when none (the core words "customer #id")

# A reminder whose reason has gone (the card came back, the complaint was resolved, someone
# chatted since, the buyer ordered again) leaves the list at once, whoever made the change;
# the next generation also marks it done (:func:`settled_ids`).
SETTLED = """(
    (r.rule = 'card_not_added' AND c.wechat_status = 'added')
 OR (r.rule = 'complaint_open' AND NOT EXISTS (SELECT 1 FROM feedback AS fb
        WHERE fb.id = CAST(substr(r.source_key, 11) AS INTEGER) AND fb.status = 'open'))
 OR (r.rule IN ('no_chat_after_add', 'rebuy_window') AND EXISTS (SELECT 1 FROM followups AS fu
        WHERE fu.customer_id = r.customer_id AND fu.happened_at >= r.created_at))
 OR (CASE WHEN r.rule = 'rebuy_window' AND json_valid(r.reason_args) = 1
        THEN c.last_order_at >= date(json_extract(r.reason_args, '$.date'), '+1 day') ELSE 1 = 0 END)
)"""


def rule_rows(db: Database) -> dict[str, dict]:
    return {r["key"]: {"enabled": bool(r["enabled"]), "params": json.loads(r["params"] or "{}")}
            for r in db.query("SELECT key, enabled, params FROM reminder_rules")}


def save_rule(db: Database, key: str, enabled: bool, params: dict) -> None:
    db.execute("INSERT INTO reminder_rules (key, enabled, params) VALUES (?, ?, ?) "
               "ON CONFLICT(key) DO UPDATE SET enabled = excluded.enabled, params = excluded.params",
               [key, int(enabled), json.dumps(params)])


def insert_reminder(db: Database, *, customer_id: int, rule: str, source_key: str | None,
                    due_date: str, created_at: str, note: str = "", reason_args: str = "") -> bool:
    cur = db.execute("INSERT OR IGNORE INTO reminders (customer_id, rule, source_key, due_date, note, "
                     "reason_args, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     [customer_id, rule, source_key, due_date, note, reason_args, created_at])
    return cur.rowcount == 1


def insert_reminders(db: Database, rule: str, rows: list[tuple], created_at: str) -> int:
    """Insert rule rows ``(customer_id, source_key, due_date, reason_args)``; returns how many were new."""
    before = db.conn.total_changes
    db.conn.executemany(
        "INSERT OR IGNORE INTO reminders (customer_id, rule, source_key, due_date, reason_args, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?)",
        [(cid, rule, key, due, args, created_at) for cid, key, due, args in rows])
    return db.conn.total_changes - before


def _only_new(candidates: str) -> str:
    """Rows of ``candidates`` (a query whose second column is ``source_key``) not created yet.

    The candidates are materialised first, so the check is one index lookup per row.
    """
    return (f"WITH cand AS MATERIALIZED ({candidates}) SELECT * FROM cand "
            f"WHERE NOT EXISTS (SELECT 1 FROM reminders AS old WHERE old.source_key = cand.key)")


def cards_not_added(db: Database, printed_before: str, printed_after: str, days: int) -> list[tuple]:
    """Printed cards in [after, before) whose buyer is not on WeChat yet; due ``days`` after printing."""
    return db.execute(_only_new(
        f"""SELECT coalesce(cards.customer_id, orders.customer_id) AS customer_id,
                   'card_not_added:' || cards.id AS key,
                   date(cards.printed_at, '+{int(days)} days') AS due,
                   json_object('code', cards.code, 'date', substr(cards.printed_at, 1, 10)) AS args
            FROM cards LEFT JOIN orders ON orders.id = cards.order_id
            JOIN customers AS c ON c.id = coalesce(cards.customer_id, orders.customer_id)
            WHERE cards.printed_at < ? AND cards.printed_at >= ? AND {printed_card('cards')}
              AND cards.redeemed_at IS NULL AND c.wechat_status = 'none' AND {LIVE}"""),
        [printed_before, printed_after]).fetchall()


def added_without_chat(db: Database, silent_since: str, days: int) -> list[tuple]:
    """Added customers whose last chat (or the add itself) is before ``silent_since``."""
    return db.execute(_only_new(
        f"""SELECT id AS customer_id,
                   'no_chat_after_add:' || id || ':' || substr(last_contact, 1, 10) AS key,
                   date(last_contact, '+{int(days)} days') AS due,
                   json_object('date', substr(last_contact, 1, 10)) AS args
            FROM (SELECT c.id, max(coalesce(c.wechat_added_at, ''),
                      coalesce((SELECT max(happened_at) FROM followups WHERE customer_id = c.id), ''))
                      AS last_contact
                  FROM customers AS c WHERE c.wechat_status = 'added' AND {LIVE}) AS s
            WHERE last_contact <> '' AND last_contact < ?"""),
        [silent_since]).fetchall()


def last_orders_between(db: Database, oldest: str, after_newest: str, days: int) -> list[tuple]:
    """Customers whose last order was placed in [oldest, after_newest) (``YYYY-MM-DD`` bounds);
    due ``days`` after that order."""
    return db.execute(_only_new(
        f"""SELECT c.id AS customer_id,
                   'rebuy_window:' || c.id || ':' || substr(c.last_order_at, 1, 10) || ':{int(days)}'
                       AS key,
                   date(c.last_order_at, '+{int(days)} days') AS due,
                   json_object('date', substr(c.last_order_at, 1, 10), 'days', {int(days)}) AS args
            FROM customers AS c
            WHERE c.last_order_at >= ? AND c.last_order_at < ? AND {LIVE}"""),
        [oldest, after_newest]).fetchall()


def open_complaints_before(db: Database, created_before: str, days: int) -> list[tuple]:
    return db.execute(_only_new(
        f"""SELECT fb.customer_id AS customer_id, 'complaint:' || fb.id AS key,
                   date(fb.created_at, '+{int(days)} days') AS due,
                   json_object('date', substr(fb.created_at, 1, 10), 'feedback_id', fb.id) AS args
            FROM feedback AS fb JOIN customers AS c ON c.id = fb.customer_id
            WHERE fb.kind = 'complaint' AND fb.status = 'open' AND fb.created_at < ? AND {LIVE}"""),
        [created_before]).fetchall()


def next_contacts(db: Database, up_to: str) -> list[tuple]:
    return db.execute(_only_new(
        f"""SELECT c.id AS customer_id, 'next_contact:' || c.id || ':' || c.next_contact_date AS key,
                   c.next_contact_date AS due, '{{}}' AS args FROM customers AS c
            WHERE c.next_contact_date IS NOT NULL AND c.next_contact_date <= ? AND {LIVE}"""),
        [up_to]).fetchall()


def settled_ids(db: Database) -> list[int]:
    """Open reminders whose reason has gone (see ``SETTLED``)."""
    return [r[0] for r in db.execute(
        f"SELECT r.id FROM reminders AS r JOIN customers AS c ON c.id = r.customer_id "
        f"WHERE r.status = 'open' AND {SETTLED}")]


def close_reminders(db: Database, ids: list[int], when: str) -> int:
    total = 0
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        total += db.execute(f"UPDATE reminders SET status = 'done', done_at = ? WHERE status = 'open' "
                            f"AND id IN ({', '.join('?' for _ in chunk)})", [when, *chunk]).rowcount
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
    db.execute(f"UPDATE customers SET next_contact_date = ?, updated_at = ?, {customer_bump()} WHERE id = ?",
               [day, when, customer_id])
    db.execute("UPDATE reminders SET status = 'done', done_at = ? WHERE customer_id = ? "
               "AND rule = 'next_contact' AND status = 'open'", [when, customer_id])


def _due_where(rule: str | None) -> tuple[str, list]:
    where = (f"r.status = 'open' AND r.due_date <= :day "
             f"AND (r.snoozed_until IS NULL OR r.snoozed_until <= :day) AND {LIVE} "
             f"AND NOT coalesce({SETTLED}, 1 = 0)")  # NULL (no last order) is not settled
    return (where + " AND r.rule = :rule", [rule]) if rule else (where, [])


def due_reminders(db: Database, day: str, *, rule: str | None = None, limit: int = -1,
                  offset: int = 0) -> list[dict]:
    """Open reminders due by ``day``, not snoozed past it and not settled; oldest due first."""
    where, _ = _due_where(rule)
    return list(db.query(
        f"""SELECT r.*, {NAME} AS customer_name, c.wechat_status, c.wechat_name
            FROM reminders AS r JOIN customers AS c ON c.id = r.customer_id
            WHERE {where} ORDER BY r.due_date, r.id LIMIT :limit OFFSET :offset""",
        {"day": day, "rule": rule, "limit": limit, "offset": offset}))


def due_counts(db: Database, day: str) -> dict[str, int]:
    """How many reminders are due by ``day``, per rule (the same rows as :func:`due_reminders`)."""
    where, _ = _due_where(None)
    return {r[0]: r[1] for r in db.execute(
        f"SELECT r.rule, count(*) FROM reminders AS r JOIN customers AS c ON c.id = r.customer_id "
        f"WHERE {where} GROUP BY r.rule", {"day": day})}
