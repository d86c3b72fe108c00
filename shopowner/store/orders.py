"""Orders and their items: money in integer fen, the platform's status text kept beside ours."""

from __future__ import annotations

from sqlite_utils import Database

ORDER_STATUSES = ("unpaid", "paid", "shipped", "completed", "closed", "refunded")

ORDER_FIELDS = (
    "platform", "platform_order_id", "customer_id", "status", "status_text", "total_fen",
    "paid_fen", "postage_fen", "discount_fen", "refund_fen", "created_at", "paid_at",
    "shipped_at", "completed_at", "buyer_id", "buyer_message", "seller_note", "receiver_name",
    "receiver_phone", "receiver_masked", "province", "city", "district", "address", "zip",
    "import_id", "channel_id",
)
ITEM_FIELDS = ("title", "sku", "spec", "quantity", "price_fen", "amount_fen", "platform_item_id",
               "product_id")


def add_order(db: Database, order: dict, items: list[dict] = ()) -> int:
    """Insert one order with its items (call inside ``db.atomic()`` when writing many)."""
    unknown = set(order) - set(ORDER_FIELDS)
    if unknown:
        raise ValueError(f"unknown order fields: {sorted(unknown)}")
    cols = list(order)
    cur = db.execute(
        f"INSERT INTO orders ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
        [order[c] for c in cols],
    )
    order_id = cur.lastrowid
    for line_no, item in enumerate(items, start=1):
        unknown = set(item) - set(ITEM_FIELDS)
        if unknown:
            raise ValueError(f"unknown item fields: {sorted(unknown)}")
        icols = ["order_id", "line_no", *item]
        db.execute(
            f"INSERT INTO order_items ({', '.join(icols)}) VALUES ({', '.join('?' for _ in icols)})",
            [order_id, line_no, *item.values()],
        )
    return order_id
