"""``products list|set`` in-process on a small real shop: effects read back through the core, bad
input refused with a message and nothing written, in English and in Chinese."""

from __future__ import annotations

import json

from shopowner.products.catalogue import get_product, list_products
from shopowner.store.orders import add_order
from shopowner.store.products import link_items


def _shop(book) -> dict[str, int]:
    """The book's orders (明前龙井 250g, no SKU) and one order of a tea set with a SKU."""
    with book.db.atomic():
        order = add_order(book.db, dict(platform="jd", platform_order_id="JD1", customer_id=book.li,
                                        status="paid", created_at="2020-01-02 10:00:00"),
                          [dict(title="【包邮】茶具套装 6件", sku="TJ-6", quantity=2, amount_fen=25600)])
        link_items(book.db, [r[0] for r in book.db.execute("SELECT id FROM orders")] + [order])
    return {p.name: p.id for p in list_products(book.db)}


def test_list_and_set_round_trip(cli, book, en_translators):
    ids = _shop(book)
    listed = json.loads(cli("products", "list", "--json").out)
    assert [(p["name"], p["orders"], p["units"], p["revenue_fen"]) for p in listed] == [
        ("明前龙井 250g", 3, 3, 16800 + 8800 + 5900), ("茶具套装 6件", 1, 2, 25600)]
    tea_set = ids["茶具套装 6件"]
    done = cli("products", "set", tea_set, "--print-name", "茶具", "--private-only", "yes",
               "--price", "99.9", "--cost", "40")
    assert done.code == 0, done.err
    assert done.out.strip() == (f"Product {tea_set} saved: prints as “茶具”, private price 99.90, cost 40.00, "
                                "sold only over WeChat.")
    product = get_product(book.db, tea_set)
    assert (product.print_name, product.private_only, product.price_fen, product.cost_fen) == ("茶具", True, 9990, 4000)
    private = json.loads(cli("products", "list", "--private-only", "--json").out)
    assert [p["id"] for p in private] == [tea_set]
    text = cli("products", "list").out.splitlines()
    assert text[0].split("\t")[:3] == ["No.", "Print name", "SKU"]
    assert text[2].split("\t")[:3] == [str(tea_set), "茶具", "TJ-6"] and "private only" in text[2]
    back = json.loads(cli("products", "set", tea_set, "--private-only", "no", "--price", "", "--json").out)
    assert (back["private_only"], back["price_fen"], back["cost_fen"]) == (False, None, 4000)


def test_bad_input_is_refused_and_writes_nothing(cli, book, en_translators):
    ids = _shop(book)
    tea = ids["明前龙井 250g"]
    before = get_product(book.db, tea)
    bad_price = cli("products", "set", tea, "--price", "九十九", "--private-only", "yes")
    assert bad_price.code == 1 and bad_price.out == ""
    assert bad_price.err.strip() == ("Error: The private price “九十九” is not an amount. Type it in yuan, "
                                     "such as 68 or 68.50.")
    too_long = cli("products", "set", tea, "--print-name", "明" * 21, "--cost", "5")
    assert too_long.code == 1 and "21 characters" in too_long.err
    nothing = cli("products", "set", tea)
    assert nothing.code == 1 and "--private-only" in nothing.err
    unknown = cli("products", "set", 999, "--cost", "1")
    assert unknown.code == 1 and "no product 999" in unknown.err
    assert cli("products", "set", tea, "--private-only", "maybe").code == 2
    assert get_product(book.db, tea) == before


def test_empty_shop_says_to_import(cli, db, en_translators):
    assert cli("products", "list").out.strip() == "No products yet: import your orders first."
    assert json.loads(cli("products", "list", "--json").out) == []


def test_products_words_in_chinese(cli, book, zh_translators):
    ids = _shop(book)
    tea = ids["明前龙井 250g"]
    saved = cli("products", "set", tea, "--private-only", "yes", "--cost", "12")
    assert saved.code == 0 and saved.out.startswith(f"商品 {tea} 已保存") and "仅在微信私域销售" in saved.out
    refused = cli("products", "set", tea, "--price", "abc")
    assert refused.code == 1 and refused.err.startswith("错误：") and "私域价" in refused.err
    heading = cli("products", "list").out.splitlines()[0].split("\t")
    assert heading[:2] == ["编号", "印刷名称"]
    assert cli("products", "list", "--private-only", "--search", "没有").out.strip() == "没有符合条件的商品。"
