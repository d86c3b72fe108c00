"""Draw insert cards onto PDF pages with reportlab: the one code path for preview, print and save.

Per card: the founder's letter set in the handwriting font with Chinese line breaking and
auto-fitted (the largest size down to the layout's readable minimum at which the letter and the
signature fit), the design, the founder's WeChat QR, the card code with a line asking the buyer to
send it, and the order reference (or its barcode) for packers.

A letter that does not fit at the smallest readable size is never printed cut: :func:`render_cards`
measures every card first and raises :class:`LetterTooLong` before it writes anything, unless it is
told ``allow_overflow=True`` (then only the lines that fit are drawn and each such card is reported).
Bleed is drawn past the trim, never made by scaling. Characters no font can draw are removed and
reported instead of printing as boxes. Only embedded fonts end up in the PDF.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from reportlab import rl_config
from reportlab.pdfgen import canvas as pdfcanvas

from shopowner.cards.content import ASK_LINE, CardArt, CardContent, CardIssue
from shopowner.cards.fit import LetterBlock
from shopowner.cards.geometry import CardGeometry
from shopowner.cards.layouts import MM, Layout, PrintOptions
from shopowner.cards.painter import CODE_LABEL, CardPainter, CardSetter, issue_for_missing
from shopowner.cards.sheet import MARK_LENGTH, crop_marks, mark_offset, skipped_cells
from shopowner.i18n import translate
from shopowner.progress import Progress, maybe

__all__ = ["ASK_LINE", "CODE_LABEL", "MARK_LENGTH", "CardArt", "CardContent", "CardGeometry", "CardIssue",
           "LetterTooLong",
           "RenderResult", "crop_marks", "mark_offset", "overflowing_cards", "render_cards", "skipped_cells"]


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


def _too_long_message(code: str, size: float) -> str:
    return translate("Cards", "Card {code}: the letter does not fit even at {size:g} pt. Shorten the "
                              "letter or choose another letter or a larger card for this layout.").format(
        code=code, size=size)


def _cut_message(code: str, size: float, lines: int) -> str:
    return translate("Cards", "Card {code}: the letter does not fit even at {size:g} pt and was printed "
                              "cut short (lines left out: {lines}). Shorten the letter or choose a larger "
                              "card.").format(code=code, size=size, lines=lines)


def overflowing_cards(cards: list[CardContent], layout: Layout, art: CardArt | None = None) -> list[CardIssue]:
    """The cards whose letter would not fit on ``layout`` with ``art``'s design even at the layout's
    smallest letter size (``kind == "too_long"``); measures exactly as :func:`render_cards` draws,
    draws nothing. Run before codes are reserved."""
    setter = CardSetter(layout, art)
    issues = []
    for index, card in enumerate(cards):
        block, _missing = setter.letter(card)
        if not block.fits:
            issues.append(CardIssue(index, "too_long", _too_long_message(card.code, block.size)))
    return issues


def _lay_out(setter: CardSetter, cards: list[CardContent], progress, allow_overflow: bool):
    """Every card's letter block and its issues; raises LetterTooLong (overflow not allowed)."""
    blocks: list[LetterBlock] = []
    issues: list[CardIssue] = []
    too_long: list[CardIssue] = []
    total = len(cards)
    for index, card in enumerate(cards):
        if index % 100 == 0:
            progress.update(index, total, translate("Cards", "Fitting the letters: card {n} of {total}").format(
                n=index + 1, total=total))
        block, missing = setter.letter(card)
        if missing:
            issues.append(issue_for_missing(index, card.code, missing))
        if not block.fits:
            if not allow_overflow:
                too_long.append(CardIssue(index, "too_long", _too_long_message(card.code, block.size)))
            else:
                block = setter.fitter.cut(block)
                issues.append(CardIssue(index, "too_long", _cut_message(card.code, block.size, block.cut)))
        blocks.append(block)
    if too_long:
        raise LetterTooLong(too_long)
    return blocks, issues


def render_cards(cards: list[CardContent], layout: Layout, out: Path, art: CardArt | None = None,
                 options: PrintOptions | None = None, progress: Progress | None = None,
                 title: str = "", number_cells: bool = False, *, allow_overflow: bool = False) -> RenderResult:
    """Write ``cards`` (each ``options.copies`` times) to the PDF ``out``, in order.

    Raises :class:`LetterTooLong` before any file is written when a letter does not fit its card at
    the layout's smallest size; with ``allow_overflow`` such a card is drawn with the lines that
    fit and reported (``kind == "too_long"``). ``number_cells`` (the preview) numbers the cells of
    the first sheet that are skipped as used.
    """
    progress = maybe(progress)
    options = (options or PrintOptions()).validate(layout)
    art = art or CardArt()
    setter = CardSetter(layout, art)
    blocks, issues = _lay_out(setter, cards, progress, allow_overflow)
    out = Path(out)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.part")
    painter_font = setter.fitter.m.font
    c = pdfcanvas.Canvas(str(tmp), pagesize=(layout.page_w * MM, layout.page_h * MM),
                         initialFontName=painter_font)  # no unused, non-embedded Helvetica
    c.setTitle(title or translate("Cards", "Insert cards"))
    rl_config.useA85 = 0  # binary (Flate only) streams: smaller and faster than ASCII85 text
    c.setCreator("ShopOwner")
    painter = CardPainter(c, setter)
    result = RenderResult(pages=0, issues=issues)
    slot, used = options.start_position - 1, []
    total = len(cards)
    if number_cells:
        skipped_cells(c, layout, slot, painter_font)
    try:
        for index, (card, block) in enumerate(zip(cards, blocks, strict=True)):
            if index % 25 == 0:
                progress.update(index, total, translate("Cards", "Drawing card {n} of {total}").format(
                    n=index + 1, total=total))
            for _ in range(options.copies):
                x, y = layout.cell_origin(slot)
                painter.draw(card, block, x * MM, (layout.page_h - y - layout.card_h) * MM)
                used.append(slot)
                slot += 1
                if slot == layout.per_page:
                    if options.crop_marks and not layout.thermal:
                        crop_marks(c, layout, used)
                    c.showPage()
                    result.pages += 1
                    slot, used = 0, []
            result.font_sizes.append(block.size)
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
