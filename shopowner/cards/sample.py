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
                       code: str = SAMPLE_CODE) -> Path:
    card = CardContent(code=code, letter=text, signature="", order_ref="")
    render_cards([card], SAMPLE_LAYOUT, Path(path), CardArt(qr_matrix=qr_matrix(qr_text)))
    return Path(path)
