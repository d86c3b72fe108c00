"""Every layout, printed for real: each card's QR decodes (also at 203 dpi, 1 bit), its text holds
its merge values and its code, the card is the promised size, masked names never print."""

from __future__ import annotations

import pypdfium2.raw as pdfium_c
import pytest

from shopowner.cards.batch import plan_batch, record_plan, render_plan
from shopowner.cards.codes import is_valid
from shopowner.cards.layouts import BUILTIN_LAYOUTS, MM, PrintOptions, with_changes
from shopowner.cards.letter import GENERIC_SALUTATION, MergeSource
from shopowner.cards.selection import Selection
from shopowner.store.cards import all_order_ids, card_sources
from shopowner.store.settings import FOUNDER_NAME, SHOP_NAME, get_setting

from tests.cards.conftest import DEMO_QR, cell_text, decode_cell, flat, open_pdf, page_image


def expected_values(source: dict, code: str) -> dict:
    return MergeSource(name=source["name"], nickname=source["nickname"], products=tuple(source["products"]),
                       order_date=source["created_at"], purchase_no=source["purchase_no"],
                       city=source["city"] or "", code=code).values()


@pytest.mark.parametrize("name", sorted(BUILTIN_LAYOUTS))
def test_every_card_of_every_layout_decodes_and_carries_its_values(card_shop, data_dir, tmp_path, name):
    layout = BUILTIN_LAYOUTS[name]
    count = layout.per_page + 1 if layout.per_page > 1 else 3  # spill onto a second page
    ids = all_order_ids(card_shop)[:count]
    plan = plan_batch(card_shop, data_dir, Selection("ids", refs=tuple(map(str, ids))))
    out = tmp_path / f"{name}.pdf"
    result = render_plan(plan, layout, out)
    assert [i.kind for i in result.issues] == []
    pdf = open_pdf(out)
    assert len(pdf) == result.pages == -(-count // layout.per_page)
    sources = {s["order_id"]: s for s in card_sources(card_shop, ids)}
    for dpi, one_bit in ((300, False), (203, True)):
        for page_no in range(len(pdf)):
            page = pdf[page_no]
            image = page_image(page, dpi, one_bit)
            for cell in range(layout.per_page):
                n = page_no * layout.per_page + cell
                if n >= count:
                    break
                assert decode_cell(image, layout, cell, dpi) == [DEMO_QR], (name, dpi, n)
    for n, card in enumerate(plan.cards):
        page_no, cell = divmod(n, layout.per_page)
        text = flat(cell_text(pdf[page_no], layout, cell))
        assert card.content.code in text
        values = expected_values(sources[card.order_id], card.content.code)
        for field in ("称呼", "商品", "下单日期", "暗号"):
            assert flat(values[field]) in text, (name, field, values[field])
        assert flat(get_setting(card_shop, SHOP_NAME)) in text
        assert flat(get_setting(card_shop, FOUNDER_NAME)) in text
        assert "*" not in text
    pdf.close()


def _thin_marks(page):
    """(x of vertical marks, y of horizontal marks) in mm: the crop marks drawn on the page."""
    xs, ys, vertical = [], [], []
    for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_PATH,), max_depth=1):
        left, bottom, right, top = (v / MM for v in obj.get_bounds())
        if right - left < 0.3 and top - bottom > 2:
            xs.append((left + right) / 2)
            vertical.append((bottom, top))
        elif top - bottom < 0.3 and right - left > 2:
            ys.append((top + bottom) / 2)
    return xs, ys, vertical


@pytest.mark.parametrize("name", sorted(BUILTIN_LAYOUTS))
def test_the_card_is_the_promised_size_within_0_2_mm(card_shop, data_dir, tmp_path, name):
    layout = BUILTIN_LAYOUTS[name]
    if layout.per_page > 1 and layout.card_w >= layout.page_w:
        # a card as wide as the sheet leaves no room for side marks: measure it on a wider sheet
        layout = with_changes(layout, page_w=layout.page_w + 20, margin_left=10)
    ids = all_order_ids(card_shop)[:1]
    plan = plan_batch(card_shop, data_dir, Selection("ids", refs=(str(ids[0]),)))
    out = tmp_path / "one.pdf"
    # one card alone on a part-used sheet: the marks around it are drawn
    render_plan(plan, layout, out, PrintOptions(start_position=layout.per_page))
    page = open_pdf(out)[0]
    if layout.per_page == 1:
        w, h = (v / MM for v in page.get_size())
        assert abs(w - layout.card_w) <= 0.2 and abs(h - layout.card_h) <= 0.2
        return
    xs, ys, _ = _thin_marks(page)
    assert xs and ys, "no crop marks drawn"
    assert abs((max(xs) - min(xs)) - layout.card_w) <= 0.2
    assert abs((max(ys) - min(ys)) - layout.card_h) <= 0.2


