"""Draw insert cards onto PDF pages with reportlab: the one code path for preview, print and save.

Per card: the founder's letter auto-fitted (the font shrinks within readable bounds; a warning
when it still does not fit), the signature (typed in the handwriting font or a scanned image), the
founder's WeChat QR, the card code with a line asking the buyer to send it, and a small order
reference for packers. The QR is drawn once per document as a form XObject and reused by every
card, which keeps a 1,000-card batch fast and small. Bleed is drawn past the trim, never made by
scaling. Characters no font can draw are removed and reported instead of printing as boxes.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import Paragraph

from shopowner.cards.fit import LetterFitter, strip_missing
from shopowner.cards.fonts import register_card_font
from shopowner.cards.layouts import MM, Layout, PrintOptions
from shopowner.cards.qr import draw_qr
from shopowner.i18n import translate
from shopowner.progress import Progress, maybe

ASK_LINE = "加我微信时，请发这个暗号"
CODE_LABEL = "暗号"
ACCENT = (0.93, 0.86, 0.78)


@dataclass
class CardContent:
    """One card's printed text; ``letter`` is already merged."""

    code: str
    letter: str
    signature: str = ""
    order_ref: str = ""
    reprint: bool = False


@dataclass
class CardArt:
    """What every card of a batch shares."""

    qr_matrix: list | None = None      # a decoded QR, redrawn as vector
    qr_image: Path | None = None       # an undecodable QR image, placed at full resolution
    signature_image: Path | None = None
    ask_line: str = ASK_LINE


@dataclass
class CardIssue:
    index: int  # position in the card list
    kind: str   # "too_long" | "missing_glyph"
    message: str


class LetterTooLong(ValueError):
    """Some letters do not fit their card even at the smallest readable size; nothing was drawn.

    ``issues`` names the cards (``kind == "too_long"``, ``index`` into the card list).
    """

    def __init__(self, issues: list[CardIssue]):
        self.issues = issues
        super().__init__("\n".join(i.message for i in issues))


@dataclass
class RenderResult:
    pages: int
    issues: list[CardIssue] = field(default_factory=list)
    font_sizes: list[float] = field(default_factory=list)


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


class CardGeometry:
    """Where things go on one card (points, origin at the card's bottom-left trim corner)."""

    def __init__(self, layout: Layout, has_signature: bool = True):
        w, h = layout.card_w * MM, layout.card_h * MM
        self.w, self.h = w, h
        short = min(w, h)
        self.pad = _clamp(short * 0.07, 4 * MM, 8 * MM)
        self.landscape = w > 1.25 * h
        self.max_font = _clamp(short / (105 * MM) * 12.5, 9, 14)
        self.code_font = _clamp(short / (105 * MM) * 18, 12, 22)
        self.small_font = _clamp(short / (105 * MM) * 8, 6.5, 9)
        self.ref_font = 6.0
        sig_h = max(self.max_font * 1.6, 6 * MM) if has_signature else 0
        gap = 2.5 * MM
        if self.landscape:
            self.qr = _clamp(min(h * 0.45, w * 0.3), 18 * MM, 40 * MM)
            col_x = w - self.pad - self.qr
            info_h = self.small_font * 1.4 + self.code_font * 1.2 + self.ref_font * 1.6
            self.qr_xy = (col_x, self.pad + info_h)
            self.info_x, self.info_w = col_x, self.qr
            self.info_top = self.pad + info_h
            self.frame = (self.pad, self.pad + sig_h, col_x - gap - self.pad, h - 2 * self.pad - sig_h)
            self.sig_box = (self.pad, self.pad, col_x - gap - self.pad, sig_h)
        else:
            self.qr = _clamp(short * 0.3, 20 * MM, 36 * MM)
            self.qr_xy = (self.pad, self.pad)
            self.info_x = self.pad + self.qr + 3 * MM
            self.info_w = w - self.info_x - self.pad
            self.info_top = self.pad + self.qr
            bottom = self.pad + self.qr + gap
            self.frame = (self.pad, bottom + sig_h, w - 2 * self.pad, h - self.pad - bottom - sig_h)
            self.sig_box = (self.pad, bottom, w - 2 * self.pad, sig_h)


