"""Reads for one customer's detail pane: orders with items, and the entries of their timeline.

Follow-ups, feedback, cards and WeChat adds are written by other areas; they are only read here.
"""

from __future__ import annotations

from sqlite_utils import Database


def _dicts(cur) -> list[dict]:
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def orders_with_items(db: Database, customer_id: int) -> list[dict]:
    orders = _dicts(db.execute(
        "SELECT id, platform, platform_order_id, status, status_text, total_fen, paid_fen, "
        "refund_fen, created_at, receiver_name, receiver_phone, receiver_masked, province, city, "
        "district, address FROM orders WHERE customer_id = ? ORDER BY created_at DESC, id DESC",
        [customer_id]))
    if orders:
        items: dict[int, list] = {}
        for item in _dicts(db.execute(
                "SELECT order_id, title, spec, quantity, amount_fen FROM order_items WHERE order_id "
                "IN (SELECT id FROM orders WHERE customer_id = ?) ORDER BY order_id, line_no",
                [customer_id])):
            items.setdefault(item["order_id"], []).append(item)
        for order in orders:
            order["items"] = items.get(order["id"], [])
    return orders


ORDERS_SHOWN = 10_000  # the detail pane lists at most this many orders, newest first


def order_rows(db: Database, customer_id: int, limit: int = ORDERS_SHOWN) -> list[dict]:
    """The customer's orders, newest first, each with its item lines as one ``items`` text."""
    return _dicts(db.execute(
        "SELECT o.id, o.platform, o.platform_order_id, o.status, o.status_text, o.paid_fen, "
        "o.refund_fen, o.created_at, o.receiver_name, "
        "(SELECT group_concat(trim(i.title || ' ' || i.spec) || ' ×' || i.quantity, '；') "
        " FROM (SELECT title, spec, quantity FROM order_items WHERE order_id = o.id "
        "       ORDER BY line_no) i) AS items "
        "FROM orders o WHERE o.customer_id = ? ORDER BY o.created_at DESC, o.id DESC LIMIT ?",
        [customer_id, limit]))


def detail_of(db: Database, customer_id: int) -> dict | None:
    """Everything the detail pane shows for one customer, read in one go (on a worker):
    ``customer``, ``identities``, ``tags``, ``open_complaints``, ``merges``, ``orders`` (see
    :func:`order_rows`) and ``order_total``. ``None`` when the customer is gone."""
    from shopowner.store.customer_merge import merges_of
    from shopowner.store.customers import get_customer, identities, tags_of

    customer = get_customer(db, customer_id)
    if customer is None:
        return None
    return dict(
        customer=customer, identities=identities(db, customer_id), tags=tags_of(db, customer_id),
        open_complaints=open_complaints(db, customer_id), merges=merges_of(db, customer_id),
        orders=order_rows(db, customer_id),
        order_total=db.execute("SELECT count(*) FROM orders WHERE customer_id = ?",
                               [customer_id]).fetchone()[0])


_WHO = "(SELECT s.name FROM staff s WHERE s.id = {t}.staff_id)"


def timeline_entries(db: Database, customer_id: int) -> list[dict]:
    """Orders, cards printed, WeChat adds, follow-ups and feedback, newest first, for
    ``followups.timeline`` to word. Each entry: ``at``, ``kind`` (order/card/wechat/followup/
    feedback), ``id`` and, by kind, ``label`` (platform; follow-up or feedback kind), ``ref``
    (order number; card code; the add's card or channel code; direction; status), ``text`` (code used at;
    WeChat name; summary; feedback text), ``extra`` (account; staff) and ``amount`` (fen), and
    ``who`` (team mode: the person signed in when the card's print run, the add, the follow-up or
    the feedback was recorded).
    """
    return _dicts(db.execute(
        f"""SELECT created_at AS at, 'order' AS kind, id, platform AS label, platform_order_id AS ref,
                  NULL AS text, NULL AS extra, paid_fen - refund_fen AS amount, NULL AS who
               FROM orders WHERE customer_id = ?
           UNION ALL SELECT printed_at, 'card', k.id, NULL, code, redeemed_at, NULL, NULL,
                  (SELECT s.name FROM card_batches b JOIN staff s ON s.id = b.staff_id WHERE b.id = k.batch_id)
               FROM cards AS k WHERE state = 'printed' AND (customer_id = ? OR redeemed_customer_id = ?)
           UNION ALL SELECT w.added_at, 'wechat', w.id, w.via,
                  coalesce((SELECT code FROM cards WHERE cards.id = w.card_id),
                           (SELECT code FROM channels WHERE channels.id = w.channel_id)),
                  w.wechat_name, w.account, NULL, {_WHO.format(t="w")}
               FROM wechat_adds AS w WHERE w.customer_id = ?
           UNION ALL SELECT happened_at, 'followup', f.id, kind, direction, summary, staff, NULL, {_WHO.format(t="f")}
               FROM followups AS f WHERE customer_id = ?
           UNION ALL SELECT created_at, 'feedback', fb.id, kind, status, text, NULL, NULL, {_WHO.format(t="fb")}
               FROM feedback AS fb WHERE customer_id = ?
           ORDER BY at DESC, kind, id DESC""", [customer_id] * 6))


def open_complaints(db: Database, customer_id: int) -> int:
    return db.execute("SELECT count(*) FROM feedback WHERE customer_id = ? AND kind = 'complaint' "
                      "AND status = 'open'", [customer_id]).fetchone()[0]


def export_rows(db: Database, customer_ids: list[int]) -> list[dict]:
    """Rows for the export, in the order of ``customer_ids``."""
    import json

    rows: dict[int, dict] = {}
    for start in range(0, len(customer_ids), 500):
        chunk = json.dumps(customer_ids[start:start + 500])
        for row in _dicts(db.execute(
                """SELECT c.id, c.name, c.nickname, c.province, c.city, c.district, c.address,
                       (SELECT value FROM customer_identities i WHERE i.customer_id = c.id
                        AND i.kind = 'phone' ORDER BY i.masked, i.id LIMIT 1) AS phone,
                       c.platforms, c.order_count, c.total_spent_fen, c.first_order_at,
                       c.last_order_at, c.wechat_status, c.wechat_name, c.wechat_remark,
                       c.wechat_account, c.stage, c.notes, c.custom_fields,
                       (SELECT group_concat(t.name, '、') FROM customer_tags ct JOIN tags t
                        ON t.id = ct.tag_id WHERE ct.customer_id = c.id) AS tags
                   FROM customers c WHERE c.id IN (SELECT CAST(value AS INTEGER) FROM json_each(?))""", [chunk])):
            rows[row["id"]] = row
    return [rows[i] for i in customer_ids if i in rows]
