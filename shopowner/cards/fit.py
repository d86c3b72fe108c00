"""Fitting the letter on a card: the largest readable size at which the whole letter and the
signature fit the letter frame, laid out as one block.

The block is the letter's paragraphs (broken by :mod:`shopowner.cards.typeset`, with a gap or an
indent between paragraphs as the design says) and the signature right after the text, so the
signature follows the letter instead of being pinned to the bottom. The renderer places the block
in the frame (balanced, see :func:`block_top`), and :func:`shopowner.cards.render.overflowing_cards`
uses this same code to measure, so what is measured is what is drawn.

Characters no font can draw are removed and reported instead of printing as empty boxes.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from dataclasses import dataclass, field

from shopowner.cards.fonts import missing_glyphs
from shopowner.cards.layouts import MM
from shopowner.cards.typeset import Line, Measurer, break_lines, measurer

MIN_FONT = 7.0   # pt: nothing on a card is smaller (a layout may ask for more: Layout.min_letter_pt)
STEP = 0.25      # pt between the sizes tried
ASCENT = 0.38    # the glyphs' visual middle above the baseline, in em (CJK em box ≈ -0.12 … 0.88)
SIGNATURE_SCALE = 1.15  # a typed signature is a little larger than the letter


@dataclass(frozen=True)
class LetterStyle:
    """How a design sets the letter."""

    leading: float = 1.5     # line pitch, × the font size
    para_gap: float = 0.6    # extra space between paragraphs, × the line pitch
    indent: float = 0.0      # first-line indent of every paragraph after the first, in em
    grid: bool = False       # every line on a grid of the line pitch (ruled letter paper)
    sig_gap: float = 0.45    # space before the signature, × the line pitch


@dataclass
class LetterBlock:
    """A letter laid out at one size; offsets are points down from the block's top."""

    size: float
    pitch: float
    lines: list[tuple[Line, float]] = field(default_factory=list)  # (line, baseline offset)
    signature: tuple[float, float] | None = None  # (top offset, height) of the signature box
    height: float = 0.0
    fits: bool = True
    cut: int = 0  # lines left out (only when overflow was allowed)

    def cut_to(self, height: float, sig_h: float, sig_gap: float) -> LetterBlock:
        """The lines (and the signature) that fit ``height``: for a card printed despite overflow."""
        room = height - (sig_h + sig_gap if self.signature else 0.0)
        kept = [(line, base) for line, base in self.lines if base + self.pitch / 2 - self.size * ASCENT <= room]
        bottom = kept[-1][1] + self.pitch / 2 - self.size * ASCENT if kept else 0.0
        signature = (bottom + sig_gap if kept else 0.0, sig_h) if self.signature else None
        total = signature[0] + sig_h if signature else bottom
        return LetterBlock(self.size, self.pitch, kept, signature, total, False, len(self.lines) - len(kept))


def paragraphs(letter: str) -> list[str]:
    """The letter's paragraphs: its non-empty lines (blank lines between them add nothing more)."""
    return [p.rstrip() for p in letter.replace("\r\n", "\n").replace("\r", "\n").split("\n") if p.strip()]


def block_top(frame_h: float, block: LetterBlock, grid: bool = False) -> float:
    """How far below the frame's top the block starts: a little above the middle of the free
    space (the optical centre), so a short letter does not sit top-heavy over an empty card; on
    ruled paper, on a whole line of the grid."""
    free = max(0.0, frame_h - block.height)
    if grid:
        return round(free / block.pitch * 0.45) * block.pitch
    return free * 0.45


