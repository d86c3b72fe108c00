"""A private order gets a card like any parcel: it is among the cards area's parcels going out
(paid, not shipped, no card yet), takes the returning buyer's letter (or a letter the owner wrote
for WeChat orders, platform ``private``), and its card prints the letter, the code and the
founder's QR: the PDF's text extracted and the QR decoded."""

from __future__ import annotations

from shopowner.cards.batch import make_cards
from shopowner.cards.layouts import BUILTIN_LAYOUTS
from shopowner.cards.selection import Selection, select_orders
from shopowner.orders.private import add_private_order
from shopowner.store import letters as letter_store
from tests.cards.conftest import (  # noqa: F401  (fixtures, found by name)
    DEMO_QR, _no_drawing_process_left, card_shop, cell_text, decode_cell, flat, make_parcels, open_pdf, page_image,
    pdf_codes,
)

A6 = BUILTIN_LAYOUTS["a4-4up-a6"]
DPI = 200


def _regular(db) -> tuple[int, int]:
    """A named demo customer with paid orders, and how many."""
    return db.execute("SELECT id, order_count FROM customers WHERE order_count >= 1 AND name <> '' "
                      "AND is_anonymous = 0 AND merged_into IS NULL ORDER BY order_count DESC, id LIMIT 1").fetchone()


def _card(db, data_dir, tmp_path, name: str) -> tuple[dict, str, list[str], list[str]]:
    out = tmp_path / name
    result = make_cards(db, data_dir, "to-ship", A6, out)
    page = open_pdf(out)[0]
    return result, flat(cell_text(page, A6, 0)), decode_cell(page_image(page, DPI), A6, 0, DPI), pdf_codes(out)


def test_a_private_orders_card_has_the_returning_letter_its_code_and_the_qr(card_shop, data_dir, tmp_path):  # noqa: F811
    make_parcels(card_shop, 0, ship_all=True)  # every platform parcel went out already
    customer, orders = _regular(card_shop)
    order = add_private_order(card_shop, customer, ["明前龙井 250g*2@150"], paid_via="wechat")
    assert select_orders(card_shop, Selection.parse("to-ship")) == [order.id]  # the cards area's parcels going out
    result, text, qr, codes = _card(card_shop, data_dir, tmp_path, "private.pdf")
    [card] = result["cards"]
    assert card["order_id"] == order.id and codes == [card["code"]]
    assert "又见面了" in text and f"第{orders + 1}次" in text  # the returning buyer's letter, this purchase counted
    assert "龙井" in text and order.number[-4:] in text  # the product and the order for the packer
    assert qr == [DEMO_QR]
    assert select_orders(card_shop, Selection.parse("to-ship")) == []  # carded: no longer going out


def test_a_letter_for_wechat_orders_is_chosen_for_them(card_shop, data_dir, tmp_path):  # noqa: F811
    make_parcels(card_shop, 0, ship_all=True)
    letter_store.add_letter(card_shop, "私域老朋友", "{称呼}，谢谢你在微信里找我下单，{商品}已经打包好了。",
                            "{创始人}", platform="private")
    customer, _ = _regular(card_shop)
    order = add_private_order(card_shop, customer, ["正山小种 红茶 200g*1@88"], paid_via="alipay")
    result, text, qr, _codes = _card(card_shop, data_dir, tmp_path, "wechat.pdf")
    assert result["cards"][0]["order_id"] == order.id
    assert "谢谢你在微信里找我下单" in text and "又见面了" not in text and qr == [DEMO_QR]
