"""The demo shop's private orders (私域订单): the founder's three private-only products (私域特供),
made for WeChat, and about fifteen orders over the last four weeks from customers already on
the founder's WeChat, entered as the owner enters them (:func:`shopowner.orders.private.add_private_order`,
each on its day): the older ones shipped or completed, the last days' paid and waiting for their
cards and the shipping list.

Its own random numbers (from the demo's seed), so the rest of the demo shop stays as it was."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from shopowner import clock
from shopowner.orders.private import ItemSpec, add_private_order, address_for
from shopowner.demo.shop_data import DEMO_PRIVATE_ORDERS as ORDERS
from shopowner.demo.shop_data import PRIVATE_PRODUCTS
from shopowner.products.catalogue import add_product
from shopowner.store.customers import get_customer

ALSO_SOLD = [("明前龙井 250g", 15800), ("桂花乌龙 冷泡茶包", 3500)]  # platform products at a WeChat price
NOTES = ["", "", "", "送朋友的，不要放价格单", "周末前到就行", "上次的罐子很喜欢，再来两罐", "顺丰到付也可以"]
PAID_VIA = ["wechat", "wechat", "wechat", "alipay", "bank", "cash"]
DAYS = 28


def add_private_orders(db, customer_ids: set[int], *, seed: int, today: datetime) -> int:
    """Private-only products and private orders for some of ``customer_ids`` (on WeChat, with an
    address to ship to); returns how many orders were made."""
    rng = random.Random(seed + 17)
    opened = today - timedelta(days=DAYS + 7)
    with clock.fixed(opened):  # the founder listed the private-only products before selling them
        products = [add_product(db, name, sku=sku, price=price, private_only=True).sku
                    for name, sku, price in PRIVATE_PRODUCTS]
    buyers = []
    for cid in sorted(customer_ids):
        customer = get_customer(db, cid)
        added = clock.parse_stamp(customer["wechat_added_at"]) if customer else None
        address = address_for(db, cid)
        if added is not None and added < today - timedelta(days=3) and address.receiver_name and address.address:
            buyers.append((cid, added))
    if not buyers:
        return 0
    planned = []
    for n in range(ORDERS):
        cid, added = rng.choice(buyers)
        earliest = max(added + timedelta(hours=6), today - timedelta(days=DAYS))
        when = earliest + (today - timedelta(hours=2) - earliest) * (n + rng.random()) / ORDERS
        daytime = when.replace(hour=9 + when.hour % 13)  # taken down between 9:00 and 22:00, as a founder does
        planned.append(((daytime if earliest <= daytime <= today - timedelta(hours=1) else when)
                        .replace(microsecond=0), cid))
    for when, cid in sorted(planned):
        items = [ItemSpec(rng.choice(products), rng.choice((1, 1, 2)))]
        if rng.random() < 0.3:
            title, price = rng.choice(ALSO_SOLD)
            items.append(ItemSpec(title, rng.choice((1, 2)), price))
        age = today - when
        status = "paid" if age < timedelta(days=3) else ("shipped" if age < timedelta(days=8) else "completed")
        add_private_order(db, cid, items, paid_via=rng.choice(PAID_VIA), status=status, note=rng.choice(NOTES),
                          now=when)
    return len(planned)
