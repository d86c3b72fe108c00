"""A one-card PDF used by ``--self-test`` to prove fonts, text and QR drawing work in this build."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A6
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import Paragraph

from shopowner.cards.fonts import register_card_font
from shopowner.cards.qr import draw_qr, qr_matrix

SAMPLE_TEXT = "亲爱的朋友：谢谢你选择我们的茶。每一包都是我亲手挑过的，喝得好不好，请加我微信告诉我。"
SAMPLE_QR = "https://u.wechat.com/shopowner-self-test"
SAMPLE_CODE = "K7F2"


def render_sample_card(path: Path, text: str = SAMPLE_TEXT, qr_text: str = SAMPLE_QR,
                       code: str = SAMPLE_CODE) -> Path:
    font = register_card_font()
    width, height = A6
    c = pdfcanvas.Canvas(str(path), pagesize=A6)
    style = ParagraphStyle("letter", fontName=font, fontSize=12, leading=18, wordWrap="CJK")
    para = Paragraph(text, style)
    margin = 10 * mm
    _, h = para.wrap(width - 2 * margin, height)
    para.drawOn(c, margin, height - margin - h)
    qr_size = 32 * mm
    draw_qr(c, qr_matrix(qr_text), margin, margin, qr_size)
    c.setFont(font, 14)
    c.drawString(margin + qr_size + 5 * mm, margin + 12 * mm, code)
    c.showPage()
    c.save()
    return Path(path)
