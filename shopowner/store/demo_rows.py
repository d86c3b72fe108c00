"""What the demo shop needs that no seller's action offers yet: channels (where a customer came
from, with what they cost) and their customers, and a look-up of the customers the import made
for the demo's orders. The demo maker (:mod:`shopowner.demo`) decides what; these functions hold
its SQL."""

from __future__ import annotations

from sqlite_utils import Database

from shopowner.clock import stamp
from shopowner.store.db import inserted_id


def customers_of_orders(db: Database) -> dict[str, int]:
    """Platform order number → the customer the order belongs to, for every order."""
    return dict(db.execute("SELECT platform_order_id, customer_id FROM orders").fetchall())


def add_channel(db: Database, name: str, kind: str, cost_fen: int) -> int:
    return inserted_id(db.execute("INSERT INTO channels (name, kind, cost_fen, created_at) VALUES (?, ?, ?, ?)",
                                  [name, kind, cost_fen, stamp()]))


def set_channel(db: Database, customer_id: int, channel_id: int) -> None:
    db.execute("UPDATE customers SET channel_id = ? WHERE id = ?", [channel_id, customer_id])
