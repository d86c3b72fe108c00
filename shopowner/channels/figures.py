"""Per-channel figures (the channels table in 经营数据, ``channels list`` and ``growth --json``
under ``channels``), for a period from ``since`` (a day, included) to today, or for all time:

- *adds*: the channel's customers who came in the period (the parcel-card channel: the cards
  redeemed in it);
- *cost*: what its cost periods put in the period, each spread evenly over its days (all of it
  for all time); the parcel-card channel adds what its cards cost: each card printed in the
  period at its layout's price (``settings set card-costs``) plus the gift it promises
  (``bait-cost``);
- *private orders* (platform ``private``) and *revenue* (paid, refunds taken off, every platform)
  of its customers, placed since each came and in the period;
- *cost per add* and *cost per private order*: None (shown “—”) when there is nothing to divide
  by or no cost.
"""

from __future__ import annotations

from datetime import date

from shopowner import clock
from shopowner.channels.book import CostPeriod, list_channels
from shopowner.store import Database
from shopowner.store import channels as store
from shopowner.store.settings import BAIT_COST_KEY, CARD_COSTS_KEY, get_setting


def cost_in_period(costs: list[CostPeriod], since: date | None, today: date) -> int:
    """Fen the cost periods put between ``since`` and ``today`` (all of it when ``since`` is None)."""
    total = 0
    for cost in costs:
        first, last = date.fromisoformat(cost.from_date), date.fromisoformat(cost.to_date)
        if since is None:
            total += cost.cost_fen
            continue
        overlap = (min(last, today) - max(first, since)).days + 1
        if overlap > 0:
            total += round(cost.cost_fen * overlap / ((last - first).days + 1))
    return total


def cards_cost(db: Database, since: str | None) -> int:
    """Fen the cards printed since ``since`` cost: their layout's price each, plus the gift."""
    prices, bait = get_setting(db, CARD_COSTS_KEY, {}) or {}, get_setting(db, BAIT_COST_KEY, 0) or 0
    return sum(n * (prices.get(layout, 0) + bait) for layout, n in store.printed_by_layout(db, since).items())


def _per(cost_fen: int, count: int) -> int | None:
    return round(cost_fen / count) if count and cost_fen else None


def channel_figures(db: Database, since: str | None = None, today: date | None = None) -> list[dict]:
    """One row per channel (in the order they were made) with its figures for the period."""
    today = today or clock.today()
    start = date.fromisoformat(since) if since else None
    counts = store.figure_rows(db, since)
    rows = []
    for channel in list_channels(db):
        figures = counts.get(channel.id, {})
        cost = cost_in_period(channel.costs, start, today)
        if channel.kind == "card":
            cost += cards_cost(db, since)
        adds, private = figures.get("adds", 0), figures.get("private_orders", 0)
        rows.append({"id": channel.id, "name": channel.name, "kind": channel.kind, "kind_name": channel.kind_name,
                     "code": channel.code, "adds": adds, "cost_fen": cost, "cost_per_add_fen": _per(cost, adds),
                     "private_orders": private, "private_revenue_fen": figures.get("private_revenue_fen", 0),
                     "revenue_fen": figures.get("revenue_fen", 0),
                     "cost_per_private_order_fen": _per(cost, private)})
    return rows
