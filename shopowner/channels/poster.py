"""A channel's poster (渠道海报): one A4 page with the channel's name, the founder's WeChat QR
(the cards' own QR setting, drawn as vector paths) and the channel code in big type, with the line
“加微信时请发送暗号 XXXX”. Whoever adds WeChat from it sends the code, and the Ctrl+K box
attributes them to the channel. The words are Chinese whatever the window's language, as the
cards' are: the poster is read by buyers in China.
"""

from __future__ import annotations

import os
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdfcanvas

from shopowner.cards.fonts import register_card_font
from shopowner.cards.qr import draw_qr
from shopowner.cards.qr_source import source_from_setting
from shopowner.channels.book import Channel
from shopowner.i18n import translate
from shopowner.store import Database
from shopowner.store.settings import SHOP_NAME, WECHAT_QR, get_setting

ASK = "加微信时请发送暗号 {code}"
HINT = "扫码加我的微信"


def _centred(c, text: str, font: str, size: float, y: float, width: float) -> None:
    while size > 8 and stringWidth(text, font, size) > width - 72:  # a long name shrinks to fit
        size -= 2
    c.setFont(font, size)
    c.drawCentredString(width / 2, y, text)


def make_poster(db: Database, data_dir: Path, channel: Channel, out: Path) -> Path:
    """Draw ``channel``'s poster into ``out`` (written whole or not at all). Raises ValueError
    saying what to do when the channel has no code or the shop has no WeChat QR set."""
    if not channel.code:
        raise ValueError(translate("Channels", "“{name}” is the parcel-card channel: its adds come back "
                                               "with the cards' own codes, so it has no poster.")
                         .format(name=channel.name))
    qr = source_from_setting(get_setting(db, WECHAT_QR), data_dir)
    if not qr.is_set:
        raise ValueError(translate("Channels", "Set your WeChat QR code first (Settings → Cards, or "
                                               "“settings set wechat-qr FILE”): the poster carries it."))
    font = register_card_font()
    width, height = A4
    out = Path(out)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.part")
    rl_config.useA85 = 0
    c = pdfcanvas.Canvas(str(tmp), pagesize=A4, initialFontName=font)
    c.setTitle(channel.name)
    c.setCreator("ShopOwner")
    shop = (get_setting(db, SHOP_NAME) or "").strip()
    if shop:
        _centred(c, shop, font, 20, height - 90, width)
    _centred(c, channel.name, font, 40, height - 150, width)
    size = 300
    x, y = (width - size) / 2, height - 190 - size
    matrix = qr.matrix()
    if matrix is not None:
        draw_qr(c, matrix, x, y, size)
    else:
        assert qr.image is not None
        c.drawImage(str(qr.image), x, y, size, size, preserveAspectRatio=True, anchor="c", mask="auto")
    _centred(c, HINT, font, 22, y - 40, width)
    _centred(c, ASK.format(code=channel.code), font, 26, y - 90, width)
    _centred(c, channel.code, font, 110, y - 220, width)
    c.showPage()
    try:
        c.save()
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return out
