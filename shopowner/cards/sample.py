"""A one-card PDF used by ``--self-test`` to prove fonts, text and QR drawing work in this build.

It goes through the real card renderer, so the self-test checks the code that prints.
"""

from __future__ import annotations

from pathlib import Path

from shopowner.cards.layouts import Layout
from shopowner.cards.qr import qr_matrix
from shopowner.cards.render import CardArt, CardContent, render_cards

SAMPLE_TEXT = "亲爱的朋友：谢谢你选择我们的茶。每一包都是我亲手挑过的，喝得好不好，请加我微信告诉我。"
SAMPLE_QR = "https://u.wechat.com/shopowner-self-test"
SAMPLE_CODE = "K7F2"
SAMPLE_LAYOUT = Layout("sample-a6", 105, 148, 105, 148)


def render_sample_card(path: Path, text: str = SAMPLE_TEXT, qr_text: str = SAMPLE_QR,
                       code: str = SAMPLE_CODE, progress=None) -> Path:
    card = CardContent(code=code, letter=text, signature="", order_ref="")
    render_cards([card], SAMPLE_LAYOUT, Path(path), CardArt(qr_matrix=qr_matrix(qr_text)), progress=progress)
    return Path(path)


def sample_letter(shop: str = "", founder: str = "") -> tuple[str, str]:
    """(letter, signature): the first starter letter merged for the sample parcel."""
    import json

    from shopowner.cards.batch import letters_folder
    from shopowner.cards.letter import SAMPLE_SOURCE, fill

    data = json.loads((letters_folder() / "first-order.json").read_text(encoding="utf-8"))
    values = SAMPLE_SOURCE.values() | {"店铺": shop or SAMPLE_SOURCE.shop, "创始人": founder or SAMPLE_SOURCE.founder}
    return fill(data["body"], values), fill(data["signature"], values)


def render_design_samples(art: CardArt, layout: Layout, folder: Path, founder: str = "") -> dict[str, Path]:
    """One sample card per design on ``layout``'s card size, each a one-page PDF in ``folder``
    (for the design picker's thumbnails); a letter too long for a small card is drawn cut."""
    from dataclasses import replace

    from shopowner.cards.designs import DESIGNS

    one = replace(layout, name="sample", page_w=layout.card_w, page_h=layout.card_h, rows=1, cols=1,
                  margin_left=0, margin_top=0, gap_x=0, gap_y=0, bleed=0)
    letter, signature = sample_letter(art.shop_name, founder)
    card = CardContent(code=SAMPLE_CODE, letter=letter, signature=signature, order_ref="淘宝 …2000001",
                       order_number="TB2026112000001")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for key in DESIGNS:
        out[key] = folder / f"{key}.pdf"
        render_cards([card], one, out[key], replace(art, design=key), allow_overflow=True)
    return out
