"""Card designs a founder picks from, each drawn on every layout.

- 信笺 (``letter_paper``): letter paper with a quiet double border in vermilion and faint ruled
  lines the letter sits on, paragraphs indented two characters as in a handwritten letter;
- 简约 (``simple``): white space, a soft band along the top edge, paragraphs apart;
- 店标或照片 (``portrait``): the shop's logo or the founder's photo at the head of the card (the
  shop's name when no picture is set).

On a thermal printer (one colour, 203 dpi, every dot black or white) light colours would vanish or
turn into solid black, so a design draws only what reads in black there: the border as a thin
black line, no band, no ruled lines. Anything that must be read is solid black on every printer.
"""

from __future__ import annotations

from dataclasses import dataclass

from shopowner.cards.fit import LetterStyle
from shopowner.cards.layouts import MM
from shopowner.i18n import translate
from shopowner.store.settings import (  # noqa: F401  (the design's settings, used from here too)
    DESIGN_IMAGE_KEY, DESIGN_KEY, ORDER_BARCODE_KEY,
)

BAND = (0.93, 0.86, 0.78)        # the soft band of the simple design
VERMILION = (0.72, 0.30, 0.25)   # letter paper's border
RULE = (0.90, 0.70, 0.66)        # letter paper's ruled lines: quiet, under the ink


@dataclass(frozen=True)
class Design:
    key: str
    style: LetterStyle
    header: bool = False   # a picture (or the shop's name) at the head of the card
    border: bool = False   # a quiet double rule inside the trim
    rules: bool = False    # ruled lines under the letter
    band: bool = False     # a soft band along the top, printed past the trim


DESIGNS: dict[str, Design] = {
    d.key: d for d in (
        Design("letter_paper", LetterStyle(leading=1.62, para_gap=0.0, indent=2.0, grid=True),
               border=True, rules=True),
        Design("simple", LetterStyle(leading=1.5, para_gap=0.6), band=True),
        Design("portrait", LetterStyle(leading=1.5, para_gap=0.55), header=True),
    )
}
DEFAULT_DESIGN = "letter_paper"


def design(key: str | None) -> Design:
    """The design called ``key``; the default one for an unknown or empty key."""
    return DESIGNS.get(key or "", DESIGNS[DEFAULT_DESIGN])


def design_title(key: str) -> str:
    return {
        "letter_paper": translate("Cards", "Letter paper"),
        "simple": translate("Cards", "Simple"),
        "portrait": translate("Cards", "Logo or photo"),
    }.get(key, key)


def design_description(key: str) -> str:
    return {
        "letter_paper": translate("Cards", "A quiet vermilion border and ruled lines, like a "
                                           "handwritten letter."),
        "simple": translate("Cards", "White space and a soft band along the top."),
        "portrait": translate("Cards", "Your shop's logo or your own photo at the top (the shop's "
                                       "name until you choose a picture)."),
    }.get(key, "")


def border_inset(pad: float) -> float:
    """How far inside the trim the letter paper's border runs (points)."""
    return max(1.8 * MM, pad * 0.45)


def draw_background(c, geo, x0: float, y0: float, bleed: float) -> None:
    """What a design draws under everything else on one card (its trim's bottom-left at x0, y0)."""
    d = geo.design
    if d.band and not geo.thermal:  # a soft band along the top, printed past the trim
        c.setFillColorRGB(*BAND)
        c.rect(x0 - bleed, y0 + geo.h - 2.5 * MM, geo.w + 2 * bleed, 2.5 * MM + bleed, stroke=0, fill=1)
    if d.border:
        inset = border_inset(geo.pad)
        c.saveState()
        if geo.thermal:
            c.setStrokeColorRGB(0, 0, 0)
            c.setLineWidth(0.6)
            c.rect(x0 + inset, y0 + inset, geo.w - 2 * inset, geo.h - 2 * inset, stroke=1, fill=0)
        else:
            c.setStrokeColorRGB(*VERMILION)
            c.setLineWidth(0.9)
            c.rect(x0 + inset, y0 + inset, geo.w - 2 * inset, geo.h - 2 * inset, stroke=1, fill=0)
            c.setLineWidth(0.3)
            inner = inset + 0.9 * MM
            c.rect(x0 + inner, y0 + inner, geo.w - 2 * inner, geo.h - 2 * inner, stroke=1, fill=0)
        c.restoreState()
    c.setFillColorRGB(0, 0, 0)


def draw_rules(c, geo, x0: float, y0: float, top: float, pitch: float, size: float) -> None:
    """Letter paper's ruled lines across the letter frame, one under every line of the grid the
    letter is set on (``top``: the grid's first line's top, in points from the card's bottom)."""
    if not geo.design.rules or geo.thermal:
        return
    from shopowner.cards.fit import ASCENT

    fx, fy, fw, fh = geo.frame
    frame_top = fy + fh
    first = top - pitch / 2 - size * ASCENT  # the first baseline
    # the grid continues above the block up to the frame's top, and down to the frame's bottom
    while first + pitch <= frame_top - size * 0.75:
        first += pitch
    c.saveState()
    c.setStrokeColorRGB(*RULE)
    c.setLineWidth(0.35)
    path = c.beginPath()
    y = first - size * 0.22
    while y >= fy - 0.01:
        path.moveTo(x0 + fx, y0 + y)
        path.lineTo(x0 + fx + fw, y0 + y)
        y -= pitch
    c.drawPath(path, stroke=1, fill=0)
    c.restoreState()
