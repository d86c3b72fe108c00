"""Product names for print: promotion tags stripped, shortened, the owner's own names stored by the
cleaned title, listed newest first a page at a time, set from the CLI, printed by {商品}."""

from __future__ import annotations

import json

import pytest

from shopowner.cards.letter import product_text
from shopowner.cards.print_names import (
    apply_product_names, list_products, names_for_titles, reset_product_name, set_product_name,
)
from shopowner.cards.product_names import (
    AUTO_LENGTH, MAX_LENGTH, auto_print_name, check_print_name, print_name, title_key,
)
from shopowner.cli import run as cli_run
from shopowner.demo import PRIVATE_PRODUCTS, PRODUCTS


@pytest.mark.parametrize("title, key, name", [
    ("【包邮】明前龙井 250g", "明前龙井 250g", "明前龙井 250g"),
    ("[现货]正山小种 红茶 200g 顺丰包邮", "正山小种 红茶 200g", "正山小种 红茶 200g"),
    ("【限时特价】【买一送一】福鼎白茶 白牡丹饼 357g（包邮）", "福鼎白茶 白牡丹饼 357g", "福鼎白茶 白牡丹饼 357g"),
    ("新品上市｜桂花乌龙 冷泡茶包", "桂花乌龙 冷泡茶包", "桂花乌龙 冷泡茶包"),
    ("2024新茶 明前特级龙井茶叶 杭州西湖 绿茶 250g罐装 送礼 包邮",
     "2024新茶 明前特级龙井茶叶 杭州西湖 绿茶 250g罐装 送礼", "2024新茶 明前特级龙井茶叶"),
    ("iPhone 15 Pro Max 256GB 官方正品", "iPhone 15 Pro Max 256GB", "iPhone 15 Pro Max 256GB"),
    ("包邮", "包邮", "包邮"),  # nothing but a tag: kept rather than printing nothing
])
def test_promotion_tags_are_stripped_and_long_titles_shortened(title, key, name):
    assert title_key(title) == key
    assert auto_print_name(title) == name
    assert title_key(key) == key  # cleaning a cleaned title changes nothing


def test_the_automatic_name_is_capped_at_a_word_boundary():
    name = auto_print_name("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十")
    assert len(name) == AUTO_LENGTH
    assert auto_print_name("明前特级龙井茶叶 杭州西湖 绿茶 礼盒装 双罐") == "明前特级龙井茶叶 杭州西湖 绿茶"


def test_an_owners_name_is_checked_and_wins():
    assert check_print_name("  狮峰  龙井 ") == "狮峰 龙井"
    with pytest.raises(ValueError):
        check_print_name("")
    with pytest.raises(ValueError, match=str(MAX_LENGTH)):
        check_print_name("特" * (MAX_LENGTH + 1))
    names = {"明前龙井 250g": "狮峰龙井"}
    assert print_name("【包邮】明前龙井 250g", names) == "狮峰龙井"
    assert print_name("【现货】明前龙井 250g", names) == "狮峰龙井"  # same product, other tags
    assert product_text(["【包邮】明前龙井 250g", "安吉白茶 100g"], names) == "狮峰龙井 等 2 件"
    assert product_text(["【包邮】明前龙井 250g"]) == "明前龙井 250g"
    assert product_text(["13812345678"]) == ""  # a phone number never prints


def test_names_are_stored_by_cleaned_title_in_one_transaction(demo_db):
    key, name = set_product_name(demo_db, "【包邮】明前龙井 250g", "狮峰龙井")
    assert (key, name) == ("明前龙井 250g", "狮峰龙井")
    assert names_for_titles(demo_db, ["明前龙井 250g", "安吉白茶 100g"]) == {"明前龙井 250g": "狮峰龙井"}
    with pytest.raises(ValueError):  # one bad name: nothing of the batch is saved
        apply_product_names(demo_db, {"安吉白茶 100g": "安吉", "茉莉花茶 特级": "特" * 30})
    assert names_for_titles(demo_db, ["安吉白茶 100g"]) == {}
    assert apply_product_names(demo_db, {"安吉白茶 100g": "安吉", "明前龙井 250g": None}) == 2
    assert names_for_titles(demo_db, ["明前龙井 250g", "安吉白茶 100g"]) == {"安吉白茶 100g": "安吉"}
    assert reset_product_name(demo_db, "安吉白茶 100g") and not reset_product_name(demo_db, "安吉白茶 100g")


