"""A small shop for the channels tests: customers with platform orders, a printed card, the
founder's QR set; and the CLI's in-process runner (``tests/cli/conftest.py``)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from shopowner.store.customers import add_customer, refresh_customer_totals
from shopowner.store.orders import add_order
from shopowner.store.settings import SHOP_NAME, WECHAT_QR, set_setting
from tests.cli.conftest import cli  # noqa: F401  (a fixture, found by name)

QR = "https://u.wechat.com/channels-test-founder"


@dataclass
class Shop:
    db: object
    zhang: int
    li: int


def order(db, customer_id: int, number: str, fen: int, day: str, platform: str = "taobao",
          status: str = "completed") -> int:
    return add_order(db, dict(platform=platform, platform_order_id=number, customer_id=customer_id, status=status,
                              total_fen=fen, paid_fen=fen, created_at=f"{day} 10:00:00"))


@pytest.fixture
def shop(db) -> Shop:
    with db.atomic():
        zhang = add_customer(db, name="张三", nickname="茶友张")
        li = add_customer(db, name="李四", wechat_name="李四微信", wechat_status="added")
        order(db, zhang, "TB1", 5000, "2026-09-02")
        order(db, li, "TB2", 8000, "2026-09-03")
        refresh_customer_totals(db)
        set_setting(db, WECHAT_QR, QR)
        set_setting(db, SHOP_NAME, "小满茶舍")
    return Shop(db, zhang, li)
