"""A realistic demo shop (a small tea shop) so a new owner can try every area before importing:
customers on six platforms, orders, tags, WeChat adds, follow-ups, feedback, channels, a letter
in two versions and six weeks of printed cards, some of whose codes came back, and private-only
products sold over WeChat in private orders (:mod:`shopowner.demo.private_orders`).

The shop is built the way a seller builds theirs: the orders are written into the platforms'
own export files and imported (so the import decides who is the same customer, their totals,
stages and search entries), cards are planned and recorded as a print run, codes are redeemed,
follow-ups and feedback noted and regulars tagged through the same functions the window and the
CLI call, each on the day it happened (:mod:`shopowner.demo.history`); the channels with their
costs and the customers their codes brought in likewise (:mod:`shopowner.demo.channels`).

Deterministic: the same seed (and day) gives the same shop, so tests can count on it.
"""

from __future__ import annotations

import random
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from shopowner import clock
from shopowner.demo.shop_data import (
    DEMO_CUSTOMERS, DEMO_ORDERS, DEMO_PRIVATE_ORDERS, GIVEN, NICK_PARTS, PLACES, PLATFORMS, PRIVATE_PRODUCTS,
    PRODUCTS, STATUS_TEXT, STREETS, SURNAMES, TAGS, demo_people,
)
from shopowner.gc_pause import full_collections_paused
from shopowner.i18n import translate
from shopowner.progress import Progress, maybe
from shopowner.store import Database
from shopowner.store.backups import data_dir_of, shop_is_empty
from shopowner.store.orders import customers_of_orders
from shopowner.store.settings import set_setting

DEMO_QR = "https://u.wechat.com/demo-founder-linxiaoman"


def fill_demo_shop(db: Database, *, seed: int = 20241121, today: datetime | None = None,
                   progress: Progress | None = None) -> dict:
    """Fill an empty shop with the demo shop's history, in one transaction; returns counts of
    what was made (customers, orders, tags, followups, feedback, cards)."""
    from shopowner.demo.channels import add_demo_channels
    from shopowner.demo.history import DemoWeeks  # the import and cards cores: only when used
    from shopowner.demo.moments import plan_moments
    from shopowner.shop_settings import change_settings, save_names

    progress = maybe(progress)
    today = clock.current(today)
    people, orders = demo_people(seed, today)
    rng = random.Random(seed)
    data_dir = data_dir_of(db)
    # one transaction; the imports' full garbage collections run once, at the end
    with db.atomic(), full_collections_paused(), \
            tempfile.TemporaryDirectory(prefix="shopowner-demo-") as folder:
        with clock.fixed(orders[0].created - timedelta(days=1)):  # the shop opens
            save_names(db, translate("Demo", "Xiaoman Tea House (demo)"), translate("Demo", "Lin Xiaoman"))
            change_settings(db, data_dir, {"wechat-qr": DEMO_QR})
            set_setting(db, "demo", True)  # the welcome page offers to start the real shop
        weeks = DemoWeeks(db, data_dir, Path(folder), rng, today)
        weeks.replay(orders, lambda done, total: progress.update(done, total + 1))
        customer_of = customers_of_orders(db)
        weeks.seller_notes(people, customer_of)
        add_demo_channels(db, weeks, people, customer_of)
        from shopowner.demo.private_orders import add_private_orders  # the orders and products cores

        weeks.counts["private_orders"] = add_private_orders(db, weeks.added, seed=seed, today=today)
        weeks.counts["moments"] = plan_moments(db, data_dir, Path(folder), rng, today, translate("Demo", "Lin Xiaoman"),
                                               sorted(set(customer_of.values())))
        progress.update(1, 1)
    return weeks.counts


def start_shop(db: Database, shop_name: str, founder_name: str) -> None:
    """The owner's own shop: just the names (checked as 设置 checks them); the book starts empty."""
    from shopowner.shop_settings import save_names

    save_names(db, shop_name, founder_name)


__all__ = ["DEMO_CUSTOMERS", "DEMO_ORDERS", "DEMO_PRIVATE_ORDERS", "GIVEN", "NICK_PARTS", "PLACES", "PLATFORMS",
           "PRIVATE_PRODUCTS", "PRODUCTS", "STATUS_TEXT", "STREETS", "SURNAMES", "TAGS", "fill_demo_shop",
           "shop_is_empty", "start_shop"]