class CardPainter:
    """Draws cards of one layout onto a canvas; the QR form is defined on first use."""

    def __init__(self, canvas, layout: Layout, art: CardArt):
        self.c, self.layout, self.art = canvas, layout, art
        self.font = register_card_font()
        self.geo = CardGeometry(layout)
        x, y, w, h = self.geo.frame
        self.fitter = LetterFitter(self.font, w, h, self.geo.max_font)
        self._qr_form: str | None = None
        self._forms: dict[tuple, str] = {}
        self._seen: OrderedDict[tuple, bool] = OrderedDict()

    def qr_form(self) -> str | None:
        if self._qr_form is None and (self.art.qr_matrix or self.art.qr_image):
            name, size = "founderQR", self.geo.qr
            self.c.beginForm(name, 0, 0, size, size)
            if self.art.qr_matrix:
                draw_qr(self.c, self.art.qr_matrix, 0, 0, size)
            else:
                self.c.drawImage(str(self.art.qr_image), 0, 0, size, size, preserveAspectRatio=True,
                                 anchor="c", mask="auto")
            self.c.endForm()
            self._qr_form = name
        return self._qr_form

    def draw(self, card: CardContent, x0: float, y0: float, index: int = 0) -> tuple[float, list[CardIssue]]:
        """Draw ``card`` with its trim's bottom-left at (x0, y0) points; returns (font size, issues)."""
        c, g, issues = self.c, self.geo, []
        bleed = self.layout.usable_bleed() * MM
        if not self.layout.thermal:  # a soft band along the top, printed past the trim
            c.setFillColorRGB(*ACCENT)
            c.rect(x0 - bleed, y0 + g.h - 2.5 * MM, g.w + 2 * bleed, 2.5 * MM + bleed, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)

        letter, missing = strip_missing(card.letter)
        if missing:
            issues.append(CardIssue(index, "missing_glyph", translate(
                "Cards", "Card {code}: the characters {chars} have no glyph in the card font and were "
                         "left out. Check the name or edit the letter.").format(
                code=card.code, chars=" ".join(missing))))
        parts, size, fits = self.fitter.fit(letter)
        fx, fy, fw, fh = g.frame
        if not fits:
            issues.append(CardIssue(index, "too_long", translate(
                "Cards", "Card {code}: the letter does not fit even at {size:g} pt and is cut off. "
                         "Shorten the letter or choose a larger card.").format(code=card.code, size=size)))
            c.saveState()
            clip = c.beginPath()
            clip.rect(x0 + fx, y0 + fy, fw, fh)
            c.clipPath(clip, stroke=0, fill=0)
        y = y0 + fy + fh
        for para, h in parts:
            y -= h
            if para is not None:
                self._paragraph(para, h, x0 + fx, y)
        if not fits:
            c.restoreState()
        self._signature(card, x0, y0, min(y, y0 + fy) - y0)
        form = self.qr_form()
        if form:
            c.saveState()
            c.translate(x0 + g.qr_xy[0], y0 + g.qr_xy[1])
            c.doForm(form)
            c.restoreState()
        self._code_block(card, x0, y0)
        return size, issues

    def _paragraph(self, para: Paragraph, height: float, x: float, y: float) -> None:
        """Draw a wrapped line; one seen before is drawn once as a form and then reused."""
        key = para.card_key
        name = self._forms.get(key)
        if name is None and key in self._seen:
            name = self._forms[key] = f"letterLine{len(self._forms)}"
            self.c.beginForm(name, 0, 0, self.fitter.width, height)
            para.drawOn(self.c, 0, 0)
            self.c.endForm()
        if name is None:
            self._seen[key] = True
            if len(self._seen) > 1024:
                self._seen.popitem(last=False)
            para.drawOn(self.c, x, y)
        else:
            self.c.saveState()
            self.c.translate(x, y)
            self.c.doForm(name)
            self.c.restoreState()

    def _signature(self, card: CardContent, x0: float, y0: float, text_bottom: float) -> None:
        """Right-aligned just under the letter (at the lowest, in its own box)."""
        sx, sy, sw, sh = self.geo.sig_box
        sy = max(sy, text_bottom - sh - 1 * MM)
        if self.art.signature_image:
            self.c.drawImage(str(self.art.signature_image), x0 + sx, y0 + sy, sw, sh,
                             preserveAspectRatio=True, anchor="e", mask="auto")
        elif card.signature:
            text, _ = strip_missing(card.signature)
            size = self.geo.max_font * 1.1
            self.c.setFont(self.font, size)
            self.c.drawRightString(x0 + sx + sw, y0 + sy + (sh - size) / 2, text)

    def _code_block(self, card: CardContent, x0: float, y0: float) -> None:
        c, g = self.c, self.geo
        x, top = x0 + g.info_x, y0 + g.info_top
        ask = self._fit_line(self.art.ask_line, g.small_font, g.info_w)
        c.setFont(self.font, ask)
        c.drawString(x, top - ask * 1.1, self.art.ask_line)
        label = f"{CODE_LABEL} {card.code}"
        size = self._fit_line(label, g.code_font, g.info_w)
        c.setFont(self.font, size)
        c.drawString(x, top - ask * 1.4 - size * 1.0, label)
        ref = card.order_ref + (" · 补打" if card.reprint else "")
        if ref:
            c.setFillColorRGB(0.35, 0.35, 0.35)
            rsize = self._fit_line(ref, g.ref_font, g.info_w)
            c.setFont(self.font, rsize)
            c.drawString(x, y0 + g.pad if not g.landscape else y0 + g.pad, ref)
            c.setFillColorRGB(0, 0, 0)

    def _fit_line(self, text: str, size: float, width: float) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        w = stringWidth(text, self.font, size)
        return size if w <= width else max(4.0, size * width / w)


