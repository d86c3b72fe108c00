"""The demo shop's private orders: private-only products sold over WeChat to customers on the
founder's WeChat, each after they were added, some shipped, some paid and waiting for a card."""

from __future__ import annotations

from collections import Counter

from shopowner.cards.selection import Selection, select_orders
from shopowner.products.catalogue import list_products


def test_the_demo_sells_private_only_products_over_wechat(demo_db):
    db = demo_db
    orders = db.execute("SELECT o.id, o.status, o.paid_via, o.created_at, c.wechat_status, c.wechat_added_at, "
                        "o.receiver_name, o.address, o.platform_order_id FROM orders o "
                        "JOIN customers c ON c.id = o.customer_id WHERE o.platform = 'private'").fetchall()
    assert 12 <= len(orders) <= 15
    assert all(o[4] == "added" and o[3] > o[5] and o[6] and o[7] and o[8].startswith("SY") for o in orders)
    statuses = Counter(o[1] for o in orders)
    assert statuses["paid"] >= 1 and statuses["shipped"] + statuses["completed"] >= 5
    assert {o[2] for o in orders} <= {"wechat", "alipay", "bank", "cash"} and "wechat" in {o[2] for o in orders}
    private = [p for p in list_products(db, private_only=True)]
    assert len(private) == 3 and sum(p.orders for p in private) >= len(orders) - 1
    assert all(p.price_fen for p in private)
    going_out = set(select_orders(db, Selection.parse("to-ship")))
    assert {o[0] for o in orders if o[1] == "paid"} <= going_out
