"""Every layout × design, printed for real with a long letter that has to shrink to fit, rare
characters (䶮 𠮷) and a 30-character product title: the text extracted from the PDF keeps the
Chinese line-breaking rules and every character, nothing is drawn outside the card, every QR
decodes at 203 dpi 1-bit, pages are their exact size, and the PDF holds embedded fonts only."""

from __future__ import annotations

import re

import pytest
import zxingcpp

from shopowner.cards.designs import DESIGNS
from shopowner.cards.geometry import CardGeometry
from shopowner.cards.layouts import BUILTIN_LAYOUTS, MM
from shopowner.cards.letter import product_text
from shopowner.cards.qr import qr_matrix
from shopowner.cards.render import CardArt, CardContent, overflowing_cards, render_cards
from shopowner.cards.typeset import breaks_rules

from tests.cards.conftest import cell_box_pt, decode_cell, flat, open_pdf, page_image

QR = "https://u.wechat.com/founder-test-qr"
RARE_NAME = "欧阳䶮𠮷"
PRODUCT_30 = "【包邮】2024新茶明前特级龙井茶叶杭州西湖绿茶礼盒250g"  # 30 characters as listed
SENTENCES = [
    "我是小满茶铺的林小满，谢谢你选了我们的{商品}。", "店很小，每一份订单我都会看；每一包茶，都是我们亲手挑过的！",
    "收到以后（好不好喝、哪里不满意），都请直接告诉我。", "扫卡片上的二维码加我的微信：我本人每天都会看大家的话……",
    "iPhone 用户扫码 3.5 秒就好，Android 也一样。", "《茶经》说：“茶之为用，味至寒。”",
    "冲泡时水温 85℃ 左右最好，第一泡 10 秒就出汤。", "喝完了想要新品、想改进的地方，也欢迎告诉我——你的话我会认真听。",
]


def letter(sentences: int, name: str, product: str) -> str:
    """The salutation, then ``sentences`` sentences in paragraphs of three."""
    body = [SENTENCES[i % len(SENTENCES)].replace("{商品}", product) for i in range(sentences)]
    paras = ["".join(body[i:i + 3]) for i in range(0, len(body), 3)]
    return "\n\n".join([f"{name}，你好："] + paras + ["愿它陪你度过一段好时光。"])


def longest_that_fits(layout, art, name, product) -> str:
    """The longest letter of the sentences that still fits: a letter that had to shrink."""
    best = letter(1, name, product)
    for n in range(2, 60):
        candidate = letter(n, name, product)
        if overflowing_cards([CardContent("K7F2X", candidate, "林小满")], layout, art):
            return best
        best = candidate
    return best


def letter_lines(page, layout, art, cell) -> list[str]:
    """The lines of text inside the letter's frame of ``cell``, as a PDF reader extracts them."""
    x, y = layout.cell_origin(cell)
    fx, fy, fw, fh = CardGeometry(layout, art).frame
    left, bottom = x * MM + fx, (layout.page_h - y - layout.card_h) * MM + fy
    text = page.get_textpage().get_text_bounded(left - 1, bottom - 2, left + fw + 1, bottom + fh + 2)
    return [re.sub(r"\s+", "", line) for line in text.splitlines() if line.strip()]


def chars_outside(page, layout, cells) -> list[str]:
    """Every character on the page whose box is not inside one of ``cells``."""
    boxes = [cell_box_pt(layout, i) for i in cells]
    textpage = page.get_textpage()
    outside = []
    for i in range(textpage.count_chars()):
        ch = textpage.get_text_range(i, 1)
        if not ch.strip():
            continue
        l, b, r, t = textpage.get_charbox(i)
        if not any(l >= x1 - 0.5 and r <= x2 + 0.5 and b >= y1 - 0.5 and t <= y2 + 0.5 for x1, y1, x2, y2 in boxes):
            outside.append(ch)
    return outside