def test_products_are_listed_newest_first_a_page_at_a_time(demo_db):
    # a promotion-tagged listing of a product already sold: one product, not two
    demo_db.execute("UPDATE order_items SET title = '【包邮】' || title WHERE id IN "
                    "(SELECT id FROM order_items WHERE title = '明前龙井 250g' LIMIT 3)")
    demo_db.execute("UPDATE orders SET created_at = NULL WHERE id IN (SELECT id FROM orders LIMIT 2)")
    everything = list_products(demo_db, limit=100)
    keys = [p.key for p in everything.products]
    assert len(keys) == len(set(keys)) == len(PRODUCTS) + len(PRIVATE_PRODUCTS) and everything.cursor is None
    dates = [p.last_ordered for p in everything.products]
    assert dates == sorted(dates, reverse=True)
    seen: set[str] = set()
    pages, cursor = [], None
    while True:  # three at a time: the same products, in the same order
        page = list_products(demo_db, limit=3, cursor=cursor, seen=seen)
        pages += [p.key for p in page.products]
        assert len(page.products) <= 3
        cursor = page.cursor
        if cursor is None:
            break
    assert pages == keys


def test_the_scan_of_a_page_is_bounded_for_a_big_shop(demo_db):
    orders = demo_db.execute("SELECT count(*) FROM orders").fetchone()[0]
    page = list_products(demo_db, limit=100, scan_orders=50)
    assert page.cursor is not None and len(page.products) <= len(PRODUCTS) + len(PRIVATE_PRODUCTS)  # stopped early
    rest = list_products(demo_db, limit=100, cursor=page.cursor, seen={p.key for p in page.products})
    assert orders > 50 and len(page.products) + len(rest.products) == len(PRODUCTS) + len(PRIVATE_PRODUCTS)


def test_the_cli_lists_sets_and_resets_print_names(demo_db, data_dir, capsys):
    base = ["--data-dir", str(data_dir), "print-names"]
    assert cli_run(base + ["list", "--json", "--limit", "3"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) == 3 and {"title", "print_name", "automatic_name", "own_name"} <= set(listed[0])
    assert cli_run(base + ["set", "【包邮】明前龙井 250g", "狮峰龙井"]) == 0
    assert "狮峰龙井" in capsys.readouterr().out
    assert names_for_titles(demo_db, ["明前龙井 250g"]) == {"明前龙井 250g": "狮峰龙井"}
    assert cli_run(base + ["set", "明前龙井 250g", "特" * 21]) == 1
    assert str(MAX_LENGTH) in capsys.readouterr().err
    assert cli_run(base + ["list"]) == 0
    assert "狮峰龙井" in capsys.readouterr().out
    assert cli_run(base + ["reset", "明前龙井 250g"]) == 0
    assert names_for_titles(demo_db, ["明前龙井 250g"]) == {}


def test_the_batch_prints_the_print_name(card_shop, data_dir, tmp_path):
    from shopowner.cards.batch import plan_batch
    from shopowner.cards.selection import Selection

    order = card_shop.execute("SELECT o.id FROM orders o WHERE (SELECT count(*) FROM order_items i "
                              "WHERE i.order_id = o.id) = 1 LIMIT 1").fetchone()[0]
    card_shop.execute("UPDATE order_items SET title = '【包邮】限时特价 ' || title WHERE order_id = ?", [order])
    title = card_shop.execute("SELECT title FROM order_items WHERE order_id = ?", [order]).fetchone()[0]
    plan = plan_batch(card_shop, data_dir, Selection("ids", refs=(str(order),)))
    assert title_key(title) in plan.cards[0].content.letter and "包邮" not in plan.cards[0].content.letter
    set_product_name(card_shop, title, "我们的招牌茶")
    plan = plan_batch(card_shop, data_dir, Selection("ids", refs=(str(order),)))
    assert "我们的招牌茶" in plan.cards[0].content.letter


def test_the_cli_sets_the_card_design_and_pictures(demo_db, data_dir, tmp_path, capsys):
    from PIL import Image

    from shopowner.store.settings import get_setting

    base = ["--data-dir", str(data_dir), "settings", "set"]
    assert cli_run(base + ["card-design", "portrait"]) == 0
    assert get_setting(demo_db, "cards_design") == "portrait"
    assert cli_run(base + ["card-design", "fancy"]) == 1
    assert "letter_paper" in capsys.readouterr().err
    assert cli_run(base + ["order-barcode", "on"]) == 0 and get_setting(demo_db, "cards_order_barcode") is True
    scan = tmp_path / "sig.png"
    Image.new("RGB", (120, 40), "white").save(scan)
    assert cli_run(base + ["signature-image", str(scan)]) == 0
    assert get_setting(demo_db, "cards_signature_image") == "cards/signature.png"
    assert (data_dir / "cards" / "signature.png").is_file()
    assert cli_run(base + ["card-image", str(tmp_path / "missing.png")]) == 1
    assert cli_run(base + ["signature-image", "none"]) == 0 and get_setting(demo_db, "cards_signature_image") == ""