def overflowing_cards(cards: list[CardContent], layout: Layout, art: CardArt | None = None) -> list[CardIssue]:
    """The cards whose letter would not fit their frame on ``layout`` even at the smallest readable
    size (``kind == "too_long"``); measures only, draws nothing. Run before codes are reserved."""
    geo = CardGeometry(layout)
    x, y, w, h = geo.frame
    fitter = LetterFitter(register_card_font(), w, h, geo.max_font)
    issues = []
    for index, card in enumerate(cards):
        letter, _missing = strip_missing(card.letter)
        _parts, size, fits = fitter.fit(letter)
        if not fits:
            issues.append(CardIssue(index, "too_long", _too_long_message(card.code, size)))
    return issues


def _too_long_message(code: str, size: float) -> str:
    return translate("Cards", "Card {code}: the letter does not fit even at {size:g} pt. Shorten the "
                              "letter or choose another letter or a larger card for this layout.").format(
        code=code, size=size)


MARK_LENGTH = 4.0  # mm


def mark_offset(layout: Layout) -> float:
    """How far (mm) crop marks stay from the trim: clear of the bleed."""
    return max(1.0, layout.usable_bleed() + 0.5)


def crop_marks(c, layout: Layout, used: list[int]) -> None:
    """Short cut marks outside the corners of used cells, never over a used card."""
    bleed = layout.usable_bleed()
    off, length = mark_offset(layout), MARK_LENGTH
    boxes = []
    for i in used:
        x, y = layout.cell_origin(i)
        boxes.append((x - bleed, y - bleed, x + layout.card_w + bleed, y + layout.card_h + bleed))

    def clear(x1, y1, x2, y2) -> bool:
        if min(x1, x2) < 0 or min(y1, y2) < 0 or max(x1, x2) > layout.page_w or max(y1, y2) > layout.page_h:
            return False
        lx, hx, ly, hy = min(x1, x2), max(x1, x2), min(y1, y2), max(y1, y2)
        return not any(lx < b[2] and hx > b[0] and ly < b[3] and hy > b[1] for b in boxes)

    c.saveState()
    c.setLineWidth(0.25)
    c.setStrokeColorRGB(0, 0, 0)
    ph = layout.page_h
    for i in used:
        x, y = layout.cell_origin(i)
        for cx, dx in ((x, -1), (x + layout.card_w, 1)):
            for cy, dy in ((y, -1), (y + layout.card_h, 1)):
                for seg in ((cx + dx * off, cy, cx + dx * (off + length), cy),
                            (cx, cy + dy * off, cx, cy + dy * (off + length))):
                    if clear(*seg):
                        c.line(seg[0] * MM, (ph - seg[1]) * MM, seg[2] * MM, (ph - seg[3]) * MM)
    c.restoreState()


