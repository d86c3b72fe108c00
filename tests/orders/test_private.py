"""Private orders in the core: the item spec, the product match, the address taken from the
latest order, the number, the totals, and what is refused (with nothing written)."""

from __future__ import annotations

from datetime import datetime

import pytest

from shopowner.changes import CUSTOMERS, ORDERS
from shopowner.orders.private import (
    Address, ItemSpec, OrderError, add_private_order, address_for, list_orders, order_added, parse_item,
)
from shopowner.products.catalogue import get_product
from shopowner.store.customers import get_customer

NOW = datetime(2026, 12, 2, 15, 30)


def test_an_item_is_typed_name_quantity_and_price(en_translators):
    assert parse_item("龙井*2@168") == ItemSpec("龙井", 2, 16800)
    assert parse_item(" 桂花龙井 小罐 ＊3 ＠ 88.5 ") == ItemSpec("桂花龙井 小罐", 3, 8850)
    assert parse_item("SY-GH") == ItemSpec("SY-GH", 1, None)
    assert parse_item("白茶×1@¥1,280") == ItemSpec("白茶", 1, 128000)
    for bad, words in (("*2@10", "names no product"), ("龙井*0@10", "whole number from 1 to 9999"),
                       ("龙井*两@10", "whole number"), ("龙井*2@九十", "is not an amount"),
                       ("龙井*2@", "has no price after @"), ("龙井*2@1.234", "more than two decimals")):
        with pytest.raises(OrderError, match=words):
            parse_item(bad)


def test_a_private_order_goes_into_the_ledger_with_its_totals(shop):
    db = shop.db
    before = get_customer(db, shop.book.zhang)
    order = add_private_order(db, shop.book.zhang, ["sy-gh*2", "明前龙井 250g*1@150", "手写贺卡*1@0"],
                              paid_via="wechat", note="周五前发", now=NOW)
    assert order.number == "SY20261202-0001" and order.total_fen == 2 * 8800 + 15000
    assert [(i["title"], i["sku"], i["quantity"], i["price_fen"], i["amount_fen"]) for i in order.items] == [
        ("桂花龙井 小罐", "SY-GH", 2, 8800, 17600), ("明前龙井 250g", "", 1, 15000, 15000),
        ("手写贺卡", "", 1, 0, 0)]
    assert order.items[0]["product_id"] == shop.private and order.items[1]["product_id"] == shop.tea
    assert order.items[2]["product_id"] not in (None, shop.private, shop.tea)  # a new name: a new product
    # the address is the latest order's
    assert order.address == Address("张三", "13812345678", "浙江省", "杭州市", "西湖区", "文三路90号")
    row = db.execute("SELECT platform, status, status_text, paid_via, paid_fen, paid_at, shipped_at, seller_note "
                     "FROM orders WHERE id = ?", [order.id]).fetchone()
    assert row == ("private", "paid", "已付款，待发货", "wechat", 32600, "2026-12-02 15:30:00", None, "周五前发")
    after = get_customer(db, shop.book.zhang)
    assert after["order_count"] == before["order_count"] + 1
    assert after["total_spent_fen"] == before["total_spent_fen"] + 32600
    assert "private" in after["platforms"].split(",")
    assert get_product(db, shop.private).orders == 1 and get_product(db, shop.private).units == 2
    second = add_private_order(db, shop.book.li, [ItemSpec("桂花龙井", 1, None)], paid_via="cash",
                               status="completed", address=Address("李四", "", "", "", "", "文一西路969号"), now=NOW)
    assert second.number == "SY20261202-0002" and second.total_fen == 8800  # the one product holding 桂花龙井
    listed = list_orders(db)
    assert [o["platform_order_id"] for o in listed] == ["SY20261202-0002", "SY20261202-0001"]
    assert listed[0]["shipped_at"] == "2026-12-02 15:30:00" and listed[1]["customer_name"] == "张三"
    change = order_added(order)
    assert change.touches(ORDERS, CUSTOMERS) and change.customer_ids == {shop.book.zhang}


def test_the_address_comes_from_the_customer_when_they_never_ordered(shop):
    db = shop.db
    with db.atomic():
        db.execute("UPDATE customers SET province = '上海市', city = '上海市', district = '静安区', "
                   "address = '南京西路1号' WHERE id = ?", [shop.book.wang])
    assert address_for(db, shop.book.wang) == Address("王五", "", "上海市", "上海市", "静安区", "南京西路1号")
    assert address_for(db, 999) == Address()


def _count(db) -> int:
    return db.execute("SELECT count(*) FROM orders").fetchone()[0]


def test_what_cannot_be_an_order_is_refused_and_nothing_is_written(shop, en_translators):
    db = shop.db
    before, products = _count(db), db.execute("SELECT count(*) FROM products").fetchone()[0]
    cases = [
        (dict(customer_id=shop.book.zhang, items=["新茶*1"]), "“新茶” has no private price"),
        (dict(customer_id=shop.book.zhang, items=[]), "The order has no items"),
        (dict(customer_id=shop.book.zhang, items=["SY-GH"], paid_via="paypal"), "Say how the order was paid"),
        (dict(customer_id=shop.book.zhang, items=["SY-GH"], status="closed"), "not a status"),
        (dict(customer_id=shop.book.wang, items=["SY-GH"]), "no receiver or address"),
        (dict(customer_id=shop.book.zhang, items=["SY-GH", "新茶*1@5"],
              address=Address("张三", "电话", "", "", "", "某路1号")), "is not a phone number"),
    ]
    for kwargs, words in cases:
        kwargs = {"paid_via": "wechat", **kwargs}
        with pytest.raises(OrderError, match=words):
            add_private_order(db, kwargs.pop("customer_id"), kwargs.pop("items"), now=NOW, **kwargs)
    with pytest.raises(LookupError, match="no customer 999"):
        add_private_order(db, 999, ["SY-GH"], paid_via="wechat")
    assert _count(db) == before and db.execute("SELECT count(*) FROM products").fetchone()[0] == products


def test_export_all_data_says_how_each_private_order_was_paid(shop, tmp_path, en_translators):
    from openpyxl import load_workbook

    from shopowner.customers.export_all import export_all

    order = add_private_order(shop.db, shop.book.li, ["SY-GH*1"], paid_via="bank", status="shipped", now=NOW)
    book = load_workbook(export_all(shop.db, tmp_path / "all")["workbook"])
    rows = list(book["Orders"].iter_rows(values_only=True))
    header, line = rows[0], next(r for r in rows if order.number in r)
    assert dict(zip(header, line, strict=True))["Paid via"] == "Bank transfer"
    assert dict(zip(header, line, strict=True))["Status"] == "已发货"
    assert dict(zip(header, line, strict=True))["Platform"] == "Private"
