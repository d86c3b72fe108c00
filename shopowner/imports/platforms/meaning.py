"""Column names compared by what they say, not how they are typed.

Exports of one platform differ across years and sellers in ways that do not change a column's
meaning: full- or half-width characters (``（元）``/``(元)``, ``ＩＤ``/``ID``), spaces inside the name,
a unit in brackets after it (``用户实付金额(元)``, ``商品数量(件)``), letter case (``SKU``/``sku``).
:func:`meaning_key` folds all of those away, so a platform lists each name once.
"""

from __future__ import annotations

import re
import unicodedata

# a bracketed unit after a name says how the value is written, not what it is
_UNIT = re.compile(r"[(\[](?:元|件|个|单位:?元|人民币|rmb|¥|kg|克|%)[)\]]$")
_SPACE = re.compile(r"\s+")


def meaning_key(name: str) -> str:
    """The comparable form of a header name."""
    s = unicodedata.normalize("NFKC", name or "").lower()  # full width → half width
    s = s.replace("【", "[").replace("】", "]").replace("〔", "[").replace("〕", "]")
    s = _SPACE.sub("", s).strip("\"'*:")
    while True:
        stripped = _UNIT.sub("", s)
        if stripped == s:
            return s
        s = stripped


def key_positions(headers: list[str]) -> dict[str, int]:
    """Meaning key → position of the first column carrying it."""
    positions: dict[str, int] = {}
    for i, header in enumerate(headers):
        if header:
            positions.setdefault(meaning_key(header), i)
    return positions


def first_present(names: tuple[str, ...], positions: dict[str, int]) -> int | None:
    """Position of the first of ``names`` the file has, or None."""
    for name in names:
        i = positions.get(meaning_key(name))
        if i is not None:
            return i
    return None
