"""RFM segments in SQL: the customer book's segment filter and the growth figures' counts use
the same conditions, so a segment's count and the book filtered to it are one number.

Buyers only (customers in the book with a paid order). Each of R, F and M is "high" against the
shop's own **mean** over those buyers, computed from the book as it is now:
- R high: days since the last paid order at most the average (bought as recently as the average
  buyer or more recently);
- F high: more paid orders than the average (with most buyers on one order, that is 2 or more);
- M high: spent more than the average (paid minus refunds).
Means rather than medians: with most buyers on one order the median F is 1 and "above the
median" and "above the mean" are the same 2+ orders; for M the mean puts the line where the
money is (the usual RFM practice in Chinese shops, 与均值比较).
"""

from __future__ import annotations

from datetime import datetime

from sqlite_utils import Database

from shopowner.clock import stamp
from shopowner.vocab.rfm_segments import SEGMENTS

BUYER = "c.merged_into IS NULL AND +c.order_count >= 1 AND c.last_order_at IS NOT NULL"
_BUYERS = ("FROM customers AS b WHERE b.merged_into IS NULL AND +b.order_count >= 1 "
           "AND b.last_order_at IS NOT NULL")


def _flags() -> tuple[str, str, str]:
    """The R, F and M conditions over ``c``. "At most the average days since the last order" is
    "last order on or after the average last-order time", whatever day it is counted from."""
    recent = f"(c.last_order_at >= (SELECT datetime(avg(julianday(b.last_order_at))) {_BUYERS}))"
    frequent = f"(c.order_count > (SELECT avg(b.order_count) {_BUYERS}))"
    spender = f"(c.total_spent_fen > (SELECT avg(b.total_spent_fen) {_BUYERS}))"
    return recent, frequent, spender


def segment_clause(key: str) -> tuple[str, list]:
    """The condition over ``c`` for customers in segment ``key``, and its parameters."""
    recent, frequent, spender = SEGMENTS[key]
    r, f, m = _flags()
    return f"({BUYER} AND {r} = ? AND {f} = ? AND {m} = ?)", [bool(recent), bool(frequent), bool(spender)]


def _lines(db: Database, now: datetime | None = None) -> tuple:
    """The averages the flags compare with — (last-order time, paid orders, spend), as the book's
    subqueries compute them — and the average days since the last order as of ``now``."""
    return tuple(db.execute(
        f"SELECT datetime(avg(julianday(b.last_order_at))), avg(b.order_count), avg(b.total_spent_fen), "
        f"avg(julianday(?) - julianday(b.last_order_at)) {_BUYERS}", [stamp(now)]).fetchone())


def segments(db: Database, now: datetime | None = None) -> tuple[dict[str, int], dict]:
    """Buyers per segment key (every segment present, 0 when empty), and the lines R, F and M
    are measured against (average days since the last order, orders, spend). The averages are
    read once and passed in as parameters: 0.5 s instead of 1 s on 200,000 customers."""
    when, orders, spent, days = _lines(db, now)
    counts = {(bool(a), bool(b), bool(c)): n for a, b, c, n in db.execute(
        f"SELECT c.last_order_at >= ?, c.order_count > ?, c.total_spent_fen > ?, count(*) "
        f"FROM customers AS c WHERE {BUYER} GROUP BY 1, 2, 3", [when, orders, spent])}
    means = {"recency_days": round(days or 0, 1), "orders": round(orders or 0, 2),
             "spent_fen": round(spent or 0)}
    return {key: counts.get(flags, 0) for key, flags in SEGMENTS.items()}, means