class LetterFitter:
    """The largest size (on a 0.25 pt grid, from ``max_size`` down to ``min_size``) at which a
    letter and its signature fit ``width`` × ``height`` points.

    Each paragraph's lines are cached by (text, size): in a batch most paragraphs are the same on
    every card, so only the ones holding per-card values are broken again.
    """

    CACHE_SIZE = 2048

    def __init__(self, width: float, height: float, max_size: float, min_size: float,
                 style: LetterStyle | None = None, signature_image: bool = False,
                 measure: Measurer | None = None):
        self.width, self.height = width, height
        self.style = style or LetterStyle()
        self.signature_image = signature_image
        self.m = measure or measurer()
        min_size = max(MIN_FONT, min_size)
        max_size = max(min_size, math.floor(max_size / STEP) * STEP)
        self.sizes = [max_size - i * STEP for i in range(round((max_size - min_size) / STEP) + 1)]
        self.hint = 0
        self._wrapped: OrderedDict[tuple[str, float, bool], list[Line]] = OrderedDict()

    # sizes of the parts ------------------------------------------------------------------------
    def pitch(self, size: float) -> float:
        return size * self.style.leading

    def signature_height(self, size: float, has_text: bool) -> float:
        if self.signature_image:
            h = max(2.6 * size, 6 * MM)
        elif has_text:
            h = size * SIGNATURE_SCALE * 1.35
        else:
            return 0.0
        return math.ceil(h / self.pitch(size) - 1e-6) * self.pitch(size) if self.style.grid else h

    def signature_gap(self, size: float) -> float:
        return 0.0 if self.style.grid else self.pitch(size) * self.style.sig_gap

    def lines(self, text: str, size: float, indented: bool) -> list[Line]:
        key = (text, size, indented)
        hit = self._wrapped.get(key)
        if hit is None:
            indent = self.style.indent * size if indented else 0.0
            hit = self._wrapped[key] = break_lines(text, size, self.width, indent, self.m)
            if len(self._wrapped) > self.CACHE_SIZE:
                self._wrapped.popitem(last=False)
        else:
            self._wrapped.move_to_end(key)
        return hit

    # the block ---------------------------------------------------------------------------------
    def block(self, paras: list[str], size: float, signature: str = "") -> LetterBlock:
        pitch = self.pitch(size)
        gap = 0.0 if self.style.grid else pitch * self.style.para_gap
        out = LetterBlock(size, pitch)
        y = 0.0
        for n, para in enumerate(paras):
            if n:
                y += gap
            indented = n > 0 and self.style.indent > 0 and not para[:1].isspace()
            for line in self.lines(para, size, indented):
                out.lines.append((line, y + pitch / 2 + size * ASCENT))
                y += pitch
        sig_h = self.signature_height(size, bool(signature.strip()))
        if sig_h:
            top = y + self.signature_gap(size) if out.lines else 0.0
            out.signature = (top, sig_h)
            y = top + sig_h
        out.height = y
        out.fits = y <= self.height + 0.01
        return out

    def fit(self, letter: str, signature: str = "") -> LetterBlock:
        """The block at the largest size that fits; at the smallest size with ``fits`` False when
        none does. Tries the previous card's size first: in a batch, letters differ little."""
        paras = paragraphs(letter)
        cache: dict[int, LetterBlock] = {}

        def at(i: int) -> LetterBlock:
            if i not in cache:
                cache[i] = self.block(paras, self.sizes[i], signature)
            return cache[i]

        n = len(self.sizes)
        i = min(self.hint, n - 1)
        if at(i).fits:
            while i > 0 and at(i - 1).fits:
                i -= 1
        else:
            lo, hi = i + 1, n - 1
            if hi < lo or not at(hi).fits:
                self.hint = n - 1
                return at(n - 1)
            while lo < hi:  # the smallest index (largest size) that fits
                mid = (lo + hi) // 2
                if at(mid).fits:
                    hi = mid
                else:
                    lo = mid + 1
            i = lo
        self.hint = i
        return at(i)

    def cut(self, block: LetterBlock) -> LetterBlock:
        """``block`` (which does not fit) reduced to the lines and signature that fit the frame."""
        sig_h = block.signature[1] if block.signature else 0.0
        return block.cut_to(self.height, sig_h, self.signature_gap(block.size))


def strip_missing(text: str) -> tuple[str, list[str]]:
    missing = missing_glyphs(text)
    return ("".join(ch for ch in text if ch not in missing), missing) if missing else (text, [])