@pytest.mark.parametrize("design", sorted(DESIGNS))
@pytest.mark.parametrize("name", sorted(BUILTIN_LAYOUTS))
def test_every_layout_and_design_prints_a_long_letter_whole_and_by_the_rules(tmp_path, name, design):
    layout = BUILTIN_LAYOUTS[name]
    art = CardArt(qr_matrix=qr_matrix(QR), design=design, shop_name="小满茶铺")
    product = product_text([PRODUCT_30])
    assert len(PRODUCT_30) == 30 and "包邮" not in product
    text = longest_that_fits(layout, art, RARE_NAME, product)
    cards = [CardContent("K7F2X", text, "林小满", order_ref="淘宝 …0123456789", order_number="3700000123456789012"),
             CardContent("M3P8R", text.replace(RARE_NAME, "王小明"), "林小满", order_ref="京东 3000123456")]
    out = tmp_path / "cards.pdf"
    result = render_cards(cards, layout, out, art)
    assert result.issues == []
    geo = CardGeometry(layout, art)
    assert geo.min_font <= result.font_sizes[0] < geo.max_font  # long enough that it had to shrink
    assert min(result.font_sizes) >= 7
    pdf = open_pdf(out)
    w, h = (v / MM for v in pdf[0].get_size())
    assert abs(w - layout.page_w) <= 0.1 and abs(h - layout.page_h) <= 0.1
    placed = [(n // layout.per_page, n % layout.per_page) for n in range(len(cards))]
    for card, (page_no, cell) in zip(cards, placed):
        page = pdf[page_no]
        lines = letter_lines(page, layout, art, cell)
        assert breaks_rules(lines) == [], lines
        for before, after in zip(lines, lines[1:]):  # a word or number never runs across lines
            assert not (before[-1].isascii() and before[-1].isalnum() and after[0].isascii() and after[0].isalnum()), (before, after)
        assert flat(card.letter) + card.signature in "".join(lines)
    first = pdf[0].get_textpage().get_text_range()
    assert "\U00020BB7" in first and "䶮" in first and "\u20bb" not in first  # 𠮷 extracts as itself
    for page_no in range(len(pdf)):
        cells = [cell for p, cell in placed if p == page_no]
        assert chars_outside(pdf[page_no], layout, cells) == []
        image = page_image_1bit(pdf[page_no])
        for cell in cells:
            assert decode_cell(image, layout, cell, 203) == [QR], (name, design, cell)
    pdf.close()


def page_image_1bit(page):
    return page_image(page, 203, one_bit=True)


def test_the_pdf_holds_embedded_fonts_only(tmp_path):
    """No font dictionary without its embedded font file (reportlab's initial Helvetica was one)."""
    layout = BUILTIN_LAYOUTS["a4-4up-a6"]
    from shopowner.cards.fonts import card_font_cmap, fallback_font

    rare = ""
    if fallback_font() is not None:  # a character only the fallback font has: a second font
        rare = next(chr(c) for c in sorted(fallback_font()[1] - card_font_cmap()) if 0x3400 <= c <= 0x4DBF)
    out = tmp_path / "fonts.pdf"
    render_cards([CardContent("K7F2X", f"王{rare}你好，谢谢你。", "林小满", order_ref="淘宝 123")], layout, out,
                 CardArt(qr_matrix=qr_matrix(QR)))
    data = out.read_bytes()
    objects = dict(re.findall(rb"(\d+) 0 obj\s*(.*?)endobj", data, re.S))
    fonts = [body for body in objects.values() if re.search(rb"/Type\s*/Font\b", body)]
    assert fonts and len(fonts) == (2 if rare else 1)
    for body in fonts:
        assert b"/Helvetica" not in body and b"/Subtype /TrueType" in body
        descriptor = re.search(rb"/FontDescriptor\s+(\d+) 0 R", body).group(1)
        assert re.search(rb"/FontFile2\s+\d+ 0 R", objects[descriptor]), body
    assert b"Helvetica" not in data


@pytest.mark.parametrize("name", sorted(BUILTIN_LAYOUTS))
def test_the_order_barcode_scans_at_203_dpi_one_bit(tmp_path, name):
    layout = BUILTIN_LAYOUTS[name]
    art = CardArt(qr_matrix=qr_matrix(QR), design="simple", order_barcode=True)
    numbers = ["3700000123456789012", "231120-123456789012345"]
    cards = [CardContent(f"K7F2{i}", "谢谢你选了我们的茶，喝得好不好，都请告诉我。", "林小满",
                         order_ref=f"淘宝 {n[-10:]}", order_number=n) for i, n in enumerate(numbers)]
    out = tmp_path / "bars.pdf"
    render_cards(cards, layout, out, art)
    pdf = open_pdf(out)
    for n, number in enumerate(numbers):
        page_no, cell = divmod(n, layout.per_page)
        image = page_image(pdf[page_no], 203, one_bit=True)
        left, bottom, right, top = cell_box_pt(layout, cell)
        k, page_h = 203 / 72, layout.page_h * MM
        crop = image.crop((int(left * k), int((page_h - top) * k), int(right * k), int((page_h - bottom) * k)))
        found = {(r.format.name, r.text) for r in zxingcpp.read_barcodes(crop.convert("L"))}
        assert ("Code128", number) in found and ("QRCode", QR) in found, (name, found)
    pdf.close()


def test_small_text_is_never_below_7_pt_and_solid_black_on_thermal(tmp_path):
    import pypdfium2.raw as pdfium_c

    for (name, layout), design in ((item, d) for item in BUILTIN_LAYOUTS.items() for d in DESIGNS):
        out = tmp_path / f"{name}-{design}.pdf"
        card = CardContent("K7F2X", "谢谢你。", "林小满", order_ref="有赞 E20241120003700", reprint=True,
                           order_number="E20241120003700")
        render_cards([card], layout, out, CardArt(qr_matrix=qr_matrix(QR), design=design, shop_name="小满茶铺",
                                                  order_barcode=design == "simple"))
        page = open_pdf(out)[0]
        for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_TEXT,)):
            font_size = _text_size(obj)
            assert font_size >= 7 - 0.01, (name, font_size)
            if layout.thermal:
                r, g, b, a = (pdfium_c.c_uint(), pdfium_c.c_uint(), pdfium_c.c_uint(), pdfium_c.c_uint())
                assert pdfium_c.FPDFPageObj_GetFillColor(obj.raw, r, g, b, a)
                assert (r.value, g.value, b.value) == (0, 0, 0), name


def _text_size(obj) -> float:
    import ctypes

    import pypdfium2.raw as pdfium_c

    size = ctypes.c_float()
    assert pdfium_c.FPDFTextObj_GetFontSize(obj.raw, size)
    matrix = obj.get_matrix()
    return size.value * abs(matrix.d if matrix.d else matrix.a)
