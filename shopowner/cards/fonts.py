"""The bundled handwriting-style font registered with reportlab (subset-embedded on use)."""

from __future__ import annotations

from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from shopowner.paths import font_path

CARD_FONT = "LXGWWenKai"


@lru_cache(maxsize=None)
def register_card_font() -> str:
    """Register LXGW WenKai once per process and return its reportlab name."""
    pdfmetrics.registerFont(TTFont(CARD_FONT, str(font_path())))
    return CARD_FONT
