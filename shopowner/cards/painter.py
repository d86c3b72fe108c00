"""Drawing one card: the design's background, the letter block, the signature, the founder's QR, the
code and the order reference (or its barcode).

:class:`CardSetter` lays a card's letter out without drawing (the renderer and
:func:`shopowner.cards.render.overflowing_cards` both use it, so what is measured is what is drawn);
:class:`CardPainter` draws. What every card of a batch shares (the design's background and head,
the founder's QR, the line asking for the code) is drawn once per document as a form XObject and
placed on every card; a letter line or signature that repeats from card to card (most do) is
drawn once as a form when seen the second time and reused after.
"""

from __future__ import annotations

from collections import OrderedDict

from shopowner.cards.barcode import order_barcode
from shopowner.cards.content import CardArt, CardContent, CardIssue
from shopowner.cards.designs import draw_background, draw_rules
from shopowner.cards.fit import ASCENT, SIGNATURE_SCALE, LetterBlock, LetterFitter, block_top, strip_missing
from shopowner.cards.geometry import REF_LINES_MAX, CardGeometry
from shopowner.cards.layouts import MM, Layout
from shopowner.cards.qr import draw_qr
from shopowner.cards.typeset import Line, measurer
from shopowner.i18n import translate

CODE_LABEL = "暗号"
REPRINT_MARK = "补打"  # printed after the order reference of a reprinted card, for the packer
JUSTIFY_LIMIT = 0.2  # em: a wrapped line is spread to the frame's width when each gap grows less
PAPER_GREY = 0.22    # the order reference on paper; black on a thermal printer


class CardSetter:
    """A layout's geometry and letter fitter for one batch's art; lays letters out, draws nothing."""

    def __init__(self, layout: Layout, art: CardArt | None = None):
        self.art = art or CardArt()
        self.geo = CardGeometry(layout, self.art)
        width, height, largest, smallest = self.geo.fitter_args()
        self.fitter = LetterFitter(width, height, largest, smallest, self.geo.design.style,
                                   signature_image=self.art.signature_image is not None)

    def letter(self, card: CardContent) -> tuple[LetterBlock, list[str]]:
        """The card's letter block at the largest size that fits, and the characters left out."""
        letter, missing = strip_missing(card.letter)
        signature, missing_sig = strip_missing(card.signature)
        block = self.fitter.fit(letter, "" if self.art.signature_image else signature)
        return block, list(dict.fromkeys(missing + missing_sig))


