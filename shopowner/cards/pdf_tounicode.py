"""A correct PDF text layer for characters outside the Basic Multilingual Plane (𠮷 U+20BB7 …).

reportlab (5.1 and earlier) writes the ``ToUnicode`` CMap of a TrueType subset with
``"<%02X> <%04X>" % (code, codepoint)``: a code point above U+FFFF comes out as five hex digits
(``<20BB7>``), which readers take as the 16-bit value 0x20BB followed by junk, so 𠮷 prints right
but copies and extracts as ``₻`` (U+20BB). The PDF reference (ToUnicode CMaps, 9.10.3) wants the
destination as UTF-16BE: a surrogate pair, ``<D842DFB7>``.

reportlab has no option for this, so :func:`install` replaces ``ttfonts.makeToUnicodeCMap`` (the
module-level function ``TTFont.addObjects`` calls for every subset) with one that writes UTF-16BE.
The output is byte-for-byte the same as reportlab's for BMP characters. Installing twice is harmless.
"""

from __future__ import annotations

from reportlab.pdfbase import ttfonts

_original = ttfonts.makeToUnicodeCMap


def utf16_hex(codepoint: int) -> str:
    """The UTF-16BE code units of ``codepoint`` as hex: ``4E2D`` or a surrogate pair ``D842DFB7``."""
    if codepoint <= 0xFFFF:
        return f"{codepoint:04X}"
    v = codepoint - 0x10000
    return f"{0xD800 + (v >> 10):04X}{0xDC00 + (v & 0x3FF):04X}"


def make_to_unicode_cmap(fontname: str, subset) -> str:
    """reportlab's ToUnicode CMap for one subset, with UTF-16BE destinations."""
    cmap = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
    ] + [f"<{i:02X}> <{utf16_hex(v)}>" for i, v in enumerate(subset)] + [
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(cmap)


def install() -> None:
    """Make every TrueType subset written from now on carry UTF-16BE ToUnicode entries."""
    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap
