"""Chinese line breaking for the cards, measured exactly as the canvas draws.

Rules (禁则), as a typesetter applies them:

- no line starts with closing punctuation (``，。、？！；：）」』》…`` and the rest of
  :data:`CANNOT_START`): the mark is kept with the character before it, and when that does not fit,
  the character before comes down with it;
- no line ends with opening punctuation (``（「『《“`` … :data:`CANNOT_END`): it goes down with
  the character after it;
- a Latin word or a number (``250g``, ``3.5``, ``iPhone``, ``2026-11-20``) is never split, unless it
  is wider than a whole line; ``……`` and ``——`` stay whole.

Widths come from the fonts' advance widths (``pdfmetrics``), per glyph: a character the card font
lacks is measured and drawn in the fallback font (see :mod:`shopowner.cards.fonts`). reportlab does
not kern, so the sum of the advances is exactly what the canvas draws.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from reportlab.lib.textsplit import ALL_CANNOT_END, ALL_CANNOT_START
from reportlab.pdfbase import pdfmetrics

from shopowner.cards.fonts import card_font_cmap, fallback_font, register_card_font

_QUOTES = {'"', "'"}  # ASCII quotes open and close: neither rule can tell which
CANNOT_START = frozenset(ALL_CANNOT_START + "，。、．？！；：）」』》〉】〕］｝〗〙…‥·・％‰℃°"
                                            ",.!?;:)]}>”’—～") - _QUOTES
CANNOT_END = frozenset(ALL_CANNOT_END + "（「『《〈【〔［｛〖〘“‘([{<") - _QUOTES
_WORD = r"[0-9A-Za-z\u00C0-\u024F\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]"
TOKEN_RE = re.compile(rf"(?P<word>https?://[\x21-\x7e]+|{_WORD}+(?:[.,:/\-_+&@#'’]{_WORD}+)*%?)"
                      r"|(?P<space>[ \t]+)|(?P<char>.)", re.S)
EPSILON = 0.01  # pt: rounding slack when comparing widths


class Measurer:
    """Advance widths per glyph (at 1 pt) and the font each character is drawn in."""

    def __init__(self):
        self.font = register_card_font()
        self._cmap = card_font_cmap()
        self._glyphs: dict[str, tuple[str, float]] = {}

    def glyph(self, ch: str) -> tuple[str, float]:
        hit = self._glyphs.get(ch)
        if hit is None:
            font = self.font
            if ord(ch) not in self._cmap and not ch.isspace():
                fallback = fallback_font()  # registered on first need only: it is a big font
                if fallback is not None and ord(ch) in fallback[1]:
                    font = fallback[0]
            hit = self._glyphs[ch] = (font, pdfmetrics.stringWidth(ch, font, 1000) / 1000)
        return hit

    def width(self, text: str, size: float) -> float:
        glyph = self.glyph
        return sum(glyph(ch)[1] for ch in text) * size

    def runs(self, text: str) -> list[tuple[str, str]]:
        """``text`` cut into (font, text) runs of one font each, in order."""
        runs: list[tuple[str, str]] = []
        for ch in text:
            font = self.glyph(ch)[0]
            if runs and runs[-1][0] == font:
                runs[-1] = (font, runs[-1][1] + ch)
            else:
                runs.append((font, ch))
        return runs


_measurer: Measurer | None = None


def measurer() -> Measurer:
    global _measurer
    if _measurer is None:
        _measurer = Measurer()
    return _measurer


@dataclass(frozen=True)
class Line:
    text: str
    width: float         # pt, at the size it was broken for
    wrapped: bool        # ended by wrapping (not by the paragraph's end): may be justified
    indent: float = 0.0  # pt from the frame's left edge


def clusters(text: str) -> list[str]:
    """``text`` in pieces no line may break inside; spaces are pieces of their own."""
    out: list[str] = []
    for match in TOKEN_RE.finditer(text):
        unit = match.group(0)
        if match.lastgroup == "space":
            out.append(unit)
            continue
        if out and _glued(out, unit):
            # a closing mark after spaces still joins the word before the spaces
            tail = ""
            while out and out[-1].isspace() and len(out) > 1:
                tail = out.pop() + tail
            out[-1] += tail + unit
        else:
            out.append(unit)
    return out


def _glued(out: list[str], unit: str) -> bool:
    prev = out[-1]
    if prev.isspace():
        return unit[0] in CANNOT_START and len(out) > 1
    return (unit[0] in CANNOT_START or prev[-1] in CANNOT_END
            or (prev[-1] in "—…" and unit[0] == prev[-1]))


def break_lines(text: str, size: float, width: float, first_indent: float = 0.0,
                measure: Measurer | None = None) -> list[Line]:
    """``text`` (one paragraph) broken into lines no wider than ``width`` pt at ``size`` pt.

    ``first_indent`` (pt) narrows the first line. Spaces at a wrapped line's end or start are
    dropped; spaces that open the paragraph are kept (an indent the writer typed).
    """
    m = measure or measurer()
    lines: list[Line] = []
    avail, indent = width - first_indent, first_indent
    cur, cur_w, gap, gap_w = "", 0.0, "", 0.0

    def emit(wrapped: bool) -> None:
        nonlocal cur, cur_w, gap, gap_w, avail, indent
        lines.append(Line(cur, cur_w, wrapped, indent))
        cur, cur_w, gap, gap_w = "", 0.0, "", 0.0
        avail, indent = width, 0.0

    for piece in clusters(text):
        w = m.width(piece, size)
        if piece.isspace():
            if cur:
                gap, gap_w = gap + piece, gap_w + w
            elif not lines:
                cur, cur_w = piece, w
            continue
        if cur_w + gap_w + w <= avail + EPSILON:
            cur, cur_w, gap, gap_w = cur + gap + piece, cur_w + gap_w + w, "", 0.0
            continue
        if cur.strip():
            emit(True)
        elif cur:  # only the typed indent: it cannot hold this piece either
            cur, cur_w = "", 0.0
        while w > avail + EPSILON and len(piece) > 1:  # wider than a whole line: split it
            head = _longest_prefix(piece, size, avail, m)
            cur, cur_w = head, m.width(head, size)
            emit(True)
            piece = piece[len(head):]
            w = m.width(piece, size)
        cur, cur_w = piece, w
    if cur or not lines:
        emit(False)
    return lines


def _longest_prefix(piece: str, size: float, avail: float, m: Measurer) -> str:
    """The longest start of ``piece`` that fits ``avail`` (at least one character), not leaving
    a closing mark to start the rest when a shorter cut avoids it."""
    total, end = 0.0, 0
    for i, ch in enumerate(piece):
        total += m.width(ch, size)
        if total > avail + EPSILON and i > 0:
            break
        end = i + 1
    cut = end
    while 1 < cut < len(piece) and (piece[cut] in CANNOT_START or piece[cut - 1] in CANNOT_END):
        cut -= 1
    return piece[:cut if cut > 1 or end == 1 else end]


PHRASE_ENDS = "，、；：,;:。！？!? "


def short_text_lines(text: str, size: float, width: float, measure: Measurer | None = None) -> list[Line]:
    """A short text (a label, the line asking for the code) broken like a phrase: when it needs
    two lines, the break goes after a comma or a space nearest the middle where both parts fit,
    not wherever the first line fills up (``加我微信时，`` / ``请发这个暗号``)."""
    m = measure or measurer()
    lines = break_lines(text, size, width, 0.0, m)
    if len(lines) != 2:
        return lines
    best = None
    for i, ch in enumerate(text[:-1]):
        if ch not in PHRASE_ENDS or text[i + 1] in CANNOT_START:
            continue
        head, tail = text[:i + 1].rstrip(), text[i + 1:].lstrip()
        wh, wt = m.width(head, size), m.width(tail, size)
        if head and tail and wh <= width + EPSILON and wt <= width + EPSILON:
            score = abs(wh - wt)
            if best is None or score < best[0]:
                best = (score, Line(head, wh, False), Line(tail, wt, False))
    return [best[1], best[2]] if best else lines


def breaks_rules(lines: list[str]) -> list[str]:
    """The lines (after the first) that start with closing punctuation or follow a line that ends
    with opening punctuation: what a test or a check looks for in extracted text."""
    bad = []
    for before, line in itertools.pairwise(lines):
        if (line and line[0] in CANNOT_START) or (before and before[-1] in CANNOT_END):
            bad.append(line)
    return bad
