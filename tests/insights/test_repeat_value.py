"""Repeat rate and average order, private against the rest, with intervals; the pool by month."""

from __future__ import annotations

import math
from datetime import date

import pytest

from shopowner.insights.figures import growth_figures

TODAY = date(2026, 11, 24)


def test_repeat_rate_and_order_value_with_intervals(small_shop):
    g = growth_figures(small_shop, today=TODAY)
    assert g.repeat["private"] == {"buyers": 2, "repeat": 1, "rate": 0.5, "ci_low": 0.0945, "ci_high": 0.9055}
    assert g.repeat["others"]["rate"] == 0.5
    private, others = g.order_value["private"], g.order_value["others"]
    half = 1.959964 * 10000 / math.sqrt(3)  # orders 100, 200 and 300 yuan: sd 100 yuan
    assert (private["orders"], private["revenue_fen"], private["mean_fen"]) == (3, 60000, 20000)
    assert private["ci_low_fen"] == pytest.approx(20000 - half, abs=1)
    assert private["ci_high_fen"] == pytest.approx(20000 + half, abs=1)
    assert (others["orders"], others["mean_fen"]) == (3, 6000)  # the closed ¥999 order left out
    assert others["ci_high_fen"] - others["mean_fen"] == pytest.approx(1960, abs=1)  # sd √3,000,000 fen
    assert g.private_revenue_fen == 60000 and g.private_orders_revenue_fen == 0


def test_orders_sold_over_wechat_count_as_private_order_revenue(small_shop):
    from shopowner.store.orders import add_order

    cid = small_shop.execute("SELECT id FROM customers WHERE name = '甲'").fetchone()[0]
    add_order(small_shop, dict(platform="private", platform_order_id="w1", customer_id=cid,
                               status="paid", paid_fen=12300, created_at="2026-11-23 10:00:00"))
    assert growth_figures(small_shop, today=TODAY).private_orders_revenue_fen == 12300


def test_the_pool_by_month_grows_with_the_adds(small_shop):
    db = small_shop
    db.execute("UPDATE customers SET wechat_added_at = '2026-10-05 10:00:00' WHERE name = '甲'")
    db.execute("UPDATE customers SET wechat_added_at = '2026-11-05 10:00:00' WHERE name = '乙'")
    db.execute("UPDATE orders SET created_at = '2026-10-20 10:00:00' WHERE platform_order_id = '1'")
    pool = growth_figures(db, 90, today=TODAY).pool_by_month
    assert [p["month"] for p in pool] == ["2026-08", "2026-09", "2026-10", "2026-11"]
    assert [p["private_customers"] for p in pool] == [0, 0, 1, 2]
    assert pool[2]["average_order_fen"] == 10000  # October: the one order so far
    assert pool[3] == {"month": "2026-11", "private_customers": 2, "average_order_fen": 13000,
                       "pool_value_fen": 26000}  # 6 paid orders, ¥780: ¥130 each
