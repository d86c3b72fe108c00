"""Queries behind the founder's daily review page (每日回顾) and its read marks."""

from __future__ import annotations

from sqlite_utils import Database

from shopowner.store.names import CUSTOMER_NAME
from shopowner.store.printed_cards import printed_card

NAME = CUSTOMER_NAME  # '' when none (the core words "customer #id")


def feedback_between(db: Database, start: str, end: str) -> list[dict]:
    """Feedback created in [start, end), complaints first, then newest first."""
    return list(db.query(
        f"""SELECT fb.*, {NAME} AS customer_name FROM feedback AS fb
            LEFT JOIN customers AS c ON c.id = fb.customer_id
            WHERE fb.created_at >= ? AND fb.created_at < ?
            ORDER BY fb.kind <> 'complaint', fb.created_at DESC, fb.id DESC""", [start, end]))


def open_complaints(db: Database, created_before: str) -> list[dict]:
    """Complaints still open, the oldest (longest waiting) first."""
    return list(db.query(
        f"""SELECT fb.*, {NAME} AS customer_name FROM feedback AS fb
            LEFT JOIN customers AS c ON c.id = fb.customer_id
            WHERE fb.kind = 'complaint' AND fb.status = 'open' AND fb.created_at < ?
            ORDER BY fb.created_at, fb.id""", [created_before]))


def wechat_adds_between(db: Database, start: str, end: str) -> list[dict]:
    return list(db.query(
        f"""SELECT w.*, {NAME} AS customer_name, coalesce(cards.code, ch.code) AS code,
                   cards.batch_id,
                   letters.name AS letter_name, letter_versions.version_no
            FROM wechat_adds AS w JOIN customers AS c ON c.id = w.customer_id
            LEFT JOIN cards ON cards.id = w.card_id LEFT JOIN channels AS ch ON ch.id = w.channel_id
            LEFT JOIN letter_versions ON letter_versions.id = cards.letter_version_id
            LEFT JOIN letters ON letters.id = letter_versions.letter_id
            WHERE w.added_at >= ? AND w.added_at < ? ORDER BY w.added_at, w.id""", [start, end]))


def card_adds_by_letter_version(db: Database, printed_from: str, printed_to: str,
                                redeemed_before: str) -> list[dict]:
    """Cards printed in [from, to) per letter version, and how many were redeemed by then."""
    return list(db.query(
        f"""SELECT cards.letter_version_id, letters.name AS letter_name, letter_versions.version_no,
                  count(*) AS printed,
                  sum(cards.redeemed_at IS NOT NULL AND cards.redeemed_at < ?) AS added
           FROM cards
           LEFT JOIN letter_versions ON letter_versions.id = cards.letter_version_id
           LEFT JOIN letters ON letters.id = letter_versions.letter_id
           WHERE cards.printed_at >= ? AND cards.printed_at < ? AND {printed_card('cards')}
           GROUP BY cards.letter_version_id, letters.name, letter_versions.version_no
           ORDER BY letters.name, letter_versions.version_no""",
        [redeemed_before, printed_from, printed_to]))


def quiet_vips(db: Database, *, day: str, day_end: str, quiet_before: str, lost_before: str,
               min_orders: int, rhythm: float, limit: int) -> tuple[list[dict], int]:
    """VIPs gone quiet, biggest spenders first, and how many there are in all.

    A VIP is tagged ``VIP`` or has ``min_orders`` paid orders or more. Quiet: the last order is in
    [lost_before, quiet_before), no follow-up since ``quiet_before``, and the time since the last
    order is at least ``rhythm`` × the customer's usual time between orders.
    """
    rows = list(db.query(
        f"""WITH vip_tag AS (SELECT ct.customer_id FROM customer_tags AS ct
                             JOIN tags AS t ON t.id = ct.tag_id WHERE upper(trim(t.name)) = 'VIP'),
                 cand AS (
                    SELECT c.id, {NAME} AS customer_name, c.total_spent_fen, c.order_count,
                           c.first_order_at, c.last_order_at,
                           (SELECT max(f.happened_at) FROM followups AS f WHERE f.customer_id = c.id
                            AND f.happened_at < :day_end) AS last_followup_at,
                           c.id IN (SELECT customer_id FROM vip_tag) AS tagged
                    FROM customers AS c
                    WHERE c.last_order_at >= :lost_before AND c.last_order_at < :quiet_before
                      AND c.merged_into IS NULL AND c.erased_at IS NULL
                      AND (c.order_count >= :min_orders OR c.id IN (SELECT customer_id FROM vip_tag)))
            SELECT *, count(*) OVER () AS total FROM cand
            WHERE coalesce(last_followup_at, '') < :quiet_before
              AND julianday(:day) - julianday(substr(last_order_at, 1, 10)) >= :rhythm
                  * (julianday(substr(last_order_at, 1, 10)) - julianday(substr(first_order_at, 1, 10)))
                  / max(order_count - 1, 1)
            ORDER BY total_spent_fen DESC, id LIMIT :limit""",
        {"day": day, "day_end": day_end, "quiet_before": quiet_before, "lost_before": lost_before,
         "min_orders": min_orders, "rhythm": rhythm, "limit": limit}))
    return rows, (rows[0]["total"] if rows else 0)


def reads_for_day(db: Database, day: str) -> set[tuple[str, int]]:
    return {(r[0], r[1]) for r in db.execute(
        "SELECT item_kind, item_id FROM review_reads WHERE day = ?", [day])}


def set_read(db: Database, day: str, kind: str, item_id: int, read: bool, when: str) -> None:
    if read:
        db.execute("INSERT OR IGNORE INTO review_reads (day, item_kind, item_id, read_at) "
                   "VALUES (?, ?, ?, ?)", [day, kind, item_id, when])
    else:
        db.execute("DELETE FROM review_reads WHERE day = ? AND item_kind = ? AND item_id = ?",
                   [day, kind, item_id])
