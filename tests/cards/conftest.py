"""Card fixtures: the demo shop with the founder's QR set, and PDF readers (pypdfium2 + zxing-cpp)."""

from __future__ import annotations

import re

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image

from shopowner.cards.layouts import MM, Layout

DEMO_QR = "https://u.wechat.com/demo-founder-linxiaoman"


@pytest.fixture(autouse=True)
def _no_drawing_process_left():
    """Each test ends with the cards' drawing process stopped (other tests count child processes)."""
    yield
    from shopowner.ui.cards import drawing

    drawing.stop(wait=True)


@pytest.fixture
def card_shop(demo_db):
    """The demo shop (its founder QR is set) before anything was printed, with the starter letters.

    The demo comes with six weeks of printed cards and its own letter; these tests start from a
    shop that has imported orders but never printed, so that history is cleared first.
    """
    from shopowner.cards.batch import ensure_starter_letters

    clear_print_history(demo_db)
    ensure_starter_letters(demo_db)
    return demo_db


def clear_print_history(db) -> None:
    """Forget the demo shop's printed cards and its letter, as if nothing had been printed yet."""
    with db.atomic():
        for table in ("cards", "card_batches", "letter_versions", "letters"):
            db.execute(f"DELETE FROM {table}")


def fresh_card_shop(folder, shop: str, founder: str):
    """A new shop file in ``folder``: the demo shop with nothing printed yet, named, with the
    founder's QR set; the caller adds its parcels (``make_parcels``)."""
    from shopowner.demo import fill_demo_shop, start_shop
    from shopowner.store import open_database
    from shopowner.store.settings import WECHAT_QR, set_setting

    db = open_database(folder)
    fill_demo_shop(db)
    clear_print_history(db)
    start_shop(db, shop, founder)
    set_setting(db, WECHAT_QR, DEMO_QR)
    return db


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text or "")


def page_image(page, dpi: float, one_bit: bool = False) -> Image.Image:
    image = page.render(scale=dpi / 72).to_pil().convert("L")
    if one_bit:  # a thermal head: each dot black or white, no grey
        image = image.point(lambda v: 255 if v > 140 else 0).convert("1")
    return image


def cell_box_pt(layout: Layout, index: int) -> tuple[float, float, float, float]:
    """(left, bottom, right, top) of cell ``index`` in PDF points."""
    x, y = layout.cell_origin(index)
    bottom = layout.page_h - y - layout.card_h
    return x * MM, bottom * MM, (x + layout.card_w) * MM, (bottom + layout.card_h) * MM


def decode_cell(image: Image.Image, layout: Layout, index: int, dpi: float) -> list[str]:
    left, bottom, right, top = cell_box_pt(layout, index)
    k = dpi / 72
    page_h = layout.page_h * MM
    crop = image.crop((int(left * k), int((page_h - top) * k), int(right * k), int((page_h - bottom) * k)))
    return [r.text for r in zxingcpp.read_barcodes(crop.convert("L"))]


def cell_text(page, layout: Layout, index: int) -> str:
    left, bottom, right, top = cell_box_pt(layout, index)
    return page.get_textpage().get_text_bounded(left, bottom, right, top)


def open_pdf(path) -> pdfium.PdfDocument:
    return pdfium.PdfDocument(str(path))


def make_parcels(db, count: int, ship_all: bool = False) -> list[int]:
    """``count`` more orders going out (paid, not shipped); ``ship_all`` ships every parcel first."""
    if ship_all:
        db.execute("UPDATE orders SET status = 'shipped', shipped_at = '2026-11-20 10:00:00' "
                   "WHERE status = 'paid'")
    have = [r[0] for r in db.execute("SELECT id FROM orders WHERE status = 'paid' AND shipped_at IS NULL")]
    more = [r[0] for r in db.execute(
        "SELECT id FROM orders WHERE status = 'completed' ORDER BY id LIMIT ?", [max(0, count - len(have))])]
    for order_id in more:
        db.execute("UPDATE orders SET status = 'paid', shipped_at = NULL, paid_at = created_at WHERE id = ?",
                   [order_id])
    return have + more


CODE_RE = re.compile(r"暗号([2-9A-HJKMNP-Z]{5,7})")


def pdf_codes(path) -> list[str]:
    """The card codes printed in a PDF, page by page, in drawing order."""
    pdf = open_pdf(path)
    codes = []
    for page in pdf:
        codes += CODE_RE.findall(flat(page.get_textpage().get_text_range()))
    return codes
