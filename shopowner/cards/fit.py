"""Fitting the letter on a card: the largest readable font size at which it fits its frame.

Lines are wrapped with ``ParagraphStyle(wordWrap='CJK')`` (no-break punctuation rules). Characters
no font can draw are removed and reported instead of printing as empty boxes; rare characters the
card font lacks are drawn in a system CJK font when one has them.
"""

from __future__ import annotations

from collections import OrderedDict
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from shopowner.cards.fonts import card_font_cmap, fallback_font, missing_glyphs, needs_fallback

MIN_FONT = 7.0    # pt: the smallest letter size that still reads well on a card
STEP = 0.5


class LetterFitter:
    """The largest font size (on a 0.5 pt grid) at which a letter fits its frame.

    A letter is wrapped line by line (``ParagraphStyle(wordWrap='CJK')``) and each wrapped line is
    cached by (text, size): in a batch most lines are the same on every card, so only the lines
    holding per-card values are wrapped again.
    """

    CACHE_SIZE = 512

    def __init__(self, font: str, width: float, height: float, max_size: float):
        self.font, self.width, self.height = font, width, height
        max_size = round(max_size / STEP) * STEP
        self.sizes = [max_size - i * STEP for i in range(int((max_size - MIN_FONT) / STEP) + 1)]
        self.styles = {s: ParagraphStyle(f"letter{s}", fontName=font, fontSize=s, leading=s * 1.45,
                                         wordWrap="CJK") for s in self.sizes}
        self.hint = 0
        self._wrapped: OrderedDict[tuple[str, float], tuple[Paragraph, float]] = OrderedDict()

    def line(self, text: str, size: float) -> tuple[Paragraph | None, float]:
        """One wrapped line of the letter (None and a half-line gap for an empty line)."""
        if not text.strip():
            return None, size * 0.8
        key = (text, size)
        hit = self._wrapped.get(key)
        if hit is None:
            para = Paragraph(letter_markup(text), self.styles[size])
            para.card_key = key
            _, h = para.wrap(self.width, self.height * 4)
            hit = self._wrapped[key] = (para, h)
            if len(self._wrapped) > self.CACHE_SIZE:
                self._wrapped.popitem(last=False)
        return hit

    def block(self, lines: list[str], size: float) -> tuple[list, float]:
        parts = [self.line(text, size) for text in lines]
        return parts, sum(h for _, h in parts)

    def fit(self, text: str) -> tuple[list, float, bool]:
        """(wrapped lines, size, fits); tries the previous card's size first: letters differ little."""
        lines = text.replace("\r\n", "\n").strip("\n").split("\n")
        cache: dict[int, tuple[list, float]] = {}

        def fits(i: int) -> bool:
            if i not in cache:
                cache[i] = self.block(lines, self.sizes[i])
            return cache[i][1] <= self.height

        n = len(self.sizes)
        i = min(self.hint, n - 1)
        if fits(i):
            while i > 0 and fits(i - 1):
                i -= 1
        else:
            lo, hi = i + 1, n - 1
            if not fits(hi):
                self.hint = hi
                return cache[hi][0], self.sizes[hi], False
            while lo < hi:  # smallest index (largest size) that fits
                mid = (lo + hi) // 2
                if fits(mid):
                    hi = mid
                else:
                    lo = mid + 1
            i = lo
        self.hint = i
        return cache[i][0], self.sizes[i], True


def letter_markup(text: str) -> str:
    """Paragraph markup for one plain line of the letter, rare characters in the fallback font."""
    markup = escape(text)
    if needs_fallback(text) and fallback_font() is not None:
        cmap, name = card_font_cmap(), fallback_font()[0]
        markup = "".join(f'<font name="{name}">{ch}</font>' if ord(ch) not in cmap and ch not in "<>&"
                         else ch for ch in markup)
    return markup


def strip_missing(text: str) -> tuple[str, list[str]]:
    missing = missing_glyphs(text)
    return ("".join(ch for ch in text if ch not in missing), missing) if missing else (text, [])
