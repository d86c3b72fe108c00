"""The bundled handwriting-style font registered with reportlab (subset-embedded on use), and a
check that every character of a card has a glyph, so nothing silently prints as an empty box.

Buyers' names hold rare characters (䶮, 𠮷). LXGW WenKai covers most; for a character it lacks, a
system CJK font that has it is used for that character only, and when none has it the caller is
told (see :func:`missing_glyphs`).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from shopowner.paths import font_path

CARD_FONT = "LXGWWenKai"
FALLBACK_FONT = "CardFallback"

# TrueType fonts with wide CJK coverage, where the usual systems keep them (first found wins).
FALLBACK_CANDIDATES = {
    "win32": ["C:/Windows/Fonts/simsunb.ttf", "C:/Windows/Fonts/simsun.ttc", "C:/Windows/Fonts/msyh.ttc"],
    "darwin": ["/System/Library/Fonts/Supplemental/Songti.ttc", "/Library/Fonts/Arial Unicode.ttf"],
    "linux": ["/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
              "/usr/share/fonts/truetype/arphic/uming.ttc"],
}


@cache
def register_card_font() -> str:
    """Register LXGW WenKai once per process and return its reportlab name.

    Also makes reportlab write a correct text layer for characters beyond U+FFFF (𠮷), see
    :mod:`shopowner.cards.pdf_tounicode`.
    """
    from shopowner.cards import pdf_tounicode

    pdf_tounicode.install()
    pdfmetrics.registerFont(TTFont(CARD_FONT, str(font_path())))
    return CARD_FONT


@cache
def _cmap(path: str, index: int = 0) -> frozenset[int]:
    from fontTools.ttLib import TTFont as FtFont

    with FtFont(path, fontNumber=index, lazy=True) as font:
        return frozenset(font.getBestCmap())


@cache
def card_font_cmap() -> frozenset[int]:
    return _cmap(str(font_path()))


@cache
def fallback_font() -> tuple[str, frozenset[int]] | None:
    """The reportlab name and code points of a system CJK font, registered once; None if absent."""
    platform = "win32" if sys.platform.startswith("win") else sys.platform if sys.platform == "darwin" else "linux"
    for candidate in FALLBACK_CANDIDATES[platform]:
        if not Path(candidate).is_file():
            continue
        try:
            cmap = _cmap(candidate)
            pdfmetrics.registerFont(TTFont(FALLBACK_FONT, candidate, subfontIndex=0))
        except Exception:  # noqa: BLE001 - a font we cannot use is simply not a fallback
            continue
        return FALLBACK_FONT, cmap
    return None


_drawable: set[str] = set()  # characters already known to have a glyph (a fast path for big batches)


def missing_glyphs(text: str) -> list[str]:
    """Characters of ``text`` that neither the card font nor the fallback font can draw."""
    unknown = set(text) - _drawable
    if not unknown:
        return []
    cmap = card_font_cmap()
    fallback = None
    missing = []
    for ch in dict.fromkeys(ch for ch in text if ch in unknown):
        if ord(ch) in cmap or ch.isspace():
            _drawable.add(ch)
            continue
        fallback = fallback or fallback_font() or (None, frozenset())
        if ord(ch) in fallback[1]:
            _drawable.add(ch)
        else:
            missing.append(ch)
    return missing


def needs_fallback(text: str) -> bool:
    cmap = card_font_cmap()
    return any(ord(ch) not in cmap and not ch.isspace() for ch in text)
