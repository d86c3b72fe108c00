"""Customers: creation and the per-customer totals that the customer book sorts on."""

from __future__ import annotations

from typing import Iterable

from sqlite_utils import Database

CUSTOMER_FIELDS = (
    "name", "nickname", "is_anonymous", "gender", "province", "city", "district", "address",
    "wechat_status", "wechat_name", "wechat_remark", "wechat_account", "wechat_added_at",
    "stage", "stage_manual", "notes", "custom_fields", "next_contact_date", "channel_id",
)


def add_customer(db: Database, **fields) -> int:
    """Insert one customer; unknown keys are an error so typos never vanish silently."""
    unknown = set(fields) - set(CUSTOMER_FIELDS)
    if unknown:
        raise ValueError(f"unknown customer fields: {sorted(unknown)}")
    cols = list(fields)
    cur = db.execute(
        f"INSERT INTO customers ({', '.join(cols) or 'id'}) VALUES "
        f"({', '.join('?' for _ in cols) or 'NULL'})",
        [fields[c] for c in cols],
    )
    return cur.lastrowid


def add_identity(db: Database, customer_id: int, kind: str, value: str, *, platform: str = "",
                 masked: bool = False) -> None:
    db.execute(
        "INSERT OR IGNORE INTO customer_identities (customer_id, kind, platform, value, masked) "
        "VALUES (?, ?, ?, ?, ?)",
        [customer_id, kind, platform, value, int(masked)],
    )


def refresh_customer_totals(db: Database, customer_ids: Iterable[int] | None = None) -> None:
    """Recompute order count, spend, first/last order and platforms from the orders table.

    Closed and unpaid orders do not count as spend; refunds are subtracted.
    """
    where, params = "", []
    if customer_ids is not None:
        params = list(customer_ids)
        if not params:
            return
        where = f"WHERE id IN ({', '.join('?' for _ in params)})"
    counted = "customer_id = customers.id AND status NOT IN ('unpaid', 'closed')"
    db.execute(
        f"""
        UPDATE customers SET
            order_count = (SELECT count(*) FROM orders WHERE {counted}),
            total_spent_fen = coalesce(
                (SELECT sum(paid_fen - refund_fen) FROM orders WHERE {counted}), 0),
            first_order_at = (SELECT min(created_at) FROM orders WHERE customer_id = customers.id),
            last_order_at = (SELECT max(created_at) FROM orders WHERE customer_id = customers.id),
            platforms = coalesce((SELECT group_concat(platform, ',') FROM (
                SELECT DISTINCT platform FROM orders WHERE customer_id = customers.id
                ORDER BY platform)), ''),
            updated_at = datetime('now','localtime')
        {where}
        """,
        params,
    )
