"""Where everything goes on one card of a layout, for one design (points, origin at the card's
bottom-left trim corner).

Upright cards (A6, the rolls, the thermal label) put the letter on top and the founder's QR at the
bottom left with the code beside it; wide cards (90 × 54, A5 on its side) put the letter on the
left and the QR with the code in a column on the right. The order number's barcode, when the shop
turns it on, gets a strip along the bottom (under the letter on wide cards). Type sizes scale with
the card and never go below the layout's minimums (:meth:`Layout.letter_minimum`,
:meth:`Layout.text_minimum`).
"""

from __future__ import annotations

from shopowner.cards.content import CardArt
from shopowner.cards.designs import Design, design
from shopowner.cards.layouts import MM, Layout
from shopowner.cards.typeset import Line, short_text_lines

GAP = 2.5 * MM          # between the letter and what is below or beside it
ASK_LINES_MAX = 3       # the line asking for the code wraps to at most this many lines
REF_LINES_MAX = 2       # the order reference too


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


class CardGeometry:
    def __init__(self, layout: Layout, art: CardArt | None = None):
        art = art or CardArt()
        self.layout = layout
        self.design: Design = design(art.design)
        self.thermal = layout.thermal
        w, h = layout.card_w * MM, layout.card_h * MM
        self.w, self.h = w, h
        short = min(w, h)
        k = short / (105 * MM)
        self.pad = pad = _clamp(short * 0.07, 4 * MM, 8 * MM)
        self.landscape = w > 1.25 * h
        self.text_min = layout.text_minimum()
        self.min_font = layout.letter_minimum()
        self.max_font = max(self.min_font, _clamp(k * 12.5, 9, 14))
        self.code_font = _clamp(k * 18, 12, 22)
        self.small_font = max(self.text_min, _clamp(k * 9, 7, 10))
        self.barcode = bool(art.order_barcode)
        self.bar_h = _clamp(short * 0.07, 5 * MM, 8 * MM)
        strip_h = self.bar_h + self.small_font * 1.35 if self.barcode else 0.0
        self.strip: tuple[float, float, float, float] | None = None
        self.header: tuple[float, float, float, float] | None = None
        if self.landscape:
            self.qr = _clamp(min(h * 0.45, w * 0.3), 18 * MM, 40 * MM)
            col_x = w - pad - self.qr
            self.qr_xy = (col_x, h - pad - self.qr)
            self.info_x, self.info_w = col_x, self.qr
            self.info_top, self.info_bottom = h - pad - self.qr - 1.5 * MM, pad
            left_w = col_x - GAP - pad
            bottom = pad
            if strip_h:
                self.strip = (pad, pad, left_w, strip_h)
                bottom += strip_h + GAP * 0.8
            top = h - pad
            if self.design.header:
                head_h = _clamp(h * 0.13, 7 * MM, 14 * MM)
                self.header = (pad, h - pad - head_h, left_w, head_h)
                top -= head_h + GAP * 0.8
            self.frame = (pad, bottom, left_w, top - bottom)
        else:
            self.qr = _clamp(short * 0.3, 20 * MM, 36 * MM)
            qr_y = pad
            if strip_h:
                self.strip = (pad, pad, w - 2 * pad, strip_h)
                qr_y += strip_h + GAP * 0.6
            self.qr_xy = (pad, qr_y)
            self.info_x = pad + self.qr + 3 * MM
            self.info_w = w - self.info_x - pad
            self.info_top, self.info_bottom = qr_y + self.qr, qr_y
            bottom = qr_y + self.qr + GAP
            top = h - pad
            if self.design.header:
                head_h = _clamp(short * 0.12, 8 * MM, 16 * MM)
                self.header = (pad, h - pad - head_h, w - 2 * pad, head_h)
                top -= head_h + GAP * 0.8
            self.frame = (pad, bottom, w - 2 * pad, top - bottom)
        ask = art.ask_line.strip()
        self.ask_lines: list[Line] = short_text_lines(ask, self.small_font, self.info_w)[:ASK_LINES_MAX] if ask else []
        self.ask_pitch = self.ref_pitch = self.small_font * 1.3
        # the code below the ask line; the reference (no barcode) at the column's bottom
        room = self.info_top - self.info_bottom - len(self.ask_lines) * self.ask_pitch
        if not self.barcode:
            room -= self.small_font * 0.25 + self.ref_pitch * REF_LINES_MAX
        self.code_font = max(min(self.code_font, room / 1.2), self.text_min + 3)

    @property
    def ref_baseline(self) -> float:
        """The order reference's baseline when it is printed as text in the code column."""
        return self.info_bottom + self.small_font * 0.25

    def ask_baseline(self, n: int) -> float:
        return self.info_top - self.small_font * 0.95 - n * self.ask_pitch

    def code_baseline(self, size: float) -> float:
        return self.info_top - len(self.ask_lines) * self.ask_pitch - size * 1.0 - self.small_font * 0.2

    def fitter_args(self) -> tuple[float, float, float, float]:
        """(width, height, largest size, smallest size) for the letter's :class:`LetterFitter`."""
        return self.frame[2], self.frame[3], self.max_font, self.min_font