def test_crop_marks_never_cross_a_used_card(card_shop, data_dir, tmp_path):
    layout = BUILTIN_LAYOUTS["a4-10up-90x54"]
    ids = all_order_ids(card_shop)[:10]
    plan = plan_batch(card_shop, data_dir, Selection("ids", refs=tuple(map(str, ids))))
    render_plan(plan, layout, tmp_path / "full.pdf")
    xs, ys, _ = _thin_marks(open_pdf(tmp_path / "full.pdf")[0])
    assert xs and ys
    for x in xs:  # vertical marks sit in the margins above/below the block of cards only
        assert any(abs(x - edge) < 0.2 for edge in (12, 102, 108, 198))


def test_start_position_and_copies_place_cards_in_order(card_shop, data_dir, tmp_path):
    layout = BUILTIN_LAYOUTS["a4-4up-a6"]
    ids = all_order_ids(card_shop)[:2]
    plan = plan_batch(card_shop, data_dir, Selection("ids", refs=tuple(map(str, ids))))
    out = tmp_path / "part.pdf"
    result = render_plan(plan, layout, out, PrintOptions(start_position=2, copies=2))
    pdf = open_pdf(out)
    assert result.pages == 2  # cells 2, 3, 4 on the first sheet, then one on the second
    first, second = (c.content.code for c in plan.cards)
    assert cell_text(pdf[0], layout, 0).strip() == ""
    assert first in flat(cell_text(pdf[0], layout, 1)) and first in flat(cell_text(pdf[0], layout, 2))
    assert second in flat(cell_text(pdf[0], layout, 3)) and second in flat(cell_text(pdf[1], layout, 0))


def test_masked_and_anonymous_buyers_get_the_generic_salutation(card_shop, data_dir, tmp_path):
    masked = [r[0] for r in card_shop.execute(
        "SELECT o.id FROM orders o JOIN customers c ON c.id = o.customer_id "
        "WHERE c.name LIKE '%*%' OR c.name = '' ORDER BY o.id LIMIT 8")]
    assert len(masked) == 8
    plan = plan_batch(card_shop, data_dir, Selection("ids", refs=tuple(map(str, masked))))
    layout = BUILTIN_LAYOUTS["a4-10up-90x54"]
    render_plan(plan, layout, tmp_path / "masked.pdf")
    pdf = open_pdf(tmp_path / "masked.pdf")
    text = flat(pdf[0].get_textpage().get_text_range())
    assert "*" not in text
    assert text.count(GENERIC_SALUTATION) >= 8
    phones = [r[0] for r in card_shop.execute("SELECT value FROM customer_identities WHERE kind = 'phone'")]
    assert not any(p in text for p in phones)


def test_codes_are_unique_and_valid_across_batches(card_shop, data_dir, tmp_path):
    layout = BUILTIN_LAYOUTS["thermal-100x150"]
    codes = []
    for half in (slice(0, 300), slice(300, 600)):
        ids = all_order_ids(card_shop)[half]
        plan = plan_batch(card_shop, data_dir, Selection("ids", refs=tuple(map(str, ids))))
        render_plan(plan, layout, tmp_path / "batch.pdf")
        record_plan(card_shop, plan, layout, tmp_path / "batch.pdf")
        codes += [c.content.code for c in plan.cards]
    assert len(codes) == len(set(codes)) == 600
    assert all(is_valid(c) for c in codes)
    assert card_shop.execute("SELECT count(DISTINCT code) FROM cards").fetchone()[0] == 600


def test_a_character_no_font_has_is_reported_not_printed_as_a_box(card_shop, data_dir, tmp_path):
    order_id = all_order_ids(card_shop)[0]
    card_shop.execute("UPDATE customers SET name = ? WHERE id = (SELECT customer_id FROM orders WHERE id = ?)",
                      ["王\U0001F600明", order_id])
    plan = plan_batch(card_shop, data_dir, Selection("ids", refs=(str(order_id),)))
    result = render_plan(plan, BUILTIN_LAYOUTS["roll-80"], tmp_path / "emoji.pdf")
    assert [i.kind for i in result.issues] == ["missing_glyph"]
    text = open_pdf(tmp_path / "emoji.pdf")[0].get_textpage().get_text_range()
    assert "王明" in flat(text) and "\U0001F600" not in text


def test_a_rare_character_the_card_font_lacks_is_drawn_in_a_fallback_font(card_shop, data_dir, tmp_path):
    from shopowner.cards.fonts import card_font_cmap, fallback_font

    if fallback_font() is None:
        pytest.skip("no system CJK fallback font on this machine (e.g. fonts-droid-fallback)")
    rare = next(chr(c) for c in sorted(fallback_font()[1] - card_font_cmap()) if 0x3400 <= c <= 0x4DBF)
    order_id = all_order_ids(card_shop)[0]
    card_shop.execute("UPDATE customers SET name = ? WHERE id = (SELECT customer_id FROM orders WHERE id = ?)",
                      [f"王{rare}", order_id])
    plan = plan_batch(card_shop, data_dir, Selection("ids", refs=(str(order_id),)))
    result = render_plan(plan, BUILTIN_LAYOUTS["roll-80"], tmp_path / "rare.pdf")
    assert result.issues == []
    assert f"王{rare}" in flat(open_pdf(tmp_path / "rare.pdf")[0].get_textpage().get_text_range())


