"""What the shop holds so far, in a few instant lookups: the window's empty areas say what to do
next from this (import orders first, then print cards, log follow-ups…)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database


@dataclass(frozen=True)
class ShopState:
    customers: bool
    orders: bool
    followups: bool
    cards: bool


def shop_state(db: Database) -> ShopState:
    """Whether any customer, order, follow-up and printed card exists (EXISTS stops at the first
    row, so this stays instant on a shop of any size)."""
    row = db.execute(
        "SELECT EXISTS(SELECT 1 FROM customers), EXISTS(SELECT 1 FROM orders), "
        "EXISTS(SELECT 1 FROM followups), EXISTS(SELECT 1 FROM printed_cards)").fetchone()
    return ShopState(*(bool(v) for v in row))
