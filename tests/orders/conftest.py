"""A small real shop for the private orders' tests: the CLI tests' book (张三 with two Taobao orders
and a phone, 李四 with one, 王五 with none), 张三's latest order shipped to a known address, and
two products: 明前龙井 250g (sold on Taobao) and a private-only 桂花龙井 小罐 (SKU SY-GH, ¥88)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from shopowner.products.catalogue import add_product, list_products
from shopowner.store.products import link_items
from tests.cli.conftest import Book, book, cli  # noqa: F401  (fixtures, found by name)


@dataclass
class Shop:
    book: Book
    tea: int       # 明前龙井 250g, no private price
    private: int   # 桂花龙井 小罐, private-only, ¥88

    @property
    def db(self):
        return self.book.db


@pytest.fixture
def shop(book) -> Shop:  # noqa: F811  (the fixture imported above)
    db = book.db
    with db.atomic():
        db.execute("UPDATE orders SET receiver_phone = '13812345678', province = '浙江省', city = '杭州市', "
                   "district = '西湖区', address = '文三路90号' WHERE platform_order_id = 'TB1001'")
        link_items(db, [r[0] for r in db.execute("SELECT id FROM orders")])
    private = add_product(db, "桂花龙井 小罐", sku="SY-GH", price="88", private_only=True)
    tea = next(p.id for p in list_products(db) if p.name == "明前龙井 250g")
    return Shop(book, tea, private.id)