class CardPainter:
    """Draws cards of one layout onto a canvas."""

    def __init__(self, canvas, setter: CardSetter):
        self.c, self.setter = canvas, setter
        self.geo, self.art = setter.geo, setter.art
        self.m = measurer()
        self.font = self.m.font
        self._forms: dict[tuple, str] = {}
        self._seen: OrderedDict[tuple, bool] = OrderedDict()

    # the card -----------------------------------------------------------------------------------
    def draw(self, card: CardContent, block: LetterBlock, x0: float, y0: float) -> None:
        """Draw ``card`` with its letter laid out as ``block``, trim's bottom-left at (x0, y0)."""
        g = self.geo
        self._static(x0, y0)
        fx, fy, fw, fh = g.frame
        top = fy + fh - block_top(fh, block, g.design.style.grid)
        if g.design.rules and not g.thermal:
            self._reused(("rules", round(top, 3), block.pitch, block.size), (0, 0, g.w, g.h),
                         lambda x, y: draw_rules(self.c, g, x, y, top, block.pitch, block.size), x0, y0, True)
        for line, base in block.lines:
            self._line(line, block.size, x0 + fx + line.indent, y0 + top - base, fw - line.indent)
        if block.signature:
            sig_top, sig_h = block.signature
            self._signature(card, block.size, x0 + fx, y0 + top - sig_top - sig_h, fw, sig_h)
        self._code_block(card, x0, y0)

    def _static(self, x0: float, y0: float) -> None:
        """What every card of the batch has: the design's background and head, the founder's QR
        and the line asking for the code; one form for the document, placed on every card."""
        g, bleed = self.geo, self.geo.layout.usable_bleed() * MM

        def draw(x: float, y: float) -> None:
            draw_background(self.c, g, x, y, bleed)
            self._header(x, y)
            if self.art.qr_matrix:
                draw_qr(self.c, self.art.qr_matrix, x + g.qr_xy[0], y + g.qr_xy[1], g.qr)
            elif self.art.qr_image:
                self.c.drawImage(str(self.art.qr_image), x + g.qr_xy[0], y + g.qr_xy[1], g.qr, g.qr,
                                 preserveAspectRatio=True, anchor="c", mask="auto")
            for n, line in enumerate(g.ask_lines):
                self.text(line.text, g.small_font, x + g.info_x, y + g.ask_baseline(n))

        self._reused(("static",), (-bleed, -bleed, g.w + bleed, g.h + bleed), draw, x0, y0, True)

    def _reused(self, key: tuple, bbox: tuple, draw, x: float, y: float, always: bool = False) -> None:
        """``draw(x, y)``; a part drawn before (or ``always``) is drawn once as a form XObject whose
        origin is (x, y) and placed again, which keeps a 1,000-card batch fast and small."""
        name = self._forms.get(key)
        if name is None and (always or key in self._seen):
            name = self._forms[key] = f"cardPart{len(self._forms)}"
            self.c.beginForm(name, *bbox)
            draw(0.0, 0.0)
            self.c.endForm()
        if name is None:
            self._seen[key] = True
            if len(self._seen) > 2048:
                self._seen.popitem(last=False)
            draw(x, y)
            return
        self.c.saveState()
        self.c.translate(x, y)
        self.c.doForm(name)
        self.c.restoreState()

    # text ---------------------------------------------------------------------------------------
    def text(self, text: str, size: float, x: float, y: float, char_space: float = 0.0) -> None:
        """``text`` at baseline (x, y), each character in the font that has it."""
        t = self.c.beginText(x, y)
        if char_space:
            t.setCharSpace(char_space)
        for font, run in self.m.runs(text):
            t.setFont(font, size)
            t.textOut(run)
        self.c.drawText(t)

    def _line(self, line: Line, size: float, x: float, y: float, avail: float) -> None:
        """One letter line, spread to the frame's width when it was wrapped; a line seen before is
        drawn once as a form and then reused."""
        spread = 0.0
        if line.wrapped and len(line.text) > 1 and avail > line.width:
            spread = (avail - line.width) / (len(line.text) - 1)
            if spread > JUSTIFY_LIMIT * size:
                spread = 0.0
        self._reused(("line", line.text, size, round(spread, 4)), (-size, -size, avail + size, 2 * size),
                     lambda x_, y_: self.text(line.text, size, x_, y_, spread), x, y)

    def _header(self, x0: float, y0: float) -> None:
        """The portrait design's head: the logo or photo, else the shop's name."""
        g = self.geo
        if g.header is None:
            return
        hx, hy, hw, hh = g.header
        if self.art.design_image is not None:
            self.c.drawImage(str(self.art.design_image), x0 + hx, y0 + hy, hw, hh, preserveAspectRatio=True,
                             anchor="w" if g.landscape else "c", mask="auto")
            return
        name, _ = strip_missing((self.art.shop_name or "").strip())
        if not name:
            return
        size = min(hh * 0.55, 20.0)
        width = self.m.width(name, size)
        if width > hw:
            size, width = max(g.text_min, size * hw / width), hw
        x = x0 + hx if g.landscape else x0 + hx + (hw - width) / 2
        self.text(name, size, x, y0 + hy + hh / 2 - size * ASCENT)

    def _signature(self, card: CardContent, size: float, x: float, y: float, w: float, h: float) -> None:
        """Right-aligned in its box (x, y, w, h) right under the letter."""
        if self.art.signature_image:
            self.c.drawImage(str(self.art.signature_image), x + w * 0.45, y, w * 0.55, h,
                             preserveAspectRatio=True, anchor="e", mask="auto")
            return
        text, _ = strip_missing(card.signature.strip())
        sig = size * SIGNATURE_SCALE
        width = self.m.width(text, sig)
        self._reused(("signature", text, sig), (-sig, -sig, width + sig, 2 * sig),
                     lambda x_, y_: self.text(text, sig, x_, y_), x + w - width, y + h / 2 - sig * ASCENT)

    def _code_block(self, card: CardContent, x0: float, y0: float) -> None:
        c, g = self.c, self.geo
        x = x0 + g.info_x
        label = f"{CODE_LABEL} {card.code}"
        size = g.code_font
        width = self.m.width(label, size)
        if width > g.info_w:
            size = max(g.text_min, size * g.info_w / width)
        self.text(label, size, x, y0 + g.code_baseline(size))
        ref = card.order_ref + (" " + REPRINT_MARK if card.reprint else "")
        if not ref:
            return
        bars = None
        if g.strip is not None:
            sx, sy, sw, sh = g.strip
            bars = order_barcode(card.order_number, sw, g.bar_h)
        if g.thermal:
            c.setFillColorRGB(0, 0, 0)
        else:
            c.setFillGray(PAPER_GREY)
        size = g.small_font
        if g.strip is not None:  # under the bars (or alone in the strip when no barcode fits)
            if bars is not None:
                bars.drawOn(c, x0 + sx, y0 + sy + sh - g.bar_h)
            left = x0 + sx + (bars.lquiet if bars is not None else 0.0)
            self.text(self._fitted_ref(ref, sw - (left - x0 - sx), 1)[0], size, left, y0 + sy + size * 0.25)
        else:  # at the foot of the code column, on up to two lines
            lines = self._fitted_ref(ref, g.info_w, REF_LINES_MAX)
            for n, text in enumerate(reversed(lines)):
                self.text(text, size, x, y0 + g.ref_baseline + n * g.ref_pitch)
        c.setFillColorRGB(0, 0, 0)

    def _fitted_ref(self, ref: str, width: float, max_lines: int) -> list[str]:
        """The reference on at most ``max_lines`` lines of ``width``, broken only at its spaces
        (platform, number, reprint mark stay whole); a part still too wide is shortened from its
        start (the end of an order number is what packers match)."""
        size, m = self.geo.small_font, self.m
        if m.width(ref, size) <= width:
            return [ref]
        lines: list[str] = []
        for word in ref.split():
            if lines and m.width(lines[-1] + " " + word, size) <= width:
                lines[-1] += " " + word
            else:
                lines.append(word)
        if len(lines) > max_lines:
            lines = [*lines[:max_lines - 1], " ".join(lines[max_lines - 1:])]
        for n, line in enumerate(lines):
            while len(line) > 4 and m.width(line, size) > width:
                line = "…" + line.lstrip("…")[1:]
            lines[n] = line
        return lines


def issue_for_missing(index: int, code: str, missing: list[str]) -> CardIssue:
    return CardIssue(index, "missing_glyph", translate(
        "Cards", "Card {code}: the characters {chars} have no glyph in the card font and were "
                 "left out. Check the name or edit the letter.").format(code=code, chars=" ".join(missing)))
