"""Customer-book fixtures: the demo shop plus a few customers whose details the tests know."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from shopowner.store.customers import add_customer, add_identity, refresh_customer_totals
from shopowner.store.orders import add_order


def ago(days: int) -> str:
    return (datetime.now() - timedelta(days=days)).strftime("%Y-%m-%d %H:%M:%S")


def make_customer(db, name, *, nickname="", phone=None, address="", orders=(), platform="taobao",
                  **fields) -> int:
    """A customer with a phone identity and orders given as (order_id, paid_fen, days_ago)."""
    with db.atomic():
        cid = add_customer(db, name=name, nickname=nickname, address=address, province="浙江省",
                           city="杭州市", **fields)
        if phone:
            add_identity(db, cid, "phone", phone)
        for order_id, paid, days in orders:
            add_order(db, dict(platform=platform, platform_order_id=order_id, customer_id=cid,
                               status="completed", total_fen=paid, paid_fen=paid,
                               created_at=ago(days), receiver_name=name, receiver_phone=phone or "",
                               province="浙江省", city="杭州市", address=address),
                      [dict(title="明前龙井 250g", quantity=1, price_fen=paid, amount_fen=paid)])
        refresh_customer_totals(db, [cid])
    return cid


@pytest.fixture
def book(demo_db):
    """The demo shop plus 欧阳娜娜 (3 orders), 司马相如 (1 order, dormant) and 上官婉儿 (none)."""
    db = demo_db
    ids = {
        "ouyang": make_customer(db, "欧阳娜娜", nickname="娜娜爱喝茶", phone="13987654321",
                                address="文一西路969号", orders=[("TB900001", 16800, 3),
                                                              ("TB900002", 8800, 20),
                                                              ("TB900003", 5900, 40)]),
        "sima": make_customer(db, "司马相如", phone="15011112222", address="长安街1号",
                              orders=[("JD777001", 3990, 400)], platform="jd"),
        "shangguan": make_customer(db, "上官婉儿", notes="喜欢冷泡，怕苦"),
    }
    return db, ids
