"""The rows of "export all data": every table the owner's records live in, read in chunks.

Each table is one query (:data:`QUERIES`) whose columns the domain module
(:mod:`shopowner.customers.export_all`) names and formats; merged-away customer records are
left out (their orders and notes belong to the customer they were merged into).
"""

from __future__ import annotations

from contextlib import contextmanager
from collections.abc import Iterator

from sqlite_utils import Database

from shopowner.store.db import is_hub

CHUNK = 2000

QUERIES = {
    "customers": """
        SELECT c.id, c.name, c.nickname,
               (SELECT value FROM customer_identities i WHERE i.customer_id = c.id
                AND i.kind = 'phone' ORDER BY i.masked, i.id LIMIT 1) AS phone,
               c.province, c.city, c.district, c.address, c.wechat_status, c.wechat_name,
               c.wechat_account, c.stage, coalesce(c.tag_names, '') AS tags,
               coalesce(ch.name, '') AS channel, c.order_count, c.total_spent_fen,
               c.first_order_at, c.last_order_at, c.notes, c.next_contact_date,
               c.erased_at, c.created_at
        FROM customers c LEFT JOIN channels ch ON ch.id = c.channel_id
        WHERE c.merged_into IS NULL ORDER BY c.id""",
    "orders": """
        SELECT o.id, o.platform, o.platform_order_id, o.customer_id, o.status_text, o.total_fen,
               o.paid_fen, o.postage_fen, o.discount_fen, o.refund_fen, o.created_at, o.paid_at,
               o.shipped_at, o.completed_at, o.buyer_id, o.receiver_name, o.receiver_phone,
               o.province, o.city, o.district, o.address, o.zip, o.buyer_message, o.seller_note,
               coalesce(ch.name, '') AS channel, o.paid_via
        FROM orders o LEFT JOIN channels ch ON ch.id = o.channel_id ORDER BY o.id""",
    "order_items": """
        SELECT i.order_id, o.platform, o.platform_order_id, i.line_no, i.title, i.sku, i.spec,
               i.quantity, i.price_fen, i.amount_fen, i.platform_item_id
        FROM order_items i JOIN orders o ON o.id = i.order_id ORDER BY i.order_id, i.line_no""",
    "cards": """
        SELECT k.code, k.state, k.customer_id, o.platform, o.platform_order_id,
               coalesce(l.name, '') AS letter, v.version_no AS letter_version, k.layout, k.printed_at, k.reprint_count,
               k.redeemed_at
        FROM cards k LEFT JOIN orders o ON o.id = k.order_id
        LEFT JOIN letter_versions v ON v.id = k.letter_version_id
        LEFT JOIN letters l ON l.id = v.letter_id ORDER BY k.id""",
    "wechat_adds": """
        SELECT a.customer_id, coalesce(k.code, '') AS code, a.via, a.wechat_name, a.remark,
               a.account, a.added_at
        FROM wechat_adds a LEFT JOIN cards k ON k.id = a.card_id ORDER BY a.id""",
    "redemptions": """
        SELECT k.code, k.redeemed_at, k.redeemed_customer_id, k.customer_id, k.printed_at
        FROM cards k WHERE k.redeemed_at IS NOT NULL ORDER BY k.redeemed_at, k.id""",
    "followups": """
        SELECT f.customer_id, f.happened_at, f.kind, f.direction, f.staff, f.summary, f.chat_text
        FROM followups f ORDER BY f.happened_at, f.id""",
    "feedback": """
        SELECT f.customer_id, o.platform, o.platform_order_id, f.created_at, f.kind,
               f.product_text, f.rating, f.text, f.consent_to_quote, f.owner, f.status,
               f.resolution, f.resolved_at
        FROM feedback f LEFT JOIN orders o ON o.id = f.order_id ORDER BY f.created_at, f.id""",
    "channels": """
        SELECT ch.name, ch.kind, coalesce(ch.code, '') AS code,
               (SELECT coalesce(sum(k.cost_fen), 0) FROM channel_costs k WHERE k.channel_id = ch.id) AS cost_fen,
               ch.notes, ch.created_at,
               (SELECT count(*) FROM customers c WHERE c.channel_id = ch.id
                AND c.merged_into IS NULL) AS customers
        FROM channels ch ORDER BY ch.id""",
    "wechat_accounts": """
        SELECT a.name, a.friends, a.counted_at FROM wechat_accounts a ORDER BY a.id""",
    "moments_posts": """
        SELECT p.id, p.day, p.account, p.text, coalesce(pr.name, '') AS product, p.status, p.posted_at,
               (SELECT group_concat(i.original_name, ' / ') FROM moments_images i WHERE i.post_id = p.id) AS images
        FROM moments_posts p LEFT JOIN products pr ON pr.id = p.product_id ORDER BY p.day, p.id""",
    "moments_reactions": """
        SELECT r.post_id, r.customer_id, r.kind, r.text, r.happened_at
        FROM moments_reactions r ORDER BY r.post_id, r.happened_at, r.id""",
    "product_opinions": """
        SELECT pr.name AS product, o.customer_id, o.opinion, o.note, o.asked_in, o.logged_at
        FROM product_opinions o JOIN products pr ON pr.id = o.product_id ORDER BY o.logged_at, o.id""",
}
TABLES = tuple(QUERIES)


def row_count(db: Database, table: str) -> int:
    return db.execute(f"SELECT count(*) FROM ({QUERIES[table]}) AS q").fetchone()[0]


def table_rows(db: Database, table: str) -> Iterator[list[tuple]]:
    """The table's rows, :data:`CHUNK` at a time (plain tuples in the query's column order)."""
    cursor = db.execute(QUERIES[table])
    try:
        while True:
            rows = cursor.fetchmany(CHUNK)
            if not rows:
                return
            yield rows
    finally:
        cursor.close()


@contextmanager
def snapshot(db: Database):
    """One read transaction around the whole export, so every sheet shows the shop at the same
    moment while an import may go on (WAL: it does not block the writer; on the hub, a
    repeatable-read snapshot, which blocks no other PC either)."""
    db.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" if is_hub(db) else "BEGIN DEFERRED")
    try:
        yield
    finally:
        db.execute("ROLLBACK")
