"""Queries behind the founder's daily review page (每日回顾) and its read marks."""

from __future__ import annotations

from sqlite_utils import Database

NAME = "coalesce(nullif(c.name, ''), nullif(c.wechat_name, ''), nullif(c.nickname, ''), '#' || c.id)"


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
        f"""SELECT w.*, {NAME} AS customer_name, cards.code, cards.batch_id,
                   letters.name AS letter_name, letter_versions.version_no
            FROM wechat_adds AS w JOIN customers AS c ON c.id = w.customer_id
            LEFT JOIN cards ON cards.id = w.card_id
            LEFT JOIN letter_versions ON letter_versions.id = cards.letter_version_id
            LEFT JOIN letters ON letters.id = letter_versions.letter_id
            WHERE w.added_at >= ? AND w.added_at < ? ORDER BY w.added_at, w.id""", [start, end]))


def card_adds_by_letter_version(db: Database, printed_from: str, printed_to: str,
                                redeemed_before: str) -> list[dict]:
    """Cards printed in [from, to) per letter version, and how many were redeemed by then."""
    return list(db.query(
        """SELECT cards.letter_version_id, letters.name AS letter_name, letter_versions.version_no,
                  count(*) AS printed,
                  sum(cards.redeemed_at IS NOT NULL AND cards.redeemed_at < ?) AS added
           FROM cards
           LEFT JOIN letter_versions ON letter_versions.id = cards.letter_version_id
           LEFT JOIN letters ON letters.id = letter_versions.letter_id
           WHERE cards.printed_at >= ? AND cards.printed_at < ?
           GROUP BY cards.letter_version_id ORDER BY letters.name, letter_versions.version_no""",
        [redeemed_before, printed_from, printed_to]))


def quiet_vips(db: Database, quiet_since: str, up_to: str, top_n: int, limit: int) -> list[dict]:
    """Top spenders and VIP-tagged customers with no order and no follow-up since ``quiet_since``."""
    return list(db.query(
        f"""WITH top AS (SELECT id FROM customers WHERE total_spent_fen > 0
                         AND merged_into IS NULL AND erased_at IS NULL
                         ORDER BY total_spent_fen DESC LIMIT ?),
                 vip AS (SELECT ct.customer_id AS id FROM customer_tags AS ct
                         JOIN tags ON tags.id = ct.tag_id WHERE upper(tags.name) = 'VIP'),
                 seen AS (SELECT c.id, {NAME} AS customer_name, c.total_spent_fen, c.order_count,
                    (SELECT max(created_at) FROM orders WHERE customer_id = c.id
                     AND created_at < ?) AS last_order_at,
                    (SELECT max(happened_at) FROM followups WHERE customer_id = c.id
                     AND happened_at < ?) AS last_followup_at
                    FROM customers AS c
                    WHERE c.id IN (SELECT id FROM top UNION SELECT id FROM vip)
                      AND c.merged_into IS NULL AND c.erased_at IS NULL)
            SELECT * FROM seen
            WHERE coalesce(last_order_at, '') < ? AND coalesce(last_followup_at, '') < ?
            ORDER BY total_spent_fen DESC, id LIMIT ?""",
        [top_n, up_to, up_to, quiet_since, quiet_since, limit]))


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
