"""Day ranges on stored timestamps are index ranges (``col >= first AND col < last + 1 day``), with
the same days in them as ``date(col) BETWEEN first AND last``: whole first and last days."""

from __future__ import annotations

import pytest

from shopowner.store.cards import ordered_between_ids
from shopowner.store.customers import add_customer
from shopowner.store.orders import add_order
from shopowner.store.reminders import last_orders_between


@pytest.mark.file_only("SQLite's EXPLAIN QUERY PLAN")
def test_day_ranges_take_whole_days_and_nothing_after(db):
    times = ["2024-05-31 23:59:59", "2024-06-01 00:00:00", "2024-06-03 12:00:00",
             "2024-06-07 23:59:59", "2024-06-08 00:00:00"]
    ids, customers = {}, {}
    for n, when in enumerate(times):
        cid = customers[when] = add_customer(db, name=f"客户{n}")
        ids[when] = add_order(db, dict(platform="taobao", platform_order_id=f"D{n}",
                                       customer_id=cid, created_at=when))
        db.execute("UPDATE customers SET last_order_at = ? WHERE id = ?", [when, cid])
    inside = times[1:4]
    assert sorted(ordered_between_ids(db, "2024-06-01", "2024-06-07")) == \
        sorted(ids[t] for t in inside)
    # [first day, the day after the last): customer, reminder key, due day, reason values
    assert sorted(r[0] for r in last_orders_between(db, "2024-06-01", "2024-06-08", 30)) == \
        sorted(customers[t] for t in inside)
    plan = db.execute("EXPLAIN QUERY PLAN SELECT o.id FROM orders o WHERE o.created_at >= ? "
                      "AND o.created_at < date(?, '+1 day')", ["2024-06-01", "2024-06-07"]).fetchall()
    assert "idx_orders_created" in str(plan)