def test_bleed_is_drawn_past_the_trim_not_made_by_scaling(card_shop, data_dir, tmp_path):
    from shopowner.cards.designs import DESIGN_KEY
    from shopowner.store.settings import set_setting

    set_setting(card_shop, DESIGN_KEY, "simple")  # the design with a band along the top
    layout = BUILTIN_LAYOUTS["a4-10up-90x54"]
    bleed = layout.usable_bleed()
    plan = plan_batch(card_shop, data_dir, Selection("ids", refs=("1",)))
    render_plan(plan, layout, tmp_path / "bleed.pdf")
    page = open_pdf(tmp_path / "bleed.pdf")[0]
    w, h = (v / MM for v in page.get_size())
    assert abs(w - 210) < 0.01 and abs(h - 297) < 0.01  # the sheet itself is never enlarged
    x, y = layout.cell_origin(0)
    # the band is part of what every card shares (one form placed per card): the placed form
    # reaches past the trim exactly by the band's bleed, and nothing else does
    bands = [[v / MM for v in o.get_bounds()] for o in page.get_objects(
        filter=(pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM), max_depth=1)]
    band = next(b for b in bands if b[2] - b[0] > layout.card_w)  # the top band, wider than the card
    assert abs(band[0] - (x - bleed)) < 0.05 and abs(band[2] - (x + layout.card_w + bleed)) < 0.05
    assert abs(band[3] - (297 - y + bleed)) < 0.05  # past the top trim by the bleed


def test_a_scanned_signature_is_placed_instead_of_the_typed_one(card_shop, data_dir, tmp_path):
    from PIL import Image, ImageDraw

    from shopowner.cards.batch import SIGNATURE_IMAGE_KEY
    from shopowner.store.settings import set_setting

    (data_dir / "cards").mkdir(exist_ok=True)
    scan = Image.new("RGB", (300, 100), "white")
    ImageDraw.Draw(scan).line((10, 80, 290, 20), fill="black", width=6)
    scan.save(data_dir / "cards" / "signature.png")
    set_setting(card_shop, SIGNATURE_IMAGE_KEY, "cards/signature.png")
    plan = plan_batch(card_shop, data_dir, Selection("ids", refs=("1",)))
    render_plan(plan, BUILTIN_LAYOUTS["roll-80"], tmp_path / "sig.pdf")
    page = open_pdf(tmp_path / "sig.pdf")[0]
    images = list(page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=1))
    assert [i.get_px_size() for i in images] == [(300, 100)]


def test_every_merge_field_reaches_the_printed_card(card_shop, data_dir, tmp_path):
    from shopowner.cards.letter import MERGE_FIELDS
    from shopowner.store import letters as letter_store

    body = "｜".join(f"{field}={{{field}}}" for field in MERGE_FIELDS)
    letter_store.add_letter(card_shop, "全部字段", body, "{创始人}")
    ids = [r[0] for r in card_shop.execute(
        "SELECT o.id FROM orders o JOIN customers c ON c.id = o.customer_id "
        "WHERE c.city != '' AND c.name NOT LIKE '%*%' ORDER BY o.id DESC LIMIT 4")]
    plan = plan_batch(card_shop, data_dir, Selection("ids", refs=tuple(map(str, ids))), letter_name="全部字段")
    layout = BUILTIN_LAYOUTS["a4-4up-a6"]
    render_plan(plan, layout, tmp_path / "fields.pdf")
    page = open_pdf(tmp_path / "fields.pdf")[0]
    sources = {s["order_id"]: s for s in card_sources(card_shop, ids)}
    for cell, card in enumerate(plan.cards):
        text = flat(cell_text(page, layout, cell))
        values = expected_values(sources[card.order_id], card.content.code)
        values["店铺"], values["创始人"] = get_setting(card_shop, SHOP_NAME), get_setting(card_shop, FOUNDER_NAME)
        for field in MERGE_FIELDS:
            assert values[field] and flat(f"{field}={values[field]}") in text, (field, values[field])


def test_overflowing_cards_names_only_the_letters_that_cannot_fit():
    from shopowner.cards.render import CardContent, overflowing_cards

    roll = BUILTIN_LAYOUTS["roll-76"]
    cards = [CardContent("AAAA", "谢谢你。"), CardContent("BBBB", "谢谢你，" * 400), CardContent("CCCC", "好")]
    issues = overflowing_cards(cards, roll)
    assert [(i.index, i.kind) for i in issues] == [(1, "too_long")]
    assert "BBBB" in issues[0].message
    assert overflowing_cards(cards[:1], BUILTIN_LAYOUTS["a4-2up-a5"]) == []
