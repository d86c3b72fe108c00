"""Products built from the order items: merged by SKU, else by cleaned title; linked by the import
in its own transaction; back-filled by m0015 on an older shop file; edited through the core."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from scripts.make_schema_fixtures import FOLDER, fixture_name
from shopowner.cards.print_names import names_for_titles
from shopowner.imports.run import import_files
from shopowner.paths import db_path
from shopowner.products.catalogue import count_products, get_product, list_products, parse_yuan, set_product
from shopowner.store import open_database
from tests.products.conftest import order as _order

ORDERS = Path(__file__).resolve().parent.parent / "fixtures" / "orders"


def _by_name(db) -> dict[str, object]:
    return {p.name: p for p in list_products(db)}


def test_items_with_a_sku_are_one_product_whatever_their_titles(db):
    _order(db, "1", [dict(title="【包邮】明前龙井 250g 罐装", sku="LJ-250", amount_fen=16800)])
    _order(db, "2", [dict(title="明前龙井 250g 罐装 新茶上市 限时", sku="LJ-250", quantity=2, amount_fen=30000)],
           day="2026-11-05")
    _order(db, "3", [dict(title="明前龙井 250g 罐装", sku="LJ-500", amount_fen=30000)], day="2026-11-03")
    products = list_products(db)
    assert [(p.sku, p.orders, p.units, p.revenue_fen, p.last_sold) for p in products] == [
        ("LJ-250", 2, 3, 46800, "2026-11-05"), ("LJ-500", 1, 1, 30000, "2026-11-03")]
    assert products[0].name == "明前龙井 250g 罐装"  # the first listing's cleaned title names it


def test_items_without_a_sku_are_merged_by_cleaned_title(db):
    _order(db, "1", [dict(title="【顺丰包邮】手工皂 薰衣草 100g", amount_fen=5900)])
    _order(db, "2", [dict(title="手工皂  薰衣草 100g 现货", amount_fen=5900), dict(title="茶具套装", amount_fen=12800)])
    found = _by_name(db)
    assert sorted(found) == ["手工皂 薰衣草 100g", "茶具套装"]
    assert found["手工皂 薰衣草 100g"].orders == 2
    assert db.execute("SELECT count(*) FROM order_items WHERE product_id IS NULL").fetchone()[0] == 0


def test_an_item_without_a_sku_joins_the_product_with_one_of_its_name(db):
    _order(db, "1", [dict(title="紫砂壶 西施", sku="ZS-01")])
    _order(db, "2", [dict(title="【包邮】紫砂壶 西施")])  # another platform's export: no 商家编码
    (product,) = list_products(db)
    assert (product.sku, product.orders) == ("ZS-01", 2)


def test_a_new_sku_takes_in_the_product_of_its_name_with_the_owners_settings(db):
    _order(db, "1", [dict(title="紫砂壶 西施")])
    (untitled,) = list_products(db)
    set_product(db, untitled.id, private_only=True, price="199", print_name="西施壶")
    _order(db, "2", [dict(title="紫砂壶 西施 现货", sku="ZS-01"), dict(title="紫砂壶 西施")])
    (product,) = list_products(db)
    assert (product.sku, product.orders, product.units) == ("ZS-01", 2, 3)
    assert (product.private_only, product.price_fen, product.print_name) == (True, 19900, "西施壶")
    assert db.execute("SELECT count(*) FROM products").fetchone()[0] == 1


def test_two_new_skus_of_one_name_take_in_its_product_once(db):
    _order(db, "1", [dict(title="紫砂壶 西施")])
    _order(db, "2", [dict(title="紫砂壶 西施", sku="ZS-01"), dict(title="紫砂壶 西施", sku="ZS-02")])
    assert sorted((p.sku, p.orders) for p in list_products(db)) == [("ZS-01", 2), ("ZS-02", 1)]


def test_closed_and_refunded_orders_do_not_count_as_sold(db):
    _order(db, "1", [dict(title="茶具套装", amount_fen=12800)])
    _order(db, "2", [dict(title="茶具套装", amount_fen=12800)], status="refunded", day="2026-11-09")
    _order(db, "3", [dict(title="茶具套装", amount_fen=12800)], status="closed", day="2026-11-09")
    (product,) = list_products(db)
    assert (product.orders, product.revenue_fen, product.last_sold) == (1, 12800, "2026-11-01")


def test_the_import_links_its_items_to_products(db):
    result = import_files(db, [ORDERS / "jd" / "订单导出_20241121.csv"], parallel=False)
    assert not result.rejected
    items, linked = db.execute("SELECT count(*), count(product_id) FROM order_items").fetchone()
    assert items > 0 and linked == items
    total = count_products(db)
    assert 0 < total < items  # lines of the same product are one product
    # importing the same file again makes no second product
    import_files(db, [ORDERS / "jd" / "订单导出_20241121.csv"], parallel=False)
    assert count_products(db) == total


@pytest.mark.file_only("an older version's shop file upgraded by its migrations")
def test_an_older_shop_is_back_filled_by_its_upgrade(data_dir):
    shutil.copy(FOLDER / fixture_name("m0014_customers_stage_trigger_without_clock"), db_path(data_dir))
    with sqlite3.connect(db_path(data_dir)) as raw:  # items as a shop of that version held them
        raw.executemany("INSERT INTO order_items (order_id, line_no, title, sku, quantity, amount_fen) "
                        "VALUES (?, ?, ?, ?, ?, ?)",
                        [(1, 2, "【包邮】手工皂 薰衣草", "", 2, 11800), (2, 2, "紫砂壶 西施", "ZS-01", 1, 39900),
                         (2, 3, "紫砂壶 西施 限时特价", "ZS-01", 1, 39900), (1, 3, "紫砂壶  西施", "", 1, 100)])
    db = open_database(data_dir)
    try:
        assert db.execute("SELECT count(*) FROM order_items WHERE product_id IS NULL").fetchone()[0] == 0
        found = _by_name(db)
        assert sorted(found) == ["手工皂 薰衣草", "紫砂壶 西施", "茶具套装"]
        soap = found["手工皂 薰衣草"]
        assert (soap.orders, soap.units, soap.revenue_fen) == (1, 3, 5900 + 11800)
        # the item without a SKU went to the product with one of its name
        assert (found["紫砂壶 西施"].sku, found["紫砂壶 西施"].units, found["紫砂壶 西施"].orders) == ("ZS-01", 3, 2)
    finally:
        db.close()


def test_the_print_name_is_the_cards_print_name(db):
    _order(db, "1", [dict(title="【包邮】明前龙井 250g", sku="LJ-250")])
    _order(db, "2", [dict(title="明前龙井 250g 杭州西湖 罐装", sku="LJ-250")])
    (product,) = list_products(db)
    changed = set_product(db, product.id, print_name="  明前龙井 ")
    assert (changed.print_name, changed.own_print_name) == ("明前龙井", "明前龙井")
    # every title the product was sold under prints the same name on a card
    assert set(names_for_titles(db, ["【包邮】明前龙井 250g", "明前龙井 250g 杭州西湖 罐装"]).values()) == {"明前龙井"}
    back = set_product(db, product.id, print_name="")
    assert back.own_print_name == "" and back.print_name == "明前龙井 250g"
    assert names_for_titles(db, ["【包邮】明前龙井 250g"]) == {}


def test_private_only_price_and_cost_are_set_in_yuan_and_filtered(db):
    _order(db, "1", [dict(title="茶具套装"), dict(title="紫砂壶")])
    pot = _by_name(db)["紫砂壶"]
    changed = set_product(db, pot.id, private_only=True, price="¥1,280.5", cost="300")
    assert (changed.private_only, changed.price_fen, changed.cost_fen) == (True, 128050, 30000)
    assert [p.name for p in list_products(db, private_only=True)] == ["紫砂壶"]
    assert count_products(db, private_only=True) == 1
    cleared = set_product(db, pot.id, price="", private_only=False)
    assert (cleared.price_fen, cleared.cost_fen, cleared.private_only) == (None, 30000, False)


@pytest.mark.parametrize("text", ["abc", "-5", "12.345", "1e9", "nan"])
def test_bad_money_is_refused_and_nothing_is_written(db, text):
    _order(db, "1", [dict(title="茶具套装")])
    (product,) = list_products(db)
    with pytest.raises(ValueError, match="price"):
        set_product(db, product.id, price=text, cost="10", private_only=True, print_name="茶具")
    assert get_product(db, product.id) == product


def test_a_product_that_is_not_there_is_named(db):
    with pytest.raises(LookupError, match="no product 99"):
        set_product(db, 99, private_only=True)


def test_search_finds_name_sku_and_print_name(db):
    _order(db, "1", [dict(title="茶具套装", sku="TJ-1"), dict(title="紫砂壶 西施")])
    pot = _by_name(db)["紫砂壶 西施"]
    set_product(db, pot.id, print_name="宜兴壶")
    assert [p.name for p in list_products(db, search="TJ-")] == ["茶具套装"]
    assert [p.name for p in list_products(db, search="宜兴")] == ["紫砂壶 西施"]
    assert list_products(db, search="100%") == []
    assert parse_yuan(" 68 元", "x") == 6800 and parse_yuan("", "x") is None