def skipped_cells(c, layout: Layout, count: int, font: str) -> None:
    """Grey numbered boxes for the cells already used on a part-used sheet (preview only)."""
    c.saveState()
    c.setStrokeColorRGB(0.7, 0.7, 0.7)
    c.setFillColorRGB(0.6, 0.6, 0.6)
    c.setDash(3, 3)
    for i in range(count):
        x, y = layout.cell_origin(i)
        bottom = layout.page_h - y - layout.card_h
        c.rect(x * MM, bottom * MM, layout.card_w * MM, layout.card_h * MM, stroke=1, fill=0)
        c.setFont(font, 14)
        c.drawCentredString((x + layout.card_w / 2) * MM, (bottom + layout.card_h / 2) * MM,
                            translate("Cards", "{n} · used").format(n=i + 1))
    c.restoreState()


def render_cards(cards: list[CardContent], layout: Layout, out: Path, art: CardArt | None = None,
                 options: PrintOptions | None = None, progress: Progress | None = None,
                 title: str = "", number_cells: bool = False, allow_overflow: bool = False) -> RenderResult:
    """Write ``cards`` (each ``options.copies`` times) to the PDF ``out``, in order.

    ``number_cells`` (the preview) numbers the cells of the first sheet that are skipped as used.
    A letter that does not fit raises :class:`LetterTooLong` before anything is written, unless
    ``allow_overflow`` (then only what fits is drawn, and the card is reported).
    """
    progress = maybe(progress)
    options = (options or PrintOptions()).validate(layout)
    art = art or CardArt()
    if not allow_overflow:
        too_long = overflowing_cards(cards, layout, art)
        if too_long:
            raise LetterTooLong(too_long)
    out = Path(out)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.part")
    c = pdfcanvas.Canvas(str(tmp), pagesize=(layout.page_w * MM, layout.page_h * MM))
    c.setTitle(title or translate("Cards", "Insert cards"))
    c.setCreator("ShopOwner")
    painter = CardPainter(c, layout, art)
    result = RenderResult(pages=0)
    slot, used = options.start_position - 1, []
    total = len(cards)
    if number_cells:
        skipped_cells(c, layout, slot, painter.font)
    try:
        for index, card in enumerate(cards):
            if index % 25 == 0:
                progress.update(index, total, translate("Cards", "Drawing card {n} of {total}").format(
                    n=index + 1, total=total))
            for _ in range(options.copies):
                x, y = layout.cell_origin(slot)
                size, issues = painter.draw(card, x * MM, (layout.page_h - y - layout.card_h) * MM, index)
                result.issues.extend(issues)
                used.append(slot)
                slot += 1
                if slot == layout.per_page:
                    if options.crop_marks and not layout.thermal:
                        crop_marks(c, layout, used)
                    c.showPage()
                    result.pages += 1
                    slot, used = 0, []
            result.font_sizes.append(size)
        if used or result.pages == 0:
            if options.crop_marks and used and not layout.thermal:
                crop_marks(c, layout, used)
            c.showPage()
            result.pages += 1
        progress.update(total, total, translate("Cards", "Writing the PDF"))
        c.save()
        os.replace(tmp, out)
    finally:
        if tmp.exists():
            tmp.unlink()
    return result
