"""A letter too long for its card is never printed cut: refused before any file is written, or (when
the caller allows it) drawn with only the lines that fit and reported. The checker fits letters
with the longest values of the parcels going out."""

from __future__ import annotations

import pytest

from shopowner.cards.layouts import BUILTIN_LAYOUTS
from shopowner.cards.qr import qr_matrix
from shopowner.cards.render import CardArt, CardContent, LetterTooLong, overflowing_cards, render_cards

from tests.cards.conftest import flat, open_pdf
from tests.cards.test_card_designs import QR, chars_outside

LONG = "谢谢你选了我们的茶，每一包都是我们亲手挑过的。" * 60


def cards(n: int, long_at: tuple[int, ...]) -> list[CardContent]:
    return [CardContent(f"K7F{i:02d}", LONG if i in long_at else "谢谢你，朋友。", "林小满", order_ref=f"淘宝 {i}")
            for i in range(n)]


def test_a_letter_too_long_is_refused_before_any_file_is_written(tmp_path):
    layout = BUILTIN_LAYOUTS["a4-10up-90x54"]
    out = tmp_path / "cards.pdf"
    with pytest.raises(LetterTooLong) as raised:
        render_cards(cards(12, (3, 11)), layout, out, CardArt(qr_matrix=qr_matrix(QR)))
    assert [(i.index, i.kind) for i in raised.value.issues] == [(3, "too_long"), (11, "too_long")]
    assert "K7F03" in str(raised.value) and "K7F11" in str(raised.value)
    assert list(tmp_path.iterdir()) == []  # no PDF, no .part file


@pytest.mark.parametrize("name", ["a4-10up-90x54", "roll-76", "a4-4up-a6"])
@pytest.mark.parametrize("design", ["letter_paper", "simple", "portrait"])
def test_allowing_overflow_prints_the_lines_that_fit_and_nothing_outside_the_cards(tmp_path, name, design):
    layout = BUILTIN_LAYOUTS[name]
    batch = cards(max(layout.per_page, 2), tuple(range(0, max(layout.per_page, 2), 2)))
    art = CardArt(qr_matrix=qr_matrix(QR), design=design, shop_name="小满茶铺")
    out = tmp_path / "cut.pdf"
    result = render_cards(batch, layout, out, art, allow_overflow=True)
    long_ones = [i for i, c in enumerate(batch) if c.letter == LONG]
    assert sorted(i.index for i in result.issues if i.kind == "too_long") == long_ones
    assert all("lines left out" in i.message for i in result.issues)
    pdf = open_pdf(out)
    for page_no in range(len(pdf)):
        cells = range(layout.per_page) if layout.per_page > 1 else [0]
        assert chars_outside(pdf[page_no], layout, cells) == []
    text = flat("".join(pdf[p].get_textpage().get_text_range() for p in range(len(pdf))))
    assert text.count("林小满") == len(batch)  # every card still signed
    assert text.count("K7F") == len(batch)
    pdf.close()


def test_overflowing_cards_measures_exactly_what_the_renderer_draws(tmp_path):
    """Letters around the limit: the cards overflowing_cards names are exactly those render refuses."""
    layout = BUILTIN_LAYOUTS["roll-76"]
    art = CardArt(qr_matrix=qr_matrix(QR), design="portrait", order_barcode=True)
    unit = "谢谢你选了我们的茶，喝得好不好，都请告诉我。"
    batch = [CardContent(f"K{i:04d}", unit * i, "林小满", order_ref="淘宝 1", order_number="1") for i in range(1, 30)]
    named = [i.index for i in overflowing_cards(batch, layout, art)]
    assert named and named[0] > 1 and named == list(range(named[0], len(batch)))
    fits = batch[named[0] - 1]
    render_cards([fits], layout, tmp_path / "ok.pdf", art)  # the longest that fits prints
    with pytest.raises(LetterTooLong):
        render_cards([batch[named[0]]], layout, tmp_path / "no.pdf", art)


def test_the_checker_fits_with_the_longest_values_of_the_parcels_going_out(card_shop):
    from shopowner.cards.checker import check_for_shop, check_letter, letter_fits
    from shopowner.cards.fit_values import longest_merge_values
    from shopowner.cards.print_names import set_product_name
    from shopowner.store.cards import card_sources, to_ship_order_ids

    roll = BUILTIN_LAYOUTS["roll-80"]
    sources = card_sources(card_shop, to_ship_order_ids(card_shop))
    assert sources
    before = longest_merge_values(card_shop)
    # the owner names one product going out with a long print name: the check must use it
    title = sources[-1]["products"][0]
    set_product_name(card_shop, title, "特级明前狮峰龙井茶礼盒装双罐二五零克")
    longest = longest_merge_values(card_shop)
    assert before["商品"] != longest["商品"] and longest["商品"].startswith("特级明前狮峰龙井茶礼盒装双罐二五零克")
    # a letter that fits the sample product but not the batch's longest one
    body = None
    for n in range(1, 80):
        candidate = "谢谢你选了{商品}。" * n
        if not letter_fits(candidate, roll):
            break
        body = candidate
        if not letter_fits(candidate, roll, values=longest):
            break
    assert body is not None and letter_fits(body, roll) and not letter_fits(body, roll, values=longest)
    assert "too_long" not in [w.kind for w in check_letter(body, layout=roll)]
    assert "too_long" in [w.kind for w in check_for_shop(card_shop, body, roll)]
