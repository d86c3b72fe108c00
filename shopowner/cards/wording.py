"""Find a listed phrase in a letter however it is written: 好评返现, 好評返現 (traditional), 好评返現
(mixed), ｈｏ… or ⼥ (full-width and radical forms), 好 评 返 现 or 好-评-返-现 (spaced out).

Every character of the letter is read in a comparable form — Unicode NFKC (full-width and
compatibility forms folded), traditional → simplified (OpenCC's character table), Latin letters
case-folded — and what sits between the characters of a phrase is looked at:

- spaces, invisible characters, dashes, dots, slashes, stars, symbols and emoji may stand between
  any two characters (at most :data:`MAX_GAP` of them): nobody writes 好-评 for another reason;
- sentence punctuation (，。！？…) between them counts only when the phrase has three or more
  characters and *every* character is set apart (好，评，返，现): 往返，现在 is not 返现.

A hit keeps the span of the original text it came from, so a warning can show the founder the
words as they typed them and the editor can mark them.

Characters are converted one at a time (not OpenCC's phrase-level conversion) so every position
maps back to exactly one original character, and a phrase and a letter are always read alike.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

MAX_GAP = 3
SOFT_PUNCTUATION = set("·•・‧∙.*/\\'\"#&@%`")


@dataclass(frozen=True)
class PhraseHit:
    phrase: str   # the listed phrase, as listed
    start: int    # the span in the original text: text[start:end]
    end: int
    text: str     # the original wording, as typed

    @property
    def as_listed(self) -> bool:
        """True when the letter has the phrase exactly as listed (no other form, no gaps)."""
        return self.text == self.phrase


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=8192)
def comparable(ch: str) -> str:
    """One character in the form letters and phrases are compared in (may be several characters,
    e.g. a ligature, or empty)."""
    folded = unicodedata.normalize("NFKC", ch)
    if not folded:
        return ""
    if any(ord(c) > 0x2E7F for c in folded):  # CJK and beyond: traditional → simplified
        folded = _converter().convert(folded)
    return folded.casefold()


def _kind(ch: str) -> str:
    """``word`` for letters and digits, ``soft`` for what may stand inside a spaced-out phrase,
    ``hard`` for sentence punctuation."""
    folded = unicodedata.normalize("NFKC", ch)
    if folded and all(unicodedata.category(c)[0] in "LN" or unicodedata.category(c) == "Mc" for c in folded):
        return "word"  # also a radical (⽇) or a compatibility form that folds to a letter
    category = unicodedata.category(ch)
    if category[0] in "ZCS" or category in ("Pd", "Pc", "Mn", "Me") or ch.isspace():
        return "soft"
    return "soft" if folded and all(c in SOFT_PUNCTUATION for c in folded) else "hard"


@dataclass(frozen=True)
class _Reading:
    chars: str                 # the comparable characters of the letter's words, gaps left out
    origin: tuple[int, ...]    # the original index of each
    gap_before: tuple[tuple[int, bool], ...]  # (characters skipped before it, any hard ones)


def _read(text: str) -> _Reading:
    chars: list[str] = []
    origin: list[int] = []
    gaps: list[tuple[int, bool]] = []
    skipped, hard = 0, False
    for index, ch in enumerate(text):
        kind = _kind(ch)
        if kind != "word":
            skipped += 1
            hard = hard or kind == "hard"
            continue
        for c in comparable(ch):
            chars.append(c)
            origin.append(index)
            gaps.append((skipped, hard))
            skipped, hard = 0, False
    return _Reading("".join(chars), tuple(origin), tuple(gaps))


def phrase_key(phrase: str) -> str:
    """The phrase's comparable characters (its own spaces and separators left out)."""
    return _read(phrase or "").chars


def find_phrases(text: str, phrases: list[str]) -> list[PhraseHit]:
    """Every place a listed phrase appears in ``text``, in text order; a hit inside a longer
    hit (返现 inside 好评返现) is left out."""
    reading = _read(text or "")
    hits: list[PhraseHit] = []
    for phrase in dict.fromkeys(p for p in phrases if p and p.strip()):
        key = phrase_key(phrase)
        if not key:
            continue
        for match in re.finditer(f"(?={re.escape(key)})", reading.chars):
            first, last = match.start(), match.start() + len(key) - 1
            if not _acceptable(reading, first, last):
                continue
            start, end = reading.origin[first], reading.origin[last] + 1
            while end < len(text) and unicodedata.category(text[end]) in ("Mn", "Me"):
                end += 1  # the marks on the last character belong to it
            hits.append(PhraseHit(phrase, start, end, text[start:end]))
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[PhraseHit] = []
    for hit in hits:
        if any(k.start <= hit.start and hit.end <= k.end for k in kept):
            continue
        kept.append(hit)
    return kept


def _acceptable(reading: _Reading, first: int, last: int) -> bool:
    gaps = [reading.gap_before[i] for i in range(first + 1, last + 1)
            if reading.origin[i] != reading.origin[i - 1]]
    if any(skipped > MAX_GAP for skipped, _ in gaps):
        return False
    if not any(hard for _, hard in gaps):
        return True
    return len(gaps) >= 2 and all(skipped > 0 for skipped, _ in gaps)


def line_of(text: str, index: int) -> int:
    """The 1-based line number of ``text[index]``."""
    return text.count("\n", 0, index) + 1
